import Testing
@testable import InvolveCore

/// What a plan or a change is called must never change a legal conclusion (issue 11): the same
/// facts under different labels give the same verdict, route and Gunning grades.
@Suite struct SubstanceOverLabelsTests {
    typealias F = RouteFixtures

    // MARK: Gunning 3 for every approach

    /// Five days to respond on consolidating a hospital service fails, or at least risks, Gunning 3
    /// whatever the plan calls itself, and is never "met".
    @Test(arguments: [InvolvementApproach?.none, .inform, .engage, .consult, .coProduce])
    func aFiveDayWindowIsNeverAdequateTime(_ approach: InvolvementApproach?) throws {
        let project = try F.wellRun { plan in
            plan.approach = approach
            plan.launchDate = F.date("2026-09-14")
            plan.closeDate = F.date("2026-09-18")
        }
        let assessment = F.assess(project)
        let status = try #require(assessment.principle(.adequateTime)?.status)
        #expect(status == .notMet || status == .atRisk)
        #expect(!assessment.findings("gunning-3-length").isEmpty)
        // The route needs consultation (the committee has been consulted on a substantial change),
        // so the plan is judged as a consultation whatever it is called.
        #expect(assessment.route.kind == .formalConsultation)
        #expect(assessment.fairness.application == .formal)
    }

    @Test func onAnEngagementRouteTheFiguresStillApplyAsAdvice() throws {
        var project = try F.wellRun { plan in
            plan.approach = .engage
            plan.launchDate = F.date("2026-09-14")
            plan.closeDate = F.date("2026-09-18")
            plan.healthScrutiny = nil
            plan.serviceChangeAssurance = nil
        }
        project.activities = [.planning]
        project.changes = []
        let assessment = F.assess(project)
        #expect(assessment.fairness.application == .advisory)
        #expect(assessment.principle(.adequateTime)?.status == .notMet)
        #expect(assessment.findings("gunning-3-length").map(\.severity) == [.warning])
    }

    // MARK: Change kinds are graded by their effect

    /// Each group holds words for one effect; every word in a group gives the same verdict, route
    /// and scrutiny level, with the alternative provision stated either way or not at all.
    static let synonyms: [[ChangeKind]] = [
        [.noLongerAvailable, .serviceWithdrawal],
        [.moved, .relocation],
        [.reducedOrConsolidated, .reductionOrConsolidation],
        [.hoursOrAccessChanged, .openingHours, .digitalAccess],
        [.providerChangedSameSpecification, .newProviderSameSpecification],
        [.providerChangedChangedSpecification, .newProviderChangedSpecification],
        [.modelOfCareChanged, .careModel],
        [.eligibilityChanged, .eligibility],
        [.temporarilyUnavailable, .temporarySuspension],
        [.staffChanged, .staffChange],
        [.serviceAdded, .newService],
    ]

    static func outcome(_ kind: ChangeKind, alternativeProvision: Bool?) -> [String] {
        let project = TestSupport.icbProposal(changes: [ServiceChange(kind: kind, peopleAffected: 500, alternativeProvision: alternativeProvision)])
        let assessment = TestSupport.assess(project)
        return [assessment.verdict.rawValue, assessment.route.kind.rawValue, assessment.route.scrutiny.level.rawValue]
    }

    @Test(arguments: synonyms)
    func synonymsGiveOneVerdict(_ group: [ChangeKind]) {
        for alternative in [Bool?.none, true, false] {
            let outcomes = Set(group.map { Self.outcome($0, alternativeProvision: alternative) })
            #expect(outcomes.count == 1, "\(group.map(\.rawValue)) with alternativeProvision \(String(describing: alternative)): \(outcomes)")
        }
    }

    /// Closing a service and withdrawing it are the same effect once it is known whether the service
    /// stays available elsewhere: the issue's own example, `closure` against `service-withdrawal`.
    @Test func closureAndWithdrawalAgreeOnceTheAlternativeIsKnown() {
        for alternative in [true, false] {
            let outcomes = Set([ChangeKind.closure, .serviceWithdrawal, .noLongerAvailable, .gpPracticeClosure].map {
                Self.outcome($0, alternativeProvision: alternative)
            })
            #expect(outcomes.count == 1, "alternativeProvision \(alternative): \(outcomes)")
        }
        #expect(Self.outcome(.closure, alternativeProvision: false)[0] == DutyVerdict.applies.rawValue)
        #expect(Self.outcome(.closure, alternativeProvision: true)[0] == DutyVerdict.likelyApplies.rawValue)
    }

    @Test func aClosureWithoutTheAlternativeStatedAsksForIt() {
        let project = TestSupport.icbProposal(changes: [ServiceChange(kind: .closure, peopleAffected: 500)])
        let assessment = TestSupport.assess(project)
        #expect(assessment.verdict == .likelyApplies)
        #expect(assessment.openQuestions.contains { $0.path == "$.changes[0].alternativeProvision" })
    }

    /// Every format 1 kind still reads, and maps onto an effect (all but `other`).
    @Test func everyKindHasAnEffect() {
        for kind in ChangeKind.allCases where kind != .other {
            for alternative in [Bool?.none, true, false] {
                #expect(ServiceChange(kind: kind, alternativeProvision: alternative).effect != nil, "\(kind.rawValue)")
            }
        }
        #expect(ServiceChange(kind: .other).effect == nil)
    }
}
