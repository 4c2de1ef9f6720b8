import InvolveCore

/// `involve init [FILE] [--force] [--interactive]`: a starter project file that validates, with
/// every field shown. Without FILE it prints to standard output.
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
            console.out("Wrote \(file). Fill in the facts you know (null means not stated), then run: involve validate \(file)\n")
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

/// The questions `init --interactive` asks: the facts step 1, step 2 and step 3 turn on.
/// Choices are answered by number or by name; an unknown answer is asked again.
struct InitQuestions {
    let console: Console

    /// The answers, or nil if the input ended first.
    func ask() -> ProjectTemplate.Answers? {
        console.out("A few questions for the starter project file. Press Enter to skip one: it stays in the file as not stated.\n\n")
        guard let title = text("Project title") else { return nil }
        guard let name = text("Organisation name") else { return nil }
        guard let kinds = choose("What kind of organisation is it?", OrganisationKind.allCases.map { ($0, $0.displayName) },
                                 many: false, optional: false) else { return nil }
        guard let relationship = choose("Does it commission or provide the services the project is about?",
                                        ServiceRelationship.allCases.map { ($0, InitQuestions.label($0)) }, many: false, optional: true) else { return nil }
        guard let activities = choose("What type of activity is it? (more than one is fine)",
                                      ActivityType.allCases.map { ($0, $0.displayName) }, many: true, optional: true) else { return nil }
        guard let changes = choose("What changes does the project make? (more than one is fine)",
                                   ChangeKind.allCases.map { ($0, $0.displayName) }, many: true, optional: true) else { return nil }
        return ProjectTemplate.Answers(title: title.isEmpty ? nil : title, organisationName: name.isEmpty ? nil : name,
                                       organisationKind: kinds.first, relationship: relationship.first,
                                       activities: activities.isEmpty ? nil : activities, changes: changes.isEmpty ? nil : changes)
    }

    private func text(_ question: String) -> String? {
        console.out("\(question): ")
        return console.readLine().map { $0.trimmingSpaces }
    }

    /// Asks until the answer names one (or with `many`, several) of the choices.
    private func choose<E: InputEnum>(_ question: String, _ choices: [(E, String)], many: Bool, optional: Bool) -> [E]? {
        console.out("\n\(question)\n")
        let width = choices.map(\.0.rawValue.count).max() ?? 0
        for (index, choice) in choices.enumerated() {
            let number = String(index + 1)
            let padding = String(repeating: " ", count: width - choice.0.rawValue.count)
            console.out("  \(String(repeating: " ", count: 2 - min(2, number.count)))\(number). \(choice.0.rawValue)\(padding)  \(choice.1)\n")
        }
        let how = many ? "numbers or names, separated by commas" : "a number or a name"
        while true {
            console.out("Answer (\(how)\(optional ? "; Enter to skip" : "")): ")
            guard let line = console.readLine() else { return nil }
            let words = line.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
            if words.isEmpty {
                if optional { return [] }
                console.out("An answer is needed here.\n")
                continue
            }
            if !many && words.count > 1 {
                console.out("Choose one.\n")
                continue
            }
            var picked: [E] = []
            var unknown: String?
            for word in words {
                if let number = Int(word), (1...choices.count).contains(number) {
                    picked.append(choices[number - 1].0)
                } else if let value = E(rawValue: word.lowercased()) {
                    picked.append(value)
                } else {
                    unknown = word
                    break
                }
            }
            if let unknown {
                let hint = Suggestions.nearest(to: unknown, among: choices.map(\.0.rawValue)).map { "; did you mean \($0)?" } ?? ""
                console.out("'\(unknown)' is not one of the choices\(hint)\n")
                continue
            }
            var unique: [E] = []
            for value in picked where !unique.contains(value) { unique.append(value) }
            return unique
        }
    }

    private static func label(_ relationship: ServiceRelationship) -> String {
        switch relationship {
        case .commissions: return "it commissions them"
        case .provides: return "it provides them"
        case .commissionsAndProvides: return "it commissions and provides them"
        case .neither: return "neither"
        }
    }
}

private extension String {
    var trimmingSpaces: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
