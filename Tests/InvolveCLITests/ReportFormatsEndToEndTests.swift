import Foundation
import Testing

/// The built binary, as a board secretary would run it: the annual report with each appendix,
/// in Word, and one assessment in Word.
@Suite struct ReportFormatsEndToEndTests {
    static let period = ["--from", "2025-04-01", "--to", "2026-03-31"]

    static func temporary(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("involve-\(UUID().uuidString)-\(name)").path
    }

    @Test func theWordReportIsAZipOfWordprocessingML() throws {
        try #require(BuiltBinary.exists, "build the executable first: swift build")
        let output = Self.temporary("report.docx")
        defer { try? FileManager.default.removeItem(atPath: output) }
        let run = try BuiltBinary.run(["report", "Examples/records"] + Self.period + ["--format", "docx", "--output", output])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.isEmpty)
        let bytes = [UInt8](FileManager.default.contents(atPath: output) ?? Data())
        #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]), "a ZIP local file header")
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("word/document.xml") && text.contains("<w:pStyle w:val=\"Heading1\"/>"))
        // The same records give the same bytes.
        let again = Self.temporary("again.docx")
        defer { try? FileManager.default.removeItem(atPath: again) }
        _ = try BuiltBinary.run(["report", "Examples/records"] + Self.period + ["--format", "docx", "--output", again])
        #expect(FileManager.default.contents(atPath: again) == Data(bytes))
    }

    @Test func aWordDocumentNeedsAFile() throws {
        try #require(BuiltBinary.exists, "build the executable first: swift build")
        let report = try BuiltBinary.run(["report", "Examples/records"] + Self.period + ["--format", "docx"])
        #expect(report.status == 2)
        #expect(report.standardError.contains("give --output FILE.docx"))
        let assess = try BuiltBinary.run(["assess", "Examples/route-well-run-twelve-week-consultation.json", "--format", "docx"])
        #expect(assess.status == 2)
        #expect(assess.standardOutput.isEmpty)
        let folder = try BuiltBinary.run(["assess", "Examples/projects", "--format", "docx", "--output", Self.temporary("x.docx")])
        #expect(folder.status == 2 && folder.standardError.contains("one project file"))
    }

    @Test func oneAssessmentInWord() throws {
        try #require(BuiltBinary.exists, "build the executable first: swift build")
        let output = Self.temporary("assessment.docx")
        defer { try? FileManager.default.removeItem(atPath: output) }
        let run = try BuiltBinary.run(["assess", "Examples/route-well-run-twelve-week-consultation.json", "--as-of", "2026-01-15",
                                       "--format", "docx", "--output", output])
        #expect(run.status == 0, "\(run.standardError)")
        let text = String(decoding: FileManager.default.contents(atPath: output) ?? Data(), as: UTF8.self)
        #expect(text.hasPrefix("PK"))
        #expect(text.contains("Rationale trail") && text.contains("Consolidating hyper-acute stroke care"))
        // A bad project file is refused as for any format: named, exit 2, nothing written.
        let bad = try BuiltBinary.run(["assess", "Tests/InvolveCLITests/BadInputs/boolean-as-text.json", "--format", "docx", "--output", output + ".bad"])
        #expect(bad.status == 2)
        #expect(bad.standardError.contains("boolean-as-text.json"))
        #expect(!FileManager.default.fileExists(atPath: output + ".bad"))
    }

    /// A Word assessment exits as every other format does: by the findings and `--fail-on`.
    @Test(arguments: ["Examples/route-christmas-four-week-consultation.json", "Examples/route-well-run-twelve-week-consultation.json",
                      "Examples/stages/consultation-closed-short.json"])
    func aWordAssessmentExitsAsTheTextOneDoes(_ example: String) throws {
        try #require(BuiltBinary.exists, "build the executable first: swift build")
        let output = Self.temporary("exit.docx")
        defer { try? FileManager.default.removeItem(atPath: output) }
        var statuses: Set<Int32> = []
        for options in [[], ["--fail-on", "warning"], ["--fail-on", "none"], ["--fail-on", "none", "--fail-on-undetermined"]] {
            let common = ["assess", example, "--as-of", "2026-01-15"] + options
            let text = try BuiltBinary.run(common)
            let word = try BuiltBinary.run(common + ["--format", "docx", "--output", output])
            #expect(word.status == text.status, "\(example) \(options): \(word.standardError)")
            #expect(word.standardError.contains(text.status == 1 ? "FAILED (exit 1)" : "PASSED (exit 0)"))
            #expect(FileManager.default.fileExists(atPath: output), "the document is written whatever the exit code")
            statuses.insert(word.status)
        }
        if example.contains("christmas") { #expect(statuses == [0, 1], "a plan with warnings fails at warning and passes at none") }
    }

    @Test func theAppendixOption() throws {
        try #require(BuiltBinary.exists, "build the executable first: swift build")
        let none = try BuiltBinary.run(["report", "Examples/records"] + Self.period + ["--appendix", "none"])
        #expect(none.status == 0 && !none.standardOutput.contains("## Appendix"))
        let summary = try BuiltBinary.run(["report", "Examples/records"] + Self.period)
        #expect(summary.standardOutput.contains("## Appendix: the decision records in brief"))
        let full = try BuiltBinary.run(["report", "Examples/records"] + Self.period + ["--appendix", "full"])
        #expect(full.standardOutput.contains("## Appendix: decision records") && full.standardOutput.contains("Rationale trail"))
        let wrong = try BuiltBinary.run(["report", "Examples/records"] + Self.period + ["--appendix", "some"])
        #expect(wrong.status == 2 && wrong.standardError.contains("expected one of: none, summary, full"))
    }
}
