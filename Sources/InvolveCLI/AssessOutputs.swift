#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import InvolveCore
import InvolveFormats

/// The reports one `involve assess` run writes: the main one (`--format`, to `--output` or
/// standard output) and any number of others (`--report FORMAT=FILE`), all from the same
/// assessments, so a pipeline assesses its folder once however many systems read the result.
/// Each report has its own writer and output; every outcome goes to each in turn.
struct AssessOutputs {
    /// One report asked for.
    struct Request: Equatable {
        var format: ReportFormat
        /// nil for standard output.
        var path: String?
        /// Appended to rather than replaced (a GitHub job summary, which other steps share).
        var appends = false
        /// The baseline of the run's findings (`--write-baseline`) rather than a report.
        var baseline = false
    }

    /// `--report FORMAT=FILE`, each given once.
    static func parseReports(_ values: [String]) throws(UsageError) -> [Request] {
        var requests: [Request] = []
        for value in values {
            guard let equals = value.firstIndex(of: "="), equals != value.startIndex,
                  value.index(after: equals) != value.endIndex else {
                throw UsageError("--report needs FORMAT=FILE, for example --report sarif=involve.sarif; got '\(value)'")
            }
            let name = String(value[..<equals])
            let path = String(value[value.index(after: equals)...])
            guard let format = ReportFormat(rawValue: name) else {
                let names = ReportFormat.allCases.map(\.rawValue)
                let hint = Suggestions.nearest(to: name, among: names).map { "; did you mean '\($0)'?" } ?? "."
                throw UsageError("--report \(value): unknown format '\(name)'\(hint) Expected one of: " + names.joined(separator: ", "))
            }
            if path == "-" { throw UsageError("--report \(value): give a file name; only --format writes to standard output") }
            requests.append(Request(format: format, path: path))
        }
        return requests
    }

    /// Refuses two reports to one file: the second would silently replace the first.
    static func checkDistinct(_ requests: [Request], _ paths: ArtifactPaths) throws(UsageError) {
        var seen: Set<String> = []
        for path in requests.compactMap(\.path) {
            let key = paths.absolute(path) ?? path
            guard seen.insert(key).inserted else { throw UsageError("two reports would be written to \(path); give each its own file") }
        }
    }

    /// A class: each outcome updates every report's writer and buffer in place.
    private final class Report {
        let request: Request
        var writer: any ReportWriter
        let output: ReportOutput
        var buffer = ReportBuffer()

        init(request: Request, writer: any ReportWriter, output: ReportOutput) {
            self.request = request
            self.writer = writer
            self.output = output
        }
    }

    private var reports: [Report] = []

    /// Opens every output (temporary files next to each target) before anything is assessed,
    /// so that a file that cannot be written is a usage error at once.
    /// `width` is the terminal's, for text on standard output; text and Markdown show control
    /// characters from the input escaped (the tool's own colour codes kept).
    init(_ requests: [Request], settings: ReportSettings, colour: Bool, width: Int?, console: Console) throws(UsageError) {
        for request in requests {
            var own = settings
            let onTerminal = request.path == nil && request.format == .text
            own.style = TextStyle(enabled: colour && onTerminal, width: onTerminal ? width : nil)
            let output: ReportOutput
            do {
                if let path = request.path {
                    output = request.appends ? try ReportOutput.appending(path) : try ReportOutput.file(path)
                } else {
                    output = ReportOutput.standardOutput(console)
                }
            } catch {
                // The reports opened so far leave no temporary files behind.
                discard()
                throw error
            }
            if request.format == .text || request.format == .markdown { output.escapeControls(keepingColour: own.style.enabled) }
            reports.append(Report(request: request, writer: Self.writer(request, own), output: output))
        }
    }

    private static func writer(_ request: Request, _ settings: ReportSettings) -> any ReportWriter {
        if request.baseline { return BaselineReport(settings) }
        return request.appends ? GitHubSummaryReport(settings) : request.format.writer(settings)
    }

    func begin() {
        for report in reports { report.writer.begin(&report.buffer) }
    }

    func add(_ outcome: FileOutcome) {
        for report in reports {
            report.writer.add(outcome, &report.buffer)
            // A report whose beginning comes last is held back unless its file can take it later.
            if !report.writer.hasPreamble || report.output.canPrependLater { report.output.drain(&report.buffer) }
        }
    }

    /// Finishes and commits every report; after a failure the others are still committed and
    /// the first failure is thrown.
    func finish(_ summary: RunSummary) throws(UsageError) {
        var failure: UsageError?
        for report in reports {
            report.writer.finish(summary, &report.buffer)
            let preamble = report.writer.hasPreamble ? report.writer.preamble(summary) : nil
            do {
                try report.output.commit(&report.buffer, preamble: preamble)
            } catch {
                if failure == nil { failure = error }
            }
        }
        if let failure { throw failure }
    }

    /// True when some report prints the rationale trail, so the assessments must compose it.
    var printTrail: Bool { reports.contains { $0.writer.printsTrail } }

    /// The files written, in the order asked for.
    var files: [String] { reports.compactMap(\.output.path) }

    /// What the writers want said about their documents (GitHub's limits), with the file.
    var warnings: [String] {
        reports.flatMap { report in
            report.writer.warnings.map { "\(report.output.path ?? "standard output"): " + $0 }
        }
    }

    /// Removes the temporary files when the run stops before finishing (a policy error).
    func discard() {
        for report in reports { report.output.discard() }
    }
}
