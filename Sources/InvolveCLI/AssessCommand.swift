import Foundation
import InvolveCore
import InvolveFormats

/// `involve assess PATH... [--format F] [--detail brief|full] [--output FILE] [--as-of DATE]
/// [--fail-on LEVEL] [--fail-on-undetermined]`: assesses project files, directories of them, or standard input,
/// one file at a time (so memory does not grow with the number of files), and writes one
/// report. Exit codes: 0 nothing at the threshold; 1 something at it; 2 usage or input
/// errors, which win over 1. A bad file is reported and the others are still assessed.
enum AssessCommand {
    static let valuedOptions: Set<String> = ["format", "detail", "output", "as-of", "fail-on", "policy", "report", "base-dir",
                                             "min-severity", "color", "summary", "baseline", "write-baseline"]
    static let flagOptions: Set<String> = ["help", "fail-on-undetermined", "quiet", "ask"]

    struct Options {
        var format: ReportFormat = .text
        /// `--detail`, or nil for the default (full for one file, brief for several).
        var detail: ReportDetail?
        var output: String?
        /// `--report FORMAT=FILE`: more reports from the same assessments.
        var reports: [AssessOutputs.Request] = []
        var asOf: CalendarDate
        var policy: FailurePolicy
        var paths: [String]
        /// One path that is a file (or `-`): text and JSON print the single-project document.
        var singleFile: Bool
        var minimumSeverity: Severity = .info
        var colour: ColourChoice = .auto
        /// `--quiet`: no "wrote" or result line on standard error; errors and warnings still.
        var quiet = false
        /// Where the GitHub job summary goes (`--summary`, else `$GITHUB_STEP_SUMMARY`).
        var summary: String?
        /// `--write-baseline FILE`: the run's open findings, for later runs' `--baseline`.
        var writeBaseline: String?

        /// Every report asked for: the main one first.
        var requests: [AssessOutputs.Request] {
            var all = [AssessOutputs.Request(format: format, path: output)] + reports
            if let summary, all.contains(where: { $0.format == .github }) {
                all.append(AssessOutputs.Request(format: .github, path: summary, appends: true))
            }
            if let writeBaseline { all.append(AssessOutputs.Request(format: .json, path: writeBaseline, baseline: true)) }
            return all
        }
    }

    static func run(_ arguments: [String], _ context: CommandContext) throws -> ExitCode {
        let parsed = try Arguments(arguments, valued: valuedOptions, flags: flagOptions)
        if parsed.flag("help") {
            context.console.out(HelpText.assess)
            return .success
        }
        // A Word document is one project's record, not a streamed report of many (AssessDocx).
        if parsed.value("format") == "docx" { return try AssessDocx.run(parsed, context) }
        let options = try parseOptions(parsed, environment: context.environment)
        if parsed.flag("ask") {
            guard options.singleFile, let file = options.paths.first else { throw UsageError("--ask walks one file's open questions; name one file") }
            guard case .success(let policy) = PolicyOption.resolve(parsed.value("policy"), context.console) else { return .usageOrInputError }
            return try AskCommand.run(file: file, options: AssessmentOptions(asOf: options.asOf, policy: policy), context)
        }
        let arguments = try InputDiscovery.expand(options.paths)
        let paths = try artifactPaths(parsed.value("base-dir"))
        try AssessOutputs.checkDistinct(options.requests, paths)

        let baseline = try parsed.value("baseline").map(readBaseline)
        var settings = ReportSettings(asOf: options.asOf, policy: options.policy, singleFile: options.singleFile,
                                      detail: options.detail, policyFile: parsed.value("policy"), paths: paths,
                                      minimumSeverity: options.minimumSeverity)
        settings.baselineGiven = baseline != nil
        let outputs = try AssessOutputs(options.requests, settings: settings, colour: options.colour.enabled(context),
                                        width: TerminalWidth.columns(context), console: context.console)
        var summary = RunSummary(policy: options.policy)
        let involvementPolicy: Policy
        switch PolicyOption.resolve(parsed.value("policy"), context.console) {
        case .failure(let errors):
            outputs.discard()
            AssessCommand.report(errors, context.console, singleFile: options.singleFile)
            return .usageOrInputError
        case .success(let resolved):
            involvementPolicy = resolved
        }
        let assessmentOptions = AssessmentOptions(asOf: options.asOf, policy: involvementPolicy, keepsTrail: outputs.printTrail)

        outputs.begin()
        // Neither the reports nor the baseline are project files, wherever they sit.
        let excluded = options.requests.compactMap(\.path) + [parsed.value("baseline")].compactMap { $0 }
        let inputs = ProjectInputs(arguments, rules: .assess(excluding: excluded), console: context.console)
        for input in inputs {
            var outcome = assess(input, assessmentOptions)
            if let baseline, case .assessed(var report) = outcome {
                baseline.mark(&report, paths: paths)
                outcome = .assessed(report)
            }
            if case .invalid(_, let errors) = outcome {
                report(errors, context.console, singleFile: options.singleFile)
            }
            summary.add(outcome)
            outputs.add(outcome)
        }
        try outputs.finish(summary)

        for warning in outputs.warnings { context.console.error("involve: warning: " + warning) }
        if !options.quiet { announce(summary, files: outputs.files, context.console) }
        switch summary.result {
        case .passed: return .success
        case .failed: return .findingsAtThreshold
        case .inputErrors: return .usageOrInputError
        }
    }

    private static func assess(_ input: ProjectInputs.Item, _ options: AssessmentOptions) -> FileOutcome {
        switch input {
        case .folderProblem(let folder, let errors):
            return .invalid(file: folder, errors: errors)
        case .file(let name, let content):
            switch content {
            case .failure(let errors): return .invalid(file: name, errors: errors)
            case .success(let bytes):
                switch ProjectLoader.load(bytes, file: name) {
                case .failure(let errors): return .invalid(file: name, errors: errors)
                case .success(let project):
                    var report = ProjectReport.assess(project, file: name, options: options)
                    report.source = bytes
                    return .assessed(report)
                }
            }
        }
    }

    static func report(_ errors: InputErrors, _ console: Console, singleFile: Bool = true) {
        for diagnostic in errors.diagnostics { console.error(diagnostic.rendered) }
        let count = errors.diagnostics.count
        let file = errors.diagnostics.first?.file ?? "input"
        console.error("\(count) error\(count == 1 ? "" : "s") in \(file); "
                      + (singleFile ? "nothing was assessed." : "it was not assessed; the other files were."))
    }

    /// One line on standard error when the run fails, or when reports went to files, so that
    /// a CI log says why the job is red without opening the report.
    private static func announce(_ summary: RunSummary, files: [String], _ console: Console) {
        let result = SummaryLine.text(summary)
        if !files.isEmpty {
            console.error("involve: wrote \(files.joined(separator: ", ")): \(result)")
        } else if summary.result == .failed {
            console.error("involve: \(result)")
        }
    }
}

/// The `--as-of` date: "today" for the assessment, so that results are reproducible.
enum AsOfDate {
    static func parse(_ value: String?) throws(UsageError) -> CalendarDate {
        guard let value else { return today() }
        guard let date = CalendarDate(iso: value) else {
            throw UsageError("--as-of must be a real date written YYYY-MM-DD, got '\(value)'")
        }
        guard date.isSupported else {
            throw UsageError("--as-of \(value) is outside the dates involve works with (\(CalendarDate.supportedRangeText))")
        }
        return date
    }

    /// Today's date where the tool runs. Output says which date was used.
    static func today() -> CalendarDate {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone.current, from: Date())
        return CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? CalendarDate(dayNumber: 0)
    }
}
