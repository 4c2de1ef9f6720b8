import Foundation
import InvolveCore
import InvolveFormats

/// The fixed inputs of the golden files: project files in Golden/inputs, assessed as of a fixed
/// date and named as a pipeline would name them (`projects/NAME.json`).
enum Fixtures {
    static let asOf = CalendarDate(year: 2026, month: 1, day: 15) ?? CalendarDate(dayNumber: 0)

    /// Where the golden runs pretend to run: the repository root holding `projects/`.
    static let paths = ArtifactPaths(workingDirectory: "/srv/governance")

    static let goldenDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Golden")
    static let inputDirectory = goldenDirectory.appendingPathComponent("inputs")
    static let expectedDirectory = goldenDirectory.appendingPathComponent("expected")

    /// Input file names, sorted as `involve assess DIR` sorts them.
    static func inputNames() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: inputDirectory.path).filter { $0.hasSuffix(".json") }.sorted()
    }

    static func displayName(_ name: String) -> String { "projects/" + name }

    static func outcome(_ name: String, asOf: CalendarDate = asOf) throws -> FileOutcome {
        let data = try Data(contentsOf: inputDirectory.appendingPathComponent(name))
        let file = displayName(name)
        switch ProjectLoader.load([UInt8](data), file: file) {
        case .success(let project):
            var report = ProjectReport.assess(project, file: file, options: AssessmentOptions(asOf: asOf))
            report.source = [UInt8](data)
            return .assessed(report)
        case .failure(let errors):
            return .invalid(file: file, errors: errors)
        }
    }

    static func outcomes(asOf: CalendarDate = asOf) throws -> [FileOutcome] {
        try inputNames().map { try outcome($0, asOf: asOf) }
    }

    static func report(_ name: String) throws -> ProjectReport {
        guard case .assessed(let report) = try outcome(name) else {
            throw FixtureError("\(name) is not a valid project file")
        }
        return report
    }
}

struct FixtureError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
