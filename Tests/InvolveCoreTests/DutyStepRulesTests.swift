import Testing
@testable import InvolveCore

/// Steps 1 to 3 of the three-step test, one fact at a time.
@Suite struct Step1Tests {
    private func project(_ kind: OrganisationKind, _ relationship: ServiceRelationship?) -> Project {
        var project = TestSupport.icbProposal(impact: DeclaredImpact(mannerOfDelivery: ImpactDeclaration(answer: .yes, reasons: "r"), rangeOfServices: nil))
        project.organisation = Organisation(name: "Org", kind: kind)
        project.services = Services(relationship: relationship)
        return project
    }

    @Test(arguments: [(OrganisationKind.integratedCareBoard, "NHS Act 2006 s14Z45"), (.nhsEngland, "NHS Act 2006 s13Q"),
                      (.nhsTrust, "NHS Act 2006 s242(1B)"), (.nhsFoundationTrust, "NHS Act 2006 s242(1B)")])
    func boundBodiesNameTheirStatutoryDuty(_ kind: OrganisationKind, _ duty: String) {
        let assessment = TestSupport.assess(project(kind, kind.isTrust ? .provides : .commissions))
        #expect(assessment.statutoryDuty == duty)
        #expect(assessment.verdict == .applies)
        #expect(assessment.step(.dutyStep1)?.answer.hasPrefix("Yes") == true)
    }

    @Test(arguments: [OrganisationKind.gpPractice, .independentProvider, .integratedCarePartnership,
                      .placeBasedPartnership, .providerCollaborative, .localAuthority])
    func otherBodiesAreNotBoundAndAreToldWhoseDutyItIs(_ kind: OrganisationKind) throws {
        let assessment = TestSupport.assess(project(kind, .provides))
        #expect(assessment.verdict == .doesNotApply)
        #expect(assessment.statutoryDuty == nil)
        #expect(!assessment.trailRuleIDs.contains("duty-step-2-activity"))
        let whoseDuty = try #require(assessment.findings(.dutyOtherBody).first)
        #expect(!whoseDuty.message.isEmpty)
        #expect(whoseDuty.facts.first?.path == "$.organisation.kind")
    }

    @Test func gpPracticeIsPointedToTheContractAndTheCommissioner() throws {
        let finding = try #require(TestSupport.assess(project(.gpPractice, .provides)).findings(.dutyOtherBody).first)
        #expect(finding.message.contains("NHS Standard Contract"))
        #expect(finding.message.contains("commissioner"))
    }

    @Test func commissionerThatDoesNotCommissionTheServiceIsNotBoundForIt() {
        let assessment = TestSupport.assess(project(.integratedCareBoard, .neither))
        #expect(assessment.verdict == .doesNotApply)
        #expect(assessment.findings(.dutyOtherBody).first?.severity == .warning)
    }

    @Test func trustLeadProviderSubcontractingIsStillResponsible() {
        #expect(TestSupport.assess(project(.nhsTrust, .commissions)).verdict == .applies)
    }

    @Test func unknownRelationshipIsAQuestionNotADefault() {
        let assessment = TestSupport.assess(project(.integratedCareBoard, nil))
        #expect(assessment.verdict == .undetermined)
        #expect(assessment.openQuestions.map(\.path).contains("$.services.relationship"))
        #expect(assessment.step(.dutyStep1)?.facts.contains(Fact("$.services.relationship", Fact.notStated)) == true)
    }
}

@Suite struct Step2Tests {
    @Test func planningAppliesRegardlessOfDeclaredNoImpact() {
        let noImpact = DeclaredImpact(mannerOfDelivery: ImpactDeclaration(answer: .no, reasons: "r"),
                                      rangeOfServices: ImpactDeclaration(answer: .no, reasons: "r"))
        let assessment = TestSupport.assess(TestSupport.icbProposal(impact: noImpact, activities: [.planning, .operationalDecision]))
        #expect(assessment.verdict == .applies)
        #expect(!assessment.trailRuleIDs.contains("duty-step-3-impact"))
        #expect(assessment.verdictReason.contains("planning"))
    }

    @Test func noneOfTheThreeTypesIsOutsideTheDutyAndSaysItIsInferred() {
        let assessment = TestSupport.assess(TestSupport.icbProposal(activities: [.noneOfThese]))
        #expect(assessment.verdict == .doesNotApply)
        #expect(assessment.step(.dutyStep2)?.answer.contains("inferred") == true)
    }

    @Test func noneOfTheseBesideANamedTypeIsAContradiction() {
        let assessment = TestSupport.assess(TestSupport.icbProposal(activities: [.noneOfThese, .planning]))
        #expect(assessment.verdict == .applies)
        #expect(assessment.findings(.dutyStep2).first?.severity == .error)
    }

    @Test(arguments: [nil, [ActivityType]()])
    func missingActivityIsUndetermined(_ activities: [ActivityType]?) {
        let assessment = TestSupport.assess(TestSupport.icbProposal(activities: activities))
        #expect(assessment.verdict == .undetermined)
        #expect(assessment.openQuestions.first?.path == "$.activity")
    }

    @Test func missingActivityStaysUndeterminedEvenWithAnImpact() {
        let impact = DeclaredImpact(mannerOfDelivery: ImpactDeclaration(answer: .yes, reasons: "r"), rangeOfServices: nil)
        #expect(TestSupport.assess(TestSupport.icbProposal(impact: impact, activities: nil)).verdict == .undetermined)
    }
}

@Suite struct Step3Tests {
    private func assess(_ changes: [ChangeKind], manner: ImpactAnswer? = nil, range: ImpactAnswer? = nil, reasons: String? = "because") -> Assessment {
        let impact = DeclaredImpact(mannerOfDelivery: manner.map { ImpactDeclaration(answer: $0, reasons: reasons) },
                                    rangeOfServices: range.map { ImpactDeclaration(answer: $0, reasons: reasons) })
        return TestSupport.assess(TestSupport.icbProposal(changes: changes.map { ServiceChange(kind: $0, extraTravelMinutes: 10, peopleAffected: 100) }, impact: impact))
    }

    @Test func declaredImpactApplies() {
        #expect(assess([], manner: .yes, range: .no).verdict == .applies)
        #expect(assess([], manner: .no, range: .yes).verdict == .applies)
    }

    @Test func declaredNoImpactWithNothingContradictingDoesNotApply() {
        let assessment = assess([], manner: .no, range: .no)
        #expect(assessment.verdict == .doesNotApply)
        #expect(assessment.findings.filter { $0.severity == .error }.isEmpty)
    }

    @Test(arguments: [ChangeKind.relocation, .serviceWithdrawal])
    func theGuidanceExamplesOfAnImpactApplyWithoutADeclaration(_ kind: ChangeKind) {
        #expect(assess([kind]).verdict == .applies)
    }

    @Test(arguments: [ChangeKind.gpPracticeClosure, .closure, .reductionOrConsolidation, .openingHours, .careModel,
                      .eligibility, .temporarySuspension, .newService, .digitalAccess, .newProviderChangedSpecification])
    func likelyKindsAreLikely(_ kind: ChangeKind) {
        #expect(assess([kind]).verdict == .likelyApplies)
    }

    @Test(arguments: [ChangeKind.staffChange, .newProviderSameSpecification])
    func theGuidanceNoImpactExamplesAreUnlikely(_ kind: ChangeKind) {
        #expect(assess([kind]).verdict == .unlikelyToApply)
        #expect(assess([kind], manner: .no, range: .no).verdict == .unlikelyToApply)
    }

    @Test func anImpactOutweighsATypicallyNoImpactChange() {
        #expect(assess([.staffChange, .relocation]).verdict == .applies)
    }

    @Test func aDeclaredYesOutweighsATypicallyNoImpactChange() {
        #expect(assess([.staffChange], manner: .yes).verdict == .applies)
    }

    @Test func unknownAndNoTellingChangeIsUndeterminedWithBothQuestions() {
        let assessment = assess([.other], manner: .unknown)
        #expect(assessment.verdict == .undetermined)
        #expect(assessment.openQuestions.map(\.path) == ["$.impact.mannerOfDelivery", "$.impact.rangeOfServices"])
    }

    @Test func relocationDeclaredAsNoImpactIsAnErrorAndLikely() throws {
        let assessment = assess([.relocation], manner: .no, range: .no)
        #expect(assessment.verdict == .likelyApplies)
        let finding = try #require(assessment.findings(.dutyImpactContradiction).first)
        #expect(finding.severity == .error)
        #expect(finding.facts.map(\.path).contains("$.changes[0].kind"))
    }

    @Test func withdrawalDeclaredAsNoRangeImpactIsContradicted() {
        let assessment = assess([.serviceWithdrawal], manner: .no, range: .no)
        #expect(assessment.findings(.dutyImpactContradiction).count == 1)
        #expect(assessment.findings(.dutyImpactContradiction).first?.message.contains("range") == true)
    }

    @Test func closureWithNoAlternativeAlsoNarrowsTheRange() {
        let closure = ServiceChange(kind: .closure, extraTravelMinutes: 5, peopleAffected: 10, alternativeProvision: false)
        let project = TestSupport.icbProposal(changes: [closure], impact: DeclaredImpact(mannerOfDelivery: nil, rangeOfServices: ImpactDeclaration(answer: .no, reasons: "r")))
        #expect(TestSupport.assess(project).findings(.dutyImpactContradiction).count == 1)
    }

    @Test func answersWithoutReasonsAreWarnings() {
        let assessment = assess([], manner: .no, range: .no, reasons: nil)
        #expect(assessment.findings(.dutyImpactReasons).count == 2)
        #expect(assessment.findings(.dutyImpactReasons).allSatisfy { $0.severity == .warning })
        #expect(assess([], manner: .unknown, range: .unknown, reasons: nil).findings(.dutyImpactReasons).isEmpty)
    }

    @Test func missingFiguresOfDegreeAreAskedFor() throws {
        let change = ServiceChange(kind: .gpPracticeClosure)
        let finding = try #require(TestSupport.assess(TestSupport.icbProposal(changes: [change])).findings(.dutyImpactDegree).first)
        #expect(finding.severity == .info)
        #expect(finding.message.contains("extraTravelMinutes"))
        #expect(finding.message.contains("specificCareLost"))
        let complete = ServiceChange(kind: .gpPracticeClosure, extraTravelMinutes: 12, peopleAffected: 4000, specificCareLost: "none")
        #expect(TestSupport.assess(TestSupport.icbProposal(changes: [complete])).findings(.dutyImpactDegree).isEmpty)
    }

    @Test func inferredEvidenceIsLabelledInTheTrail() {
        #expect(assess([.careModel]).step(.dutyStep3)?.answer.contains("inferred") == true)
        #expect(assess([.relocation]).step(.dutyStep3)?.answer.contains("inferred") == false)
    }
}
