import Foundation
import InvolveCore
import InvolveFormats

/// `involve assess PATH... [--format F] [--detail brief|full] [--output FILE] [--as-of DATE]
/// [--fail-on LEVEL] [--fail-on-undetermined]`: assesses project files, directories of them, or standard input,
/// one file at a time (so memory does not grow with the number of files), and writes one
/// report. Exit codes: 0 nothing at the threshold; 1 something at it; 2 usage or input
/// errors, which win over 1. A bad file is reported and the others are still assessed.
enum AssessCommand {
    static let valuedOptions: Set<String> = ["format", "detail", "output", "as-of", "fail-on", "policy"]
    static let flagOptions: Set<String> = ["help", "fail-on-undetermined"]

    struct Options {
        var format: ReportFormat = .text
        /// `--detail`, or nil for the default (full for one file, brief for several).
        var detail: ReportDetail?
        var output: String?
        var asOf: CalendarDate
        var policy: FailurePolicy
        var paths: [String]
        /// One path that is a file (or `-`): text and JSON print the single-project document.
        var singleFile: Bool
    }

    static func run(_ arguments: [String], _ context: CommandContext) throws -> ExitCode {
        let parsed = try Arguments(arguments, valued: valuedOptions, flags: flagOptions)
        if parsed.flag("help") {
            context.console.out(HelpText.assess)
            return .success
        }
        // A Word document is one project's record, not a streamed report of many (AssessDocx).
        if parsed.value("format") == "docx" { return try AssessDocx.run(parsed, context) }
        let options = try parseOptions(parsed)
        let arguments = try InputDiscovery.expand(options.paths)

        let output = try options.output.map(ReportOutput.file) ?? ReportOutput.standardOutput(context.console)
        let colour = options.output == nil && options.format == .text && context.colourAllowed
        let settings = ReportSettings(asOf: options.asOf, policy: options.policy, style: TextStyle(enabled: colour),
                                      singleFile: options.singleFile, detail: options.detail, policyFile: parsed.value("policy"))
        var writer = options.format.writer(settings)
        var summary = RunSummary(policy: options.policy)
        let involvementPolicy: Policy
        switch PolicyOption.resolve(parsed.value("policy"), context.console) {
        case .failure(let errors):
            AssessCommand.report(errors, context.console, singleFile: options.singleFile)
            return .usageOrInputError
        case .success(let resolved):
            involvementPolicy = resolved
        }
        let assessmentOptions = AssessmentOptions(asOf: options.asOf, policy: involvementPolicy)

        var buffer = ReportBuffer()
        writer.begin(&buffer)
        let inputs = ProjectInputs(arguments, rules: .assess(excluding: options.output), console: context.console)
        for input in inputs {
            let outcome = assess(input, assessmentOptions)
            if case .invalid(_, let errors) = outcome {
                report(errors, context.console, singleFile: options.singleFile)
            }
            summary.add(outcome)
            writer.add(outcome, &buffer)
            output.drain(&buffer)
        }
        writer.finish(summary, &buffer)
        try output.commit(&buffer)

        announce(summary, output: output.path, singleFile: options.singleFile, context.console)
        switch summary.result {
        case .passed: return .success
        case .failed: return .findingsAtThreshold
        case .inputErrors: return .usageOrInputError
        }
    }

    static func parseOptions(_ parsed: Arguments) throws(UsageError) -> Options {
        let format = try parseFormat(parsed.value("format"))
        let detail = try parseDetail(parsed.value("detail"), format: format)
        let asOf = try AsOfDate.parse(parsed.value("as-of"))
        let failOn = try parseFailOn(parsed.value("fail-on"))
        let paths = parsed.positionals
        guard !paths.isEmpty else {
            throw UsageError("assess needs a project file, a directory of project files, or - for standard input")
        }
        if let output = parsed.value("output"), output.isEmpty || output == "-" {
            throw UsageError("--output needs a file name; leave it out to write to standard output")
        }
        let single = paths.count == 1 && (paths[0] == "-" || !InputDiscovery.isDirectory(paths[0]))
        return Options(format: format, detail: detail, output: parsed.value("output"), asOf: asOf,
                       policy: FailurePolicy(failOn: failOn, failOnUndetermined: parsed.flag("fail-on-undetermined")),
                       paths: paths, singleFile: single)
    }

    private static func assess(_ input: ProjectInputs.Item, _ options: AssessmentOptions) -> FileOutcome {
        switch input {
        case .folderProblem(let folder, let errors):
            return .invalid(file: folder, errors: errors)
        case .file(let name, let content):
            switch content.flatMap({ ProjectLoader.load($0, file: name) }) {
            case .failure(let errors): return .invalid(file: name, errors: errors)
            case .success(let project): return .assessed(ProjectReport.assess(project, file: name, options: options))
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

    /// One line on standard error when the run fails, or when the report went to a file, so
    /// that a CI log says why the job is red without opening the report.
    private static func announce(_ summary: RunSummary, output: String?, singleFile: Bool, _ console: Console) {
        let result = SummaryLine.text(summary)
        if let output {
            console.error("involve: wrote \(output): \(result)")
        } else if summary.result == .failed {
            console.error("involve: \(result)")
        }
    }

    private static func parseFormat(_ value: String?) throws(UsageError) -> ReportFormat {
        guard let value else { return .text }
        guard let format = ReportFormat(rawValue: value) else {
            let hint = Suggestions.nearest(to: value, among: ReportFormat.allCases.map(\.rawValue)).map { "; did you mean '\($0)'?" } ?? "."
            throw UsageError("unknown format '\(value)'\(hint) Expected one of: " + (ReportFormat.allCases.map(\.rawValue) + ["docx"]).joined(separator: ", "))
        }
        return format
    }

    /// `--detail` shapes the text and Markdown reports only. With json, sarif or junit it is a
    /// usage error rather than ignored: those formats always carry every finding (and JSON the
    /// whole trail), and a pipeline asking for `--detail brief` there expects smaller output it
    /// would silently not get; failing fast says so while the job is being written.
    private static func parseDetail(_ value: String?, format: ReportFormat) throws(UsageError) -> ReportDetail? {
        guard let value else { return nil }
        guard let detail = ReportDetail(rawValue: value) else {
            let names = ReportDetail.allCases.map(\.rawValue)
            let hint = Suggestions.nearest(to: value, among: names).map { "; did you mean '\($0)'?" } ?? "."
            throw UsageError("unknown --detail '\(value)'\(hint) Expected brief or full")
        }
        guard format == .text || format == .markdown else {
            throw UsageError("--detail applies only to --format text and markdown (json, junit and sarif are always "
                             + "complete); leave it out with --format \(format.rawValue)")
        }
        return detail
    }

    private static func parseFailOn(_ value: String?) throws(UsageError) -> Severity? {
        switch value {
        case nil, "error": return .error
        case "warning": return .warning
        case "none": return nil
        case let other?:
            let hint = Suggestions.nearest(to: other, among: ["error", "warning", "none"]).map { "; did you mean '\($0)'?" } ?? "."
            throw UsageError("unknown --fail-on level '\(other)'\(hint) Expected error (the default), warning or none")
        }
    }
}

/// The run's result in one line: "FAILED (exit 1): 2 findings at or above error in 1 project".
enum SummaryLine {
    static func text(_ summary: RunSummary) -> String {
        let files = "\(summary.files) file\(summary.files == 1 ? "" : "s")"
        switch summary.result {
        case .passed:
            return "PASSED (exit 0): \(files), nothing at or above the threshold"
        case .failed:
            return "FAILED (exit 1): \(summary.blockingFindings) finding\(summary.blockingFindings == 1 ? "" : "s") at or above "
                + "\(summary.policy.failOnName)"
                + (summary.blockingVerdicts > 0 ? " and \(summary.blockingVerdicts) undetermined verdict\(summary.blockingVerdicts == 1 ? "" : "s")" : "")
                + " in \(summary.failingProjects) of \(files)"
        case .inputErrors:
            return "INPUT ERRORS (exit 2): \(summary.invalid) of \(files) could not be assessed"
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
        return date
    }

    /// Today's date where the tool runs. Output says which date was used.
    static func today() -> CalendarDate {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone.current, from: Date())
        return CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? CalendarDate(dayNumber: 0)
    }
}
