import Testing
@testable import InvolveCore

/// Gunning 1, 2 and 4 judged on what consultees actually have and what has actually been done,
/// graded from the case law (issue 11, items 4 and 5).
@Suite struct GunningSubstanceTests {
    typealias F = RouteFixtures

    private func withEvidence(_ availability: EvidenceAvailability?, kind: ConsultationEvidenceKind = .analysis) throws -> Assessment {
        F.assess(try F.wellRun { plan in
            plan.publishedDocuments?.evidence = [EvidenceItem(kind: kind, description: "the travel-time analysis", availability: availability)]
        })
    }

    @Test func withholdingTheAnalysisTheDecisionRestsOnIsNotMet() throws {
        let assessment = try withEvidence(.withheld)
        let g2 = try #require(assessment.principle(.sufficientInformation))
        #expect(g2.status == .notMet)
        #expect(g2.reasons.contains { $0.contains("Law Society [2018] EWHC 2094 (Admin) at [97]") })
        #expect(assessment.findings("gunning-2-information").map(\.severity) == [.error])
        // The trail names the case where it decides the step.
        #expect(assessment.step("gunning-2-information")?.answer.contains("Law Society") == true)
    }

    @Test func aModelPeopleCannotUseOrASummaryIsAtRisk() throws {
        #expect(try withEvidence(.publishedNotUsable, kind: .modelling).principle(.sufficientInformation)?.status == .atRisk)
        #expect(try withEvidence(.summaryOnly, kind: .subScores).principle(.sufficientInformation)?.status == .atRisk)
        #expect(try withEvidence(.publishedUsable).principle(.sufficientInformation)?.status == .met)
    }

    @Test func evidenceWithoutItsAvailabilityIsAQuestion() throws {
        let assessment = try withEvidence(nil)
        #expect(assessment.principle(.sufficientInformation)?.status == .notAssessable)
        #expect(assessment.openQuestions.contains { $0.path == "$.plan.publishedDocuments.evidence[0].availability" })
    }

    @Test func aProposalNotStatedPlainlyIsNotMet() throws {
        let assessment = F.assess(try F.wellRun { $0.publishedDocuments?.proposalStatedPlainly = false })
        #expect(assessment.principle(.sufficientInformation)?.status == .notMet)
    }

    @Test func optionsRuledOutWithoutReasonsAreAtRisk() throws {
        let assessment = F.assess(try F.wellRun { $0.publishedDocuments?.optionsRuledOut = false })
        let g2 = try #require(assessment.principle(.sufficientInformation))
        #expect(g2.status == .atRisk)
        #expect(g2.reasons.contains { $0.contains("Nettleship") && $0.contains("Moseley") })
    }

    /// "decisionAlreadyTaken: false" is a label; signed contracts are the substance.
    @Test(arguments: ["spendingCommitted", "contractsSigned", "servicesAlreadyMoved"])
    func anOptionSettledInPracticeIsNotMetWhateverTheLabel(_ fact: String) throws {
        let assessment = F.assess(try F.wellRun { plan in
            plan.decisionAlreadyTaken = false
            switch fact {
            case "spendingCommitted": plan.settledInPractice?.spendingCommitted = true
            case "contractsSigned": plan.settledInPractice?.contractsSigned = true
            default: plan.settledInPractice?.servicesAlreadyMoved = true
            }
        })
        #expect(assessment.principle(.formativeStage)?.status == .notMet)
        #expect(assessment.findings("gunning-1-formative").map(\.severity) == [.error])
    }

    @Test func aDecisionInPrincipleIsAtRisk() throws {
        let assessment = F.assess(try F.wellRun { $0.settledInPractice?.decisionInPrinciple = true })
        let g1 = try #require(assessment.principle(.formativeStage))
        #expect(g1.status == .atRisk)
        #expect(g1.reasons.contains { $0.contains("DAT [2016] EWHC 1876 (Admin)") })
    }

    @Test func withoutTheSettledFactsGunning1IsNotAssessable() throws {
        let assessment = F.assess(try F.wellRun { $0.settledInPractice = nil })
        #expect(assessment.principle(.formativeStage)?.status == .notAssessable)
        #expect(assessment.openQuestions.contains { $0.path == "$.plan.settledInPractice.contractsSigned" })
    }

    @Test func decisionMakersWithoutTheFullAnalysisOrAConflictedAnalystPutGunning4AtRisk() throws {
        let summaryOnly = F.assess(try F.wellRun { $0.responseAnalysis?.fullAnalysisToDecisionMakers = false })
        #expect(summaryOnly.principle(.conscientiousConsideration)?.status == .atRisk)
        #expect(summaryOnly.principle(.conscientiousConsideration)?.reasons.contains { $0.contains("Stephenson") } == true)
        let conflicted = F.assess(try F.wellRun { $0.responseAnalysis?.conflictOfInterest = true })
        #expect(conflicted.principle(.conscientiousConsideration)?.status == .atRisk)
    }

    @Test func timeToDecideMustFitTheAnalystsEstimateForTheResponsesExpected() throws {
        // The well-run fixture closes on 2026-12-06 and decides on 2027-01-27: 7 weeks and 3 days.
        let tooShort = F.assess(try F.wellRun { $0.responseAnalysis?.expectedResponses = 9000; $0.responseAnalysis?.weeksToAnalyse = 10 })
        let g4 = try #require(tooShort.principle(.conscientiousConsideration))
        #expect(g4.status == .atRisk)
        #expect(g4.reasons.contains { $0.contains("less than the 10 weeks the analysts need for the 9000 responses expected") })
        let unknown = F.assess(try F.wellRun { $0.responseAnalysis?.weeksToAnalyse = nil })
        #expect(unknown.principle(.conscientiousConsideration)?.status == .notAssessable)
        #expect(unknown.openQuestions.contains { $0.path == "$.plan.responseAnalysis.weeksToAnalyse" })
    }

    // MARK: Case law in the rulebook

    @Test func theGunning2RuleListsTheLeadingCases() throws {
        let rule = try #require(Rulebook.rule(id: "gunning-2-information"))
        let names = rule.cases.map(\.name)
        for expected in ["Moseley", "Eisai", "Law Society", "Save Our Surgery", "Greenpeace"] {
            #expect(names.contains { $0.contains(expected) }, "\(expected)")
        }
        #expect(rule.cases.contains { $0.citation == "[2008] EWCA Civ 438" })
    }

    @Test func everyCitedCaseSaysHowItWasVerified() {
        for (_, cases) in CaseLaw.byRule {
            for leading in cases {
                #expect(!leading.readIn.isEmpty, "\(leading.name)")
                #expect(!leading.held.isEmpty, "\(leading.name)")
                if let quote = leading.quote { #expect(quote.split(separator: " ").count < 40, "\(leading.name)") }
            }
        }
    }

    @Test func aCaseReadInTheJudgmentNamesTheParagraphTheQuoteAndThePublisher() {
        let all = CaseLaw.byRule.values.flatMap { $0 }
        let read = all.filter { $0.verification == .judgment }
        #expect(read.contains { $0.name.contains("Juttla") })
        for leading in read {
            #expect(leading.paragraph != nil, "\(leading.name)")
            #expect(leading.quote != nil, "\(leading.name)")
            #expect(leading.readIn.contains("National Archives") || leading.readIn.contains("BAILII"), "\(leading.name)")
        }
    }

    @Test func plantagenetCarriesTheNeutralCitationOnItsJudgment() throws {
        let rule = try #require(Rulebook.rule(id: "common-law-consult"))
        let plantagenet = try #require(rule.cases.first { $0.name.contains("Plantagenet") })
        #expect(plantagenet.citation == "[2014] EWHC 1662 (QB)")
    }
}
