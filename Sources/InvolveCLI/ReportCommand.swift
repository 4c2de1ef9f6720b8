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

        // Of each record only what the figures count is held; the texts its table rows and
        // summary print wait in a temporary file (`ReportRecordSpool`), beside the report or,
        // for standard output, in TMPDIR.
        let texts = ReportRecordSpool(directory: output.map(OutputFiles.parent(of:)) ?? ProcessEnvironment.temporaryDirectory)
        var collector = InvolvementReport.Collector(organisation: organisation, period: period, expected: files.count)
        var diagnostics: [InputDiagnostic] = []
        var badFiles = 0
        var seen: [String: String] = [:]
        var duplicates: [String] = []
        // Only the full appendix reads each record whole, and checks it whole here; even then
        // only what the section shows is kept, and each record is read again for its part of
        // the appendix (`rereading`), so that one trail at a time is held.
        let parts: DecisionRecordLoader.Parts = appendix == .full ? .whole : .reportSection
        for file in files {
            let loaded = InputFiles.readRecord(file).flatMap { DecisionRecordLoader.load($0, file: file, parts: parts) }
            switch loaded {
            case .success(var record):
                for note in record.readingNotes { context.console.error("involve: note: " + note) }
                record.source = file
                if let first = seen[record.recordID] {
                    duplicates.append("involve: warning: \(file) and \(first) hold the same record (\(record.recordID)); both are counted.")
                } else {
                    seen[record.recordID] = file
                }
                collector.add(record) { texts.keep(InvolvementReport.keptBytes($0, period: period)) }
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
        for warning in duplicates { context.console.error(warning) }

        let report = collector.report(store: texts)
        var rereading = Rereading(report: report, texts: texts)
        guard let output else {
            // Markdown is read as text too, so input control characters are shown escaped; HTML escapes its own text.
            switch format {
            case .markdown:
                let text = ReportMarkdown.render(report, appendix: appendix, wholeRecord: { rereading.whole($0) })
                if rereading.failed(context) { return .usageOrInputError }
                context.console.say(text)
            case .html:
                let text = ReportHTML.render(report, appendix: appendix, wholeRecord: { rereading.whole($0) })
                if rereading.failed(context) { return .usageOrInputError }
                context.console.out(bytes: Array(text.utf8))
            case .docx:
                break  // refused above: a Word document needs --output
            }
            return .success
        }
        do throws(OutputFiles.Failure) {
            switch format {
            case .markdown, .html:
                // Written as it is made: a year of records makes tens of megabytes, and with the
                // full appendix hundreds.
                var file = try StreamedOutputFile(path: output)
                if format == .markdown {
                    ReportMarkdown.render(report, appendix: appendix, wholeRecord: { rereading.whole($0) }) { file.write($0) }
                } else {
                    ReportHTML.render(report, appendix: appendix, wholeRecord: { rereading.whole($0) }) { file.write($0) }
                }
                if rereading.failed(context) {
                    file.abandon()
                    return .usageOrInputError
                }
                try file.finish(replace: true)
            case .docx:
                // Written as it is made too, its body kept meanwhile in an unlinked temporary
                // file: the archive gives the body's size and checksum before the body.
                // The output file first: it refuses a bad --output as any report does.
                var file = try StreamedOutputFile(path: output)
                let spool: TemporaryBodySpool
                do throws(OutputFiles.Failure) {
                    spool = try TemporaryBodySpool(beside: output)
                } catch {
                    file.abandon()
                    throw error
                }
                ReportDocx.render(report, appendix: appendix, wholeRecord: { rereading.whole($0) }, spool: spool) { file.write(bytes: $0) }
                if rereading.failed(context) {
                    file.abandon()
                    return .usageOrInputError
                }
                if let failure = spool.failure {
                    file.abandon()
                    throw OutputFiles.Failure.failed(output, failure)
                }
                try file.finish(replace: true)
            }
        } catch {
            context.console.error("involve: " + error.message)
            return .usageOrInputError
        }
        context.console.error("Wrote \(output): \(report.records.count) decision record\(report.records.count == 1 ? "" : "s") from \(period.start) to \(period.end)"
                              + (report.excludedCount > 0 ? " (\(report.excludedCount) outside the period left out)." : "."))
        return .success
    }

    /// Reads each record again, whole, for its part of the full appendix: the report keeps
    /// only what its section shows. A record that cannot be read again, or no longer says what
    /// was counted (its file changed while the report was being written), stops the report; so
    /// does a record's texts that cannot be read back from their temporary file.
    private struct Rereading {
        let report: InvolvementReport
        let texts: ReportRecordSpool
        private(set) var problems: [InputDiagnostic] = []
        /// Some record could be read again but no longer says what was counted.
        private var changed = false

        init(report: InvolvementReport, texts: ReportRecordSpool) {
            self.report = report
            self.texts = texts
        }

        mutating func whole(_ kept: ReportedRecord) -> DecisionRecord? {
            guard let file = kept.source else { return nil }
            switch InputFiles.readRecord(file).flatMap({ DecisionRecordLoader.load($0, file: file) }) {
            case .success(var record):
                record.source = file
                if report.stillSays(kept, record) { return record }
                changed = true
                problems.append(InputDiagnostic(file: file, location: nil, path: .root,
                                                message: "the record changed while the report was being written",
                                                expected: "records that do not change while involve report reads them"))
            case .failure(let errors):
                problems += errors.diagnostics
            }
            return nil
        }

        /// Whether any record could not be read again, or its texts read back, having said so.
        func failed(_ context: CommandContext) -> Bool {
            for problem in problems { context.console.error(problem.rendered) }
            if let failure = texts.failure {
                context.console.error("involve: \(texts.directory): the records' texts could not be kept in a temporary file there (\(FileWriter.describe(failure))); no report was written.")
                return true
            }
            guard !problems.isEmpty else { return false }
            context.console.error(changed ? "A decision record changed while the report was being written; no report was written."
                                          : "A decision record could not be read again for the full appendix; no report was written.")
            return true
        }
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
