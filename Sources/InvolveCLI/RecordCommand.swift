import InvolveCore
import InvolveFormats

/// `involve record FILE --out DIR [--as-of YYYY-MM-DD] [--force]`: assesses a project file and
/// writes its decision record to DIR as `<record id>.json` (for `involve report` and other
/// machines) and `<record id>.md` (for people). An existing record is never overwritten unless
/// --force is given.
enum RecordCommand {
    static func run(_ arguments: [String], _ context: CommandContext) throws -> ExitCode {
        let parsed = try Arguments(arguments, valued: ["out", "as-of", "policy"], flags: ["force", "help"])
        if parsed.flag("help") {
            context.console.out(HelpText.record)
            return .success
        }
        let asOf = try AsOfDate.parse(parsed.value("as-of"))
        guard let path = parsed.positionals.first else {
            throw UsageError("record needs a project file (or - for standard input) and --out DIR")
        }
        guard parsed.positionals.count == 1 else {
            throw UsageError("record takes one project file; got \(parsed.positionals.count)")
        }
        guard let directory = parsed.value("out"), !directory.isEmpty else {
            throw UsageError("record needs --out DIR, the directory to write the decision record to")
        }

        let name = InputFiles.displayName(path)
        guard let record = ProjectRecordMaking.record(path, policy: parsed.value("policy"), asOf: asOf, context)?.record else { return .usageOrInputError }
        let jsonPath = OutputFiles.join(directory, record.recordID + ".json")
        let markdownPath = OutputFiles.join(directory, record.recordID + ".md")
        let json = DecisionRecordJSON.renderedBytes(record)
        guard json.count <= InputFiles.maximumRecordBytes else {
            context.console.error("involve: the decision record for \(name) would be \(json.count) bytes, larger than the \(InputFiles.maximumRecordBytes)-byte limit for a record, so nothing was written; split the project into smaller ones")
            return .usageOrInputError
        }

        do throws(OutputFiles.Failure) {
            try RecordFiles.write(json: json, markdown: { DecisionRecordMarkdown.render(record) }, directory: directory,
                                  id: record.recordID, force: parsed.flag("force"))
        } catch {
            switch error {
            case .exists(let existing):
                context.console.error("""
                    involve: \(existing) already exists: a decision record for \(record.recordID) was written before, and records are never overwritten.
                    Use --force to replace it, or give a different --as-of date to record a new assessment beside it.
                    """)
            case .failed:
                context.console.error("involve: " + error.message)
            }
            return .usageOrInputError
        }

        context.console.say("""
            Recorded "\(TerminalText.line(record.project.title))" as of \(record.asOf): \(record.verdict.headline.lowercased()).
              \(jsonPath)
              \(markdownPath)
              input \(record.input.file), SHA-256 \(record.input.sha256)

            """)
        return .success
    }
}
