import Testing
@testable import InvolveCore

/// A policy keeps each figure's wording rather than composing it for every project; what it
/// keeps must be what composing from the figures gives now, however the policy was made or changed.
@Suite struct PolicyWordingTests {
    /// The same figures, given to `Policy.init`, which words them afresh.
    private func remade(_ policy: Policy) -> Policy {
        Policy(name: policy.name, version: policy.version, description: policy.description,
               consultationNormWeeks: policy.consultationNormWeeks, consultationMinimumWeeks: policy.consultationMinimumWeeks,
               consultationFloorWeeks: policy.consultationFloorWeeks, holidayShareAtRiskPercent: policy.holidayShareAtRiskPercent,
               planningLeadWeeks: policy.planningLeadWeeks, analysisMinimumWeeks: policy.analysisMinimumWeeks,
               engagementProgrammeMonths: policy.engagementProgrammeMonths,
               consultationProgrammeMonths: policy.consultationProgrammeMonths,
               holidayWindows: policy.holidayWindows, preElection: policy.preElection, explicitKeys: policy.explicitKeys)
    }

    private func expectWordingIsComposed(_ policy: Policy, _ comment: Comment? = nil) {
        let fresh = remade(policy)
        for key in PolicyKey.allCases {
            #expect(policy.valueText(key) == PolicyWording.valueText(policy, key), comment)
            #expect(policy.cite(key) == fresh.cite(key), comment)
            #expect(policy.reference(key) == fresh.reference(key), comment)
            #expect(policy.fact(key) == fresh.fact(key), comment)
            #expect(policy.citation(key) == fresh.citation(key), comment)
        }
    }

    @Test func positionsFollowAllCases() {
        #expect(PolicyKey.allCases.enumerated().allSatisfy { $0.offset == $0.element.position })
    }

    @Test func theBuiltInPolicysWording() {
        let policy = Policy.builtIn
        expectWordingIsComposed(policy)
        #expect(policy.cite(.consultationNormWeeks) == "policy involve-default (version 2026.1): consultationNormWeeks = 12")
        #expect(policy.fact(.planningLeadWeeks) == Fact("policy.planningLeadWeeks", "8 (policy involve-default 2026.1)"))
        #expect(policy.reference(.holidayWindows) == "policy involve-default (version 2026.1): holidayWindows")
    }

    @Test func aFilesPolicyWithInheritedFigures() {
        let json = #"{ "formatVersion": 1, "name": "acme-icb", "version": "3", "consultationNormWeeks": 10 }"#
        guard case .success(let policy) = PolicyLoader.load(Array(json.utf8), file: "involve-policy.json") else {
            Issue.record("policy does not load")
            return
        }
        expectWordingIsComposed(policy)
        #expect(policy.cite(.consultationNormWeeks) == "policy acme-icb (version 3): consultationNormWeeks = 10")
        #expect(policy.cite(.planningLeadWeeks)
                == "policy acme-icb (version 3): planningLeadWeeks = 8 (inherited from involve-default 2026.1)")
        #expect(policy.fact(.planningLeadWeeks).value == "8 (policy acme-icb 3, inherited from involve-default 2026.1)")
        #expect(policy.reference(.planningLeadWeeks)
                == "policy acme-icb (version 3): planningLeadWeeks (inherited from involve-default 2026.1)")
        #expect(policy.citation(.planningLeadWeeks) == Citation(.involvePolicy, "policy acme-icb 3, inherited from involve-default 2026.1, planningLeadWeeks",
                                                                quote: "planningLeadWeeks: 8"))
        #expect(policy.citation(.consultationNormWeeks) == Citation(.involvePolicy, "policy acme-icb 3, consultationNormWeeks",
                                                                    quote: "consultationNormWeeks: 10"))
        #expect(policy.valueText(.preElection) == "6 weeks before polling day; local elections on the first Thursday in May each year")
    }

    /// Every figure, changed after the policy was made, changes the wording with it.
    @Test func changingAnyFigureRewordsIt() {
        let changes: [(String, (inout Policy) -> Void)] = [
            ("name", { $0.name = "acme-icb" }), ("version", { $0.version = "9" }),
            ("consultationNormWeeks", { $0.consultationNormWeeks = 13 }),
            ("consultationMinimumWeeks", { $0.consultationMinimumWeeks = 7 }),
            ("consultationFloorWeeks", { $0.consultationFloorWeeks = 3 }),
            ("holidayShareAtRiskPercent", { $0.holidayShareAtRiskPercent = 30 }),
            ("planningLeadWeeks", { $0.planningLeadWeeks = 9 }),
            ("analysisMinimumWeeks", { $0.analysisMinimumWeeks = 5 }),
            ("engagementProgrammeMonths", { $0.engagementProgrammeMonths = 5 }),
            ("consultationProgrammeMonths", { $0.consultationProgrammeMonths = 10 }),
            ("holidayWindows", { $0.holidayWindows = HolidayWindowRules(annual: [], easter: []) }),
            ("preElection", { $0.preElection.weeksBefore = 4 }),
            ("explicitKeys", { $0.name = "acme-icb"; $0.explicitKeys.remove(.planningLeadWeeks) }),
        ]
        for (figure, change) in changes {
            var policy = Policy.builtIn
            change(&policy)
            expectWordingIsComposed(policy, "\(figure)")
            #expect(PolicyKey.allCases.contains { policy.cite($0) != Policy.builtIn.cite($0) }, "\(figure)")
        }
    }
}
