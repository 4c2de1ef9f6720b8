import InvolveCore
import InvolveFormats

/// The commands and their options as the help text states them, for shell completion and the
/// man page: both are generated from `HelpText`, so they cannot drift from what `--help` says.
enum HelpCatalog {
    struct Command {
        let name: String
        let help: String
        /// Every `--option` the help names, in order, without repeats.
        let options: [String]
    }

    static let commands: [Command] = HelpText.commands.compactMap { name in
        HelpText.forCommand(name).map { Command(name: name, help: $0, options: options(in: $0)) }
    }

    /// The `--name` words of a help text (letters, digits and dashes after two dashes).
    static func options(in help: String) -> [String] {
        var found: [String] = []
        var rest = Substring(help)
        while let range = rest.range(of: "--") {
            let name = rest[range.upperBound...].prefix { $0.isLetter || $0.isNumber || $0 == "-" }
            if let first = name.first, first.isLetter, !found.contains("--" + name) { found.append("--" + String(name)) }
            rest = rest[range.upperBound...]
        }
        return found
    }

    /// The values an option takes, where they are a fixed list.
    static func values(of option: String, in command: String) -> [String] {
        switch (command, option) {
        case ("assess", "--format"): return ReportFormat.allCases.map(\.rawValue)
        case ("assess", "--report"): return ReportFormat.allCases.map { $0.rawValue + "=" }
        case ("assess", "--detail"): return ReportDetail.allCases.map(\.rawValue)
        case ("assess", "--fail-on"): return ["error", "warning", "none"]
        case ("assess", "--min-severity"): return ["info", "warning", "error"]
        case ("assess", "--color"): return ColourChoice.allCases.map(\.rawValue)
        case ("rules", "--format"): return ["text", "json"]
        case ("report", "--format"): return ["markdown", "html"]
        default: return []
        }
    }

    /// What a command's arguments are, when not files: command names for `help`, shells for
    /// `completions`, rule ids for `explain`.
    static func arguments(of command: String) -> [String]? {
        switch command {
        case "help": return HelpText.commands
        case "completions": return Shell.allCases.map(\.rawValue)
        case "explain": return Rulebook.all.map(\.id)
        default: return nil
        }
    }

    /// Options that take no value (the flags), which completion must not follow with a file.
    static let flags: Set<String> = ["--help", "--fail-on-undetermined", "--quiet", "--force", "--interactive"]
}

/// The shells `involve completions` writes scripts for.
enum Shell: String, CaseIterable {
    case bash
    case zsh
    case fish
}
