import Foundation
import Testing

/// SARIF and Markdown hold parts of the report until the end (verdicts and notifications; the
/// table rows and the sections), which the output keeps in temporary files past 64 KiB
/// (`ReportSpool`). The report must be the same bytes whether the parts were spilled (beside
/// `--output`, or in TMPDIR for standard output) or kept in memory (TMPDIR unusable), and no
/// temporary file may be left behind.
@Suite(.serialized) struct HeldPartsEndToEndTests {
    /// Enough projects that every held part passes the 64 KiB at which it is spilled.
    private static func folderOfProjects() throws -> (folder: TemporaryFolder, files: Int) {
        let folder = try TemporaryFolder()
        let examples = Repository.examples().filter { !$0.contains("/invalid/") }
        var files = 0
        for copy in 0..<6 {
            for example in examples {
                guard let bytes = FileManager.default.contents(atPath: example) else { continue }
                try folder.write("projects/\(copy)/" + (example as NSString).lastPathComponent, Array(bytes))
                files += 1
            }
        }
        try folder.write("projects/broken.json", "{ \"formatVersion\": 1, \"id\": ")
        // Text with a bidi override and a control character, which Markdown shows escaped
        // whether its section was spilled or not.
        if let example = examples.first, let bytes = FileManager.default.contents(atPath: example),
           var project = try JSONSerialization.jsonObject(with: bytes) as? [String: Any] {
            project["title"] = "Evil \u{202E}title\u{07} here"
            try folder.write("projects/5/zz-hostile.json", Array(try JSONSerialization.data(withJSONObject: project)))
            files += 1
        }
        try FileManager.default.createDirectory(atPath: folder.file("spool"), withIntermediateDirectories: true)
        return (folder, files + 1)
    }

    @Test(arguments: ["markdown", "sarif"])
    func spilledAndHeldInMemoryGiveTheSameReport(format: String) throws {
        guard BuiltBinary.exists else { return }
        let (folder, files) = try Self.folderOfProjects()
        defer { folder.remove() }
        let projects = folder.file("projects")
        let common = ["assess", projects, "--as-of", "2026-01-15", "--format", format]

        let toFile = try BuiltBinary.run(common + ["--output", folder.file("report.out")])
        let spilled = try BuiltBinary.run(common, environment: ["TMPDIR": folder.file("spool")])
        let inMemory = try BuiltBinary.run(common, environment: ["TMPDIR": folder.file("no-such-folder")])

        #expect(toFile.status == 2 && spilled.status == 2 && inMemory.status == 2, "one file is invalid")
        let written = try #require(folder.read("report.out"))
        #expect(written.utf8.count > 4 << 16, "the held parts must be large enough to be spilled")
        #expect(spilled.standardOutput == inMemory.standardOutput)
        #expect(written == inMemory.standardOutput)
        if format == "markdown" {
            #expect(written.contains("Evil \\u{202E}title"), "the bidi override is shown, not obeyed")
            #expect(!written.unicodeScalars.contains("\u{202E}"))
        }
        // Every temporary file is gone: the spool's were removed as soon as they were made.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.file("spool")).isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["projects", "report.out", "spool"])

        if format == "sarif" {
            let document = try JSONSerialization.jsonObject(with: Data(written.utf8)) as? [String: Any]
            let run = (document?["runs"] as? [[String: Any]])?.first
            let verdicts = (run?["properties"] as? [String: Any])?["verdicts"] as? [Any]
            #expect(verdicts?.count == files - 1, "one verdict per assessed file")
        } else {
            let rows = written.split(separator: "\n").filter { $0.hasPrefix("| `") }
            #expect(rows.count == files, "one table row per file")
            #expect(written.components(separatedBy: "\n### ").count - 1 == files, "one section per file")
        }
    }
}
