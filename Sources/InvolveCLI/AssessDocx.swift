import InvolveCore
import InvolveFormats

/// `involve assess FILE --format docx --output FILE.docx [--as-of DATE] [--policy FILE]`: one
/// project's assessment as a Word document, for a board paper. The document is the decision
/// record the assessment makes (as `involve record` would write it), so it carries the same
/// verdict, route, fairness, findings and rationale trail with its sources, the input file's
/// SHA-256, and nothing that depends on the day it was run beyond `--as-of`. The exit code is
/// every format's: 1 for a finding at or above `--fail-on` that no waiver covers, or an
/// undetermined verdict with `--fail-on-undetermined`; the document is written either way.
enum AssessDocx {
    static func run(_ parsed: Arguments, _ context: CommandContext) throws -> ExitCode {
        let asOf = try AsOfDate.parse(parsed.value("as-of"))
        let policy = FailurePolicy(failOn: try AssessCommand.parseFailOn(parsed.value("fail-on")),
                                   failOnUndetermined: parsed.flag("fail-on-undetermined"))
        guard parsed.positionals.count == 1, let path = parsed.positionals.first, path == "-" || !InputDiscovery.isDirectory(path) else {
            throw UsageError("--format docx assesses one project file (or - for standard input); got \(parsed.positionals.count == 1 ? "a directory" : "\(parsed.positionals.count) paths")")
        }
        guard let output = parsed.value("output"), !output.isEmpty, output != "-" else {
            throw UsageError("--format docx writes a Word document, which is not text: give --output FILE.docx")
        }
        if let detail = parsed.value("detail") {
            throw UsageError("--detail applies only to --format text and markdown; a Word document is always complete (got --detail \(detail))")
        }
        guard let (record, report) = ProjectRecordMaking.record(path, policy: parsed.value("policy"), asOf: asOf, context) else {
            return .usageOrInputError
        }
        do {
            try OutputFiles.write(bytes: DecisionRecordDocx.render(record), to: output, replace: true)
        } catch {
            context.console.error("involve: " + error.message)
            return .usageOrInputError
        }
        var summary = RunSummary(policy: policy)
        summary.add(.assessed(report))
        context.console.error("involve: wrote \(output): \(record.verdict.headline.lowercased()) (\(record.project.title)); " + SummaryLine.text(summary))
        return summary.result == .failed ? .findingsAtThreshold : .success
    }
}
