import Foundation
import Testing
@testable import InvolveCore

@Suite struct PolicyTests {
    typealias F = RouteFixtures

    private func load(_ json: String) -> Result<Policy, InputErrors> {
        PolicyLoader.load(Array(json.utf8), file: "involve-policy.json")
    }

    private func policy(_ json: String) throws -> Policy {
        switch load(json) {
        case .success(let policy): return policy
        case .failure(let errors):
            Issue.record("policy does not load: \(errors.diagnostics.map(\.rendered))")
            throw errors
        }
    }

    private func diagnostics(_ json: String) -> [InputDiagnostic] {
        if case .failure(let errors) = load(json) { return errors.diagnostics }
        return []
    }

    @Test func theBuiltInPolicy() {
        let policy = Policy.builtIn
        #expect(Policy.defaultFileName == "involve-policy.json")
        #expect(policy.name == "involve-default")
        #expect(policy.version == Policy.builtInVersion)
        #expect(policy.isBuiltIn)
        #expect(policy.consultationNormWeeks == 12)
        #expect(policy.consultationMinimumWeeks == 6)
        #expect(policy.consultationFloorWeeks == 2)
        #expect(policy.holidayShareAtRiskPercent == 25)
        #expect(policy.planningLeadWeeks == 8)
        #expect(policy.analysisMinimumWeeks == 4)
        #expect(policy.engagementProgrammeMonths == 4)
        #expect(policy.consultationProgrammeMonths == 9)
        #expect(policy.holidayWindows == .standard)
        #expect(policy.preElection == .standard)
        #expect(policy.cite(.consultationNormWeeks) == "policy involve-default (version 2026.1): consultationNormWeeks = 12")
        #expect(policy.valueText(.holidayWindows) == "Christmas and New Year 12-20 to 01-03; Summer holidays 07-22 to 08-31; Easter holidays 8 days before to 7 days after Easter Sunday")
        #expect(AssessmentOptions(asOf: F.asOf).policy == .builtIn)
    }

    @Test func aPartialPolicyInheritsTheRestAndSaysSo() throws {
        let policy = try policy(#"{ "formatVersion": 1, "name": "acme-icb", "version": "3", "consultationNormWeeks": 8 }"#)
        #expect(policy.name == "acme-icb")
        #expect(!policy.isBuiltIn)
        #expect(policy.consultationNormWeeks == 8)
        #expect(policy.explicitKeys == [.consultationNormWeeks])
        #expect(policy.cite(.consultationNormWeeks) == "policy acme-icb (version 3): consultationNormWeeks = 8")
        #expect(policy.cite(.planningLeadWeeks) == "policy acme-icb (version 3): planningLeadWeeks = 8 (inherited from involve-default 2026.1)")
        #expect(policy.fact(.analysisMinimumWeeks) == Fact("policy.analysisMinimumWeeks", "4 (policy acme-icb 3, inherited from involve-default 2026.1)"))
        #expect(policy.citation(.consultationNormWeeks).document == .involvePolicy)
    }

    @Test func aPolicyOverrideChangesTheThresholdAndTheFindingNamesThePolicy() throws {
        // Ten weeks without pre-consultation engagement: at risk under the built-in norm of 12.
        let project = try F.wellRun { $0.closeDate = F.date("2026-11-22"); $0.preConsultationEngagementDone = false }
        let builtIn = F.assess(project)
        #expect(builtIn.principle(.adequateTime)?.status == .atRisk)
        #expect(builtIn.findings("gunning-3-length").first?.message.contains("policy involve-default (version 2026.1): consultationNormWeeks = 12") == true)

        let acme = try policy(#"{ "formatVersion": 1, "name": "acme-icb", "version": "3", "consultationNormWeeks": 10 }"#)
        let overridden = F.assess(project, policy: acme)
        #expect(overridden.principle(.adequateTime)?.status == .met)
        #expect(overridden.findings("gunning-3-length").isEmpty)
        #expect(overridden.policy.name == "acme-icb")
        #expect(overridden.fact("gunning-3-time", "policy.consultationNormWeeks") == "10 (policy acme-icb 3)")

        // The other way: a stricter analysis period puts G4 at risk, naming the organisation's policy.
        let strict = try policy(#"{ "formatVersion": 1, "name": "acme-icb", "version": "4", "analysisMinimumWeeks": 8 }"#)
        let finding = try #require(F.assess(try F.wellRun(), policy: strict).findings("gunning-4-conscientious").first)
        #expect(finding.message.contains("policy acme-icb (version 4): analysisMinimumWeeks = 8"))
    }

    @Test func holidayWindowsAndPollingDaysFromAPolicyFile() throws {
        let policy = try policy("""
        {
          "formatVersion": 1, "name": "acme-icb", "version": "5",
          "holidayWindows": { "annual": [ { "name": "Half term", "start": "10-26", "end": "10-30" } ], "easter": [] },
          "preElection": { "weeksBefore": 5, "annualLocalElections": false,
                           "extraPollingDays": [ { "name": "General election", "date": "2026-10-15" } ] }
        }
        """)
        #expect(policy.explicitKeys == [.holidayWindows, .preElection])
        #expect(policy.preElection.weeksBefore == 5)
        #expect(!policy.preElection.annualLocalElections)
        // The well-run consultation launches 2026-09-14, inside five weeks before 2026-10-15 (from 2026-09-10).
        let assessment = F.assess(try F.wellRun(), policy: policy)
        let finding = try #require(assessment.findings("gunning-3-pre-election").first)
        #expect(finding.message.contains("General election"))
        #expect(finding.message.contains("policy acme-icb (version 5): preElection = 5 weeks before polling day"))
        #expect(assessment.findings("gunning-3-holidays").first?.message.contains("Half term") == true)
    }

    @Test func unknownKeysAreErrorsWithASuggestion() {
        let found = diagnostics(#"{ "formatVersion": 1, "name": "acme", "version": "1", "consultationNormWeek": 10 }"#)
        #expect(found.count == 1)
        #expect(found.first?.path.description == "$.consultationNormWeek")
        #expect(found.first?.suggestion == "\"consultationNormWeeks\"")
        #expect(found.first?.location?.line == 1)
    }

    @Test func invalidPoliciesAreRejected() {
        #expect(diagnostics(#"{ "formatVersion": 1, "name": "involve-default", "version": "1" }"#).first?.message.contains("built-in policy") == true)
        #expect(diagnostics(#"{ "formatVersion": 1, "name": "a", "version": "1", "consultationMinimumWeeks": 14 }"#)
            .contains { $0.path.description == "$.consultationMinimumWeeks" && $0.message.contains("consultationNormWeeks (12)") })
        #expect(diagnostics(#"{ "formatVersion": 1, "name": "a", "version": "1", "consultationFloorWeeks": 8 }"#)
            .contains { $0.path.description == "$.consultationFloorWeeks" })
        #expect(diagnostics(#"{ "formatVersion": 1, "name": "a", "version": "1", "holidayShareAtRiskPercent": 0 }"#)
            .contains { $0.message == "is out of range" })
        #expect(diagnostics(#"{ "formatVersion": 1, "name": "a", "version": "1", "holidayWindows": { "annual": [ { "name": "x", "start": "13-40", "end": "01-03" } ], "easter": [] } }"#)
            .contains { $0.path.description == "$.holidayWindows.annual[0].start" && $0.message.contains("MM-DD") })
        #expect(diagnostics(#"{ "name": "a", "version": "1" }"#).contains { $0.path.description == "$.formatVersion" })
        #expect(diagnostics("[1, 2]").first?.message == "the policy file must be one JSON object")
        #expect(diagnostics("{ not json").first?.message.hasPrefix("not valid JSON") == true)
    }

    @Test func theExamplePolicyFileLoads() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Examples/policy/involve-policy.json")
        let bytes = Array(try Data(contentsOf: url))
        guard case .success(let policy) = PolicyLoader.load(bytes, file: url.path) else {
            Issue.record("Examples/policy/involve-policy.json does not load")
            return
        }
        #expect(policy.name == "northshire-icb-involvement")
        #expect(policy.explicitKeys == Set(PolicyKey.allCases))
        #expect(policy.consultationMinimumWeeks == 8)
        #expect(policy.preElection.extraPollingDays.map(\.description) == ["Northshire mayoral election 2027-05-06"])
    }
}
