import Testing
@testable import InvolveCore

/// The run's counts are kept by place in `allCases`: each verdict and severity has its own, and
/// `verdicts` and `findings` list only those that occur.
@Suite struct RunSummaryCountsTests {
    @Test func eachSeverityAndVerdictIsCountedApart() {
        let assessment = Assessor.assess(TestSupport.icbProposal(), options: AssessmentOptions(asOf: TestSupport.asOf))
        let rule = Rulebook.all[0]
        func finding(_ severity: Severity) -> ReviewedFinding {
            ReviewedFinding(finding: Finding(rule: rule, severity: severity, message: "m", facts: []))
        }
        // One info, two warnings, three errors in each of two projects.
        let findings = [finding(.info), finding(.warning), finding(.warning), finding(.error), finding(.error), finding(.error)]
        let report = ProjectReport(file: "f", assessment: assessment, review: WaiverReview(findings: findings, waivers: []))
        var summary = RunSummary(policy: .standard)
        summary.add(.assessed(report))
        summary.add(.assessed(report))
        #expect(summary.count(.info) == 2)
        #expect(summary.count(.warning) == 4)
        #expect(summary.count(.error) == 6)
        #expect(summary.findings == [.info: 2, .warning: 4, .error: 6])
        for verdict in DutyVerdict.allCases {
            #expect(summary.count(verdict) == (verdict == assessment.verdict ? 2 : 0), "\(verdict)")
        }
        #expect(summary.verdicts == [assessment.verdict: 2])
        #expect(RunSummary(policy: .standard).findings.isEmpty && RunSummary(policy: .standard).verdicts.isEmpty)
    }
}
