import InvolveCore

/// `involve assess FILE --ask`: walks a file's open questions on a terminal, those that could
/// change the verdict or route first, and writes each answer into the file (atomically; every
/// other byte kept). Enter means "don't know" and leaves the question open. After each round the
/// file is assessed again, so a question an answer brings up (step 3 once the activity is known)
/// is asked too.
enum AskCommand {
    static func run(file: String, options: AssessmentOptions, _ context: CommandContext) throws -> ExitCode {
        let console = context.console
        guard console.standardInputIsTerminal && console.standardOutputIsTerminal else {
            throw UsageError("--ask asks questions, so it needs a terminal; run 'involve assess \(file)' to see the open questions instead")
        }
        guard file != "-" else { throw UsageError("--ask writes the answers into the file, so it needs a file name, not standard input") }
        var bytes: [UInt8]
        switch InputFiles.readFile(file) {
        case .success(let read): bytes = read
        case .failure(let errors):
            AssessCommand.report(errors, console)
            return .usageOrInputError
        }
        var asked: Set<String> = []
        var answered = 0
        rounds: for _ in 0..<8 {
            let project: Project
            switch ProjectLoader.load(bytes, file: file) {
            case .failure(let errors):
                AssessCommand.report(errors, console)
                return .usageOrInputError
            case .success(let loaded):
                project = loaded
            }
            let assessment = Assessor.assess(project, options: options)
            let questions = (assessment.decidingQuestions + assessment.planQuestions).filter { !asked.contains($0.path) }
            if questions.isEmpty { break rounds }
            for question in questions {
                asked.insert(question.path)
                guard let kind = AnswerKind(path: question.path) else { continue }
                console.out("\n\(question.question)\n  \(question.whyItMatters)\n  (\(question.path); \(kind.hint))\n")
                guard let value = read(kind, console) else { break rounds }
                guard let value else { continue }
                guard let edited = ProjectFileEdit.setting(kind.path, to: value, in: bytes) else {
                    console.out("  This answer cannot be written into the file automatically; edit \(kind.path) by hand.\n")
                    continue
                }
                if case .failure(let errors) = ProjectLoader.load(edited, file: file) {
                    console.out("  Not written: \(errors.diagnostics.first?.message ?? "the file would not be valid").\n")
                    continue
                }
                bytes = edited
                answered += 1
            }
        }
        guard answered > 0 else {
            console.out("\nNo answers given; \(file) is unchanged.\n")
            return .success
        }
        switch AtomicFile.write(String(decoding: bytes, as: UTF8.self), to: file, replacing: true) {
        case .success:
            console.out("\nWrote \(answered) answer\(answered == 1 ? "" : "s") to \(file). Run: involve assess \(file)\n")
            return .success
        case .failure(let failure):
            if case .other(let reason) = failure.reason { console.error("\(file): error: cannot write the file: \(reason)") }
            return .usageOrInputError
        }
    }

    /// Reads one answer: `.some(nil)` for "don't know", nil when the input ended.
    private static func read(_ kind: AnswerKind, _ console: Console) -> JSONTree?? {
        while true {
            console.out("Answer (Enter if you don't know): ")
            guard let line = console.readLine() else { return nil }
            let text = String(line.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
            if text.isEmpty { return .some(nil) }
            if let value = kind.value(text) { return .some(value) }
            console.out("  '\(text)' is not \(kind.hint).\n")
        }
    }
}

/// What kind of answer a question's path takes, from the project schema, and where it goes:
/// a question about `$.impact.mannerOfDelivery` is answered in its `answer`.
struct AnswerKind {
    let path: String
    let node: SchemaNode

    init?(path: String) {
        guard var node = ProjectSchema.node(at: path) else { return nil }
        var target = path
        if case .object(let properties) = node.kind, let answer = properties.first(where: { $0.name == "answer" }) {
            node = answer.node
            target += ".answer"
        }
        switch node.kind {
        case .string, .date, .integer, .number, .boolean, .choice: break
        case .array(let items):
            guard case .choice = items.kind else { return nil }
        case .object, .freeObject, .constant: return nil
        }
        self.path = target
        self.node = node
    }

    var hint: String {
        switch node.kind {
        case .string: return "some text"
        case .date: return "a date written YYYY-MM-DD"
        case .integer, .number: return "a number"
        case .boolean: return "yes or no"
        case .choice(let values): return "one of " + values.joined(separator: ", ")
        case .array(let items):
            if case .choice(let values) = items.kind { return "one or more of " + values.joined(separator: ", ") + ", separated by commas" }
            return "a list"
        case .object, .freeObject, .constant: return "a value"
        }
    }

    func value(_ text: String) -> JSONTree? {
        switch node.kind {
        case .string: return .string(text)
        case .date: return CalendarDate(iso: text).map { .string($0.description) }
        case .integer(let range): return Int(text).flatMap { range.contains($0) ? .integer($0) : nil }
        case .number(let range): return Double(text).flatMap { range.contains($0) ? .number($0) : nil }
        case .boolean:
            switch text.lowercased() {
            case "yes", "y", "true": return .bool(true)
            case "no", "n", "false": return .bool(false)
            default: return nil
            }
        case .choice(let values): return values.contains(text.lowercased()) ? .string(text.lowercased()) : nil
        case .array(let items):
            guard case .choice(let values) = items.kind else { return nil }
            let words = text.split(whereSeparator: { $0 == "," || $0 == " " }).map { $0.lowercased() }
            guard !words.isEmpty, words.allSatisfy(values.contains) else { return nil }
            return .array(words.map(JSONTree.string))
        case .object, .freeObject, .constant: return nil
        }
    }
}
