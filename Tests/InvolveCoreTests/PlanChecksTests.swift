import Testing
@testable import InvolveCore

@Suite struct PlanChecksTests {
    typealias F = RouteFixtures

    @Test func anICBPlanWithoutCarersOrRepresentativesIsAnError() throws {
        let project = try F.wellRun { plan in
            plan.audiences = [PlannedAudience(kind: .peopleUsingServices), PlannedAudience(kind: .staff),
                              PlannedAudience(kind: .protectedCharacteristicGroups)]
        }
        let assessment = F.assess(project)
        let finding = try #require(assessment.findings("plan-carers-representatives").first)
        #expect(finding.severity == .error)
        #expect(finding.message.contains("leaves out carers and representatives"))
        #expect(finding.facts.contains(Fact("$.organisation.kind", "icb")))
        #expect(finding.facts.contains(Fact("$.plan.audiences[1].kind", "staff")))
        #expect(finding.rule.citations.contains { $0.lines == "1042" })
        #expect(assessment.step("plan-carers-representatives")?.answer.hasPrefix("No: the plan leaves out carers and representatives. Law applied: carers-and-representatives-2022 (in force from 2022-07-01), on ") == true)
    }

    @Test func healthwatchCountsAsARepresentativeButNotAsACarer() throws {
        let project = try F.wellRun { plan in
            plan.audiences = [PlannedAudience(kind: .peopleUsingServices), PlannedAudience(kind: .healthwatch)]
        }
        let finding = try #require(F.assess(project).findings("plan-carers-representatives").first)
        #expect(finding.message.contains("leaves out carers."))
        let fixed = try F.wellRun { plan in
            plan.audiences = [PlannedAudience(kind: .peopleUsingServices), PlannedAudience(kind: .healthwatch), PlannedAudience(kind: .carers)]
        }
        let assessment = F.assess(fixed)
        #expect(assessment.findings("plan-carers-representatives").isEmpty)
        #expect(assessment.step("plan-carers-representatives")?.answer.contains("(Annex B1, Individuals, carers and representatives)") == true)
    }

    @Test func nhsEnglandIsBoundLikeAnICB() throws {
        var project = try F.wellRun { $0.audiences = [PlannedAudience(kind: .peopleUsingServices), PlannedAudience(kind: .representatives)] }
        project.organisation = Organisation(name: "NHS England", kind: .nhsEngland)
        #expect(F.assess(project).findings("plan-carers-representatives").map(\.severity) == [.error])
    }

    @Test func aTrustWithoutCarersGetsAdviceNotAnError() throws {
        var project = try F.wellRun { $0.audiences = [PlannedAudience(kind: .representatives), PlannedAudience(kind: .healthwatch)] }
        project.organisation = Organisation(name: "Test Trust", kind: .nhsFoundationTrust)
        project.services = Services(relationship: .provides)
        let assessment = F.assess(project)
        #expect(assessment.findings("plan-carers-representatives").map(\.severity) == [.info])
        // A trust may involve users through representatives (s242(1B)).
        #expect(assessment.findings("plan-service-users").isEmpty)
        #expect(assessment.step("plan-service-users")?.answer.contains("through representatives") == true)
    }

    @Test func aPlanWithoutServiceUsersIsAnError() throws {
        let project = try F.wellRun { $0.audiences = [PlannedAudience(kind: .carers), PlannedAudience(kind: .representatives)] }
        let finding = try #require(F.assess(project).findings("plan-service-users").first)
        #expect(finding.severity == .error)
        #expect(finding.message.contains("s14Z45(2)"))
    }

    @Test func audiencesNotStatedIsAQuestion() throws {
        let assessment = F.assess(try F.wellRun { $0.audiences = nil })
        #expect(assessment.openQuestions.contains { $0.path == "$.plan.audiences" })
        #expect(assessment.findings("plan-carers-representatives").isEmpty)
    }

    @Test func affectedGroupsMissingFromTheAudiencesAreWarned() throws {
        var project = try F.wellRun { $0.audiences = [PlannedAudience(kind: .peopleUsingServices), PlannedAudience(kind: .carers), PlannedAudience(kind: .representatives)] }
        project.affectedGroups = [AffectedGroup(name: "Older people", protectedCharacteristics: [.age]),
                                  AffectedGroup(name: "Rural households", facesHealthInequalities: true)]
        let finding = try #require(F.assess(project).findings("plan-equality-groups").first)
        #expect(finding.severity == .warning)
        #expect(finding.message.contains("Older people"))
        #expect(finding.message.contains("Rural households"))
        #expect(finding.facts.contains(Fact("$.affectedGroups[0].protectedCharacteristics", "age")))
    }

    @Test func anEqualityImpactAssessmentNotStartedIsWarned() throws {
        let assessment = F.assess(try F.wellRun { $0.equalityImpactAssessment = .notStarted })
        let finding = try #require(assessment.findings("plan-equality-groups").first)
        #expect(finding.message.contains("equality impact assessment has not started"))
        #expect(finding.facts.contains(Fact("$.plan.equalityImpactAssessment", "not-started")))
    }

    @Test func affectedStaffLeftOutAndNoHealthwatchAreWarned() throws {
        let project = try F.wellRun { $0.audiences = [PlannedAudience(kind: .peopleUsingServices), PlannedAudience(kind: .carers), PlannedAudience(kind: .representatives), PlannedAudience(kind: .protectedCharacteristicGroups)] }
        let findings = F.assess(project).findings("plan-healthwatch-staff")
        #expect(findings.map(\.severity) == [.warning, .warning])
        #expect(findings.contains { $0.message.contains("Healthwatch") })
        #expect(findings.contains { $0.message.contains("Staff are affected") && $0.facts.contains(Fact("$.staffAffected", "true")) })
    }

    @Test func datesOutOfOrderAreAnError() throws {
        let assessment = F.assess(try F.wellRun { $0.closeDate = F.date("2026-09-01") })
        let finding = try #require(assessment.findings("plan-timeline").first)
        #expect(finding.severity == .error)
        #expect(finding.message.contains("the close date 2026-09-01 is before the launch date 2026-09-14"))
        #expect(assessment.principle(.adequateTime)?.status == .notAssessable)
    }

    @Test func missingDatesAreQuestions() throws {
        let assessment = F.assess(try F.wellRun { $0.launchDate = nil; $0.closeDate = nil })
        #expect(assessment.openQuestions.contains { $0.path == "$.plan.launchDate" })
        #expect(assessment.openQuestions.contains { $0.path == "$.plan.closeDate" })
        #expect(assessment.principle(.adequateTime)?.status == .notAssessable)
    }

    @Test func shortPlanningLeadTimeNamesThePolicy() throws {
        let assessment = F.assess(try F.wellRun { $0.planningStartDate = F.date("2026-08-10") })  // five weeks before launch
        let finding = try #require(assessment.findings("plan-lead-time").first)
        #expect(finding.severity == .warning)
        #expect(finding.message.contains("Only 5 weeks"))
        #expect(finding.message.contains("policy involve-default (version 2026.1): planningLeadWeeks = 8"))
        #expect(finding.facts.contains(Fact("policy.planningLeadWeeks", "8 (policy involve-default 2026.1)")))
    }

    @Test func withoutAPlanningStartTheLeadTimeIsAQuestionNotANumberOfDays() throws {
        let project = try F.wellRun { $0.planningStartDate = nil }
        for asOf in ["2026-08-31", "2026-01-05", "2026-09-10"] {
            let assessment = F.assess(project, asOf: F.date(asOf))
            #expect(assessment.findings("plan-lead-time").isEmpty)
            #expect(assessment.openQuestions.contains { $0.path == "$.plan.planningStartDate" })
            let step = try #require(assessment.trail.first { $0.rule.id == "plan-lead-time" })
            #expect(step.answer.hasPrefix("Not assessable"))
            #expect(!step.answer.contains(asOf))
        }
    }

    @Test func aShortProgrammeNamesThePolicy() throws {
        let assessment = F.assess(try F.wellRun { $0.planningStartDate = F.date("2026-06-01") })
        let finding = try #require(assessment.findings("plan-programme-length").first)
        #expect(finding.message.contains("consultationProgrammeMonths = 9"))
        #expect(finding.message.contains("the earliest decision date on that basis is 2027-03-01"))
    }

    @Test func noBudgetIsAdvice() throws {
        let finding = try #require(F.assess(try F.wellRun { $0.budget = nil }).findings("plan-lead-time").first)
        #expect(finding.severity == .info)
        #expect(finding.message.contains("statutory guidance, 4. Ten principles for working with people and communities"))
    }
}

@Suite struct PlanLeadTimeScopeTests {
    typealias F = RouteFixtures

    @Test func informationOnlyPlansHaveNoLeadTimeCheck() throws {
        var project = try F.wellRun { plan in
            plan.approach = .inform
            plan.planningStartDate = F.date("2026-09-01")
            plan.healthScrutiny = nil
            plan.serviceChangeAssurance = nil
        }
        project.changes = [ServiceChange(kind: .staffChange)]
        project.impact = DeclaredImpact(mannerOfDelivery: ImpactDeclaration(answer: .no, reasons: "a GP retires"),
                                        rangeOfServices: ImpactDeclaration(answer: .no, reasons: "a GP retires"))
        let assessment = F.assess(project)
        #expect(assessment.route.kind == .informationOnly)
        #expect(assessment.steps("plan-lead-time").isEmpty)
        #expect(assessment.findings("plan-lead-time").isEmpty)
    }

    @Test func urgentInterimChangesHaveNoLeadTimeCheck() throws {
        var project = try F.wellRun { $0.planningStartDate = F.date("2026-09-01"); $0.approach = .engage }
        project.changes = [ServiceChange(kind: .temporarySuspension, extraTravelMinutes: 10, peopleAffected: 50)]
        project.urgency = Urgency(isUrgent: true, riskToPatientsOrStaff: "unsafe staffing", involvementLeftLate: false,
                                  origin: .riskToSafetyOrWelfare, riskEvidence: "rota fill below safe levels on most shifts", riskAssessedBy: "Head of Midwifery", riskArose: F.date("2026-01-12"), proposalFirstIdentified: F.date("2026-02-02"))
        project.temporaryChange = TemporaryChange(isTemporary: true, permanenceUnderConsideration: false)
        let assessment = F.assess(project)
        #expect(assessment.route.scrutiny.level == .urgencyExemption)
        #expect(assessment.steps("plan-lead-time").isEmpty)
    }
}
