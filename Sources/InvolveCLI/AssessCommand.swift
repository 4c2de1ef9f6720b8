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
    static let flagOptions: Set<String> = ["help", "fail-on-undetermined", "quiet"]

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
        let options = try parseOptions(parsed, environment: context.environment)
        let arguments = try InputDiscovery.expand(options.paths)
        let paths = try artifactPaths(parsed.value("base-dir"))
        try AssessOutputs.checkDistinct(options.requests, paths)

        let baseline = try parsed.value("baseline").map(readBaseline)
        var settings = ReportSettings(asOf: options.asOf, policy: options.policy, singleFile: options.singleFile,
                                      detail: options.detail, policyFile: parsed.value("policy"), paths: paths,
                                      minimumSeverity: options.minimumSeverity)
        settings.baselineGiven = baseline != nil
        let outputs = try AssessOutputs(options.requests, settings: settings, colour: options.colour.enabled(context),
                                        console: context.console)
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
        let assessmentOptions = AssessmentOptions(asOf: options.asOf, policy: involvementPolicy)

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

    static func parseOptions(_ parsed: Arguments, environment: [String: String] = [:]) throws(UsageError) -> Options {
        let format = try parseFormat(parsed.value("format"))
        let reports = try AssessOutputs.parseReports(parsed.allValues("report"))
        let detail = try parseDetail(parsed.value("detail"), formats: [format] + reports.map(\.format))
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
        var options = Options(format: format, detail: detail, output: parsed.value("output"), reports: reports, asOf: asOf,
                              policy: FailurePolicy(failOn: failOn, failOnUndetermined: parsed.flag("fail-on-undetermined")),
                              paths: paths, singleFile: single)
        options.minimumSeverity = try parseMinimumSeverity(parsed.value("min-severity"), formats: [format] + reports.map(\.format))
        options.colour = try ColourChoice.parse(parsed.value("color"))
        options.quiet = parsed.flag("quiet")
        if let writeBaseline = parsed.value("write-baseline") {
            guard !writeBaseline.isEmpty, writeBaseline != "-" else { throw UsageError("--write-baseline needs a file name") }
            options.writeBaseline = writeBaseline
        }
        if let summary = parsed.value("summary") {
            guard !summary.isEmpty else { throw UsageError("--summary needs a file name") }
            guard options.requests.contains(where: { $0.format == .github }) else {
                throw UsageError("--summary is the job summary of --format github; ask for that format too")
            }
            options.summary = summary
        } else if let step = environment["GITHUB_STEP_SUMMARY"], !step.isEmpty {
            options.summary = step
        }
        return options
    }

    /// `--baseline FILE`: a file written by `--write-baseline`. One that cannot be read or is
    /// not a baseline stops the run (exit 2) before anything is assessed: without it every old
    /// finding would fail the run, which is not what the pipeline asked for.
    private static func readBaseline(_ path: String) throws(UsageError) -> Baseline {
        guard case .bytes(let bytes) = FileReader.contents(atPath: path, limit: 256 << 20) else {
            throw UsageError("--baseline \(path): cannot be read (missing, a directory, or unreadable); "
                             + "write one with --write-baseline \(path)")
        }
        switch Baseline.parse(bytes, file: path) {
        case .success(let baseline): return baseline
        case .failure(let errors):
            throw UsageError("--baseline: " + errors.diagnostics.map(\.rendered).joined(separator: "\n"))
        }
    }

    /// `--base-dir` (default: the working directory), which must be a directory.
    private static func artifactPaths(_ baseDirectory: String?) throws(UsageError) -> ArtifactPaths {
        if let baseDirectory, !InputDiscovery.isDirectory(baseDirectory) {
            throw UsageError("--base-dir \(baseDirectory) is not a directory; give the repository root")
        }
        return ArtifactPaths(workingDirectory: FileManager.default.currentDirectoryPath, baseDirectory: baseDirectory)
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

    private static func parseFormat(_ value: String?) throws(UsageError) -> ReportFormat {
        guard let value else { return .text }
        guard let format = ReportFormat(rawValue: value) else {
            let hint = Suggestions.nearest(to: value, among: ReportFormat.allCases.map(\.rawValue)).map { "; did you mean '\($0)'?" } ?? "."
            throw UsageError("unknown format '\(value)'\(hint) Expected one of: " + ReportFormat.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return format
    }

    /// `--detail` shapes the text and Markdown reports only. With json, sarif or junit it is a
    /// usage error rather than ignored: those formats always carry every finding (and JSON the
    /// whole trail), and a pipeline asking for `--detail brief` there expects smaller output it
    /// would silently not get; failing fast says so while the job is being written.
    private static func parseDetail(_ value: String?, formats: [ReportFormat]) throws(UsageError) -> ReportDetail? {
        guard let value else { return nil }
        guard let detail = ReportDetail(rawValue: value) else {
            let names = ReportDetail.allCases.map(\.rawValue)
            let hint = Suggestions.nearest(to: value, among: names).map { "; did you mean '\($0)'?" } ?? "."
            throw UsageError("unknown --detail '\(value)'\(hint) Expected brief or full")
        }
        guard formats.contains(where: { $0 == .text || $0 == .markdown }) else {
            throw UsageError("--detail applies only to --format text and markdown (the other formats are always "
                             + "complete); leave it out with --format \(formats[0].rawValue)")
        }
        return detail
    }

    /// `--min-severity info|warning|error`: what SARIF, Code Quality and GitHub annotations
    /// list. Refused when no such format is asked for, as --detail is: a pipeline that asked to
    /// leave notes out of a report that always has them should hear so at once.
    private static func parseMinimumSeverity(_ value: String?, formats: [ReportFormat]) throws(UsageError) -> Severity {
        guard let value else { return .info }
        guard let severity = Severity(rawValue: value == "note" ? "info" : value) else {
            let hint = Suggestions.nearest(to: value, among: ["info", "warning", "error"]).map { "; did you mean '\($0)'?" } ?? "."
            throw UsageError("unknown --min-severity '\(value)'\(hint) Expected info (the default), warning or error")
        }
        guard formats.contains(where: \.listsProblems) else {
            throw UsageError("--min-severity applies only to sarif, codequality and github (the other formats are always "
                             + "complete); leave it out with --format \(formats[0].rawValue)")
        }
        return severity
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
