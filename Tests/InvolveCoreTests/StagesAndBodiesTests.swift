import Foundation
import Testing
@testable import InvolveCore

/// The Examples/stages and Examples/bodies files, tried as a new user would (issue 12's "done when").
@Suite struct StagesAndBodiesTests {
    static let asOf = CalendarDate(year: 2026, month: 12, day: 1) ?? CalendarDate(dayNumber: 0)

    static func assess(_ file: String) throws -> (Project, Assessment) {
        let project = try TestSupport.loadExample(file)
        return (project, Assessor.assess(project, options: AssessmentOptions(asOf: asOf)))
    }

    static func steps(_ assessment: Assessment, _ rule: Rule) -> [String] {
        assessment.trail.filter { $0.rule == rule }.map(\.answer)
    }

    /// In a phased programme only the consultation is held to a consultation's standards: the
    /// engagement before it is judged as advice (its Gunning scope step says which exercise is the
    /// consultation), while a short exercise that calls itself a consultation is still judged formally.
    @Test func onlyTheConsultationOfAPhasedProgrammeIsJudgedFormally() throws {
        let (_, assessment) = try Self.assess("stages/phased-programme.json")
        let scopes = Self.steps(assessment, .gunningScope)
        #expect(scopes.count == 3)
        #expect(scopes.first?.contains("As advice: Exercise 3 of 3") == true, "\(scopes)")
        #expect(scopes.dropFirst().allSatisfy { $0.contains("Formally") }, "\(scopes)")
    }

    @Test func aCouncilClosingALeisureCentreGetsNoNHSRouteAndACommonLawAndEqualityAssessment() throws {
        let (_, assessment) = try Self.assess("bodies/council-leisure-centre-closure.json")
        #expect(assessment.verdict == .doesNotApply)
        #expect(assessment.verdictReason.contains("no NHS body holds them"))
        #expect(assessment.route.kind == .informationOnly)
        for requirement in [assessment.route.scrutiny, assessment.route.notification, assessment.route.assurance] {
            #expect(requirement.level == .notRequired)
        }
        #expect(assessment.route.scrutiny.reason.contains("Reg 23 binds NHS bodies"))
        #expect(!assessment.nextSteps.contains { $0.contains("Secretary of State") || $0.contains("reg 23") || $0.contains("NHS England service change") })
        #expect(assessment.nextSteps.first?.contains("public sector equality duty") == true)
        // Common law: no trigger, but the promise about the pool is a substantive expectation.
        #expect(Self.steps(assessment, .commonLawConsultation).contains { $0.contains("promise about the place") })
        #expect(assessment.findings.contains { $0.rule == .commonLawConsultation && $0.severity == .warning && $0.message.contains("overriding public interest") })
        // Equality: assessed for the council, in progress.
        #expect(Self.steps(assessment, .otherDutyEquality) == ["Applies to a local authority. The equality impact assessment is in progress; it must be complete, and considered, before the decision. Groups with protected characteristics are affected: Older residents using the warm-water sessions."])
        // Healthwatch's remit is health and care: not asked for a leisure centre.
        #expect(!assessment.audiences.contains { $0.who == "Local Healthwatch" })
    }

    @Test func aDepartmentBoundByItsPromiseConsultsFairlyWithoutAnNHSRoute() throws {
        let (_, assessment) = try Self.assess("bodies/department-grant-scheme-change.json")
        #expect(assessment.verdict == .doesNotApply)
        #expect(assessment.route.kind == .formalConsultation && assessment.route.level == .mayBeRequired)
        #expect(assessment.fairness.application == .formal)
        #expect(assessment.route.scrutiny.level == .notRequired && assessment.route.notification.level == .notRequired)
        #expect(Self.steps(assessment, .commonLawConsultation).first?.contains("a promise to consult (by The department, on 2023-04-01, to Grant holders)") == true)
    }

    @Test func twoCommissionersAndAProviderEachHaveTheirOwnDuty() throws {
        let (_, assessment) = try Self.assess("bodies/two-commissioners-and-a-provider.json")
        let step1 = Self.steps(assessment, .dutyStep1)
        #expect(step1.count == 3)
        #expect(step1[0].hasPrefix("NHS Northshire Integrated Care Board (lead): Yes. As integrated care board (ICB) it is bound by NHS Act 2006 s14Z45"))
        #expect(step1[1].hasPrefix("NHS England (specialised commissioning) (member of a joint committee): Yes. As NHS England it is bound by NHS Act 2006 s13Q"))
        #expect(step1[2].hasPrefix("Northshire Hospitals NHS Foundation Trust (provider): Yes."))
        #expect(assessment.statutoryDuty == "NHS Act 2006 s14Z45 (NHS Northshire Integrated Care Board); NHS Act 2006 s13Q (NHS England (specialised commissioning)); NHS Act 2006 s242(1B) (Northshire Hospitals NHS Foundation Trust)")
        #expect(Self.steps(assessment, .peopleCommissioner).count == 2)
        #expect(Self.steps(assessment, .peopleTrust).count == 1)
        #expect(assessment.audiences.filter(\.required).map(\.who) == ["People who use or may use the services", "Their carers and representatives (if any)",
                                                                        "Users of the services, directly or through representatives"])
        #expect(assessment.route.scrutiny.reason.contains("joint overview and scrutiny committee") && assessment.route.scrutiny.reason.contains("reg 30(5)"))
        #expect(assessment.nextSteps.contains("Consult the local authorities, through the joint health scrutiny committee they must appoint (reg 30), formally (reg 23), giving the proposed decision date and the date for comments."))
    }

    @Test func theGeneralPublicIsAnAudienceThatReachesServiceUsers() throws {
        let (_, assessment) = try Self.assess("bodies/general-public-county-consultation.json")
        #expect(!assessment.findings.contains { $0.rule == .planServiceUsers })
        #expect(Self.steps(assessment, .planServiceUsers) == ["Yes: the plan involves people who use or may use the services, as part of the general public."])
        // Representative bodies count as representatives (guidance line 1044).
        #expect(!assessment.findings.contains { $0.rule == .planCarersRepresentatives })
    }

    @Test func aConsultationThatClosedIsJudgedAsHistory() throws {
        let (_, assessment) = try Self.assess("stages/consultation-closed-short.json")
        #expect(Self.steps(assessment, .stageOfProject).first?.hasPrefix("Closed, awaiting decision, on 2026-12-01.") == true)
        let said = assessment.findings.map(\.message) + assessment.nextSteps
        #expect(!said.contains { $0.contains("engthen") || $0.contains("before launch") || $0.contains("Carry out pre-consultation") })
        let time = try #require(assessment.findings.first { $0.rule == .gunning3Time })
        #expect(time.severity == .error)
        #expect(time.message.hasPrefix("The consultation ran from 2026-07-20 to 2026-08-23 and closed before 2026-12-01, so this is history. It fell short: G3 not met."))
        #expect(time.message.hasSuffix("What ran cannot be changed now: before deciding, weigh whether the decision can fairly rest on it, or involve people again on what it lacked."))
        #expect(assessment.findings.contains { $0.rule == .planCarersRepresentatives && $0.message.contains("It fell short: The plan leaves out carers.") })
        #expect(Self.steps(assessment, .stageExerciseHistory) == ["The consultation ran from 2026-07-20 to 2026-08-23 and closed before 2026-12-01; it is judged as history: 4 shortfalls (see the findings under the rules named)."])
        #expect(assessment.nextSteps.contains("The exercise that ran fell short of Gunning G3 (see Findings): before deciding, weigh whether the decision can fairly rest on it, or involve people again on what it lacked."))
    }

    @Test func aFormat1PlanThatClosedIsHistoryToo() throws {
        let project = try TestSupport.load(json: """
            { "formatVersion": 1, "id": "F1", "title": "A format 1 file", "organisation": { "name": "An ICB", "kind": "icb" },
              "services": { "relationship": "commissions" }, "activity": ["proposal-for-change"],
              "changes": [ { "kind": "relocation", "extraTravelMinutes": 10, "peopleAffected": 100 } ],
              "plan": { "approach": "consult", "launchDate": "2026-01-05", "closeDate": "2026-01-18", "decisionDate": "2026-03-01" } }
            """)
        let assessment = Assessor.assess(project, options: AssessmentOptions(asOf: Self.asOf))
        let time = try #require(assessment.findings.first { $0.rule == .gunning3Time })
        #expect(time.message.contains("so this is history") && time.message.contains("The decision of 2026-03-01 rested on it"))
        #expect(time.facts.allSatisfy { !$0.path.hasPrefix("$.exercises") })
        #expect(!assessment.findings.contains { $0.message.contains("engthen") })
    }

    @Test func aPhasedProgrammeIsAssessedExerciseByExercise() throws {
        let (_, assessment) = try Self.assess("stages/phased-programme.json")
        #expect(Self.steps(assessment, .stageOfProject).first?.hasPrefix("Planning, on 2026-12-01. Exercise 1 of 3 (Phase 1: engagement on the community services strategy): closed, awaiting decision") == true)
        let history = Self.steps(assessment, .stageExerciseHistory)
        #expect(history.count == 2)
        #expect(history[0].hasPrefix("Exercise 1 of 3 (Phase 1: engagement on the community services strategy) ran from 2025-10-06"))
        #expect(history[1].hasPrefix("Exercise 2 of 3 (Phase 2: consultation on the diabetes clinic) ran from 2026-03-02"))
        // Each exercise's Gunning steps are its own, with facts at its own place in the file.
        let gunning1 = assessment.trail.filter { $0.rule == .gunning1Formative }
        #expect(gunning1.count == 3)
        #expect(gunning1[2].answer.hasPrefix("Exercise 3 of 3 (Phase 3: consultation on podiatry): "))
        #expect(gunning1[1].facts.contains { $0.path == "$.exercises[1].decisionAlreadyTaken" })
        #expect(Self.steps(assessment, .stageEarlierExercises)[0].contains("covered a strategy in general, not this proposal"))
        // The project's fairness is the latest exercise's, not yet launched.
        #expect(assessment.fairness.application == .formal)
    }

    @Test func implementingAChangedProposalCallsForFreshInvolvement() throws {
        let (_, assessment) = try Self.assess("stages/implementing-after-change.json")
        #expect(Self.steps(assessment, .stageOfProject).first?.hasPrefix("Implementing, on 2026-12-01.") == true)
        let finding = try #require(assessment.findings.first { $0.rule == .stageImplementation })
        #expect(finding.severity == .warning && finding.message.contains("involve people again"))
        #expect(Self.steps(assessment, .stageImplementation).first?.contains("130 weeks and 3 days after the last exercise closed (2024-04-01)") == true)
    }

    @Test func eachStageIsNamedFromItsDates() throws {
        let expected: [(String, String)] = [
            ("stages/early-idea.json", "Early idea"), ("stages/planning.json", "Planning"),
            ("stages/pre-consultation-engagement.json", "Pre-consultation engagement"),
            ("stages/consultation-open.json", "Consultation open"), ("stages/decided.json", "Decided"),
        ]
        for (file, stage) in expected {
            let (_, assessment) = try Self.assess(file)
            #expect(Self.steps(assessment, .stageOfProject).first?.hasPrefix(stage + ", on 2026-12-01.") == true, "\(file)")
        }
    }

    @Test func aServiceLabelledCommissionedButSocialCareIsAContradiction() throws {
        var project = TestSupport.icbProposal(changes: [ServiceChange(kind: .closure)])
        project.formatVersion = 2
        project.services = Services(relationship: .commissions, nature: .socialCare)
        let assessment = Assessor.assess(project, options: AssessmentOptions(asOf: Self.asOf))
        #expect(assessment.verdict == .doesNotApply)
        #expect(assessment.findings.contains { $0.rule == .dutyOtherBody && $0.message.contains("not a health service") })
        #expect(assessment.route.scrutiny.level == .notRequired)
    }

    @Test func eachDecisionIsCheckedAgainstTheExercisesItReliesOn() throws {
        let (_, assessment) = try Self.assess("stages/phased-programme.json")
        let answers = Self.steps(assessment, .stageDecisions)
        #expect(answers.count == 2)
        #expect(answers[0].hasPrefix("The decision of 2026-07-16 (Move the diabetes clinic to Northfield), taken: it rests on involvement that had closed in time"))
        let planned = try #require(assessment.findings.first { $0.rule == .stageDecisions })
        #expect(planned.severity == .warning)
        #expect(planned.message.contains("only 1 week and 4 days after Exercise 3 of 3 (Phase 3: consultation on podiatry) closed on 2027-04-25"))
        #expect(planned.facts.contains(Fact("$.decisions[1].reliesOn[0]", "Phase 3: consultation on podiatry")))
    }

    @Test func aDecisionTakenBeforeItsExerciseClosedIsAnError() throws {
        let project = try TestSupport.load(json: """
            { "formatVersion": 2, "id": "D", "title": "Decided too soon", "organisation": { "name": "An ICB", "kind": "icb" },
              "services": { "relationship": "commissions" }, "activity": ["planning"],
              "exercises": [ { "name": "Engagement", "approach": "engage", "covers": "strategy-in-general", "launchDate": "2026-01-05", "closeDate": "2026-03-01" } ],
              "decisions": [ { "date": "2026-02-20", "reliesOn": ["Engagement", "Consultation"] } ] }
            """)
        let assessment = Assessor.assess(project, options: AssessmentOptions(asOf: Self.asOf))
        let finding = try #require(assessment.findings.first { $0.rule == .stageDecisions })
        #expect(finding.severity == .error)
        #expect(finding.message.contains("it relies on \"Consultation\", which is not the name of any exercise in the file"))
        #expect(finding.message.contains("\"Engagement\" closes on 2026-03-01, not before the decision: its responses could not be taken into account"))
        #expect(finding.message.contains("every exercise it relies on covered a strategy in general"))
        #expect(Self.steps(assessment, .stageOfProject).first?.hasPrefix("Decided, on 2026-12-01.") == true)
    }

    @Test func anEarlierEngagementOnTheProposalIsPreConsultationEngagement() throws {
        func project(covers: String) throws -> Project {
            try TestSupport.load(json: """
                { "formatVersion": 2, "id": "P", "title": "Engagement then consultation", "organisation": { "name": "An ICB", "kind": "icb" },
                  "services": { "relationship": "commissions" }, "activity": ["proposal-for-change"],
                  "changes": [ { "kind": "closure", "peopleAffected": 500, "extraTravelMinutes": 15 } ],
                  "exercises": [
                    { "name": "Engagement", "approach": "engage", "covers": "\(covers)", "launchDate": "2026-09-01", "closeDate": "2026-10-15" },
                    { "name": "Consultation", "approach": "consult", "covers": "this-proposal", "launchDate": "2027-01-11", "closeDate": "2027-04-04", "decisionDate": "2027-06-01" } ] }
                """)
        }
        let shaped = Assessor.assess(try project(covers: "this-proposal"), options: AssessmentOptions(asOf: Self.asOf))
        #expect(shaped.route.preConsultationEngagement.done)
        #expect(!shaped.openQuestions.contains { $0.path.hasSuffix("preConsultationEngagementDone") })
        let strategy = Assessor.assess(try project(covers: "strategy-in-general"), options: AssessmentOptions(asOf: Self.asOf))
        #expect(!strategy.route.preConsultationEngagement.done)
        #expect(strategy.openQuestions.contains { $0.path == "$.exercises[1].preConsultationEngagementDone" })
    }

    @Test func anArmsLengthBodyIsNotGivenTheNHSRoutes() throws {
        let (_, assessment) = try Self.assess("bodies/nhs-arms-length-body-donor-centre.json")
        #expect(assessment.verdict == .doesNotApply)
        #expect(Self.steps(assessment, .dutyStep1).first?.contains("NHS trusts and NHS foundation trusts only (the project's reading for other arm's-length bodies: inferred)") == true)
        #expect([assessment.route.scrutiny, assessment.route.notification, assessment.route.assurance].allSatisfy { $0.level == .notRequired })
    }

    @Test func anICBAndACouncilInCommitteesInCommonEachGetTheirAnswer() throws {
        let (_, assessment) = try Self.assess("bodies/icb-and-council-committees-in-common.json")
        let step1 = Self.steps(assessment, .dutyStep1)
        #expect(step1.count == 3)
        #expect(step1[1].hasPrefix("Northshire County Council (member of committees in common): No."))
        #expect(step1[1].contains("an ICB, NHS England or NHS trust that commissions or provides it holds the NHS duty for it"))
        #expect(assessment.statutoryDuty == "NHS Act 2006 s14Z45 (NHS Northshire Integrated Care Board); NHS Act 2006 s242(1B) (Northshire Community Health NHS Trust)")
        // A jointly funded service is a health service in part: the NHS routes apply to the NHS bodies.
        #expect(assessment.route.scrutiny.level == .likely)
    }
}
