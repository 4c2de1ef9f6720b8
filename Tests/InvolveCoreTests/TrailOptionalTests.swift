import Foundation
import Testing
@testable import InvolveCore

/// `AssessmentOptions.keepsTrail` false (brief text) only skips composing the trail: every
/// conclusion, finding, question and next step is the one a full assessment gives, for every
/// example file and for the generated corpus (which has exercises judged as history, whose
/// findings are retold from their rules' trail answers).
@Suite struct TrailOptionalTests {
    static let asOf = CalendarDate(year: 2026, month: 12, day: 1) ?? CalendarDate(dayNumber: 0)

    @Test func withoutTheTrailEveryExampleHasTheSameConclusions() throws {
        let files = try ConsistencyInvariantTests.projectFiles(in: TestSupport.repositoryRoot.appendingPathComponent("Examples"))
        #expect(files.count >= 30)
        for file in files {
            try Self.expectSameConclusions(TestSupport.loadExample(file), file)
        }
    }

    @Test func withoutTheTrailEveryGeneratedProjectHasTheSameConclusions() {
        var history = 0
        for (label, project) in GeneratedCorpus.projects() {
            if Self.expectSameConclusions(project, label) { history += 1 }
        }
        #expect(history > 0, "the corpus should have exercises judged as history")
    }

    /// True when the project has an exercise judged as history.
    @discardableResult
    static func expectSameConclusions(_ project: Project, _ label: String) -> Bool {
        let full = Assessor.assess(project, options: AssessmentOptions(asOf: asOf))
        let brief = Assessor.assess(project, options: AssessmentOptions(asOf: asOf, keepsTrail: false))
        #expect(!full.trail.isEmpty, "\(label): a full assessment has a trail")
        #expect(brief.trail.isEmpty, "\(label): no trail was asked for")
        #expect(brief.verdict == full.verdict, "\(label)")
        #expect(brief.verdictReason == full.verdictReason, "\(label)")
        #expect(brief.statutoryDuty == full.statutoryDuty, "\(label)")
        #expect(brief.findings == full.findings, "\(label)")
        #expect(brief.openQuestions == full.openQuestions, "\(label)")
        #expect(brief.audiences == full.audiences, "\(label)")
        #expect(brief.nextSteps == full.nextSteps, "\(label)")
        #expect(brief.route == full.route, "\(label)")
        #expect(brief.fairness == full.fairness, "\(label)")
        #expect(brief.dutyPath == full.dutyPath, "\(label)")
        #expect(brief.bodies == full.bodies, "\(label)")
        #expect(brief.exercises.map(\.fairness) == full.exercises.map(\.fairness), "\(label)")
        return full.trail.contains { $0.rule == .stageExerciseHistory }
    }
}
