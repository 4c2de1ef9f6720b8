import InvolveCore

/// The job summary that `--format github` writes beside its annotations (to
/// `$GITHUB_STEP_SUMMARY`, or `--summary FILE`): the run's result, the counts, and a table of
/// the projects that need attention (failing, with errors or warnings, or not assessed), most
/// pressing first within each file's order. GitHub refuses a step summary over 1 MiB, so the
/// table stops before `budget` bytes with a note of how many projects were left out; a folder
/// of any size gives a summary of bounded size, kept (rows only) as files are assessed.
public struct GitHubSummaryReport: ReportWriter {
    /// GitHub's limit for one step's summary is 1 MiB; this leaves room for the heading, the
    /// note, and anything else the step appends.
    public static let defaultBudget = 900_000

    private let settings: ReportSettings
    private let budget: Int
    private var rows: [UInt8] = []
    private var shown = 0
    private var needingAttention = 0

    public init(_ settings: ReportSettings, budget: Int = defaultBudget) {
        self.settings = settings
        self.budget = budget
    }

    public var warnings: [String] {
        let left = needingAttention - shown
        guard left > 0 else { return [] }
        return ["the job summary lists \(shown) of the \(needingAttention) projects that need attention, to stay under "
                + "GitHub's 1 MiB limit for a step summary; the other reports list every one."]
    }

    public mutating func begin(_ output: inout ReportBuffer) {}

    public mutating func add(_ outcome: FileOutcome, _ output: inout ReportBuffer) {
        let row: String
        switch outcome {
        case .assessed(let report):
            let review = report.review
            let fails = settings.policy.fails(report)
            guard fails || review.count(.error) > 0 || review.count(.warning) > 0 else { return }
            let assessment = report.assessment
            row = "| \(MarkdownReport.code(report.file)) | \(MarkdownReport.cell(assessment.projectTitle)) "
                + "(\(MarkdownReport.code(assessment.projectID))) | \(verdictLabel(assessment.verdict)) | "
                + "\(review.count(.error)) | \(review.count(.warning)) | \(fails ? "**fail**" : "pass") |\n"
        case .invalid(let file, let errors):
            row = "| \(MarkdownReport.code(file)) | — | not assessed | | | **\(counted(errors.diagnostics.count, "input error"))** |\n"
        }
        needingAttention += 1
        guard rows.count + row.utf8.count <= budget else { return }
        rows.append(contentsOf: row.utf8)
        shown += 1
    }

    public mutating func finish(_ summary: RunSummary, _ output: inout ReportBuffer) {
        let result = SummaryText.result(summary)
        var text = "## involve: the duty to involve\n\n"
        text += "**\(result.label)** \(result.detail)\n\n"
        text += "As of \(settings.asOf) · fail on \(settings.policy.failOnName)"
            + (settings.policy.failOnUndetermined ? " and on undetermined verdicts" : "") + " · "
            + counted(summary.files, "file") + ", \(summary.assessed) assessed\n\n"
        text += "Findings: " + SummaryText.findings(summary) + ".\n\n"
        if needingAttention == 0 {
            text += "No project needs attention: no errors, no warnings, nothing failing.\n"
            output.append(text)
            return
        }
        text += "### " + counted(needingAttention, "project") + " needing attention\n\n"
        text += "| File | Project | Verdict | Errors | Warnings | Run |\n| --- | --- | --- | ---: | ---: | --- |\n"
        output.append(text)
        output.append(bytes: rows)
        rows = []
        if shown < needingAttention {
            output.append("\n*\(needingAttention - shown) more not shown: a step summary must stay under 1 MiB. "
                          + "The annotations, and the SARIF, JUnit or JSON report, list every one.*\n")
        }
    }
}
