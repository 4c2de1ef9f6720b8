import Foundation
import Testing
@testable import InvolveCore

/// Paths and builders shared by the core tests.
enum TestSupport {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let asOf = CalendarDate(year: 2026, month: 11, day: 22) ?? CalendarDate(dayNumber: 0)

    static func loadExample(_ relativePath: String) throws -> Project {
        let url = repositoryRoot.appendingPathComponent("Examples").appendingPathComponent(relativePath)
        let bytes = [UInt8](try Data(contentsOf: url))
        switch ProjectLoader.load(bytes, file: relativePath) {
        case .success(let project): return project
        case .failure(let errors): throw ExampleError(message: errors.diagnostics.map(\.rendered).joined(separator: "\n"))
        }
    }

    static func load(json: String) throws -> Project {
        switch ProjectLoader.load(Array(json.utf8), file: "test.json") {
        case .success(let project): return project
        case .failure(let errors): throw ExampleError(message: errors.diagnostics.map(\.rendered).joined(separator: "\n"))
        }
    }

    static func assess(_ project: Project) -> Assessment {
        Assessor.assess(project, options: AssessmentOptions(asOf: asOf))
    }

    /// A project bound by the ICB duty, with a proposal for change and nothing else stated:
    /// tests add the one fact they are about.
    static func icbProposal(changes: [ServiceChange] = [], impact: DeclaredImpact? = nil,
                            activities: [ActivityType]? = [.proposalForChange]) -> Project {
        Project(id: "TEST", title: "Test project", organisation: Organisation(name: "Test ICB", kind: .integratedCareBoard),
                services: Services(relationship: .commissions), activities: activities, changes: changes, impact: impact,
                commonLaw: CommonLawTriggers(promiseToConsult: false, establishedPracticeOfConsulting: false))
    }

    struct ExampleError: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }
}

extension Assessment {
    var trailRuleIDs: [String] { trail.map(\.rule.id) }
    var findingRuleIDs: [String] { findings.map(\.rule.id) }

    func step(_ rule: Rule) -> TrailStep? { trail.first { $0.rule == rule } }
    func findings(_ rule: Rule) -> [Finding] { findings.filter { $0.rule == rule } }
}
