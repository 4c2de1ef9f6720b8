import Foundation
import InvolveCore
@testable import InvolveFormats
import Testing

/// The one-assessment page (`--format html`) for every example: well formed, self-contained,
/// accessible, printable on A4, with the three-step picture showing this project's path.
@Suite struct AssessmentHTMLTests {
    @Test func everyExampleIsASelfContainedAccessiblePage() throws {
        let settings = ReportSettings(asOf: Fixtures.asOf, singleFile: true)
        for report in try ExampleProjects.reports() {
            let html = ReportFormat.html.render([.assessed(report)], settings: settings)
            let checker = HTMLChecker(html)
            #expect(checker.problems.isEmpty, "\(report.file): \(checker.problems.prefix(3))")
            #expect(checker.sawDoctype)
            let names = checker.elements.map(\.name)
            #expect(!names.contains("script") && !names.contains("img") && !names.contains("link") && !names.contains("iframe"), "\(report.file)")
            #expect(!html.contains("src=") && !html.contains("@import") && !html.contains("url("), "\(report.file): nothing is fetched")
            #expect(html.contains("@page { size: A4;"))
            #expect(checker.elements.first { $0.name == "html" }?.attributes["lang"] == "en-GB")
            // One h1, headings in order without skipping a level.
            let levels = checker.elements.compactMap { element -> Int? in
                guard element.name.count == 2, element.name.first == "h", let level = Int(String(element.name.last ?? "x")) else { return nil }
                return level
            }
            #expect(levels.first == 1 && levels.filter { $0 == 1 }.count == 1, "\(report.file)")
            #expect(zip(levels, levels.dropFirst()).allSatisfy { $1 <= $0 + 1 }, "\(report.file)")
            // The picture: an image with a title and a description naming each step's mark.
            let svg = try #require(checker.elements.first { $0.name == "svg" }, "\(report.file)")
            #expect(svg.attributes["role"] == "img")
            let description = try #require(checker.elements.first { $0.name == "desc" })
            for (index, step) in report.assessment.dutyPath.steps.enumerated() {
                let word = ThreeStepPicture.look(step.mark).word
                #expect(description.text.contains("step \(index + 1) \(word.lowercased())"), "\(report.file)")
                #expect(svg.text.contains(word), "\(report.file): \(word)")
            }
            #expect(svg.text.contains(report.assessment.route.kind.headline))
            for principle in report.assessment.fairness.principles {
                #expect(svg.text.contains("\(principle.principle.rawValue) \(ThreeStepPicture.shortTitle(principle.principle))"))
            }
            // Every table has a caption and header cells with a scope.
            for table in checker.elements.filter({ $0.name == "table" }) {
                #expect(table.children.first == "caption", "\(report.file)")
            }
            #expect(checker.elements.filter { $0.name == "th" }.allSatisfy { $0.attributes["scope"] != nil })
            // Findings, questions and the trail are all there.
            for finding in report.assessment.findings {
                #expect(html.contains(HTMLText.escape(finding.message)), "\(report.file): \(finding.rule.id)")
            }
            for question in report.assessment.openQuestions {
                #expect(html.contains(HTMLText.escape(question.question)), "\(report.file)")
            }
            #expect(checker.elements.filter { $0.name == "li" && $0.ancestors.last == "ol" }.count >= report.assessment.trail.count)
        }
    }

    /// The path drawn follows the verdict: planning skips step 3, step 1 "no" stops the test.
    @Test func thePathFollowsTheVerdict() throws {
        for report in try ExampleProjects.reports() {
            let path = report.assessment.dutyPath
            switch report.assessment.verdict {
            case .applies: #expect(path.steps.allSatisfy { $0.mark == .yes || $0.mark == .notReached }, "\(report.file)")
            case .undetermined: #expect(path.steps.contains { $0.mark == .unknown }, "\(report.file)")
            case .doesNotApply: #expect(path.steps.contains { $0.mark == .no }, "\(report.file)")
            case .likelyApplies: #expect(path.step3.mark == .likely, "\(report.file)")
            case .unlikelyToApply: #expect(path.step3.mark == .unlikely, "\(report.file)")
            }
            if path.step1.mark == .no { #expect(path.step2.mark == .notReached && path.step3.mark == .notReached) }
        }
    }
}
