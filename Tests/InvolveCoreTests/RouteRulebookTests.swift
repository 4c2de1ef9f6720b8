import Testing
@testable import InvolveCore

@Suite struct RouteRulebookTests {
    static let newRuleIDs = [
        "route-scrutiny-consultation", "route-scrutiny-urgency", "route-kind", "route-secretary-of-state-notification",
        "route-service-change-assurance", "route-pre-consultation-engagement", "route-plan-approach",
        "plan-service-users", "plan-carers-representatives", "plan-equality-groups", "plan-healthwatch-staff",
        "plan-timeline", "plan-lead-time", "plan-programme-length",
        "gunning-scope", "gunning-1-formative", "gunning-2-information", "gunning-3-time", "gunning-3-length",
        "gunning-3-holidays", "gunning-3-pre-election", "gunning-4-conscientious",
    ]

    @Test func everyNewRuleIsInTheRulebookOnce() {
        let ids = Rulebook.all.map(\.id)
        #expect(Set(ids).count == ids.count)
        for id in Self.newRuleIDs {
            #expect(ids.filter { $0 == id }.count == 1, "\(id) is listed once")
        }
    }

    @Test(arguments: newRuleIDs)
    func ruleIsDocumentedAndCited(id: String) throws {
        let rule = try #require(Rulebook.rule(id: id))
        #expect(rule.id.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" })
        #expect(rule.area == .route || rule.area == .fairness)
        #expect(!rule.title.isEmpty && !rule.question.isEmpty && !rule.explanation.isEmpty)
        #expect(!rule.citations.isEmpty)
        for citation in rule.citations {
            if let quote = citation.quote {
                #expect(quote.split(separator: " ").count < 40, "quote under 40 words: \(quote)")
            }
            // Seeds are cited by line; statutes, regulations, cases and the policy by section.
            switch citation.document {
            case .statutoryGuidance, .northEastToolkit, .southEastLondonToolkit:
                #expect(citation.lines != nil, "\(id) cites a seed without a line number")
            default:
                break
            }
        }
    }

    @Test func inferredRulesAreMarked() {
        #expect(Rule.routeServiceChangeAssurance.inferred)
        #expect(!Rule.routeScrutinyConsultation.inferred)
        #expect(!Rule.gunning1Formative.inferred)
    }
}
