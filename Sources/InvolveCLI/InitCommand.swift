import InvolveCore

/// `involve init [FILE] [--force] [--interactive]`: a starter project file with every field
/// shown, whose placeholders fail validation until they are replaced. Without FILE it prints to
/// standard output.
enum InitCommand {
    static func run(_ arguments: [String], _ context: CommandContext) throws -> ExitCode {
        let parsed = try Arguments(arguments, valued: [], flags: ["help", "force", "interactive"])
        if parsed.flag("help") {
            context.console.out(HelpText.initCommand)
            return .success
        }
        guard parsed.positionals.count <= 1 else {
            throw UsageError("init takes at most one file name; got \(parsed.positionals.count)")
        }
        let file = parsed.positionals.first.flatMap { $0 == "-" ? nil : $0 }
        let console = context.console

        var answers = ProjectTemplate.Answers()
        if parsed.flag("interactive") {
            guard console.standardInputIsTerminal && console.standardOutputIsTerminal else {
                throw UsageError("init --interactive asks questions, so it needs a terminal; run 'involve init FILE' for a starter file to edit instead")
            }
            guard let given = InitQuestions(console: console).ask() else {
                console.error("involve: the input ended before the questions were answered; nothing was written.")
                return .usageOrInputError
            }
            answers = given
        }
        let text = ProjectTemplate.text(answers)

        guard let file else {
            console.out(text)
            return .success
        }
        switch AtomicFile.write(text, to: file, replacing: parsed.flag("force")) {
        case .success:
            let replace = text.contains(ProjectTemplate.placeholderPrefix) ? "Replace each \"\(ProjectTemplate.placeholderPrefix)…\" value and fill" : "Fill"
            console.out("Wrote \(file). \(replace) in the facts you know (null means not stated), then run: involve validate \(file)\n")
            return .success
        case .failure(let failure):
            let problem: InputDiagnostic
            switch failure.reason {
            case .exists:
                problem = InputDiagnostic(file: file, location: nil, path: .root, message: "the file already exists; nothing was written",
                                          expected: "a new file name, or --force to replace the file")
            case .other(let reason):
                problem = InputDiagnostic(file: file, location: nil, path: .root, message: "cannot write the file: \(reason)")
            }
            console.error(problem.rendered)
            return .usageOrInputError
        }
    }
}
