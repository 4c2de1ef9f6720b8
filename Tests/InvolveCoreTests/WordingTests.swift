import Testing
@testable import InvolveCore

/// Sentences that must agree with the facts and the verdict beside them.
@Suite struct WordingTests {
    typealias F = RouteFixtures

    /// "Not stated" names only the date that is missing.
    @Test func aStatedDateIsNeverCalledNotStated() throws {
        let noDecision = F.assess(try F.wellRun { $0.decisionDate = nil })
        let reasons = noDecision.fairness.principles.flatMap(\.reasons)
        #expect(reasons.contains("not stated: the decision date"))
        #expect(!reasons.contains { $0.contains("the launch and decision dates") })
        let neither = F.assess(try F.wellRun { $0.decisionDate = nil; $0.launchDate = nil })
        #expect(neither.fairness.principles.flatMap(\.reasons).contains("not stated: the launch and decision dates"))
        let noClose = F.assess(try F.wellRun { $0.closeDate = nil })
        let closeReasons = noClose.fairness.principles.flatMap(\.reasons)
        #expect(closeReasons.contains("not stated: the close date"))
        #expect(!closeReasons.contains { $0.contains("launch and close") || $0.contains("close and decision") }, "\(closeReasons)")
    }

    /// An approach of "inform" reads once as "information only", never "information only only".
    @Test func anInformingPlanIsNamedOnce() throws {
        for approach in [InvolvementApproach.inform, .engage] {
            let assessment = F.assess(try F.wellRun { $0.approach = approach })
            for finding in assessment.findings {
                #expect(!finding.message.contains("only only"), "\(finding.message)")
                #expect(!finding.message.contains("\(approach.displayName) only"), "\(finding.message)")
            }
        }
    }

    /// Urgency text never says the duty applies beside a verdict that it does not.
    @Test func urgencyTextAgreesWithTheVerdict() {
        for verdict in DutyVerdict.allCases {
            let text = UrgentAndTemporaryChanges.dutyUnchanged(verdict)
            #expect(text.contains("applies") == (verdict == .applies || verdict == .likelyApplies), "\(verdict): \(text)")
            #expect(text.contains("does not apply") == (verdict == .doesNotApply), "\(verdict): \(text)")
        }
    }
}
