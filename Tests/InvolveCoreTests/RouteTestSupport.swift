import Foundation
import Testing
@testable import InvolveCore

/// Builders for route and fairness tests: a well-run ICB consultation as the base, changed one
/// fact at a time.
enum RouteFixtures {
    static func date(_ iso: String) -> CalendarDate {
        CalendarDate(iso: iso) ?? CalendarDate(dayNumber: 0)
    }

    static let asOf = date("2026-01-05")

    /// An ICB consulting for twelve weeks in the autumn on consolidating a service, with
    /// everything in place: every Gunning principle is met.
    static let wellRunJSON = """
    {
      "formatVersion": 1,
      "id": "fixture",
      "title": "Consolidating stroke care",
      "organisation": { "name": "Test ICB", "kind": "icb" },
      "services": { "relationship": "commissions" },
      "activity": ["proposal-for-change"],
      "changes": [ { "kind": "reduction-or-consolidation", "extraTravelMinutes": 18, "peopleAffected": 2400 } ],
      "impact": {
        "mannerOfDelivery": { "answer": "yes", "reasons": "further to travel" },
        "rangeOfServices": { "answer": "no", "reasons": "same services" }
      },
      "commonLaw": { "promiseToConsult": false, "establishedPracticeOfConsulting": false },
      "affectedGroups": [ { "name": "Older people", "protectedCharacteristics": ["age"] } ],
      "staffAffected": true,
      "plan": {
        "approach": "consult",
        "planningStartDate": "2026-01-05",
        "launchDate": "2026-09-14",
        "closeDate": "2026-12-06",
        "decisionDate": "2027-01-27",
        "audiences": [
          { "kind": "people-using-services" }, { "kind": "carers" }, { "kind": "representatives" },
          { "kind": "protected-characteristic-groups" }, { "kind": "healthwatch" }, { "kind": "staff" }
        ],
        "publishedDocuments": {
          "proposal": true, "reasons": true, "evaluationCriteria": true, "alternativesRejected": true,
          "consultationDocument": true, "preConsultationBusinessCase": true,
          "proposalStatedPlainly": true, "practicalEffect": true, "optionsRuledOut": true,
          "evidence": [ { "kind": "analysis", "availability": "published-usable" }, { "kind": "financial-case", "availability": "published-usable" } ]
        },
        "accessibleFormats": [ { "format": "easy-read", "readyDate": "2026-09-07" } ],
        "optionsGenuinelyOpen": true,
        "optionsDeliverable": true,
        "decisionAlreadyTaken": false,
        "settledInPractice": { "spendingCommitted": false, "contractsSigned": false, "servicesAlreadyMoved": false, "decisionInPrinciple": false },
        "responseAnalysis": { "by": "Independent analysts", "independent": true, "fullAnalysisToDecisionMakers": true, "conflictOfInterest": false, "expectedResponses": 1200, "weeksToAnalyse": 4 },
        "decisionInPublic": true,
        "feedback": { "planned": true },
        "equalityImpactAssessment": "complete",
        "budget": 50000,
        "preConsultationEngagementDone": true,
        "healthScrutiny": { "status": "consulted", "consultationStarted": "2026-02-16" },
        "secretaryOfStateNotified": true,
        "serviceChangeAssurance": {
          "majorChange": true, "preConsultationBusinessCase": "complete",
          "clinicalSenateReview": "complete", "nhsEnglandAssurance": "complete"
        }
      }
    }
    """

    static func load(_ json: String) throws -> Project {
        switch ProjectLoader.load(Array(json.utf8), file: "test.json") {
        case .success(let project): return project
        case .failure(let errors):
            Issue.record("fixture does not load: \(errors.diagnostics.map(\.rendered))")
            throw errors
        }
    }

    static func wellRun() throws -> Project { try load(wellRunJSON) }

    /// The well-run project with its plan changed.
    static func wellRun(_ change: (inout InvolvementPlan) -> Void) throws -> Project {
        var project = try wellRun()
        var plan = project.plan ?? InvolvementPlan()
        change(&plan)
        project.plan = plan
        return project
    }

    static func assess(_ project: Project, asOf: CalendarDate = RouteFixtures.asOf, policy: Policy = .builtIn) -> Assessment {
        Assessor.assess(project, options: AssessmentOptions(asOf: asOf, policy: policy))
    }
}

extension Assessment {
    func findings(_ ruleID: String) -> [Finding] { findings.filter { $0.rule.id == ruleID } }
    func steps(_ ruleID: String) -> [TrailStep] { trail.filter { $0.rule.id == ruleID } }
    func step(_ ruleID: String) -> TrailStep? { trail.first { $0.rule.id == ruleID } }
    func principle(_ principle: GunningPrinciple) -> PrincipleAssessment? {
        fairness.principles.first { $0.principle == principle }
    }
    func fact(_ ruleID: String, _ path: String) -> String? {
        step(ruleID)?.facts.first { $0.path == path }?.value
    }
}
