import InvolveCore

/// Help for each command. Kept together so the wording stays consistent.
enum HelpText {
    static let commands = ["assess", "rules", "explain", "validate", "schema", "init", "record", "report", "verify", "completions", "man",
                           "help", "version"]

    static let overview = """
        involve \(ToolVersion.current): does the NHS duty to involve the public apply, and why?

        Usage:
          involve assess PATH... [--format F] [--detail brief|full] [--output FILE] [--report F=FILE]...
                         [--as-of YYYY-MM-DD] [--fail-on LEVEL] [--policy FILE] [--quiet] [--color WHEN]
          involve rules [--format text|json]
          involve explain RULE
          involve validate FILE|DIR|- ...
          involve schema
          involve init [FILE] [--force] [--interactive]
          involve record FILE --out DIR [--as-of YYYY-MM-DD] [--force]
          involve report DIR --from YYYY-MM-DD --to YYYY-MM-DD [--format markdown|html|docx] [--output FILE]
                         [--appendix none|summary|full] [--organisation NAME]
          involve verify DIR [--projects DIR]
          involve completions bash|zsh|fish
          involve man
          involve help [COMMAND]
          involve version            (also --version, -V)

        Commands:
          assess    Assess project files: the three-step test, who must be involved, findings,
                    and the rationale trail citing the law and guidance. PATH may be a file, a
                    directory (searched for *.json) or - for stdin.
          rules     List every rule with its id, title and source.
          explain   Print one rule in full, with its sources.
          validate  Check project files are well formed and every value is allowed, without assessing.
          schema    Print the JSON Schema of the project file.
          init      Write a starter project file with every field shown.
          record    Assess a project file and keep the result, with the human decision, as a decision
                    record (JSON and Markdown) in DIR. Records are never overwritten without --force.
          report    Build the annual report section on how the duty to involve was discharged from
                    the decision records in DIR, as Markdown, self-contained HTML or Word (docx).
          verify    Check that the decision records in DIR are as written, and with --projects
                    that each project file is still the one recorded.
          completions  Print shell completion for bash, zsh or fish.
          man       Print the manual page (roff), built from this help.

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
          --format FORMAT       text (default), json, junit, sarif, markdown, html (one
                                self-contained page that prints on A4), codequality (GitLab
                                Code Quality) or github (GitHub Actions annotations). With one
                                file, text and json print that project's report; with several
                                files or a directory, json is one involve.assessment-set document
                                (docs/output-json.md). See docs/pipelines.md. docx: one project
                                file's assessment as a Word document (needs --output FILE.docx;
                                docs/records.md).
          --report FORMAT=FILE  Also write a report in FORMAT to FILE, from the same assessments;
                                repeat for more (--report sarif=involve.sarif --report junit=j.xml).
          --detail brief|full   How much of each project text and markdown show. full: the whole
                                report with the rationale trail and its sources (the default for
                                one file). brief: the verdict, route, Gunning principles, every
                                finding with its rule and line, the number of open questions, and
                                the command that prints the full report (the default for several
                                files or a directory). Not accepted without text or markdown:
                                the other formats are always complete.
          --output FILE         Write the report to FILE (replaced atomically) instead of stdout.
          --base-dir DIR        The repository root that sarif, codequality and github name files
                                relative to (default: the current directory).
          --min-severity LEVEL  info (default), warning or error: the least severe finding sarif,
                                codequality and github list (the others are counted).
          --summary FILE        With github: append the job summary to FILE (default:
                                $GITHUB_STEP_SUMMARY when set).
          --baseline FILE       Findings FILE already lists are reported but do not fail the run
                                (SARIF marks them unchanged): fail only on new findings.
          --write-baseline FILE Write the run's open findings to FILE, for later --baseline runs.
          --quiet               No "wrote" or result line on stderr (errors and warnings still).
          --color WHEN          auto (default: on a terminal, unless NO_COLOR is set), always or never.
          --as-of DATE          The date to assess as of (default: today). Give it for reproducible
                                output; waivers that expired before it no longer apply.
          --fail-on LEVEL       error (default), warning, or none: exit 1 when a finding at or above
                                LEVEL is not covered by a waiver.
          --fail-on-undetermined
                                Also exit 1 when a verdict is undetermined (facts are missing).
          --policy FILE         The organisation's policy file (local good practice such as the 12-week
                                consultation norm; docs/route-and-fairness.md). Default: involve-policy.json
                                in the current directory if there is one, else the built-in involve-default.
          --ask                 At a terminal, with one file: ask its open questions (those that could
                                change the verdict or route first), write each answer into the file
                                (atomically, the rest kept as it was), and ask what the answers bring
                                up. Enter means "don't know" and leaves the question open.

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

    static let validate = """
        Usage: involve validate FILE|DIR|- ...

        Checks project files without assessing them: JSON syntax, every key known, every value of
        the right type and allowed. Prints "FILE: ok" for each valid file on standard output, and
        every problem (file:line:column: error: $.path: …) on standard error, then a summary.

        A directory is searched for *.json files (sorted, in subfolders too), skipping hidden files
        and folders, folders named policy, files named involve-policy.json and decision records.
        - reads standard input.

        Exit codes: 0 every file is valid; 2 a file is missing, unreadable or not a valid project file.

        """

    static let schema = """
        Usage: involve schema

        Prints the JSON Schema (draft 2020-12) of the project file, for editors and for systems that
        generate project files. The same text is schema/project.schema.json in the source repository.
        involve checks a little more than the schema can say: that dates exist (2026-02-30 does not)
        and that no key is given twice.

        """

    static let initCommand = """
        Usage: involve init [FILE] [--force] [--interactive]

        Writes a starter project file with every field shown: facts not yet known are null (not
        stated), and "REPLACE WITH …" placeholders mark what must be filled in: validate refuses
        them until they are replaced. Without FILE (or with -) it prints to standard output.

        Options:
          --force        Replace FILE if it exists (otherwise init refuses and exits 2).
          --interactive  At a terminal, ask every fact that decides the verdict, the route and
                         the plan (the organisation, services, activity, changes with the people
                         affected and extra travel, impact, affected groups, approach and dates);
                         Enter means "don't know" and leaves the fact not stated.

        """

    static let record = """
        Usage: involve record FILE --out DIR [--as-of YYYY-MM-DD] [--force]

        Assesses one project file and writes its decision record to DIR (created if missing):
          DIR/<record id>.json   for involve report and other programs (docs/records.md)
          DIR/<record id>.md     for people
        The record id is the project id, a short hash of it and the as-of date, for example
        nfd-2025-001-359752a6-2025-04-08 (the hash keeps apart ids that clean to the same text).
        The record holds the verdict, findings, the full rationale trail, the human decision from
        the project file's "decision" section, the tool and rulebook versions, and the SHA-256 of
        the project file's bytes. The same file and --as-of date always give the same bytes.

        Options:
          --out DIR        Where to write the record (required).
          --as-of DATE     The date to assess as of (default: today). Give it for reproducible records.
          --force          Replace an existing record with the same id. Without it an existing
                           record is never overwritten: the command stops with exit code 2.

        Exit codes: 0 recorded; 2 the file is not a valid project file, the record exists, or it
        cannot be written.

        """

    static let report = """
        Usage: involve report DIR --from YYYY-MM-DD --to YYYY-MM-DD [--format markdown|html|docx]
                              [--output FILE] [--appendix none|summary|full] [--organisation NAME]

        Reads every decision record (*.json) directly in DIR and writes the annual report section
        on how the organisation discharged its duty to involve: figures (what was done beside
        the route assessed, and year on year when the period spans reporting years), a table of
        projects, a chart of the year, how affected groups were reached, departures from the
        guidance, and an appendix of the records.

        A record is in the period when its decision date (or, with no decision recorded, its
        as-of date) falls from --from to --to, both days included.

        Options:
          --from DATE, --to DATE   The reporting period (required), e.g. 2025-04-01 and 2026-03-31.
          --format FORMAT          markdown (default); html, one self-contained file (no scripts,
                                   nothing fetched, prints on A4); or docx, a Word document (needs
                                   --output FILE.docx).
          --output FILE            Write to FILE (replaced atomically) instead of standard output.
          --appendix WHICH         none: the section only; summary (default): each record in a few
                                   lines (verdict, route, what was done, decision); full: each
                                   record with its rationale trail.
          --organisation NAME      The organisation's name (default: the name in the records).

        Exit codes: 0 written; 2 a usage error, or a file in DIR that is not a valid decision record
        (each problem is listed with its file, line, column and JSON path; nothing is written).

        """

    static let verify = """
        Usage: involve verify DIR [--projects DIR]

        Checks each decision record (*.json) directly in DIR: that it is exactly as involve record
        wrote it (each record carries a SHA-256 digest of its own content, recordSHA256), and with
        --projects, that a project file with the record's project id is found under that directory
        and has the SHA-256 the record gives for its input. One line per record:

          ok       intact (and its project file is the one recorded)
          CHANGED  the record was edited after it was written
          DIFFERS  the project file has changed since the record was made
          MISSING  no project file with the record's project id was found
          INVALID  not a readable decision record (the reason is on standard error)

        Records written before records carried a digest are read, and said to be unchecked.
        Exit codes: 0 all ok; 1 any changed, differing or missing; 2 usage or unreadable input.

        """

    static let version = """
        Usage: involve version   (also involve --version, involve -V)

        Prints the version of involve and of its rulebook (the rules and their sources).

        """

    static let completions = """
        Usage: involve completions bash|zsh|fish

        Prints shell completion for involve: commands, options, the formats and other fixed
        values, and rule ids for explain. scripts/install.sh installs it for all three shells. By hand:
          bash: involve completions bash > ~/.local/share/bash-completion/completions/involve
          zsh:  involve completions zsh > "${fpath[1]}/_involve"
          fish: involve completions fish > ~/.config/fish/completions/involve.fish

        """

    static let man = """
        Usage: involve man

        Prints the manual page in roff, built from the same text as involve help. View it with
        involve man | man -l -   (scripts/install.sh installs it as involve(1)).

        """

    static func forCommand(_ command: String) -> String? {
        switch command {
        case "assess": return assess
        case "record": return record
        case "report": return report
        case "verify": return verify
        case "rules": return rules
        case "explain": return explain
        case "validate": return validate
        case "schema": return schema
        case "init": return initCommand
        case "completions": return completions
        case "man": return man
        case "help": return overview
        case "version": return version
        default: return nil
        }
    }

    static func suggestion(for command: String) -> String {
        Suggestions.nearest(to: command, among: commands).map { "; did you mean '\($0)'?" } ?? ""
    }
}
