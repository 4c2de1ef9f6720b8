import InvolveCore

/// The questions `init --interactive` asks, in plain words: every fact that decides the
/// verdict (the three-step test), the route (how many people, how much travel, who is
/// affected) and the plan (approach and dates). Enter means "don't know": the fact stays not
/// stated, so the assessment asks about it rather than assuming. Choices are answered by number
/// or by name; an answer that cannot be read is asked again.
struct InitQuestions {
    let console: Console

    /// The answers, or nil if the input ended first.
    func ask() -> ProjectTemplate.Answers? {
        console.out("Questions for the starter project file. Press Enter for \"don't know\": the fact stays in the file as not stated, and the assessment will ask about it.\n\n")
        var answers = ProjectTemplate.Answers()
        guard let id = text("Your reference for the project (for example NFD-2026-014)") else { return nil }
        guard let title = text("Project title") else { return nil }
        guard let name = text("Organisation name") else { return nil }
        answers.id = id.isEmpty ? nil : id
        answers.title = title.isEmpty ? nil : title
        answers.organisationName = name.isEmpty ? nil : name
        guard let kinds = choose("What kind of organisation is it?", OrganisationKind.allCases.map { ($0, $0.displayName) },
                                 many: false, optional: false) else { return nil }
        answers.organisationKind = kinds.first
        guard let relationship = choose("Does it commission or provide the services the project is about?",
                                        ServiceRelationship.allCases.map { ($0, InitQuestions.label($0)) }, many: false, optional: true) else { return nil }
        answers.relationship = relationship.first
        guard let activities = choose("What type of activity is it? (more than one is fine)",
                                      ActivityType.allCases.map { ($0, $0.displayName) }, many: true, optional: true) else { return nil }
        answers.activities = activities.isEmpty ? nil : activities
        guard let changes = choose("What changes does the project make? (more than one is fine)",
                                   ChangeKind.allCases.map { ($0, $0.displayName) }, many: true, optional: true) else { return nil }
        answers.changes = changes.isEmpty ? nil : changes
        for change in changes {
            guard let people = number("About how many people would the \(change.displayName) affect?") else { return nil }
            guard let minutes = number("How many extra minutes would they travel, if any? (0 for none)") else { return nil }
            answers.peopleAffected.append(people)
            answers.extraTravelMinutes.append(minutes)
        }
        let impactChoices = ImpactAnswer.allCases.map { ($0, InitQuestions.label($0)) }
        guard let manner = choose("Would it change the way services are delivered to people, seen from the patient's side (access, travel, transport, care lost)?",
                                  impactChoices, many: false, optional: true) else { return nil }
        guard let range = choose("Would it change the range of services available to people?", impactChoices, many: false, optional: true) else { return nil }
        answers.mannerOfDelivery = manner.first
        answers.rangeOfServices = range.first
        guard let groups = text("Which groups of people does it affect? (names separated by semicolons, for example older people in Hillside; families without a car)") else { return nil }
        let names = groups.split(separator: ";").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
        // "Don't know" leaves the groups not stated (empty), never the placeholder to fail validation.
        answers.affectedGroups = names
        guard let approach = choose("How do you plan to involve people?", InvolvementApproach.allCases.map { ($0, $0.displayName) },
                                    many: false, optional: true) else { return nil }
        answers.approach = approach.first
        guard let launch = date("When does the involvement start?"),
              let close = date("When does it close?"),
              let decision = date("When is the decision to be made?") else { return nil }
        (answers.launchDate, answers.closeDate, answers.decisionDate) = (launch, close, decision)
        return answers
    }

    private func text(_ question: String) -> String? {
        console.out("\(question): ")
        return console.readLine().map { $0.trimmingSpaces }
    }

    /// A whole number, or Enter for "don't know" (`.some(nil)`); asked again until it is one.
    /// Nil when the input ended.
    private func number(_ question: String) -> Int?? {
        while true {
            guard let answer = text(question + " (Enter if you don't know)") else { return nil }
            if answer.isEmpty { return .some(nil) }
            if let value = Int(answer.filter { $0 != "," }), value >= 0 { return .some(value) }
            console.out("Give a whole number, or press Enter if you don't know.\n")
        }
    }

    /// A date as YYYY-MM-DD, or Enter for "don't know" (`.some(nil)`); nil when the input ended.
    private func date(_ question: String) -> CalendarDate?? {
        while true {
            guard let answer = text(question + " (YYYY-MM-DD; Enter if you don't know)") else { return nil }
            if answer.isEmpty { return .some(nil) }
            if let value = CalendarDate(iso: answer) { return .some(value) }
            console.out("'\(answer)' is not a date written YYYY-MM-DD.\n")
        }
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
            console.out("Answer (\(how)\(optional ? "; Enter if you don't know" : "")): ")
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

    private static func label(_ answer: ImpactAnswer) -> String {
        switch answer {
        case .yes: return "yes"
        case .no: return "no"
        case .unknown: return "don't know"
        }
    }
}

private extension String {
    var trimmingSpaces: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
