import Foundation
import Testing

/// `involve report` keeps of each record only the facts its figures count; the texts its tables
/// print wait in an unlinked temporary file (`ReportRecordSpool`, beside `--output`, or in TMPDIR
/// for standard output) or, when none can be made, in memory. The report must be the same bytes
/// either way, and no temporary file may be left behind.
@Suite(.serialized) struct ReportRecordTextsEndToEndTests {
    static let period = ["--from", "2025-04-01", "--to", "2026-03-31"]

    /// The example year forty times over (each copy a file of its own: the same sealed records,
    /// warned about as duplicates and counted), so that the kept texts pass the mebibyte at
    /// which they go to the file.
    static func manyRecords() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        let examples = Repository.path("Examples/records")
        let names = try FileManager.default.contentsOfDirectory(atPath: examples).filter { $0.hasSuffix(".json") }
        for copy in 0..<40 {
            for name in names {
                guard let bytes = FileManager.default.contents(atPath: examples + "/" + name) else { continue }
                try folder.write("records/\(copy)-" + name, Array(bytes))
            }
        }
        for directory in ["spool", "out"] {
            try FileManager.default.createDirectory(atPath: folder.file(directory), withIntermediateDirectories: true)
        }
        return folder
    }

    @Test(arguments: ["markdown", "html"])
    func textsKeptInAFileOrInMemoryGiveTheSameReport(format: String) throws {
        guard BuiltBinary.exists else { return }
        let folder = try Self.manyRecords()
        defer { folder.remove() }
        let common = ["report", folder.file("records")] + Self.period + ["--format", format]

        let toFile = try BuiltBinary.run(common + ["--output", folder.file("out/report")])
        let spooled = try BuiltBinary.run(common, environment: ["TMPDIR": folder.file("spool")])
        let inMemory = try BuiltBinary.run(common, environment: ["TMPDIR": folder.file("no-such-folder")])

        #expect(toFile.status == 0 && spooled.status == 0 && inMemory.status == 0, "\(toFile.standardError.suffix(300))")
        let written = try #require(folder.read("out/report"))
        #expect(written.utf8.count > 1 << 20, "the texts must pass the mebibyte at which they go to the file")
        #expect(spooled.standardOutput == inMemory.standardOutput)
        #expect(written == inMemory.standardOutput)
        #expect(written.contains("Appendix: the decision records in brief"))
        #expect(toFile.standardError.contains("hold the same record"), "the copies are warned about")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.file("spool")).isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.file("out")) == ["report"])
    }
}
