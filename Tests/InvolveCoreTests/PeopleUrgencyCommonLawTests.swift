import Testing
@testable import InvolveCore

@Suite struct WhoMustBeInvolvedTests {
    private let applies = DeclaredImpact(mannerOfDelivery: ImpactDeclaration(answer: .yes, reasons: "r"), rangeOfServices: nil)

    @Test(arguments: [OrganisationKind.integratedCareBoard, .nhsEngland])
    func commissionersMustInvolveCarersAndRepresentatives(_ kind: OrganisationKind) {
        var project = TestSupport.icbProposal(impact: applies)
        project.organisation = Organisation(name: "Org", kind: kind)
        let assessment = TestSupport.assess(project)
        let carers = assessment.audiences.first { $0.who.contains("carers and representatives") }
        #expect(carers?.required == true)
        #expect(carers?.basis.contains(kind == .nhsEngland ? "s13Q" : "s14Z45") == true)
        #expect(assessment.trailRuleIDs.contains("people-commissioner-carers"))
    }

    @Test func trustsMustInvolveUsersAndCarersAreGoodPractice() {
        var project = TestSupport.icbProposal(impact: applies)
        project.organisation = Organisation(name: "Trust", kind: .nhsTrust)
        project.services = Services(relationship: .provides)
        let assessment = TestSupport.assess(project)
        #expect(assessment.audiences.first { $0.who.hasPrefix("Users") }?.required == true)
        #expect(assessment.audiences.first { $0.who == "Carers" }?.required == false)
        #expect(assessment.trailRuleIDs.contains("people-trust-users"))
        #expect(!assessment.trailRuleIDs.contains("people-commissioner-carers"))
    }

    @Test func affectedGroupsAreListedAndThoseFacingInequalitiesPrioritised() {
        var project = TestSupport.icbProposal(impact: applies)
        project.affectedGroups = [AffectedGroup(name: "Travellers", facesHealthInequalities: true),
                                  AffectedGroup(name: "Older people", protectedCharacteristics: [.age])]
        let assessment = TestSupport.assess(project)
        #expect(assessment.audiences.contains { $0.who == "Older people" && $0.basis.contains("age") })
        #expect(assessment.step(.peopleEquality)?.answer.contains("prioritise those facing the greatest inequalities: Travellers") == true)
        #expect(assessment.findings(.peopleEquality).isEmpty)
    }

    @Test func noGroupsIsAWarningOnlyWhenTheDutyMayApply() {
        #expect(TestSupport.assess(TestSupport.icbProposal(impact: applies)).findings(.peopleEquality).first?.severity == .warning)
        let noImpact = DeclaredImpact(mannerOfDelivery: ImpactDeclaration(answer: .no, reasons: "r"), rangeOfServices: ImpactDeclaration(answer: .no, reasons: "r"))
        #expect(TestSupport.assess(TestSupport.icbProposal(impact: noImpact)).findings(.peopleEquality).isEmpty)
    }

    @Test func staffAreListedUnlessTheyAreNotAffected() {
        var project = TestSupport.icbProposal(impact: applies)
        #expect(TestSupport.assess(project).audiences.contains { $0.who == "Staff" })
        project.staffAffected = false
        #expect(!TestSupport.assess(project).audiences.contains { $0.who == "Staff" })
        #expect(TestSupport.assess(project).audiences.contains { $0.who == "Local Healthwatch" })
    }
}

@Suite struct UrgencyAndTemporaryTests {
    private func project(urgency: Urgency? = nil, temporary: TemporaryChange? = nil, impact: ImpactAnswer = .yes) -> Project {
        var project = TestSupport.icbProposal(impact: DeclaredImpact(mannerOfDelivery: ImpactDeclaration(answer: impact, reasons: "r"),
                                                                     rangeOfServices: ImpactDeclaration(answer: impact, reasons: "r")))
        project.urgency = urgency
        project.temporaryChange = temporary
        return project
    }

    @Test func urgencyDoesNotChangeWhetherTheDutyApplies() {
        let genuine = Urgency(isUrgent: true, cause: "staff shortages", riskToPatientsOrStaff: "unsafe staffing")
        #expect(TestSupport.assess(project(urgency: genuine)).verdict == TestSupport.assess(project()).verdict)
        #expect(TestSupport.assess(project(urgency: genuine, impact: .no)).verdict == .doesNotApply)
    }

    @Test func genuineUrgencyIsAdviceToEngageRapidly() throws {
        let assessment = TestSupport.assess(project(urgency: Urgency(isUrgent: true, cause: "estate failure")))
        let finding = try #require(assessment.findings(.urgencyJustification).first)
        #expect(finding.severity == .info)
        #expect(finding.message.contains("rapidly"))
    }

    @Test func urgencyWithoutCauseOrRiskIsAWarning() {
        #expect(TestSupport.assess(project(urgency: Urgency(isUrgent: true))).findings(.urgencyJustification).first?.severity == .warning)
    }

    @Test func involvementLeftLateIsNotJustifiedByUrgency() {
        let late = Urgency(isUrgent: true, cause: "contract ends next month", involvementLeftLate: true)
        let finding = TestSupport.assess(project(urgency: late)).findings(.urgencyJustification).first
        #expect(finding?.severity == .error)
        #expect(finding?.facts.contains(Fact("$.urgency.involvementLeftLate", "true")) == true)
    }

    @Test func notUrgentRecordsNoUrgencyStep() {
        #expect(!TestSupport.assess(project(urgency: Urgency(isUrgent: false))).trailRuleIDs.contains("urgency-justification"))
    }

    @Test func permanenceUnderConsiderationBringsTheDutiesBack() {
        let considered = TemporaryChange(isTemporary: true, permanenceUnderConsideration: true)
        let applying = TestSupport.assess(project(temporary: considered))
        #expect(applying.step(.temporaryPermanence)?.answer.hasPrefix("Yes") == true)
        #expect(applying.findings(.temporaryPermanence).isEmpty)
        let declaredNoImpact = TestSupport.assess(project(temporary: considered, impact: .no))
        #expect(declaredNoImpact.findings(.temporaryPermanence).first?.severity == .warning)
    }

    @Test func permanenceNotStatedIsAsked() {
        let assessment = TestSupport.assess(project(temporary: TemporaryChange(isTemporary: true)))
        #expect(assessment.findings(.temporaryPermanence).first?.message.contains("permanenceUnderConsideration") == true)
    }
}

@Suite struct CommonLawTests {
    private func project(_ triggers: CommonLawTriggers?, impact: ImpactAnswer) -> Project {
        var project = TestSupport.icbProposal(impact: DeclaredImpact(mannerOfDelivery: ImpactDeclaration(answer: impact, reasons: "r"),
                                                                     rangeOfServices: ImpactDeclaration(answer: impact, reasons: "r")))
        project.commonLaw = triggers
        return project
    }

    @Test(arguments: [CommonLawTriggers(promiseToConsult: true, establishedPracticeOfConsulting: false),
                      CommonLawTriggers(promiseToConsult: false, establishedPracticeOfConsulting: true),
                      CommonLawTriggers(promiseToConsult: false, establishedPracticeOfConsulting: false, conspicuousUnfairnessConcern: true)])
    func aTriggerMayRequireConsultationWhereTheStatuteDoesNot(_ triggers: CommonLawTriggers) throws {
        let assessment = TestSupport.assess(project(triggers, impact: .no))
        #expect(assessment.verdict == .doesNotApply)
        let finding = try #require(assessment.findings(.commonLawConsultation).first)
        #expect(finding.severity == .warning)
        #expect(assessment.nextSteps.contains { $0.contains("legal advice") })
    }

    @Test func aTriggerBesideTheStatutoryDutyIsInformation() {
        let assessment = TestSupport.assess(project(CommonLawTriggers(promiseToConsult: true, establishedPracticeOfConsulting: false), impact: .yes))
        #expect(assessment.findings(.commonLawConsultation).first?.severity == .info)
    }

    @Test func noTriggersStatedIsAskedAndNoTriggersIsQuiet() {
        #expect(TestSupport.assess(project(nil, impact: .no)).findings(.commonLawConsultation).first?.severity == .info)
        #expect(TestSupport.assess(project(CommonLawTriggers(promiseToConsult: false, establishedPracticeOfConsulting: false), impact: .no))
            .findings(.commonLawConsultation).isEmpty)
    }
}
