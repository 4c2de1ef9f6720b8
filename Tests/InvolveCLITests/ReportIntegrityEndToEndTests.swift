import Foundation
import Testing
import InvolveCore

/// The built binary reads only what the annual report section shows of each record, and still
/// checks every record's digest over all its bytes before counting it (docs/records.md,
/// "Reading only what the report shows").
@Suite struct ReportIntegrityEndToEndTests {
    static let period = ["--from", "2025-04-01", "--to", "2026-03-31"]

    /// A copy of the example year's records, with `change` made to the first record's text.
    static func folder(changingFirstRecord change: (String) -> [UInt8]) throws -> (folder: String, changed: String) {
        let source = BuiltBinary.repositoryRoot.appendingPathComponent("Examples/records")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("involve-\(UUID().uuidString)-records")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let names = try FileManager.default.contentsOfDirectory(atPath: source.path).filter { $0.hasSuffix(".json") }.sorted()
        for name in names {
            try FileManager.default.copyItem(at: source.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        let first = try #require(names.first)
        let path = folder.appendingPathComponent(first).path
        let text = String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
        try Data(change(text)).write(to: URL(fileURLWithPath: path))
        return (folder.path, first)
    }

    /// `text` with its digest computed again, as someone editing a record by hand could.
    static func resealed(_ text: String) -> [UInt8] {
        guard let range = text.range(of: "\"recordSHA256\": \"", options: .backwards) else { return Array(text.utf8) }
        let end = text.index(range.upperBound, offsetBy: 64)
        return Array(RecordDigest.seal(text.replacingCharacters(in: range.upperBound..<end, with: RecordDigest.placeholder)).utf8)
    }

    @Test func aTrailEditedAfterSealingIsRefusedInEveryAppendix() throws {
        try #require(BuiltBinary.exists, "build the executable first: swift build")
        let (folder, changed) = try Self.folder { Array($0.replacingOccurrences(of: "\"answer\": \"", with: "\"answer\": \"Edited. ").utf8) }
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for appendix in ["none", "summary", "full"] {
            let run = try BuiltBinary.run(["report", folder] + Self.period + ["--appendix", appendix])
            #expect(run.status == 2, "\(appendix)")
            #expect(run.standardOutput.isEmpty)
            #expect(run.standardError.contains(changed) && run.standardError.contains("$.recordSHA256: the record was changed after it was written"))
        }
    }

    @Test func aBrokenTrailIsReportedWithItsLineAndPath() throws {
        try #require(BuiltBinary.exists, "build the executable first: swift build")
        let (folder, changed) = try Self.folder { text in
            guard let at = text.range(of: "\"step\": 1,") else { return Array(text.utf8) }
            return Array(text.replacingCharacters(in: at, with: "\"step\": +1,").utf8)
        }
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try BuiltBinary.run(["report", folder] + Self.period)
        #expect(run.status == 2)
        #expect(run.standardError.contains(changed) && run.standardError.contains("$.trail[0].step: not valid JSON"))
    }

    /// What is documented: a trail that breaks the record format in a record resealed by hand
    /// is not read by the section, and is refused by the full appendix and by verify.
    @Test func aResealedRecordWithABrokenTrailIsRefusedWhereTheTrailIsRead() throws {
        try #require(BuiltBinary.exists, "build the executable first: swift build")
        let (folder, changed) = try Self.folder { Self.resealed($0.replacingOccurrences(of: "\"question\": \"", with: "\"questio\": \"")) }
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let summary = try BuiltBinary.run(["report", folder] + Self.period)
        #expect(summary.status == 0, "\(summary.standardError)")
        let full = try BuiltBinary.run(["report", folder] + Self.period + ["--appendix", "full"])
        #expect(full.status == 2)
        #expect(full.standardError.contains(changed) && full.standardError.contains("$.trail[0].question"))
        let verify = try BuiltBinary.run(["verify", folder])
        #expect(verify.status == 2 || verify.status == 1)
        #expect(verify.standardOutput.contains("INVALID"))
    }

    /// Markdown and HTML go to their file as they are made: a folder that does not exist is
    /// named and nothing is left behind; a folder that does gets the whole report.
    @Test func theReportIsWrittenToItsFileAsItIsMade() throws {
        try #require(BuiltBinary.exists, "build the executable first: swift build")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("involve-\(UUID().uuidString)-out")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = folder.appendingPathComponent("nowhere/report.md").path
        let refused = try BuiltBinary.run(["report", "Examples/records"] + Self.period + ["--output", missing])
        #expect(refused.status == 2)
        #expect(refused.standardError.contains("cannot write \(missing)"))
        for format in ["markdown", "html"] {
            let output = folder.appendingPathComponent("report.\(format)").path
            let run = try BuiltBinary.run(["report", "Examples/records"] + Self.period + ["--format", format, "--appendix", "full", "--output", output])
            #expect(run.status == 0, "\(run.standardError)")
            let printed = try BuiltBinary.run(["report", "Examples/records"] + Self.period + ["--format", format, "--appendix", "full"])
            let written = String(decoding: FileManager.default.contents(atPath: output) ?? Data(), as: UTF8.self)
            // Markdown to a terminal shows control characters escaped; the example year has none.
            #expect(written == printed.standardOutput)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["report.html", "report.markdown"])
    }
}
