import Testing
@testable import InvolveCore

/// Who was left out when others with an interest were asked (issue 12, item 6): said once, at the
/// exercise's audiences, for NHS bodies and others, and as history once the exercise has closed.
@Suite struct AudienceLeftOutTests {
    /// A council consulting on a change to its own service, with the exercise's audiences and
    /// dates given, and one affected group named without protected characteristics.
    func council(audiences: String, approach: String = "consult", launch: String = "2027-01-11",
                 close: String = "2027-03-19", kind: String = "local-authority",
                 relationship: String = "provides") throws -> Project {
        try TestSupport.load(json: """
        {
          "formatVersion": 2, "id": "T", "title": "Closing the Millbrook library",
          "organisation": { "name": "Northshire", "kind": "\(kind)" },
          "services": { "description": "Library", "relationship": "\(relationship)" },
          "activity": ["proposal-for-change"],
          "changes": [ { "kind": "closure", "description": "The library closes." } ],
          "affectedGroups": [ { "name": "Millbrook reading group" } ],
          "exercises": [
            { "name": "Consultation", "approach": "\(approach)", "launchDate": "\(launch)", "closeDate": "\(close)",
              "audiences": \(audiences) }
          ]
        }
        """)
    }

    @Test func theGeneralPublicAskedAndTheAffectedGroupAndRepresentativesLeftOut() throws {
        let assessment = TestSupport.assess(try council(audiences: #"[ { "kind": "general-public" } ]"#))
        let finding = try #require(assessment.findings(.planAudienceLeftOut).first)
        #expect(assessment.findings(.planAudienceLeftOut).count == 1)
        #expect(finding.severity == .warning)
        #expect(finding.location == "$.exercises[0].audiences")
        #expect(finding.message.hasPrefix("The exercise asks the general public but leaves out the bodies that represent the people affected, if any"))
        #expect(finding.message.contains("and Millbrook reading group, whom the file shows have an interest"))
        #expect(!finding.message.contains("people who use or may use the services"), "the general public includes them")
        #expect(finding.message.contains("Annex A2, Equality considerations"))
        #expect(finding.message.contains("R (Article 39) v Secretary of State for Education [2020] EWCA Civ 1577"))
        #expect(finding.facts.contains { $0.path == "$.affectedGroups[0].name" })
        #expect(Rule.planAudienceLeftOut.inferred)
        #expect(Rule.planAudienceLeftOut.cases.contains(CaseLaw.article39))
    }

    @Test func aGroupNamedInAnAudienceAndRepresentativesAskedLeaveNoOneOut() throws {
        let assessment = TestSupport.assess(try council(audiences: """
            [ { "kind": "people-using-services", "details": "Members, and the Millbrook Reading Group" },
              { "kind": "representative-bodies", "details": "Friends of Millbrook Library" } ]
            """))
        #expect(assessment.findings(.planAudienceLeftOut).isEmpty)
        #expect(assessment.step(.planAudienceLeftOut)?.answer.hasPrefix("Yes, as far as the file shows") == true)
    }

    @Test func anExerciseThatOnlyInformsAsksNoOne() throws {
        let assessment = TestSupport.assess(try council(audiences: #"[ { "kind": "general-public" } ]"#, approach: "inform"))
        #expect(assessment.step(.planAudienceLeftOut) == nil)
        #expect(assessment.findings(.planAudienceLeftOut).isEmpty)
    }

    @Test func aClosedExerciseIsJudgedAsHistoryAtItsAudiences() throws {
        let assessment = TestSupport.assess(try council(audiences: #"[ { "kind": "general-public" } ]"#,
                                                        launch: "2026-06-01", close: "2026-07-31"))
        let finding = try #require(assessment.findings(.planAudienceLeftOut).first)
        #expect(finding.message.contains("closed before 2026-11-22, so this is history. It fell short: Of those the file shows have an interest"))
        #expect(finding.message.contains("Millbrook reading group"))
        #expect(!finding.message.contains("Ask them too"), "no advice to change what already ran")
        #expect(finding.location == "$.exercises[0].audiences")
    }

    @Test func forAnICBTheStatutoryRulesReportServiceUsersAndRepresentativesOnce() throws {
        let assessment = TestSupport.assess(try council(audiences: #"[ { "kind": "staff" } ]"#, kind: "icb", relationship: "commissions"))
        #expect(assessment.verdict != .doesNotApply && assessment.verdict != .unlikelyToApply)
        #expect(!assessment.findings(.planServiceUsers).isEmpty)
        #expect(!assessment.findings(.planCarersRepresentatives).isEmpty)
        let finding = try #require(assessment.findings(.planAudienceLeftOut).first)
        #expect(finding.message.contains("leaves out Millbrook reading group, whom"), "only the group the statutory rules do not report")
        #expect(!finding.message.contains("represent"))
    }

    @Test func aGroupWithProtectedCharacteristicsIsLeftToTheEqualityRule() throws {
        var project = try council(audiences: #"[ { "kind": "general-public" }, { "kind": "representative-bodies" } ]"#)
        project.affectedGroups = [AffectedGroup(name: "Older readers", protectedCharacteristics: [.age])]
        let assessment = TestSupport.assess(project)
        #expect(assessment.findings(.planAudienceLeftOut).isEmpty)
        #expect(!assessment.findings(.planEqualityGroups).isEmpty)
    }
}
