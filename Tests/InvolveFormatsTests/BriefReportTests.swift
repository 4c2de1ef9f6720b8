import Foundation
import InvolveCore
@testable import InvolveFormats
import Testing

/// The brief text and Markdown blocks (`--detail brief`) checked against the assessment they
/// come from, for projects with an involvement plan (so the Gunning principles are assessed)
/// as well as the golden fixtures: every finding is there with its rule, severity and place,
/// and the trail is not.
@Suite struct BriefReportTests {
    static let examples = [
        "route-christmas-four-week-consultation.json",
        "route-well-run-twelve-week-consultation.json",
        "route-icb-plan-without-carers.json",
    ]

    func reports() throws -> [ProjectReport] {
        var reports = try Self.examples.map { name -> ProjectReport in
            let bytes = [UInt8](try Data(contentsOf: RecordFixtures.packageRoot.appendingPathComponent("Examples/" + name)))
            guard case .success(let project) = ProjectLoader.load(bytes, file: name) else { throw FixtureError("\(name) is not valid") }
            return ProjectReport.assess(project, file: "Examples/" + name, options: AssessmentOptions(asOf: Fixtures.asOf))
        }
        for case .assessed(let report) in try Fixtures.outcomes() { reports.append(report) }
        return reports
    }

    @Test func briefTextHasEveryFindingAndTheGunningPrinciplesButNoTrail() throws {
        let settings = ReportSettings(asOf: Fixtures.asOf)
        var sawAssessedPrinciples = false
        for report in try reports() {
            let text = BriefText.render(report, settings: settings)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let assessment = report.assessment
            #expect(lines.first == report.file)
            #expect(lines.contains("  Verdict    " + assessment.verdict.headline.uppercased()))
            #expect(lines.contains { $0.hasPrefix("  Route      " + assessment.route.kind.headline) })

            let principles = assessment.fairness.principles
            if principles.contains(where: { $0.status != .notAssessable }) {
                sawAssessedPrinciples = true
                for principle in principles {
                    let line = "             \(principle.principle.rawValue) \(principle.principle.title): \(principle.status.displayName.uppercased())"
                    #expect(lines.contains(line), "\(report.file): \(line)")
                }
            } else {
                #expect(lines.contains { $0.hasPrefix("  Gunning    not assessable") })
            }

            for reviewed in report.review.findings {
                let finding = reviewed.finding
                let label = reviewed.isWaived ? "waived  [\(finding.rule.id)] (\(finding.severity.rawValue)) "
                    : finding.severity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0) + " [\(finding.rule.id)] "
                #expect(text.contains("    " + label + finding.message + "\n"), "\(report.file): \(finding.rule.id)")
                #expect(text.contains("            at \(finding.primaryPath)"), "\(report.file): \(finding.rule.id)")
            }
            // Only questions that could change the verdict or route are "open questions"; the
            // plan's are counted apart, so a settled verdict never claims questions decide it.
            let deciding = assessment.decidingQuestions.count
            #expect(text.contains("  \(deciding) open question") == (deciding > 0))
            #expect(text.contains("\(assessment.planQuestions.count) question\(assessment.planQuestions.count == 1 ? "" : "s") about the plan") == !assessment.planQuestions.isEmpty)
            #expect(lines.dropLast().last == "  full rationale: involve assess \(report.file) --as-of \(Fixtures.asOf)")

            let full = AssessmentText.render(report)
            #expect(!text.contains("Rationale trail") && !text.contains("Sources:"))
            #expect(text.utf8.count * 3 < full.utf8.count, "\(report.file): brief is a fraction of the full report")
        }
        #expect(sawAssessedPrinciples, "at least one example has a plan whose principles are assessed")
    }

    @Test func briefMarkdownHasEveryFindingAndNoTrail() throws {
        let reports = try reports()
        let outcomes = reports.map(FileOutcome.assessed)
        let brief = ReportFormat.markdown.render(outcomes, settings: ReportSettings(asOf: Fixtures.asOf))
        let full = ReportFormat.markdown.render(outcomes, settings: ReportSettings(asOf: Fixtures.asOf, detail: .full))
        #expect(!brief.contains("<details>"))
        #expect(full.components(separatedBy: "<details>").count == reports.count + 1)
        for report in reports {
            for reviewed in report.review.findings {
                #expect(brief.contains("| `\(reviewed.finding.rule.id)` | \(MarkdownReport.cell(reviewed.finding.message))"))
            }
            let principles = report.assessment.fairness.principles
            if principles.contains(where: { $0.status != .notAssessable }) {
                let statuses = principles.map { "\($0.principle.rawValue) \($0.status.displayName)" }.joined(separator: ", ")
                #expect(brief.contains("): " + statuses + "\n"), "\(report.file)")
            }
        }
        #expect(brief.utf8.count * 2 < full.utf8.count)
    }

    @Test func rerunCommandsAreQuotedForTheShell() {
        #expect(BriefText.shellQuoted("projects/north/a-1.json") == "projects/north/a-1.json")
        #expect(BriefText.shellQuoted("my projects/a.json") == "'my projects/a.json'")
        #expect(BriefText.shellQuoted("it's.json") == "'it'\\''s.json'")
        #expect(BriefText.shellQuoted("$(rm -rf x).json") == "'$(rm -rf x).json'")
        #expect(BriefText.shellQuoted("") == "''")
        let settings = ReportSettings(asOf: Fixtures.asOf)
        #expect(BriefText.rerunCommand("<stdin>", settings) == "involve assess - --as-of 2026-01-15")
    }
}
