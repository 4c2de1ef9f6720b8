import InvolveCore

/// Words shared by the Markdown and HTML forms of records and reports, so the two say the same
/// thing. Everything here is plain text; each renderer escapes it.
enum RecordWording {
    static func verdictShort(_ verdict: DutyVerdict) -> String {
        switch verdict {
        case .applies: return "Applies"
        case .likelyApplies: return "Likely applies"
        case .unlikelyToApply: return "Unlikely to apply"
        case .doesNotApply: return "Does not apply"
        case .undetermined: return "Undetermined"
        }
    }

    static let routeNotAssessed = "Not assessed: the version of involve that made this record does not yet assess the route."
    static let fairnessNotAssessed = "Not assessed: the version of involve that made this record does not yet assess the Gunning principles."
    static let noDecision = "No decision about involvement is recorded in the project file."

    /// The route in a few words, or "Not recorded". A route with no kinds is one the assessment
    /// could not settle (facts missing): `RecordSections.route` lists a kind for every other.
    static func routeShort(_ route: RecordRoute?) -> String {
        guard let route else { return "Not recorded" }
        return route.kinds.isEmpty ? "Undetermined" : route.kinds.map(\.displayName).joined(separator: "; ")
    }

    /// "Assessed 12 May 2025" and each key date, in date order (the assessment first on a tie).
    static func keyDates(_ record: DecisionRecord) -> [String] {
        let dates = [RecordKeyDate(label: "Assessed", date: record.asOf)] + record.keyDates
        return dates.enumerated()
            .sorted { a, b in a.element.date != b.element.date ? a.element.date < b.element.date : a.offset < b.offset }
            .map { "\($0.element.label) \($0.element.date.longText)" }
    }

    /// "ICB Board: Run an eight-week engagement…", or the fact that none is recorded.
    static func decisionShort(_ record: DecisionRecord) -> String {
        guard let decision = record.decision else { return "Not recorded" }
        return decision.decidedBy + ": " + decision.decision
    }

    static func characteristic(_ characteristic: ProtectedCharacteristic) -> String {
        switch characteristic {
        case .age: return "Age"
        case .disability: return "Disability"
        case .genderReassignment: return "Gender reassignment"
        case .marriageAndCivilPartnership: return "Marriage and civil partnership"
        case .pregnancyAndMaternity: return "Pregnancy and maternity"
        case .race: return "Race"
        case .religionOrBelief: return "Religion or belief"
        case .sex: return "Sex"
        case .sexualOrientation: return "Sexual orientation"
        }
    }

    static func characteristics(_ group: AffectedGroup) -> String {
        guard !group.protectedCharacteristics.isEmpty else { return "None listed" }
        let names = group.protectedCharacteristics.map(characteristic)
        return ([names[0]] + names.dropFirst().map { $0.lowercased() }).joined(separator: ", ")
    }

    static func inequalities(_ group: AffectedGroup) -> String {
        switch group.facesHealthInequalities {
        case true?: return "Yes"
        case false?: return "No"
        case nil: return "Not stated"
        }
    }

    /// How the plan reaches a group, or nil. The plan names kinds of audience, not the project's
    /// groups, so a group is matched as the plan checks do (`plan-equality-groups`): a group
    /// with protected characteristics by the plan's groups with protected characteristics, a
    /// group facing health inequalities by its groups facing health inequalities. An audience
    /// named exactly as the group matches first.
    static func howReached(_ group: AffectedGroup, _ record: DecisionRecord) -> String? {
        let reach = record.plan?.reach ?? []
        if let named = reach.first(where: { $0.audience == group.name }) { return named.how }
        var kinds: [AudienceKind] = []
        if !group.protectedCharacteristics.isEmpty { kinds.append(.protectedCharacteristicGroups) }
        if group.facesHealthInequalities == true { kinds.append(.healthInequalitiesGroups) }
        let matched = reach.filter { entry in kinds.contains { $0.displayName == entry.audience } }
        return matched.isEmpty ? nil : matched.map(\.how).joined(separator: "; ")
    }

    /// "Carers" from "carers": audience names begin a table cell.
    static func sentenceStart(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    static let notReached = "Not recorded"

    static func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: return "Error"
        case .warning: return "Warning"
        case .info: return "Advice"
        }
    }

    static func factText(_ fact: RecordFact) -> String {
        let value = fact.value == Fact.notStated ? fact.value : "\"\(fact.value)\""
        var text = "\(fact.path) = \(value)"
        if let line = fact.line, let column = fact.column { text += " (line \(line), column \(column))" }
        return text
    }

    static func input(_ record: DecisionRecord) -> String {
        "\(record.input.file), \(grouped(record.input.bytes)) bytes"
    }

    static func madeWith(_ record: DecisionRecord) -> String {
        "involve \(record.toolVersion), rulebook \(record.rulebookVersion)"
    }

    static func organisation(_ record: DecisionRecord) -> String {
        "\(record.project.organisation.name), \(record.project.organisation.kind.withArticle)"
    }

    /// 12345 → "12,345".
    static func grouped(_ value: Int) -> String {
        let digits = String(abs(value))
        var result = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result += "," }
            result.append(character)
        }
        return (value < 0 ? "-" : "") + result
    }

    static func plural(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(count) " + (count == 1 ? singular : plural ?? singular + "s")
    }
}
