import InvolveCore

/// Help for each command. Kept together so the wording stays consistent.
enum HelpText {
    static let commands = ["assess", "rules", "explain", "help", "version"]

    static let overview = """
        involve \(ToolVersion.current): does the NHS duty to involve the public apply, and why?

        Usage:
          involve assess PATH... [--format F] [--output FILE] [--as-of YYYY-MM-DD] [--fail-on LEVEL]
          involve rules [--format text|json]
          involve explain RULE
          involve help [COMMAND]
          involve version

        Commands:
          assess    Assess project files: the three-step test, who must be involved, findings,
                    and the rationale trail citing the law and guidance. PATH may be a file, a
                    directory (searched for *.json) or - for stdin.
          rules     List every rule with its id, title and source.
          explain   Print one rule in full, with its sources.

        Exit codes: 0 assessed; 1 findings at the --fail-on threshold; 2 usage or input error.
        Documentation: README.md and docs/ in the source repository.

        """

    static let assess = """
        Usage: involve assess PATH... [options]

        Assesses project files (JSON; see docs/project-file.md) and reports, for each, whether
        the statutory duty to involve applies, what to do first, who must be involved, findings
        and the rationale trail. PATH may be a file, a directory (searched recursively for
        *.json, sorted; policy files named involve-policy.json, anything under a directory named
        policy, and hidden files are skipped) or - for standard input. A file that is not valid
        is reported and the others are still assessed.

        Options:
          --format FORMAT       text (default), json, junit, sarif or markdown. With one file, text
                                and json print that project's report; with several files or a
                                directory, json is one involve.assessment-set document
                                (docs/output-json.md). See docs/pipelines.md.
          --output FILE         Write the report to FILE (replaced atomically) instead of stdout.
          --as-of DATE          The date to assess as of (default: today). Give it for reproducible
                                output; waivers that expired before it no longer apply.
          --fail-on LEVEL       error (default), warning, or none: exit 1 when a finding at or above
                                LEVEL is not covered by a waiver.
          --fail-on-undetermined
                                Also exit 1 when a verdict is undetermined (facts are missing).

        Exit codes: 0 nothing at or above the threshold (whatever the verdicts: "the duty applies"
        is an answer, not a failure); 1 a finding at or above --fail-on, or an undetermined verdict
        with --fail-on-undetermined; 2 usage or input errors (these win over 1).

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
