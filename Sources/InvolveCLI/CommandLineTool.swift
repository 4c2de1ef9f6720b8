import InvolveCore

/// Entry point of the `involve` command: picks the subcommand and turns every error into a
/// message on standard error and an exit code. Nothing a user types reaches a crash.
public enum CommandLineTool {
    public static func run(arguments: [String], environment: [String: String], console: Console = .process()) -> Int32 {
        guard let command = arguments.first else {
            console.error(HelpText.overview)
            return ExitCode.usageOrInputError.rawValue
        }
        let rest = Array(arguments.dropFirst())
        let context = CommandContext(console: console, environment: environment)
        do {
            switch command {
            case "assess": return try AssessCommand.run(rest, context).rawValue
            case "rules": return try RulesCommand.list(rest, context).rawValue
            case "explain": return try RulesCommand.explain(rest, context).rawValue
            case "validate": return try ValidateCommand.run(rest, context).rawValue
            case "schema": return try SchemaCommand.run(rest, context).rawValue
            case "init": return try InitCommand.run(rest, context).rawValue
            case "record": return try RecordCommand.run(rest, context).rawValue
            case "report": return try ReportCommand.run(rest, context).rawValue
            case "verify": return try VerifyCommand.run(rest, context).rawValue
            case "help", "--help", "-h":
                guard let topic = rest.first else {
                    console.out(HelpText.overview)
                    return ExitCode.success.rawValue
                }
                // An unknown topic is a mistake, not a request for the overview: a script that
                // asks for help on a misspelt command should not carry on as if it got it.
                guard let help = HelpText.forCommand(topic) else {
                    throw UsageError("no help on '\(topic)'" + HelpText.suggestion(for: topic)
                                     + "; topics: " + HelpText.commands.joined(separator: ", "))
                }
                console.out(help)
                return ExitCode.success.rawValue
            case "completions":
                let shell = try Arguments(rest, valued: [], flags: ["help"])
                guard let name = shell.positionals.first, shell.positionals.count == 1, let chosen = Shell(rawValue: name) else {
                    throw UsageError("completions needs one shell: " + Shell.allCases.map(\.rawValue).joined(separator: ", "))
                }
                console.out(CompletionScripts.script(chosen))
                return ExitCode.success.rawValue
            case "man":
                _ = try Arguments(rest, valued: [], flags: [])
                console.out(ManPage.roff())
                return ExitCode.success.rawValue
            case "version", "--version", "-V":
                console.out("involve \(ToolVersion.current) (rulebook \(Rulebook.version))\n")
                return ExitCode.success.rawValue
            default:
                throw UsageError("unknown command '\(command)'" + HelpText.suggestion(for: command))
            }
        } catch let error as UsageError {
            console.error("involve: \(error.message)\nRun 'involve help' for usage.")
            return ExitCode.usageOrInputError.rawValue
        } catch {
            console.error("involve: \(error)")
            return ExitCode.usageOrInputError.rawValue
        }
    }
}

/// What every command needs from its surroundings.
struct CommandContext {
    let console: Console
    let environment: [String: String]

    /// Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org).
    var colourAllowed: Bool {
        console.standardOutputIsTerminal && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
    }
}
