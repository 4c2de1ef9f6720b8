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
    /// Deciding whether to make a temporary change permanent takes the full route: the advice is
    /// to involve people before that decision, not to explain a late start.
    @Test func permanenceIsADecisionOfItsOwnNotALateStart() throws {
        let assessment = TestSupport.assess(try TestSupport.loadExample("guidance/t9-urgent-temporary-change-made-permanent.json"))
        let finding = try #require(assessment.findings(.urgencyJustification).first { $0.severity == .error })
        #expect(finding.message.contains("before that decision is taken"))
        #expect(!finding.message.contains("why it was not done earlier"))
    }

    private func project(urgency: Urgency? = nil, temporary: TemporaryChange? = nil, impact: ImpactAnswer = .yes) -> Project {
        var project = TestSupport.icbProposal(impact: DeclaredImpact(mannerOfDelivery: ImpactDeclaration(answer: impact, reasons: "r"),
                                                                     rangeOfServices: ImpactDeclaration(answer: impact, reasons: "r")))
        project.urgency = urgency
        project.temporaryChange = temporary
        return project
    }

    @Test func urgencyDoesNotChangeWhetherTheDutyApplies() {
        let genuine = Self.evidenced
        #expect(TestSupport.assess(project(urgency: genuine)).verdict == TestSupport.assess(project()).verdict)
        #expect(TestSupport.assess(project(urgency: genuine, impact: .no)).verdict == .doesNotApply)
    }

    static let evidenced = Urgency(isUrgent: true, cause: "estate failure", riskToPatientsOrStaff: "the ward's ceiling is unsafe",
                                   involvementLeftLate: false, origin: .riskToSafetyOrWelfare,
                                   riskEvidence: "structural engineer's report of 3 March", riskAssessedBy: "Director of Estates and the Medical Director",
                                   riskArose: CalendarDate(iso: "2026-03-03"), proposalFirstIdentified: CalendarDate(iso: "2026-03-04"),
                                   involvementStillPossible: "two weeks' rapid engagement with patients and carers")

    @Test func evidencedUrgencyIsAdviceToEngageRapidly() throws {
        let assessment = TestSupport.assess(project(urgency: Self.evidenced))
        let finding = try #require(assessment.findings(.urgencyJustification).first)
        #expect(finding.severity == .info)
        #expect(finding.message.contains("rapidly"))
        #expect(assessment.step(.urgencyJustification)?.answer.hasPrefix("Yes, for now.") == true)
        #expect(assessment.step(.urgencyJustification)?.answer.contains("the full duties return when the urgency passes") == true)
    }

    /// The example: "clinical safety reasons" with nothing behind it is a label, not evidence.
    @Test(arguments: ["clinical safety reasons", "", "   "])
    func aLabelWithNoEvidenceEarnsNoExemption(_ label: String) throws {
        let urgency = Urgency(isUrgent: true, riskToPatientsOrStaff: label)
        let assessment = TestSupport.assess(project(urgency: urgency))
        let step = try #require(assessment.step(.urgencyJustification))
        #expect(step.answer.hasPrefix("Not evidenced."))
        #expect(!step.answer.contains("genuine urgent risk"))
        #expect(assessment.findings(.urgencyJustification).first?.severity == .warning)
        for path in ["$.urgency.riskEvidence", "$.urgency.riskAssessedBy", "$.urgency.riskArose"] {
            #expect(assessment.openQuestions.contains { $0.path == path }, "\(path)")
        }
        #expect(assessment.route.scrutiny.level != .urgencyExemption)
    }

    /// Removing any one piece of evidence takes the exemption away.
    @Test func eachPieceOfEvidenceIsNeeded() {
        let removals: [(String, (inout Urgency) -> Void)] = [
            ("riskToPatientsOrStaff", { $0.riskToPatientsOrStaff = nil }),
            ("riskEvidence", { $0.riskEvidence = nil }),
            ("riskAssessedBy", { $0.riskAssessedBy = " " }),
            ("riskArose", { $0.riskArose = nil }),
            ("involvementLeftLate and proposalFirstIdentified", { $0.involvementLeftLate = nil; $0.proposalFirstIdentified = nil }),
        ]
        for (name, remove) in removals {
            var urgency = Self.evidenced
            remove(&urgency)
            let answer = TestSupport.assess(project(urgency: urgency)).step(.urgencyJustification)?.answer ?? ""
            #expect(answer.hasPrefix("Not evidenced."), "without \(name): \(answer)")
        }
    }

    @Test(arguments: [UrgencyOrigin.organisationDelay, .financialPressure])
    func delayAndMoneyAreNotUrgency(_ origin: UrgencyOrigin) throws {
        var urgency = Self.evidenced
        urgency.origin = origin
        let assessment = TestSupport.assess(project(urgency: urgency))
        #expect(assessment.step(.urgencyJustification)?.answer.hasPrefix("No.") == true)
        #expect(assessment.findings(.urgencyJustification).first?.severity == .error)
    }

    @Test func aProposalKnownLongBeforeTheRiskIsTheOrganisationsOwnDelay() throws {
        var urgency = Self.evidenced
        urgency.proposalFirstIdentified = CalendarDate(iso: "2025-06-01")
        let answer = try #require(TestSupport.assess(project(urgency: urgency)).step(.urgencyJustification)?.answer)
        #expect(answer.hasPrefix("No."))
        #expect(answer.contains("2025-06-01"))
        #expect(answer.contains("Inferred"))
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
