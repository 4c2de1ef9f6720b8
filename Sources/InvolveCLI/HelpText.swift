import InvolveCore

/// Help for each command. Kept together so the wording stays consistent.
enum HelpText {
    static let commands = ["assess", "rules", "explain", "help", "version"]

    static let overview = """
        involve \(ToolVersion.current): does the NHS duty to involve the public apply, and why?

        Usage:
          involve assess FILE [--format text|json] [--as-of YYYY-MM-DD]
          involve rules [--format text|json]
          involve explain RULE
          involve help [COMMAND]
          involve version

        Commands:
          assess    Assess a project file: the three-step test, who must be involved, findings,
                    and the rationale trail citing the law and guidance. FILE may be - for stdin.
          rules     List every rule with its id, title and source.
          explain   Print one rule in full, with its sources.

        Exit codes: 0 assessed; 1 findings at the --fail-on threshold; 2 usage or input error.
        Documentation: README.md and docs/ in the source repository.

        """

    static let assess = """
        Usage: involve assess FILE [--format text|json] [--as-of YYYY-MM-DD]

        Assesses one project file (JSON; see docs/project-file.md) and prints the verdict on
        whether the statutory duty to involve applies, what to do first, who must be involved,
        findings and the rationale trail.

        Options:
          --format text|json   Output format (default text). JSON is described in docs/output-json.md.
          --as-of DATE         The date to assess as of (default: today). Give it for reproducible output.

        Exit codes: 0 assessed (whatever the verdict); 2 the file is missing or not a valid project file.

        """

    static let rules = """
        Usage: involve rules [--format text|json]

        Lists every rule the assessor can cite: its stable id, title, and main source.
        Rules marked (inferred) are the project's reading of the law rather than text in a source.

        """

    static let explain = """
        Usage: involve explain RULE

        Prints one rule in full: the question it answers, how it decides, and its sources with
        quotes and line numbers. Example: involve explain duty-step-3-impact

        """

    static func forCommand(_ command: String) -> String? {
        switch command {
        case "assess": return assess
        case "rules": return rules
        case "explain": return explain
        default: return nil
        }
    }

    static func suggestion(for command: String) -> String {
        Suggestions.nearest(to: command, among: commands).map { "; did you mean '\($0)'?" } ?? ""
    }
}
