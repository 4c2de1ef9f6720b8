import Foundation
import Testing

/// Runs the built `involve` executable (.build/debug/involve, found from this file's path):
/// `record` for a handful of example projects, then `report`, twice over, and checks that the
/// two runs give byte-identical files.
@Suite struct RecordEndToEndTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let binary = packageRoot.appendingPathComponent(".build/debug/involve").path
    static let projects = packageRoot.appendingPathComponent("Examples/records/projects")
    /// The crisis café project with markup and quotes in its title, kept here rather than in
    /// the example year so that the example stays a realistic showcase.
    static let hostileTitle = packageRoot.appendingPathComponent("Tests/InvolveCLITests/Fixtures/hostile-title-crisis-cafe.json")

    static let examples = [
        (projects.appendingPathComponent("nfd-2025-001-joint-forward-plan.json"), "2025-04-08"),
        (projects.appendingPathComponent("nfd-2025-008-westbrook-births.json"), "2025-08-12"),
        (hostileTitle, "2025-10-21"),
        (projects.appendingPathComponent("nfd-2025-015-pharmacy-minor-ailments.json"), "2026-02-10"),
    ]

    struct Run {
        let code: Int32
        let out: String
        let err: String
    }

    static func involve(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(code: process.terminationStatus, out: String(decoding: outData, as: UTF8.self), err: String(decoding: errData, as: UTF8.self))
    }

    /// Records the examples into a new directory and builds both reports; returns the directory.
    static func recordAndReport() throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("involve-e2e-\(UUID().uuidString)").path
        for (file, asOf) in examples {
            let run = try involve(["record", file.path, "--out", directory, "--as-of", asOf])
            #expect(run.code == 0, "record \(file.lastPathComponent): \(run.err)")
        }
        let markdown = try involve(["report", directory, "--from", "2025-04-01", "--to", "2026-03-31", "--format", "markdown",
                                    "--output", directory + "/report.md"])
        #expect(markdown.code == 0, "\(markdown.err)")
        let html = try involve(["report", directory, "--from", "2025-04-01", "--to", "2026-03-31", "--format", "html",
                                "--output", directory + "/report.html"])
        #expect(html.code == 0, "\(html.err)")
        return directory
    }

    @Test func recordThenReportWithTheBuiltBinary() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary), "build the executable first: swift build")
        let first = try Self.recordAndReport()
        let second = try Self.recordAndReport()
        defer {
            try? FileManager.default.removeItem(atPath: first)
            try? FileManager.default.removeItem(atPath: second)
        }

        let names = try FileManager.default.contentsOfDirectory(atPath: first).sorted()
        #expect(names.count == Self.examples.count * 2 + 2)
        #expect(names == (try FileManager.default.contentsOfDirectory(atPath: second).sorted()))
        for name in names {
            let a = FileManager.default.contents(atPath: first + "/" + name)
            let b = FileManager.default.contents(atPath: second + "/" + name)
            #expect(a != nil && a == b, "\(name) differs between two runs")
        }

        let html = String(decoding: FileManager.default.contents(atPath: first + "/report.html") ?? Data(), as: UTF8.self)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<html lang=\"en-GB\">"))
        #expect(!html.lowercased().contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(&quot;escaped&quot;)&lt;/script&gt;"))
        #expect(!html.contains("src=\"http") && !html.contains("href=\"http"))
        let markdown = String(decoding: FileManager.default.contents(atPath: first + "/report.md") ?? Data(), as: UTF8.self)
        #expect(markdown.contains("\\<script\\>alert(\"escaped\")\\</script\\>"))
        #expect(markdown.contains("| Decision records | 4 |"))

        // A second record of the same project and date is refused.
        let (file, asOf) = Self.examples[0]
        let again = try Self.involve(["record", file.path, "--out", first, "--as-of", asOf])
        #expect(again.code == 2)
        #expect(again.err.contains("already exists"))
    }
}
