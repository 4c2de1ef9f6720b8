import InvolveCore

/// What every report format needs besides the outcomes: the assessment date, the failure
/// policy (JUnit failures and SARIF results depend on it), colour, whether one file was
/// named (text and JSON then print the single-project document, exactly as `involve assess
/// FILE` always has), and how much of each project the text and Markdown reports show.
public struct ReportSettings: Sendable {
    public var asOf: CalendarDate
    public var policy: FailurePolicy
    public var style: TextStyle
    public var singleFile: Bool
    /// `--detail`; nil for the default, which depends on `singleFile` (see `effectiveDetail`).
    public var detail: ReportDetail?
    /// The `--policy` file as given, if any: the brief report's "full rationale" command names
    /// it so that running that command gives the same assessment.
    public var policyFile: String?
    /// How SARIF, Code Quality and GitHub annotations name files: relative to the repository
    /// root (`--base-dir`, by default the working directory).
    public var paths: ArtifactPaths
    /// The least severe finding SARIF, Code Quality and GitHub annotations list
    /// (`--min-severity`); the others are counted, not listed.
    public var minimumSeverity: Severity
    /// True when the run compares against a baseline (`--baseline`): SARIF then gives each
    /// result's `baselineState`.
    public var baselineGiven = false

    public init(asOf: CalendarDate, policy: FailurePolicy = .standard, style: TextStyle = .plain, singleFile: Bool = false,
                detail: ReportDetail? = nil, policyFile: String? = nil, paths: ArtifactPaths = .asGiven,
                minimumSeverity: Severity = .info) {
        self.asOf = asOf
        self.policy = policy
        self.style = style
        self.singleFile = singleFile
        self.detail = detail
        self.policyFile = policyFile
        self.paths = paths
        self.minimumSeverity = minimumSeverity
    }

    /// Full for one file named (the report people read), brief for several files or a folder
    /// (a CI log, where thousands of full reports would bury what needs doing).
    public var effectiveDetail: ReportDetail { detail ?? (singleFile ? .full : .brief) }
}

/// How much of each project the text and Markdown reports show (`--detail`).
public enum ReportDetail: String, CaseIterable, Sendable {
    /// A few lines a CI log reader can act on: verdict, route, Gunning, findings, the number of
    /// open questions, and the command that prints the full report.
    case brief
    /// The whole report: what to do first, open questions, route, who must be involved,
    /// fairness, findings, waivers and the rationale trail with its sources.
    case full
}

/// One output format, written as files are assessed so that a run over thousands of files
/// keeps only small per-file notes (models: SwiftLint's reporters, Periphery's formatters).
/// Each call appends the next part of the document to a byte buffer that the caller empties
/// as it likes; `begin`, every `add` and `finish` together make the document. Writers are
/// values with no I/O: same calls, same bytes.
public protocol ReportWriter {
    mutating func begin(_ output: inout ReportBuffer)
    mutating func add(_ outcome: FileOutcome, _ output: inout ReportBuffer)
    mutating func finish(_ summary: RunSummary, _ output: inout ReportBuffer)
    /// Warnings about the document once finished, for standard error: what a system reading it
    /// will do that the user should know (GitHub's limit on SARIF results, a summary cut short).
    var warnings: [String] { get }
    /// True when the document's first bytes depend on the whole run (JUnit's totals on the
    /// root element): they come from `preamble` after `finish`, and go before everything else.
    var hasPreamble: Bool { get }
    mutating func preamble(_ summary: RunSummary) -> [UInt8]
    /// True when the document prints each project's rationale trail (or anything read from it):
    /// when no report of a run does, the assessments skip composing it (`AssessmentOptions.keepsTrail`).
    var printsTrail: Bool { get }
}

extension ReportWriter {
    public var warnings: [String] { [] }
    public var hasPreamble: Bool { false }
    public var printsTrail: Bool { true }
    public mutating func preamble(_ summary: RunSummary) -> [UInt8] { [] }

    /// The whole document for outcomes already in hand (tests, library callers).
    public mutating func render(_ outcomes: [FileOutcome], policy: FailurePolicy) -> String {
        var summary = RunSummary(policy: policy)
        var output = ReportBuffer()
        begin(&output)
        for outcome in outcomes {
            summary.add(outcome)
            add(outcome, &output)
        }
        finish(summary, &output)
        return String(decoding: preamble(summary), as: UTF8.self) + output.text
    }
}

/// A writer whose parts are easiest to build as strings (text, XML, Markdown).
protocol TextReportWriter: ReportWriter {
    mutating func beginText() -> String
    mutating func addText(_ outcome: FileOutcome) -> String
    mutating func finishText(_ summary: RunSummary) -> String
}

extension TextReportWriter {
    public mutating func begin(_ output: inout ReportBuffer) { output.append(beginText()) }
    public mutating func add(_ outcome: FileOutcome, _ output: inout ReportBuffer) { output.append(addText(outcome)) }
    public mutating func finish(_ summary: RunSummary, _ output: inout ReportBuffer) { output.append(finishText(summary)) }
}

/// The formats of `involve assess --format`.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text
    case json
    case junit
    case sarif
    case markdown
    /// One self-contained page: the assessment as a board paper (AssessmentHTML).
    case html
    /// GitLab Code Quality (docs/pipelines.md).
    case codequality
    /// GitHub Actions workflow commands (annotations), with a job summary beside them.
    case github

    public func writer(_ settings: ReportSettings) -> any ReportWriter {
        switch self {
        case .text: return TextReport(settings)
        case .json: return settings.singleFile ? SingleJSONReport() as any ReportWriter : JSONSetReport(settings)
        case .junit: return JUnitReport(settings)
        case .sarif: return SARIFReport(settings)
        case .markdown: return MarkdownReport(settings)
        case .html: return HTMLReport(settings)
        case .codequality: return CodeQualityReport(settings)
        case .github: return GitHubReport(settings)
        }
    }

    /// The formats that list problems for a code-review system, where `--min-severity` and
    /// `--base-dir` apply; the others are always complete and name files as given.
    public var listsProblems: Bool {
        switch self {
        case .sarif, .codequality, .github: return true
        case .text, .json, .junit, .markdown, .html: return false
        }
    }

    /// Renders outcomes in this format in one go.
    public func render(_ outcomes: [FileOutcome], settings: ReportSettings) -> String {
        var writer = self.writer(settings)
        return writer.render(outcomes, policy: settings.policy)
    }
}

extension WaiverReview {
    /// Findings in the order people read them: open findings, most severe first, then waived
    /// ones in the same order; ties keep the assessment's order.
    /// Gathered group by group (a stable sort on six keys): each finding's group is found once.
    var forReading: [ReviewedFinding] {
        let groups = findings.map(Self.readingGroup)
        var ordered: [ReviewedFinding] = []
        ordered.reserveCapacity(findings.count)
        for group in 0..<6 {
            for index in findings.indices where groups[index] == group { ordered.append(findings[index]) }
        }
        return ordered
    }

    /// 0 to 2 for open errors, warnings and info; 3 to 5 for waived ones.
    private static func readingGroup(_ reviewed: ReviewedFinding) -> Int {
        let bySeverity = switch reviewed.finding.severity {
        case .error: 0
        case .warning: 1
        case .info: 2
        }
        return (reviewed.isWaived ? 3 : 0) + bySeverity
    }
}

/// Plural helper shared by the writers: "1 finding", "2 findings".
func counted(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
    "\(count) " + (count == 1 ? singular : plural ?? singular + "s")
}

/// The verdict in a few words, for tables and summaries: "applies", "likely applies".
func verdictLabel(_ verdict: DutyVerdict) -> String {
    verdict.rawValue.replacingOccurrences("-", " ")
}

extension String {
    /// Foundation-free replacement of every occurrence.
    func replacingOccurrences(_ target: Character, _ replacement: String) -> String {
        if target.isASCII, let byte = target.asciiValue, !utf8.contains(byte) { return self }
        var result = ""
        result.reserveCapacity(utf8.count)
        for character in self {
            if character == target { result += replacement } else { result.append(character) }
        }
        return result
    }
}
