import Testing
@testable import InvolveCore

@Suite struct RouteTests {
    typealias F = RouteFixtures

    // MARK: The route itself

    @Test func planningWithoutIndicatorsIsEngagement() throws {
        var project = try F.wellRun { $0.approach = .engage; $0.healthScrutiny = nil; $0.serviceChangeAssurance = nil }
        project.activities = [.planning]
        project.changes = []
        let assessment = F.assess(project)
        #expect(assessment.verdict == .applies)
        #expect(assessment.route.kind == .engagement)
        #expect(assessment.route.level == .required)
        #expect(assessment.route.scrutiny.level == .notIndicated)
        #expect(assessment.route.notification.level == .notIndicated)
        #expect(assessment.route.assurance.level == .notIndicated)
        #expect(assessment.route.ruleID == "route-kind")
        let step = try #require(assessment.step("route-kind"))
        #expect(step.answer.hasPrefix("Engagement (required)."))
        #expect(step.answer.contains("statutory guidance, Annex A2, Fair and proportionate approaches"))
        #expect(step.rule.citations.contains { $0.lines == "703" && $0.document == .statutoryGuidance })
        #expect(assessment.findings("route-plan-approach").isEmpty)
    }

    @Test func dutyNotApplyingIsInformationOnly() throws {
        var project = try F.wellRun { $0.approach = .inform }
        project.changes = [ServiceChange(kind: .newProviderSameSpecification)]
        project.impact = DeclaredImpact(mannerOfDelivery: ImpactDeclaration(answer: .no, reasons: "same specification"),
                                        rangeOfServices: ImpactDeclaration(answer: .no, reasons: "same specification"))
        project.plan?.healthScrutiny = nil
        project.plan?.serviceChangeAssurance = nil
        let assessment = F.assess(project)
        #expect(assessment.verdict == .unlikelyToApply)
        #expect(assessment.route.kind == .informationOnly)
        #expect(assessment.route.level == .notRequired)
        #expect(assessment.fairness.application == .advisory)
        #expect(assessment.findings.allSatisfy { $0.rule.id != "plan-carers-representatives" })
    }

    @Test func undeterminedDutyWithoutIndicatorsLeavesTheRouteUndetermined() throws {
        var project = try F.wellRun()
        project.activities = nil
        project.changes = []
        project.plan?.healthScrutiny = nil
        project.plan?.serviceChangeAssurance = nil
        let assessment = F.assess(project)
        #expect(assessment.verdict == .undetermined)
        #expect(assessment.route.kind == .undetermined)
        #expect(assessment.route.scrutiny.level == .undetermined)
        #expect(assessment.openQuestions.contains { $0.path == "$.changes" })
    }

    // MARK: Substantial change and scrutiny (reg 23)

    @Test func substantialReconfigurationWithoutScrutinyIsLikely() throws {
        let project = try F.wellRun { plan in
            plan.approach = .engage
            plan.healthScrutiny = nil
            plan.secretaryOfStateNotified = nil
            plan.serviceChangeAssurance = nil
        }
        let assessment = F.assess(project)
        #expect(assessment.route.kind == .formalConsultation)
        #expect(assessment.route.level == .likely)
        #expect(assessment.route.scrutiny.level == .likely)
        #expect(assessment.route.scrutiny.ruleID == "route-scrutiny-consultation")
        #expect(assessment.route.notification.level == .likely)
        #expect(assessment.route.assurance.level == .likely)
        let scrutiny = try #require(assessment.findings("route-scrutiny-consultation").first)
        #expect(scrutiny.severity == .warning)
        #expect(scrutiny.message.contains("South East London toolkit, Appendix: legal duties"))
        #expect(scrutiny.facts.contains(Fact("$.changes[0].kind", "reduction-or-consolidation")))
        #expect(scrutiny.facts.contains(Fact("$.plan.healthScrutiny.status", Fact.notStated)))
        // Engagement planned where consultation is likely needed: a warning, not an error.
        let mismatch = try #require(assessment.findings("route-plan-approach").first)
        #expect(mismatch.severity == .warning)
        #expect(assessment.openQuestions.contains { $0.path == "$.plan.serviceChangeAssurance.majorChange" })
        #expect(assessment.route.reasons.contains { $0.ruleID == "route-scrutiny-consultation" && $0.text.contains("likely to be substantial") })
    }

    @Test func substantialReconfigurationWithScrutinyAgreedIsRequired() throws {
        let project = try F.wellRun { plan in
            plan.healthScrutiny = HealthScrutiny(status: .agreedSubstantial)
            plan.secretaryOfStateNotified = false
        }
        let assessment = F.assess(project)
        #expect(assessment.route.kind == .formalConsultation)
        #expect(assessment.route.level == .required)
        #expect(assessment.route.scrutiny.level == .required)
        #expect(!assessment.route.scrutiny.done)
        #expect(assessment.findings("route-scrutiny-consultation").map(\.severity) == [.warning])
        #expect(assessment.route.notification.level == .required)
        let notify = try #require(assessment.findings("route-secretary-of-state-notification").first)
        #expect(notify.severity == .warning)
        #expect(notify.facts.contains(Fact("$.plan.secretaryOfStateNotified", "false")))
        #expect(assessment.nextSteps.contains { $0.contains("Notify the Secretary of State") })
    }

    @Test func agreedSubstantialButOnlyEngagementPlannedIsAnError() throws {
        let project = try F.wellRun { plan in
            plan.approach = .engage
            plan.healthScrutiny = HealthScrutiny(status: .agreedSubstantial)
        }
        let assessment = F.assess(project)
        let mismatch = try #require(assessment.findings("route-plan-approach").first)
        #expect(mismatch.severity == .error)
        #expect(mismatch.message.contains("agreed the change is substantial"))
        #expect(mismatch.facts.contains(Fact("$.plan.approach", "engage")))
    }

    @Test func scrutinyConsultedIsRequiredAndDone() throws {
        let assessment = F.assess(try F.wellRun())
        #expect(assessment.route.scrutiny.level == .required)
        #expect(assessment.route.scrutiny.done)
        #expect(assessment.findings("route-scrutiny-consultation").isEmpty)
        #expect(assessment.step("route-scrutiny-consultation")?.answer.hasPrefix("Required, and under way.") == true)
    }

    @Test func committeeAgreedNotSubstantialTakesTheEngagementRoute() throws {
        let project = try F.wellRun { plan in
            plan.approach = .engage
            plan.healthScrutiny = HealthScrutiny(status: .agreedNotSubstantial)
            plan.serviceChangeAssurance = nil
        }
        let assessment = F.assess(project)
        #expect(assessment.route.scrutiny.level == .notRequired)
        #expect(assessment.route.kind == .engagement)
        #expect(assessment.route.notification.level == .notRequired)
        #expect(assessment.findings("route-scrutiny-consultation").map(\.severity) == [.info])
        #expect(assessment.findings("route-plan-approach").isEmpty)
    }

    @Test(arguments: [ChangeKind.closure, .gpPracticeClosure, .serviceWithdrawal, .reductionOrConsolidation,
                      .relocation, .careModel, .temporarySuspension])
    func toolkitIndicatorsMakeScrutinyLikely(kind: ChangeKind) throws {
        var project = try F.wellRun { $0.healthScrutiny = nil }
        project.changes = [ServiceChange(kind: kind, extraTravelMinutes: 10, peopleAffected: 100)]
        let assessment = F.assess(project)
        #expect(assessment.route.scrutiny.level == .likely)
        #expect(assessment.route.kind == .formalConsultation)
        #expect(assessment.step("route-scrutiny-consultation")?.answer.contains("change 1") == true)
    }

    @Test(arguments: [ChangeKind.openingHours, .newService, .digitalAccess, .eligibility, .newProviderChangedSpecification])
    func otherChangesDoNotIndicateSubstantialChange(kind: ChangeKind) throws {
        var project = try F.wellRun { $0.healthScrutiny = nil; $0.approach = .engage; $0.serviceChangeAssurance = nil }
        project.changes = [ServiceChange(kind: kind, extraTravelMinutes: 0, peopleAffected: 100)]
        let assessment = F.assess(project)
        #expect(assessment.route.scrutiny.level == .notIndicated)
        #expect(assessment.route.kind == .engagement)
    }

    @Test func aSignificantlyDisadvantagedGroupMakesScrutinyLikely() throws {
        var project = try F.wellRun { $0.healthScrutiny = nil }
        project.changes = [ServiceChange(kind: .openingHours, extraTravelMinutes: 0, peopleAffected: 40)]
        project.affectedGroups = [AffectedGroup(name: "Dialysis patients on evening sessions", significantlyDisadvantaged: true)]
        let assessment = F.assess(project)
        #expect(assessment.route.scrutiny.level == .likely)
        #expect(assessment.step("route-scrutiny-consultation")?.facts.contains(Fact("$.affectedGroups[0].significantlyDisadvantaged", "true")) == true)
        #expect(assessment.step("route-scrutiny-consultation")?.answer.contains("South East London toolkit, Appendix: legal duties") == true)
    }

    // MARK: Common law

    @Test func aCommonLawTriggerMakesConsultationMayBeRequired() throws {
        var project = try F.wellRun { $0.healthScrutiny = nil; $0.approach = .engage; $0.serviceChangeAssurance = nil }
        project.changes = [ServiceChange(kind: .openingHours, extraTravelMinutes: 0, peopleAffected: 100)]
        project.commonLaw = CommonLawTriggers(promiseToConsult: true, establishedPracticeOfConsulting: false)
        let assessment = F.assess(project)
        #expect(assessment.route.kind == .formalConsultation)
        #expect(assessment.route.level == .mayBeRequired)
        let reason = try #require(assessment.route.reasons.first { $0.ruleID == "common-law-consult" })
        #expect(reason.text.contains("may be required; take legal advice"))
        #expect(assessment.findings("route-plan-approach").map(\.severity) == [.warning])
        #expect(assessment.nextSteps.contains { $0.contains("legal advice") })
    }

    // MARK: Urgency and temporary changes

    private func urgentTemporaryClosure() throws -> Project {
        var project = try F.wellRun { plan in
            plan.approach = .engage
            plan.healthScrutiny = HealthScrutiny(status: .informed)
            plan.secretaryOfStateNotified = nil
            plan.serviceChangeAssurance = nil
        }
        project.organisation = Organisation(name: "Test Trust", kind: .nhsTrust)
        project.services = Services(relationship: .provides)
        project.changes = [ServiceChange(kind: .temporarySuspension, extraTravelMinutes: 30, peopleAffected: 420)]
        project.urgency = Urgency(isUrgent: true, cause: "staff shortages", riskToPatientsOrStaff: "unsafe staffing on most shifts", involvementLeftLate: false,
                                  origin: .riskToSafetyOrWelfare, riskEvidence: "rota fill below safe levels on most shifts", riskAssessedBy: "Head of Midwifery", riskArose: F.date("2026-01-12"), proposalFirstIdentified: F.date("2026-02-02"))
        project.temporaryChange = TemporaryChange(isTemporary: true, permanenceUnderConsideration: false)
        return project
    }

    @Test func urgentTemporaryClosureTakesTheUrgencyExemption() throws {
        let assessment = F.assess(try urgentTemporaryClosure())
        #expect(assessment.route.kind == .engagement)
        #expect(assessment.route.level == .expected)
        #expect(assessment.route.scrutiny.level == .urgencyExemption)
        #expect(assessment.route.scrutiny.ruleID == "route-scrutiny-urgency")
        #expect(assessment.route.scrutiny.done)
        #expect(assessment.route.scrutiny.reason.contains("notified immediately, with the reasons"))
        #expect(assessment.route.notification.level == .notRequired)
        #expect(assessment.route.notification.reason.contains("North East and North Cumbria toolkit, Notification duties and process"))
        #expect(assessment.route.assurance.level == .notIndicated)
        #expect(assessment.route.reasons.contains { $0.ruleID == "urgency-justification" })
        #expect(assessment.route.reasons.contains { $0.ruleID == "temporary-permanence" })
        let step = try #require(assessment.step("route-scrutiny-urgency"))
        #expect(step.facts.contains(Fact("$.urgency.riskToPatientsOrStaff", "unsafe staffing on most shifts")))
        #expect(step.rule.citations.contains { $0.section == "reg 23 urgency exemption" && $0.quote == nil })
        #expect(assessment.findings("route-scrutiny-urgency").isEmpty)
    }

    @Test func theUrgencyExemptionStillRequiresNotifyingTheAuthority() throws {
        var project = try urgentTemporaryClosure()
        project.plan?.healthScrutiny = HealthScrutiny(status: .notContacted)
        let assessment = F.assess(project)
        let finding = try #require(assessment.findings("route-scrutiny-urgency").first)
        #expect(finding.severity == .error)
        #expect(finding.message.contains("Notify the local authority immediately"))
        #expect(assessment.nextSteps.contains { $0.contains("reg 23 urgency exemption") })
    }

    @Test func urgencyWithoutARecordedRiskIsNoExemption() throws {
        var project = try urgentTemporaryClosure()
        project.urgency = Urgency(isUrgent: true, cause: "staff shortages")
        let assessment = F.assess(project)
        #expect(assessment.route.scrutiny.level == .likely)
        #expect(assessment.route.kind == .formalConsultation)
        #expect(assessment.step("route-scrutiny-consultation")?.answer.contains("urgency exemption needs an evidenced risk") == true)
    }

    @Test func urgencyLeftLateIsNoExemption() throws {
        var project = try urgentTemporaryClosure()
        project.urgency?.involvementLeftLate = true
        #expect(F.assess(project).route.scrutiny.level == .likely)
    }

    @Test func makingATemporaryChangePermanentTakesTheFullRoute() throws {
        var project = try urgentTemporaryClosure()
        project.temporaryChange = TemporaryChange(isTemporary: true, permanenceUnderConsideration: true)
        let assessment = F.assess(project)
        #expect(assessment.route.scrutiny.level == .likely)
        #expect(assessment.route.kind == .formalConsultation)
        #expect(assessment.route.notification.level == .likely)
    }

    // MARK: Secretary of State

    @Test func notificationIsJudgedByTheLawOnTheDecisionDate() throws {
        func project(decidedOn date: String) throws -> Project {
            try F.wellRun {
                $0.healthScrutiny = HealthScrutiny(status: .agreedSubstantial)
                $0.decisionDate = F.date(date)
            }
        }
        let before = F.assess(try project(decidedOn: "2024-01-30"), asOf: F.date("2026-06-01"))
        #expect(before.route.notification.level == .notRequired)
        #expect(before.route.notification.reason.contains("(reconfiguration-notice-2024 (in force from 2024-01-31)) commenced after the decision date 2024-01-30"))
        #expect(F.assess(try project(decidedOn: "2024-01-31"), asOf: F.date("2026-06-01")).route.notification.level == .required)
        // The as-of date alone decides nothing: a decision still to come is taken under the law then.
        #expect(F.assess(try project(decidedOn: "2026-09-01"), asOf: F.date("2024-01-30")).route.notification.level == .required)
    }

    @Test func scrutinyConsultationBegunBeforeCommencementIsNotNotifiable() throws {
        let project = try F.wellRun { $0.healthScrutiny = HealthScrutiny(status: .consulted, consultationStarted: F.date("2023-12-01")) }
        let assessment = F.assess(project)
        #expect(assessment.route.notification.level == .notRequired)
        #expect(assessment.step("route-secretary-of-state-notification")?.facts.contains(Fact("$.plan.healthScrutiny.consultationStarted", "2023-12-01")) == true)
    }

    @Test func notNotifyingAfterLaunchIsAnError() throws {
        let project = try F.wellRun { $0.secretaryOfStateNotified = false }
        let before = F.assess(project)
        #expect(before.findings("route-secretary-of-state-notification").map(\.severity) == [.warning])
        let after = F.assess(project, asOf: F.date("2026-09-14"))  // the launch date
        #expect(after.findings("route-secretary-of-state-notification").map(\.severity) == [.error])
    }

    // MARK: NHS England assurance

    @Test func outstandingAssuranceIsAWarningBeforeLaunchAndAnErrorAfter() throws {
        let project = try F.wellRun {
            $0.serviceChangeAssurance = ServiceChangeAssurance(majorChange: true, preConsultationBusinessCase: .inProgress,
                                                               clinicalSenateReview: .notStarted, nhsEnglandAssurance: nil)
        }
        let assessment = F.assess(project)
        #expect(assessment.route.assurance.level == .required)
        #expect(!assessment.route.assurance.done)
        let finding = try #require(assessment.findings("route-service-change-assurance").first)
        #expect(finding.severity == .warning)
        #expect(finding.message.contains("pre-consultation business case (in-progress), Clinical Senate review (not-started), NHS England assurance (not stated)"))
        #expect(Rule.routeServiceChangeAssurance.inferred)
        #expect(Rule.routeServiceChangeAssurance.citations.contains { $0.lines == "1195" })
        let launched = F.assess(project, asOf: F.date("2026-10-01"))
        #expect(launched.findings("route-service-change-assurance").map(\.severity) == [.error])
    }

    @Test func declaredNotMajorNeedsNoAssurance() throws {
        let project = try F.wellRun { $0.serviceChangeAssurance = ServiceChangeAssurance(majorChange: false) }
        let assessment = F.assess(project)
        #expect(assessment.route.assurance.level == .notRequired)
        // Without major change the PCBC is not part of Gunning 2.
        #expect(assessment.principle(.sufficientInformation)?.facts.contains { $0.path.hasSuffix("preConsultationBusinessCase") } == false)
    }

    // MARK: Pre-consultation engagement

    @Test func consultationWithoutPreConsultationEngagementIsWarned() throws {
        let assessment = F.assess(try F.wellRun { $0.preConsultationEngagementDone = false })
        #expect(assessment.route.preConsultationEngagement.level == .expected)
        #expect(assessment.findings("route-pre-consultation-engagement").map(\.severity) == [.warning])
        let unstated = F.assess(try F.wellRun { $0.preConsultationEngagementDone = nil })
        #expect(unstated.openQuestions.contains { $0.path == "$.plan.preConsultationEngagementDone" })
        #expect(unstated.findings("route-pre-consultation-engagement").isEmpty)
    }

    @Test func informingOnlyWhereTheDutyAppliesIsWarned() throws {
        var project = try F.wellRun { $0.approach = .inform; $0.healthScrutiny = nil; $0.serviceChangeAssurance = nil }
        project.changes = [ServiceChange(kind: .openingHours, extraTravelMinutes: 0, peopleAffected: 300)]
        let assessment = F.assess(project)
        #expect(assessment.route.kind == .engagement)
        #expect(assessment.findings("route-plan-approach").map(\.severity) == [.warning])
    }
}
