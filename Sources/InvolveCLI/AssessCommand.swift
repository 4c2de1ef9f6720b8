import Foundation
import InvolveCore
import InvolveFormats

/// `involve assess FILE [--format text|json] [--as-of YYYY-MM-DD]`
enum AssessCommand {
    enum Format: String, CaseIterable {
        case text
        case json
    }

    static func run(_ arguments: [String], _ context: CommandContext) throws -> ExitCode {
        let parsed = try Arguments(arguments, valued: ["format", "as-of", "policy"], flags: ["help"])
        if parsed.flag("help") {
            context.console.out(HelpText.assess)
            return .success
        }
        let format = try parseFormat(parsed.value("format"))
        let asOf = try AsOfDate.parse(parsed.value("as-of"))
        guard let path = parsed.positionals.first else {
            throw UsageError("assess needs a project file (or - for standard input)")
        }
        guard parsed.positionals.count == 1 else {
            throw UsageError("assess takes one project file; got \(parsed.positionals.count)")
        }

        let policy: Policy
        switch PolicyOption.resolve(parsed.value("policy"), context.console) {
        case .failure(let errors):
            report(errors, context.console)
            return .usageOrInputError
        case .success(let resolved):
            policy = resolved
        }
        let name = InputFiles.displayName(path)
        let loaded = InputFiles.read(path, console: context.console).flatMap { ProjectLoader.load($0, file: name) }
        switch loaded {
        case .failure(let errors):
            report(errors, context.console)
            return .usageOrInputError
        case .success(let project):
            let assessment = Assessor.assess(project, options: AssessmentOptions(asOf: asOf, policy: policy))
            switch format {
            case .text: context.console.out(AssessmentText.render(assessment, file: name, style: TextStyle(enabled: context.colourAllowed)))
            case .json: context.console.out(AssessmentJSON.render(assessment, file: name))
            }
            return .success
        }
    }

    static func report(_ errors: InputErrors, _ console: Console) {
        for diagnostic in errors.diagnostics { console.error(diagnostic.rendered) }
        let count = errors.diagnostics.count
        console.error("\(count) error\(count == 1 ? "" : "s") in \(errors.diagnostics.first?.file ?? "input"); nothing was assessed.")
    }

    private static func parseFormat(_ value: String?) throws -> Format {
        guard let value else { return .text }
        guard let format = Format(rawValue: value) else {
            throw UsageError("unknown format '\(value)'; expected one of: " + Format.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return format
    }
}

/// The `--as-of` date: "today" for the assessment, so that results are reproducible.
enum AsOfDate {
    static func parse(_ value: String?) throws -> CalendarDate {
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
