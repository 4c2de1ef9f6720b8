import Foundation
import InvolveCore
import InvolveFormats

/// Reading `involve assess`'s options: each value checked, with a suggestion for a misspelling,
/// before anything is opened or assessed.
extension AssessCommand {
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
    static func readBaseline(_ path: String) throws(UsageError) -> Baseline {
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
    static func artifactPaths(_ baseDirectory: String?) throws(UsageError) -> ArtifactPaths {
        if let baseDirectory, !InputDiscovery.isDirectory(baseDirectory) {
            throw UsageError("--base-dir \(baseDirectory) is not a directory; give the repository root")
        }
        return ArtifactPaths(workingDirectory: FileManager.default.currentDirectoryPath, baseDirectory: baseDirectory)
    }


    static func parseFormat(_ value: String?) throws(UsageError) -> ReportFormat {
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
    static func parseDetail(_ value: String?, formats: [ReportFormat]) throws(UsageError) -> ReportDetail? {
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
    static func parseMinimumSeverity(_ value: String?, formats: [ReportFormat]) throws(UsageError) -> Severity {
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

    static func parseFailOn(_ value: String?) throws(UsageError) -> Severity? {
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
