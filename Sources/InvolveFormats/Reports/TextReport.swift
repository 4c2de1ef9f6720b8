import InvolveCore

/// Human text for one or many files. One file: the project report alone, as ever. Several:
/// each project in turn, then a summary saying which files fail the run and why. Each project
/// is its full report (`--detail full`, a line between reports) or a brief block (`--detail
/// brief`, the default for several files: a CI log of thousands of full reports buries what
/// needs doing). Files that are not valid get a short block (their errors also go to stderr).
public struct TextReport: TextReportWriter {
    private let settings: ReportSettings
    private var written = 0
    /// Files that fail the run or could not be assessed, with the reason: kept for the summary.
    private var attention: [String] = []

    public init(_ settings: ReportSettings) {
        self.settings = settings
    }

    /// A brief block prints no trail; a full report prints it whole.
    public var printsTrail: Bool { settings.effectiveDetail == .full }

    mutating func beginText() -> String { "" }

    mutating func addText(_ outcome: FileOutcome) -> String {
        let style = settings.style
        let brief = settings.effectiveDetail == .brief
        var text = settings.singleFile || written == 0 ? "" : brief ? "\n" : "\n" + style.dim(String(repeating: "─", count: 72)) + "\n\n"
        written += 1
        switch outcome {
        case .assessed(let report):
            text += brief ? BriefText.render(report, settings: settings) : AssessmentText.render(report, style: style, ruleTables: !settings.singleFile)
            let blocking = settings.policy.blockingFindings(report)
            var reasons: [String] = []
            if blocking > 0 {
                reasons.append(counted(blocking, "finding") + " at or above \(settings.policy.failOnName)")
            }
            if settings.policy.blocks(verdict: report.assessment.verdict) { reasons.append("verdict undetermined") }
            if !reasons.isEmpty { attention.append("\(TerminalText.line(report.file)): " + reasons.joined(separator: "; ")) }
        case .invalid(let file, let errors):
            attention.append("\(TerminalText.line(file)): not assessed (\(counted(errors.diagnostics.count, "input error")))")
            if settings.singleFile { return "" }
            text += "File          \(TerminalText.line(file))\n"
            text += style.red(style.bold("NOT ASSESSED")) + ": " + counted(errors.diagnostics.count, "error")
                + " in the file; fix \(errors.diagnostics.count == 1 ? "it" : "them") and run again.\n"
            for diagnostic in errors.diagnostics { text += "  " + diagnostic.rendered + "\n" }
        }
        return text
    }

    mutating func finishText(_ summary: RunSummary) -> String {
        if settings.singleFile { return "" }
        let style = settings.style
        var lines = ["", style.dim(String(repeating: "─", count: 72)), ""]
        lines.append(style.bold("Summary") + " (as of \(settings.asOf); fail on \(settings.policy.failOnName)"
                     + (settings.policy.failOnUndetermined ? " and on undetermined verdicts" : "") + ")")
        var files = "\(summary.files): \(summary.assessed) assessed"
        if summary.invalid > 0 { files += ", \(summary.invalid) not assessed (input errors)" }
        lines.append("  Files      " + files)
        let verdicts = DutyVerdict.allCases.compactMap { verdict -> String? in
            let count = summary.count(verdict)
            return count == 0 ? nil : "\(count) \(verdictLabel(verdict))"
        }
        lines.append("  Verdicts   " + (verdicts.isEmpty ? "none" : verdicts.joined(separator: ", ")))
        lines.append("  Findings   " + SummaryText.findings(summary))
        lines.append("  Result     " + SummaryText.result(summary, style: style))
        if !attention.isEmpty {
            lines.append("")
            lines.append(style.bold("Needs attention"))
            for line in attention { lines.append("  " + line) }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Sentences about a run shared by the text and Markdown summaries.
enum SummaryText {
    static func findings(_ summary: RunSummary) -> String {
        var parts = Severity.allCases.reversed().map { "\(summary.count($0)) \($0.rawValue)" }.joined(separator: ", ")
        parts += "; \(summary.waived) waived"
        if summary.inBaseline > 0 { parts += "; \(summary.inBaseline) in the baseline (not failing)" }
        if summary.expiredWaivers > 0 { parts += "; " + counted(summary.expiredWaivers, "waiver") + " expired" }
        if summary.unusedWaivers > 0 { parts += "; " + counted(summary.unusedWaivers, "waiver") + " unused" }
        if summary.notYetApprovedWaivers > 0 {
            parts += "; " + counted(summary.notYetApprovedWaivers, "waiver") + " not yet approved"
        }
        return parts
    }

    /// The run's result in a word ("PASSED", "FAILED", "INPUT ERRORS") and why.
    static func result(_ summary: RunSummary) -> (label: String, detail: String) {
        let policy = summary.policy
        var reasons: [String] = []
        if summary.blockingFindings > 0 {
            reasons.append(counted(summary.blockingFindings, "finding") + " at or above \(policy.failOnName)")
        }
        if summary.blockingVerdicts > 0 {
            reasons.append(counted(summary.blockingVerdicts, "undetermined verdict"))
        }
        let failing = reasons.isEmpty ? "" : reasons.joined(separator: " and ") + " in " + counted(summary.failingProjects, "project")
        switch summary.result {
        case .passed:
            return ("PASSED", "(exit 0): nothing at or above the threshold")
        case .failed:
            return ("FAILED", "(exit 1): " + failing)
        case .inputErrors:
            var problems: [String] = []
            if summary.invalid > 0 { problems.append(counted(summary.invalid, "input") + " not assessed") }
            return ("INPUT ERRORS", "(exit 2): " + problems.joined(separator: ", ") + (failing.isEmpty ? "" : "; also " + failing))
        }
    }

    static func result(_ summary: RunSummary, style: TextStyle) -> String {
        let (label, detail) = result(summary)
        return (summary.result == .passed ? style.green(label) : style.red(label)) + " " + detail
    }
}
