import Testing
@testable import InvolveCore

/// Each worked example in the statutory guidance (guidance-rules.md section 9), and the
/// project's own realistic examples, gives the verdict and grade the guidance gives, with the
/// trail steps and citations that show why.
@Suite struct GuidanceExamplesTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let file: String
        let verdict: DutyVerdict
        /// Trail rule ids that must appear, in this order.
        let trail: [String]
        /// Seed line references that the deciding step must cite.
        let citedLines: [String]
        let findings: Set<String>
        var testDescription: String { file }
    }

    static let cases: [Case] = [
        Case(file: "guidance/t1-diabetes-commissioning-policy.json", verdict: .applies,
             trail: ["duty-step-1-body", "duty-step-2-activity", "people-commissioner-carers"],
             citedLines: ["1064"], findings: []),
        Case(file: "guidance/t2-urgent-emergency-care-reconfiguration.json", verdict: .applies,
             trail: ["duty-step-1-body", "duty-step-2-activity", "duty-step-3-impact"],
             citedLines: ["1068", "1097"], findings: ["common-law-consult"]),
        Case(file: "guidance/t3-service-location-and-opening-hours.json", verdict: .applies,
             trail: ["duty-step-1-body", "duty-step-2-activity", "duty-step-3-impact", "people-trust-users"],
             citedLines: ["1072", "1105"], findings: ["duty-impact-degree"]),
        Case(file: "guidance/t4-clinic-closure-operational-reasons.json", verdict: .likelyApplies,
             trail: ["duty-step-2-activity", "duty-step-3-impact"],
             citedLines: ["1072", "1124"], findings: ["people-equality-groups", "common-law-consult", "duty-impact-degree"]),
        Case(file: "guidance/t5-gp-practice-closure.json", verdict: .likelyApplies,
             trail: ["duty-step-2-activity", "duty-step-3-impact"],
             citedLines: ["1124"], findings: []),
        Case(file: "guidance/t6-gp-retirement.json", verdict: .unlikelyToApply,
             trail: ["duty-step-2-activity", "duty-step-3-impact"],
             citedLines: ["1128-1129"], findings: []),
        Case(file: "guidance/t7-podiatry-contract-same-specification.json", verdict: .unlikelyToApply,
             trail: ["duty-step-2-activity", "duty-step-3-impact"],
             citedLines: ["1128-1129"], findings: []),
        Case(file: "guidance/t8-closure-of-limited-benefit-service.json", verdict: .applies,
             trail: ["duty-step-2-activity", "duty-step-3-impact"],
             citedLines: ["1106"], findings: ["common-law-consult"]),
        Case(file: "guidance/t9-urgent-temporary-change-made-permanent.json", verdict: .applies,
             trail: ["duty-step-3-impact", "urgency-justification", "temporary-permanence", "common-law-consult"],
             citedLines: ["1105"], findings: ["urgency-justification", "common-law-consult"]),
        Case(file: "guidance/t10-promise-to-consult-statutory-no.json", verdict: .unlikelyToApply,
             trail: ["duty-step-3-impact", "common-law-consult"],
             citedLines: ["1128-1129"], findings: ["common-law-consult"]),
        Case(file: "projects/stroke-services-consolidation.json", verdict: .applies,
             trail: ["duty-step-1-body", "duty-step-2-activity", "duty-step-3-impact", "people-trust-users"],
             citedLines: ["1097"], findings: ["duty-impact-degree", "common-law-consult"]),
        Case(file: "projects/walk-in-centre-digital-triage.json", verdict: .likelyApplies,
             trail: ["duty-step-3-impact", "people-commissioner-carers"],
             citedLines: ["1108"], findings: ["duty-impact-contradiction", "duty-impact-degree"]),
        Case(file: "projects/specialised-service-contract-renewal.json", verdict: .unlikelyToApply,
             trail: ["duty-step-1-body", "duty-step-2-activity", "duty-step-3-impact", "people-commissioner-carers"],
             citedLines: ["1128-1129"], findings: []),
        Case(file: "projects/mental-health-collaborative-beds.json", verdict: .doesNotApply,
             trail: ["duty-step-1-body"],
             citedLines: ["245"], findings: ["duty-other-body", "common-law-consult"]),
        Case(file: "projects/early-draft-community-nursing.json", verdict: .undetermined,
             trail: ["duty-step-1-body", "duty-step-2-activity", "duty-step-3-impact"],
             citedLines: ["1058"], findings: ["people-equality-groups", "common-law-consult"]),
    ]

    @Test(arguments: cases)
    func exampleGivesTheGuidanceVerdictWithItsTrail(_ example: Case) throws {
        let assessment = TestSupport.assess(try TestSupport.loadExample(example.file))
        #expect(assessment.verdict == example.verdict)

        var position = assessment.trailRuleIDs.startIndex
        for id in example.trail {
            let found = assessment.trailRuleIDs[position...].firstIndex(of: id)
            #expect(found != nil, "trail step \(id) missing or out of order in \(assessment.trailRuleIDs)")
            position = (found ?? position)
        }
        let deciding = assessment.trail.filter { $0.rule.area == .duty }
        let cited = Set(deciding.flatMap(\.rule.citations).compactMap(\.lines))
        for line in example.citedLines {
            #expect(cited.contains(line), "no step of the duty test cites line \(line)")
        }
        // Route and fairness findings have their own tests (RouteTests, GunningTests).
        let dutyAreas: Set<RuleArea> = [.duty, .people, .urgency, .commonLaw]
        #expect(Set(assessment.findings.filter { dutyAreas.contains($0.rule.area) }.map(\.rule.id)) == example.findings)
        // Every fact the trail reads from the project file can be found in it. (Facts such as
        // "policy.consultationNormWeeks" come from the policy, not the file.)
        for fact in assessment.trail.flatMap(\.facts) where fact.path.hasPrefix("$") {
            #expect(assessment.sourceMap.location(of: fact.path) != nil, "fact \(fact.path) has no location")
        }
    }

    @Test func stepOneIsLabelledInferred() throws {
        let assessment = TestSupport.assess(try TestSupport.loadExample("guidance/t1-diabetes-commissioning-policy.json"))
        let step1 = try #require(assessment.step(.dutyStep1))
        #expect(step1.rule.inferred)
        #expect(step1.rule.citations.contains { $0.section.hasPrefix("s14Z45") })
    }

    @Test func gpClosureTrailNamesTheGuidanceGradeAndTheFactsOfDegree() throws {
        let assessment = TestSupport.assess(try TestSupport.loadExample("guidance/t5-gp-practice-closure.json"))
        let step3 = try #require(assessment.step(.dutyStep3))
        #expect(step3.answer.hasPrefix("Likely"))
        #expect(step3.answer.contains("Annex B1, Step 3, examples)"))
        #expect(step3.facts.contains { $0.path == "$.changes[0].specificCareLost" })
        #expect(step3.facts.contains { $0.path == "$.changes[0].extraTravelKilometres" && $0.value == "3.2" })
    }

    @Test func contradictedDeclarationIsAnErrorPointingAtTheDeclaredAnswer() throws {
        let assessment = TestSupport.assess(try TestSupport.loadExample("projects/walk-in-centre-digital-triage.json"))
        let contradiction = try #require(assessment.findings(.dutyImpactContradiction).first)
        #expect(contradiction.severity == .error)
        #expect(contradiction.facts.first?.path == "$.impact.mannerOfDelivery.answer")
        let location = try #require(assessment.sourceMap.location(of: "$.impact.mannerOfDelivery.answer"))
        #expect(location.line == 14 && location.column == 37)
        #expect(assessment.nextSteps.first?.hasPrefix("Resolve the 1 error") == true)
    }

    @Test func undeterminedNamesEveryQuestionThatWouldDecideIt() throws {
        let assessment = TestSupport.assess(try TestSupport.loadExample("projects/early-draft-community-nursing.json"))
        #expect(assessment.openQuestions.map(\.path) == ["$.services.relationship", "$.activity", "$.impact.mannerOfDelivery", "$.impact.rangeOfServices"])
        #expect(assessment.openQuestions.allSatisfy { !$0.whyItMatters.isEmpty })
    }
}
