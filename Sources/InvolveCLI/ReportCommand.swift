import Foundation
import InvolveCore
import InvolveFormats

/// `involve report DIR --from DATE --to DATE [--format html|markdown] [--output FILE]
/// [--organisation NAME]`: reads the decision records (`*.json`) in DIR and writes the annual
/// report section on how the organisation discharged its duty to involve.
enum ReportCommand {
    enum Format: String, CaseIterable {
        case markdown
        case html
        case docx
    }

    static func run(_ arguments: [String], _ context: CommandContext) throws -> ExitCode {
        let parsed = try Arguments(arguments, valued: ["from", "to", "format", "output", "organisation", "appendix"], flags: ["help"])
        if parsed.flag("help") {
            context.console.out(HelpText.report)
            return .success
        }
        guard let directory = parsed.positionals.first else {
            throw UsageError("report needs the directory of decision records, --from DATE and --to DATE")
        }
        guard parsed.positionals.count == 1 else {
            throw UsageError("report takes one directory of decision records; got \(parsed.positionals.count) arguments")
        }
        let from = try date(parsed.value("from"), option: "from")
        let to = try date(parsed.value("to"), option: "to")
        guard let period = CalendarDateRange(start: from, end: to) else {
            throw UsageError("--from \(from) is after --to \(to); the period runs from --from to --to, both days included")
        }
        let format = try parseFormat(parsed.value("format"))
        let appendix = try parseAppendix(parsed.value("appendix"))
        let output = parsed.value("output").flatMap { $0 == "-" ? nil : $0 }
        if format == .docx && output == nil {
            throw UsageError("--format docx writes a Word document, which is not text: give --output FILE.docx")
        }
        let organisation = parsed.value("organisation")
        if let organisation, organisation.allSatisfy(\.isWhitespace) {
            throw UsageError("--organisation must not be empty")
        }

        let files: [String]
        switch recordFiles(in: directory) {
        case .failure(let errors):
            for diagnostic in errors.diagnostics { context.console.error(diagnostic.rendered) }
            return .usageOrInputError
        case .success(let found):
            files = found
        }

        var records: [DecisionRecord] = []
        var diagnostics: [InputDiagnostic] = []
        var badFiles = 0
        for file in files {
            // Only the full appendix needs each record whole; the rest keeps memory flat and is
            // quicker, since the trail is nine tenths of a record.
            let parts: DecisionRecordLoader.Parts = appendix == .full ? .whole : .reportSection
            let loaded = InputFiles.readRecord(file).flatMap { DecisionRecordLoader.load($0, file: file, parts: parts) }
            switch loaded {
            case .success(let record):
                for note in record.readingNotes { context.console.error("involve: note: " + note) }
                records.append(record)
            case .failure(let errors):
                diagnostics += errors.diagnostics
                badFiles += 1
            }
        }
        if !diagnostics.isEmpty {
            for diagnostic in diagnostics { context.console.error(diagnostic.rendered) }
            context.console.error("\(badFiles) of \(files.count) file\(files.count == 1 ? "" : "s") in \(directory) \(badFiles == 1 ? "is not a valid decision record" : "are not valid decision records"); no report was written.")
            return .usageOrInputError
        }
        if files.isEmpty {
            context.console.error("involve: warning: no decision records (*.json) in \(directory); the report is empty.")
        }
        var seen: [String: String] = [:]
        for (file, record) in zip(files, records) {
            if let first = seen[record.recordID] {
                context.console.error("involve: warning: \(file) and \(first) hold the same record (\(record.recordID)); both are counted.")
            } else {
                seen[record.recordID] = file
            }
        }

        let report = InvolvementReport(organisation: organisation, period: period, allRecords: records)
        // Each output is held once, as it was made (not copied into bytes), and written from
        // its own storage: a year of ten thousand records makes tens of megabytes.
        let rendered: RenderedReport
        switch format {
        case .markdown: rendered = .text(ReportMarkdown.render(report, appendix: appendix))
        case .html: rendered = .text(ReportHTML.render(report, appendix: appendix))
        case .docx: rendered = .bytes(ReportDocx.render(report, appendix: appendix))
        }
        guard let output else {
            switch rendered {
            // Markdown is read as text too, so input control characters are shown escaped; HTML escapes its own text.
            case .text(let text) where format == .markdown: context.console.say(text)
            case .text(let text): context.console.out(bytes: Array(text.utf8))
            case .bytes(let bytes): context.console.out(bytes: bytes)
            }
            return .success
        }
        do {
            switch rendered {
            case .text(let text): try OutputFiles.write(text, to: output, replace: true)
            case .bytes(let bytes): try OutputFiles.write(bytes: bytes, to: output, replace: true)
            }
        } catch {
            context.console.error("involve: " + error.message)
            return .usageOrInputError
        }
        context.console.error("Wrote \(output): \(report.records.count) decision record\(report.records.count == 1 ? "" : "s") from \(period.start) to \(period.end)"
                              + (report.excludedCount > 0 ? " (\(report.excludedCount) outside the period left out)." : "."))
        return .success
    }

    /// A report as its renderer made it: text (Markdown, HTML) or a Word document's bytes.
    private enum RenderedReport {
        case text(String)
        case bytes([UInt8])
    }

    /// The `*.json` files directly in `directory`, in name order (hidden files are skipped).
    static func recordFiles(in directory: String) -> Result<[String], InputErrors> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else {
            return .failure(problem(directory, "the directory does not exist"))
        }
        guard isDirectory.boolValue else {
            return .failure(problem(directory, "this is a file, not a directory"))
        }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
            return .failure(problem(directory, "the directory cannot be read (check its permissions)"))
        }
        let files = names
            .filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
            .sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
            .map { OutputFiles.join(directory, $0) }
            .filter { path in
                var isDirectory: ObjCBool = false
                return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
            }
        return .success(files)
    }

    private static func problem(_ path: String, _ message: String) -> InputErrors {
        InputErrors(diagnostics: [InputDiagnostic(file: path, location: nil, path: .root, message: message,
                                                  expected: "a directory of decision records written by involve record")])
    }

    private static func date(_ value: String?, option: String) throws -> CalendarDate {
        guard let value else {
            throw UsageError("report needs --\(option) YYYY-MM-DD (the reporting period, for example --from 2025-04-01 --to 2026-03-31)")
        }
        guard let date = CalendarDate(iso: value) else {
            throw UsageError("--\(option) must be a real date written YYYY-MM-DD, got '\(value)'")
        }
        guard date.isSupported else {
            throw UsageError("--\(option) \(value) is outside the dates involve works with (\(CalendarDate.supportedRangeText))")
        }
        return date
    }

    private static func parseAppendix(_ value: String?) throws -> ReportAppendix {
        guard let value else { return .summary }
        guard let appendix = ReportAppendix(rawValue: value) else {
            throw UsageError("unknown --appendix '\(value)'; expected one of: " + ReportAppendix.allCases.map(\.rawValue).joined(separator: ", ")
                             + " (none: the section only; summary: each record in a few lines, the default; full: each record with its trail)")
        }
        return appendix
    }

    private static func parseFormat(_ value: String?) throws -> Format {
        guard let value else { return .markdown }
        guard let format = Format(rawValue: value) else {
            throw UsageError("unknown format '\(value)'; expected one of: " + Format.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return format
    }
}
