import InvolveCore
import InvolveFormats

/// `involve rules [--format text|json]` and `involve explain RULE`.
enum RulesCommand {
    static func list(_ arguments: [String], _ context: CommandContext) throws -> ExitCode {
        let parsed = try Arguments(arguments, valued: ["format"], flags: ["help"])
        if parsed.flag("help") { context.console.out(HelpText.rules); return .success }
        if let extra = parsed.positionals.first { throw UsageError("rules takes no arguments; got '\(extra)'") }
        switch parsed.value("format") ?? "text" {
        case "text": context.console.out(RulesText.list(Rulebook.all))
        case "json": context.console.out(RulesText.json(Rulebook.all))
        case let other: throw UsageError("unknown format '\(other)'; expected one of: text, json")
        }
        return .success
    }

    static func explain(_ arguments: [String], _ context: CommandContext) throws -> ExitCode {
        let parsed = try Arguments(arguments, valued: [], flags: ["help"])
        if parsed.flag("help") { context.console.out(HelpText.explain); return .success }
        guard parsed.positionals.count == 1, let id = parsed.positionals.first else {
            throw UsageError("explain takes one rule id, for example: involve explain duty-step-3-impact")
        }
        guard let rule = Rulebook.rule(id: id) else {
            let hint = Suggestions.nearest(to: id, among: Rulebook.all.map(\.id)).map { "; did you mean '\($0)'?" } ?? "."
            throw UsageError("no rule '\(id)'\(hint) Run 'involve rules' for the list.")
        }
        context.console.out(RulesText.explain(rule))
        return .success
    }
}
