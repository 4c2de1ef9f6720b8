import Foundation
import Testing
import InvolveCLI
import InvolveCore

/// `involve record` and `involve report`, run in-process with captured output.
@Suite struct RecordCommandTests {
    final class Captured: @unchecked Sendable {
        var out = ""
        var err = ""
    }

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let projects = packageRoot.appendingPathComponent("Examples/records/projects")

    static func run(_ arguments: [String]) -> (code: Int32, out: String, err: String) {
        let captured = Captured()
        let console = Console(writeOut: { captured.out += $0 }, writeError: { captured.err += $0 })
        let code = CommandLineTool.run(arguments: arguments, environment: [:], console: console)
        return (code, captured.out, captured.err)
    }

    static func temporaryDirectory() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("involve-records-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    static func contents(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    static let phlebotomy = projects.appendingPathComponent("nfd-2025-002-eastgate-phlebotomy.json").path

    @Test func writesJSONAndMarkdownCarryingTheInputDigest() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let result = Self.run(["record", Self.phlebotomy, "--out", directory, "--as-of", "2025-04-22"])
        #expect(result.code == 0, "\(result.err)")
        #expect(result.out.contains("nfd-2025-002-db9835e0-2025-04-22.json"))
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        #expect(names == ["nfd-2025-002-db9835e0-2025-04-22.json", "nfd-2025-002-db9835e0-2025-04-22.md"], "no temporary files are left behind")

        let json = try #require(Self.contents(directory + "/nfd-2025-002-db9835e0-2025-04-22.json"))
        let record = try DecisionRecordLoader.load(Array(json.utf8), file: "r.json").get()
        let input = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Self.phlebotomy)))
        #expect(record.input.sha256 == SHA256.hexDigest(input))
        #expect(record.input.bytes == input.count)
        #expect(record.input.file == "nfd-2025-002-eastgate-phlebotomy.json")
        #expect(record.asOf == CalendarDate(iso: "2025-04-22"))
        #expect(record.decision?.decidedBy == "Primary Care Commissioning Committee")
        let markdown = try #require(Self.contents(directory + "/nfd-2025-002-db9835e0-2025-04-22.md"))
        #expect(markdown.contains(SHA256.hexDigest(input)))
        #expect(markdown.hasPrefix("# Decision record: Relocation of Eastgate community blood-test clinic"))
    }

    @Test func neverOverwritesARecordWithoutForce() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let arguments = ["record", Self.phlebotomy, "--out", directory, "--as-of", "2025-04-22"]
        #expect(Self.run(arguments).code == 0)
        let jsonPath = directory + "/nfd-2025-002-db9835e0-2025-04-22.json"
        let original = try #require(Self.contents(jsonPath))
        try Data("kept".utf8).write(to: URL(fileURLWithPath: jsonPath))

        let again = Self.run(arguments)
        #expect(again.code == 2)
        #expect(again.err.contains("already exists"))
        #expect(again.err.contains("--force"))
        #expect(Self.contents(jsonPath) == "kept", "the existing record is untouched")

        let forced = Self.run(arguments + ["--force"])
        #expect(forced.code == 0, "\(forced.err)")
        #expect(Self.contents(jsonPath) == original)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).count == 2)
    }

    /// A Markdown file without its JSON is what a run killed between the two files leaves:
    /// not a record (the JSON is), so the next run writes the record in full.
    @Test func aMarkdownLeftByAnInterruptedRunIsReplaced() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try Data("half".utf8).write(to: URL(fileURLWithPath: directory + "/nfd-2025-002-db9835e0-2025-04-22.md"))
        let result = Self.run(["record", Self.phlebotomy, "--out", directory, "--as-of", "2025-04-22"])
        #expect(result.code == 0, "\(result.err)")
        #expect(FileManager.default.fileExists(atPath: directory + "/nfd-2025-002-db9835e0-2025-04-22.json"))
        #expect(Self.contents(directory + "/nfd-2025-002-db9835e0-2025-04-22.md") != "half")
    }

    @Test func aNewAsOfDateMakesANewRecordBesideTheOld() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        #expect(Self.run(["record", Self.phlebotomy, "--out", directory, "--as-of", "2025-04-22"]).code == 0)
        #expect(Self.run(["record", Self.phlebotomy, "--out", directory, "--as-of", "2025-05-01"]).code == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).count == 4)
    }

    @Test func createsTheOutputDirectory() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let nested = directory + "/records/2025-26"
        #expect(Self.run(["record", Self.phlebotomy, "--out", nested, "--as-of", "2025-04-22"]).code == 0)
        #expect(FileManager.default.fileExists(atPath: nested + "/nfd-2025-002-db9835e0-2025-04-22.json"))
    }

    @Test func usageAndInputErrorsExitWithTwo() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let bad = directory + "/bad.json"
        try Data(#"{ "formatVersion": 1, "id": "x", "title": "t", "organisation": { "name": "n", "kind": "icbb" } }"#.utf8).write(to: URL(fileURLWithPath: bad))
        let invalid = Self.run(["record", bad, "--out", directory + "/out", "--as-of", "2025-04-22"])
        #expect(invalid.code == 2)
        #expect(invalid.err.contains("$.organisation.kind"))
        #expect(!FileManager.default.fileExists(atPath: directory + "/out"))

        #expect(Self.run(["record", Self.phlebotomy]).code == 2, "--out is required")
        #expect(Self.run(["record", "--out", directory]).code == 2, "a file is required")
        #expect(Self.run(["record", Self.phlebotomy, "--out", directory, "--as-of", "2025-02-30"]).code == 2)
        #expect(Self.run(["record", Self.phlebotomy, "--out", bad]).code == 2, "--out is a file")
        #expect(Self.run(["record", Self.phlebotomy, "--out", directory, "--froce"]).err.contains("did you mean --force?"))
    }

    // MARK: report

    /// A directory with two records, one each side of 1 April 2025.
    static func recordsDirectory() throws -> String {
        let directory = try temporaryDirectory()
        _ = run(["record", projects.appendingPathComponent("nfd-2024-019-diabetes-education.json").path, "--out", directory, "--as-of", "2025-03-04"])
        _ = run(["record", phlebotomy, "--out", directory, "--as-of", "2025-04-22"])
        return directory
    }

    @Test func reportsThePeriodToAFile() throws {
        let directory = try Self.recordsDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let output = directory + "/report/annual.html"
        try FileManager.default.createDirectory(atPath: directory + "/report", withIntermediateDirectories: true)
        let result = Self.run(["report", directory, "--from", "2025-04-01", "--to", "2026-03-31", "--format", "html",
                               "--output", output, "--organisation", "NHS Northfield ICB"])
        #expect(result.code == 0, "\(result.err)")
        #expect(result.out.isEmpty)
        #expect(result.err.contains("1 decision record from 2025-04-01 to 2026-03-31 (1 outside the period left out)"))
        let html = try #require(Self.contents(output))
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("NHS Northfield ICB"))
        #expect(html.contains("Relocation of Eastgate community blood-test clinic"))
        #expect(!html.contains("Diabetes structured education"), "the 2024/25 record is outside the period")
    }

    @Test func markdownIsTheDefaultAndGoesToStandardOutput() throws {
        let directory = try Self.recordsDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let result = Self.run(["report", directory, "--from", "2024-04-01", "--to", "2025-03-31"])
        #expect(result.code == 0, "\(result.err)")
        #expect(result.out.hasPrefix("# Involving people and communities: how NHS Northfield Integrated Care Board"))
        #expect(result.out.contains("Diabetes structured education"))
    }

    @Test func badRecordFilesAreNamedWithTheirPathsAndNothingIsWritten() throws {
        let directory = try Self.recordsDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try Data(#"{ "format": "involve.decision-record", "formatVersion": 1, "recordId": 7 }"#.utf8)
            .write(to: URL(fileURLWithPath: directory + "/broken.json"))
        try Data(#"{ "formatVersion": 1, "id": "p" }"#.utf8).write(to: URL(fileURLWithPath: directory + "/project.json"))
        let output = directory + "/annual.md"
        let result = Self.run(["report", directory, "--from", "2025-04-01", "--to", "2026-03-31", "--output", output])
        #expect(result.code == 2)
        #expect(result.err.contains("broken.json:1:"))
        #expect(result.err.contains("$.recordId"))
        #expect(result.err.contains("project.json"))
        #expect(result.err.contains("$.format"))
        #expect(result.err.contains("2 of 4 files"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func aCopiedRecordIsReportedAsAWarning() throws {
        let directory = try Self.recordsDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try FileManager.default.copyItem(atPath: directory + "/nfd-2025-002-db9835e0-2025-04-22.json", toPath: directory + "/copy.json")
        let result = Self.run(["report", directory, "--from", "2025-04-01", "--to", "2026-03-31"])
        #expect(result.code == 0)
        #expect(result.err.contains("hold the same record (nfd-2025-002-db9835e0-2025-04-22)"))
    }

    @Test func reportUsageErrors() throws {
        let directory = try Self.recordsDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        #expect(Self.run(["report", directory, "--from", "2026-04-01", "--to", "2025-03-31"]).code == 2)
        #expect(Self.run(["report", directory, "--to", "2025-03-31"]).code == 2)
        #expect(Self.run(["report", directory, "--from", "2025-04-01", "--to", "2026-13-01"]).code == 2)
        #expect(Self.run(["report", directory, "--from", "2025-04-01", "--to", "2026-03-31", "--format", "pdf"]).code == 2)
        #expect(Self.run(["report", directory + "/missing", "--from", "2025-04-01", "--to", "2026-03-31"]).code == 2)
        #expect(Self.run(["report", Self.phlebotomy, "--from", "2025-04-01", "--to", "2026-03-31"]).code == 2)
        #expect(Self.run(["report", "--from", "2025-04-01", "--to", "2026-03-31"]).code == 2)
    }

    @Test func helpNamesBothCommands() {
        let overview = Self.run(["help"])
        #expect(overview.out.contains("involve record FILE --out DIR"))
        #expect(overview.out.contains("involve report DIR --from"))
        #expect(Self.run(["help", "record"]).out.contains("--force"))
        #expect(Self.run(["report", "--help"]).out.contains("--organisation NAME"))
        #expect(Self.run(["recrod"]).err.contains("did you mean 'record'?"))
    }
}
