import Foundation
import InvolveCore
import InvolveFormats

/// Every project file under Examples (not the policy, nor decision records and the project
/// files kept for them), assessed as of the fixtures' date: what a new user tries first.
enum ExampleProjects {
    static func reports(asOf: CalendarDate = Fixtures.asOf) throws -> [ProjectReport] {
        let root = RecordFixtures.packageRoot.appendingPathComponent("Examples")
        let names = try FileManager.default.subpathsOfDirectory(atPath: root.path)
            .filter { $0.hasSuffix(".json") && !$0.hasPrefix("records") && !$0.hasPrefix("policy") }
            .sorted()
        return try names.map { name in
            let bytes = [UInt8](try Data(contentsOf: root.appendingPathComponent(name)))
            guard case .success(let project) = ProjectLoader.load(bytes, file: name) else { throw FixtureError("\(name) is not valid") }
            return ProjectReport.assess(project, file: "Examples/" + name, options: AssessmentOptions(asOf: asOf))
        }
    }
}
