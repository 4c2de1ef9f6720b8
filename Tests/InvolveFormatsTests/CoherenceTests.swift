import Foundation
import InvolveCore
@testable import InvolveFormats
import Testing

/// No part of an assessment contradicts another: the headline, route, next steps, findings,
/// questions and urgency text agree, on every example and on a generated corpus of varied
/// project files (scripts/generate-projects.py, fixed seed).
@Suite struct CoherenceTests {
    static let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Phrases that claim the statutory duty applies, and that it does not.
    static let saysApplies = ["duty to involve applies", "duty still applies", "duty itself still applies", "duties still apply"]
    static let saysDoesNotApply = ["duty to involve does not apply", "the duty does not apply"]

    static func problems(_ report: ProjectReport) -> [String] {
        let assessment = report.assessment
        var problems: [String] = []
        func check(_ condition: Bool, _ message: @autoclosure () -> String) { if !condition { problems.append(message()) } }
        let verdict = assessment.verdict
        let route = assessment.route

        // 1. Nothing beside the verdict says the opposite about the duty.
        var texts = assessment.nextSteps + assessment.findings.map(\.message) + route.reasons.map(\.text)
        texts += RouteAndFairnessText.requirements(route).map(\.1.reason)
        texts += assessment.trail.filter { $0.rule.area == .urgency }.map(\.answer)
        for text in texts {
            let lower = text.lowercased()
            if verdict == .doesNotApply || verdict == .unlikelyToApply {
                check(!saysApplies.contains { lower.contains($0) }, "verdict \(verdict.rawValue), but: \(text)")
            }
            if verdict == .applies || verdict == .likelyApplies {
                check(!saysDoesNotApply.contains { lower.contains($0) }, "verdict \(verdict.rawValue), but: \(text)")
            }
        }

        // 2. Only an open verdict waits on questions, and the report says so exactly then.
        let verdictQuestions = assessment.openQuestions.filter { $0.decides == .verdict }
        if verdict == .applies || verdict == .doesNotApply { check(verdictQuestions.isEmpty, "a settled verdict has questions deciding it") }
        if verdict == .undetermined { check(!verdictQuestions.isEmpty, "an undetermined verdict with no question that decides it") }
        let asksToDecide = assessment.nextSteps.contains { $0.contains("decide whether the duty applies") || $0.contains("decides whether the duty applies") }
        check(asksToDecide == (verdict == .undetermined), "next steps and verdict disagree about open questions")
        let text = AssessmentText.render(report)
        check(text.contains("could change the verdict") == !verdictQuestions.isEmpty, "text report misstates what its questions decide")

        // 3. Next steps agree with the findings and the route.
        let errors = assessment.findings.filter { $0.severity == .error }.count
        let resolve = assessment.nextSteps.first { $0.hasPrefix("Resolve the ") }
        check((resolve != nil) == (errors > 0), "errors and the 'Resolve' step disagree")
        if let resolve { check(resolve.hasPrefix("Resolve the \(errors) error"), "\(resolve) but \(errors) errors") }
        if route.scrutiny.done { check(!assessment.nextSteps.contains { $0.hasPrefix("Consult the local authority's health scrutiny committee formally") }, "scrutiny done, yet asked") }
        if route.notification.done { check(!assessment.nextSteps.contains { $0.hasPrefix("Notify the Secretary of State") }, "notification done, yet asked") }
        for principle in assessment.fairness.principles where principle.status == .notMet {
            // Before launch the step fixes the plan; once the exercise runs or has run it says it fell short.
            check(assessment.nextSteps.contains { $0.contains("Gunning ") && $0.contains(principle.principle.rawValue) },
                  "\(principle.principle.rawValue) not met without a next step")
        }
        for step in assessment.nextSteps where step.hasPrefix("Fix the plan so that Gunning") {
            for principle in assessment.fairness.principles where step.contains(principle.principle.rawValue + " ") || step.contains(principle.principle.rawValue + ",") {
                check(principle.status == .notMet, "\(step) but \(principle.principle.rawValue) is \(principle.status.rawValue)")
            }
        }

        // 4. "Not stated" never names a date the plan states.
        let reasons = Set(assessment.fairness.principles.flatMap(\.reasons))
        let facts = assessment.fairness.principles.flatMap(\.facts)
        func stated(_ path: String) -> Bool { facts.contains { $0.path == path && $0.value != Fact.notStated } }
        for (path, word) in [("$.plan.launchDate", "launch"), ("$.plan.closeDate", "close"), ("$.plan.decisionDate", "decision")] where stated(path) {
            check(!reasons.contains { $0.hasPrefix("not stated: the ") && $0.hasSuffix(" date" + ($0.contains(" and ") ? "s" : ""))
                                      && $0.dropFirst("not stated: the ".count).split(separator: " ").contains(Substring(word)) },
                  "the \(word) date is stated, yet a reason says it is not")
        }
        return problems
    }

    @Test func everyExampleIsCoherent() throws {
        for report in try ExampleProjects.reports() {
            let problems = Self.problems(report)
            #expect(problems.isEmpty, "\(report.file): \(problems)")
        }
    }

    @Test(.enabled(if: python != nil, "python3 generates the corpus"))
    func aGeneratedCorpusIsCoherent() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("involve-coherence-\(ProcessInfo.processInfo.processIdentifier)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Self.python))
        process.arguments = [RecordFixtures.packageRoot.appendingPathComponent("scripts/generate-projects.py").path,
                             "--count", "400", "--seed", "13", "--out", folder.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let files = try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        #expect(files.count == 400)
        var assessed = 0
        var verdicts: Set<DutyVerdict> = []
        for name in files {
            let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
            guard case .success(let project) = ProjectLoader.load(bytes, file: name) else { continue }
            let report = ProjectReport.assess(project, file: name, options: AssessmentOptions(asOf: Fixtures.asOf))
            let problems = Self.problems(report)
            #expect(problems.isEmpty, "\(name): \(problems)")
            assessed += 1
            verdicts.insert(report.assessment.verdict)
        }
        #expect(assessed > 350)
        #expect(verdicts.count == DutyVerdict.allCases.count, "the corpus reaches every verdict")
    }
}
