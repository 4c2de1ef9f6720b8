import Foundation
import Testing
@testable import InvolveCore

/// Loads every route and fairness example under Examples/ from disk and checks its route and
/// Gunning statuses, assessed as of 2026-01-05 with the built-in policy.
@Suite struct RouteExampleFilesTests {
    struct Expected: Sendable, CustomStringConvertible {
        let file: String
        let route: RouteKind
        let level: RequirementLevel
        let scrutiny: RequirementLevel
        let notification: RequirementLevel
        let assurance: RequirementLevel
        let application: GunningApplication
        let gunning: [PrincipleStatus]
        /// Rule ids that must have an error finding.
        let errors: [String]
        var description: String { file }
    }

    static let examples: [Expected] = [
        Expected(file: "route-well-run-twelve-week-consultation.json", route: .formalConsultation, level: .required,
                 scrutiny: .required, notification: .required, assurance: .required, application: .formal,
                 gunning: [.met, .met, .met, .met], errors: []),
        Expected(file: "route-christmas-four-week-consultation.json", route: .formalConsultation, level: .required,
                 scrutiny: .required, notification: .required, assurance: .notRequired, application: .formal,
                 gunning: [.met, .met, .notMet, .met], errors: ["gunning-3-holidays"]),
        Expected(file: "route-pre-election-launch.json", route: .formalConsultation, level: .required,
                 scrutiny: .required, notification: .required, assurance: .notRequired, application: .formal,
                 gunning: [.met, .met, .atRisk, .met], errors: []),
        Expected(file: "route-decision-already-taken.json", route: .formalConsultation, level: .likely,
                 scrutiny: .likely, notification: .likely, assurance: .notRequired, application: .formal,
                 gunning: [.notMet, .atRisk, .met, .atRisk], errors: ["gunning-1-formative"]),
        Expected(file: "route-icb-plan-without-carers.json", route: .engagement, level: .required,
                 scrutiny: .notIndicated, notification: .notIndicated, assurance: .notIndicated, application: .advisory,
                 gunning: [.met, .met, .met, .met], errors: ["plan-carers-representatives"]),
        Expected(file: "route-substantial-reconfiguration-with-scrutiny.json", route: .formalConsultation, level: .required,
                 scrutiny: .required, notification: .required, assurance: .required, application: .formal,
                 gunning: [.met, .met, .met, .met], errors: []),
        Expected(file: "route-substantial-reconfiguration-without-scrutiny.json", route: .formalConsultation, level: .likely,
                 scrutiny: .likely, notification: .likely, assurance: .likely, application: .formal,
                 gunning: [.met, .notAssessable, .atRisk, .met], errors: []),
        Expected(file: "route-urgent-temporary-closure.json", route: .engagement, level: .expected,
                 scrutiny: .urgencyExemption, notification: .notRequired, assurance: .notIndicated, application: .advisory,
                 gunning: [.met, .met, .met, .met], errors: []),
    ]

    static let examplesDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Examples")

    @Test(arguments: examples)
    func exampleFile(_ expected: Expected) throws {
        let url = Self.examplesDirectory.appendingPathComponent(expected.file)
        let bytes = Array(try Data(contentsOf: url))
        let project: Project
        switch ProjectLoader.load(bytes, file: expected.file) {
        case .success(let loaded): project = loaded
        case .failure(let errors):
            Issue.record("\(expected.file) does not load: \(errors.diagnostics.map(\.rendered))")
            return
        }
        #expect(project.id + ".json" == expected.file)
        let assessment = Assessor.assess(project, options: AssessmentOptions(asOf: RouteFixtures.asOf))
        #expect(assessment.route.kind == expected.route)
        #expect(assessment.route.level == expected.level)
        #expect(assessment.route.scrutiny.level == expected.scrutiny)
        #expect(assessment.route.notification.level == expected.notification)
        #expect(assessment.route.assurance.level == expected.assurance)
        #expect(assessment.fairness.application == expected.application)
        #expect(assessment.fairness.principles.map(\.status) == expected.gunning)
        let errorRules = Set(assessment.findings.filter { $0.severity == .error }.map(\.rule.id))
        #expect(errorRules == Set(expected.errors))
        // Every step of the route and fairness trail names a rule in the rulebook.
        for step in assessment.trail where step.rule.area == .route || step.rule.area == .fairness {
            #expect(Rulebook.rule(id: step.rule.id) != nil)
        }
    }

    @Test func everyRouteExampleOnDiskIsListed() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.examplesDirectory.path)
            .filter { $0.hasPrefix("route-") && $0.hasSuffix(".json") }
        #expect(Set(names) == Set(Self.examples.map(\.file)))
    }
}
