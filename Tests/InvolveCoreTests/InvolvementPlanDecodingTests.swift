import Testing
@testable import InvolveCore

@Suite struct InvolvementPlanDecodingTests {
    private func load(plan: String) -> Result<Project, InputErrors> {
        let json = """
        { "formatVersion": 1, "id": "p", "title": "t", "organisation": { "name": "o", "kind": "icb" },
          "plan": \(plan) }
        """
        return ProjectLoader.load(Array(json.utf8), file: "p.json")
    }

    @Test func everyPlanFieldDecodes() throws {
        let project = try RouteFixtures.wellRun()
        let plan = try #require(project.plan)
        #expect(plan.approach == .consult)
        #expect(plan.planningStartDate?.description == "2026-01-05")
        #expect(plan.launchDate?.description == "2026-09-14")
        #expect(plan.closeDate?.description == "2026-12-06")
        #expect(plan.decisionDate?.description == "2027-01-27")
        #expect(plan.audiences?.map(\.kind) == [.peopleUsingServices, .carers, .representatives, .protectedCharacteristicGroups, .healthwatch, .staff])
        #expect(plan.publishedDocuments == PublishedDocuments(proposal: true, reasons: true, evaluationCriteria: true,
                                                             alternativesRejected: true, consultationDocument: true,
                                                             preConsultationBusinessCase: true, proposalStatedPlainly: true,
                                                             practicalEffect: true, optionsRuledOut: true,
                                                             evidence: [EvidenceItem(kind: .analysis, availability: .publishedUsable),
                                                                        EvidenceItem(kind: .financialCase, availability: .publishedUsable)]))
        #expect(plan.accessibleFormats == [AccessibleFormatPlan(format: .easyRead, readyDate: CalendarDate(iso: "2026-09-07"))])
        #expect(plan.optionsGenuinelyOpen == true)
        #expect(plan.optionsDeliverable == true)
        #expect(plan.decisionAlreadyTaken == false)
        #expect(plan.settledInPractice == SettledInPractice(spendingCommitted: false, contractsSigned: false, servicesAlreadyMoved: false, decisionInPrinciple: false))
        #expect(plan.responseAnalysis == ResponseAnalysis(by: "Independent analysts", independent: true, fullAnalysisToDecisionMakers: true, conflictOfInterest: false, expectedResponses: 1200, weeksToAnalyse: 4))
        #expect(plan.decisionInPublic == true)
        #expect(plan.feedback == FeedbackPlan(planned: true))
        #expect(plan.equalityImpactAssessment == .complete)
        #expect(plan.budget == 50000)
        #expect(plan.preConsultationEngagementDone == true)
        #expect(plan.healthScrutiny == HealthScrutiny(status: .consulted, consultationStarted: CalendarDate(iso: "2026-02-16")))
        #expect(plan.secretaryOfStateNotified == true)
        #expect(plan.serviceChangeAssurance == ServiceChangeAssurance(majorChange: true, preConsultationBusinessCase: .complete,
                                                                     clinicalSenateReview: .complete, nhsEnglandAssurance: .complete))
    }

    @Test func anEmptyPlanHasNoDefaults() throws {
        guard case .success(let project) = load(plan: "{}") else {
            Issue.record("an empty plan should load")
            return
        }
        #expect(project.plan == InvolvementPlan())
    }

    @Test func misspeltPlanKeysAndValuesAreReportedWithSuggestions() {
        guard case .failure(let errors) = load(plan: """
            { "aproach": "consult", "audiences": [ { "kind": "carer" } ], "healthScrutiny": { "status": "agreed_substantial" },
              "accessibleFormats": [ { "format": "easy-read", "readyDate": "2026-02-30" } ] }
            """) else {
            Issue.record("the plan should not load")
            return
        }
        let byPath = Dictionary(errors.diagnostics.map { ($0.path.description, $0) }, uniquingKeysWith: { first, _ in first })
        #expect(byPath["$.plan.aproach"]?.suggestion == "\"approach\"")
        #expect(byPath["$.plan.audiences[0].kind"]?.suggestion == "\"carers\"")
        #expect(byPath["$.plan.healthScrutiny.status"]?.suggestion == "\"agreed-substantial\"")
        #expect(byPath["$.plan.accessibleFormats[0].readyDate"]?.message == "is not a real calendar date")
    }

    @Test func requiredKeysInsidePlanObjects() {
        guard case .failure(let errors) = load(plan: #"{ "audiences": [ { "details": "x" } ], "healthScrutiny": {} }"#) else {
            Issue.record("the plan should not load")
            return
        }
        let paths = Set(errors.diagnostics.map(\.path.description))
        #expect(paths.contains("$.plan.audiences[0].kind"))
        #expect(paths.contains("$.plan.healthScrutiny.status"))
    }
}
