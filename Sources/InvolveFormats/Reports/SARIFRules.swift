import InvolveCore

/// The rules of a SARIF run (`tool.driver`): every rule of the rulebook and the two pseudo-rules,
/// with what code scanning shows of each (name, help, link to the main source, default level).
extension SARIFReport {
    /// Where involve is described. There is no public page for the tool itself, so this is its
    /// documentation of these formats; rules link to their main legal source instead.
    static let informationURI = "https://www.england.nhs.uk/long-read/working-in-partnership-with-people-and-communities-statutory-guidance/"

    static func descriptor(_ rule: Rule) -> JSONOutput {
        var help = rule.explanation
        if rule.inferred { help += "\n\nInferred: the project's reading of the law, not text in a source." }
        help += "\n\nSources:\n" + rule.citations.map { "- " + $0.shortText }.joined(separator: "\n")
        var members: [(String, JSONOutput)] = [
            ("id", .string(rule.id)),
            ("name", .string(RuleHelp.name(rule.id))),
            ("shortDescription", .object([("text", .string(rule.title))])),
            ("fullDescription", .object([("text", .string(rule.question))])),
        ]
        if let uri = RuleHelp.uri(rule) { members.append(("helpUri", .string(uri))) }
        members += [
            ("help", .object([("text", .string(help)), ("markdown", .string(RuleHelp.markdown(rule)))])),
            // A rule's findings differ in severity from project to project; each result gives its
            // own level, and this is SARIF's default for a rule that does not fix one.
            ("defaultConfiguration", .object([("level", .string("warning"))])),
            ("properties", .object([
                ("area", .string(rule.area.rawValue)),
                ("inferred", .bool(rule.inferred)),
                ("tags", .array([.string("involve"), .string(tag(rule.area))])),
            ])),
        ]
        return .object(members)
    }

    static let verdictDescriptor: JSONOutput = pseudoRule(
        id: verdictRuleID, title: "The verdict on whether the duty to involve applies",
        question: "Does the statutory duty to involve the public apply to this project?",
        help: """
            The verdict of NHS England's three-step process (guidance Annex B1): applies, likely applies, \
            unlikely to apply, does not apply, or undetermined when facts are missing. A verdict is an answer, \
            not a problem: every project's verdict is listed in the run's properties.verdicts. It is reported \
            as a result only when it is undetermined and the run fails on undetermined verdicts \
            (--fail-on-undetermined); answer the open questions to decide it.
            """,
        uri: RuleHelp.uri(.statutoryGuidance))

    static let inputErrorDescriptor: JSONOutput = pseudoRule(
        id: inputErrorRuleID, title: "A project file that could not be assessed",
        question: "Can the file be read as a valid project file?",
        help: """
            The file is missing, unreadable, not JSON, or not a valid project file (an unknown key, a value \
            of the wrong type or not allowed, a waiver naming an unknown rule). Nothing in it was assessed, \
            and the run exits 2. The message gives the line, column and JSON path, what was expected and \
            what was found; docs/project-file.md describes the format, and `involve validate FILE` checks it.
            """,
        uri: nil)

    static func pseudoRule(id: String, title: String, question: String, help: String, uri: String?) -> JSONOutput {
        var members: [(String, JSONOutput)] = [
            ("id", .string(id)),
            ("name", .string(RuleHelp.name(id))),
            ("shortDescription", .object([("text", .string(title))])),
            ("fullDescription", .object([("text", .string(question))])),
        ]
        if let uri { members.append(("helpUri", .string(uri))) }
        members += [
            ("help", .object([("text", .string(help)), ("markdown", .string("**\(title)** (`\(id)`)\n\n" + help))])),
            ("defaultConfiguration", .object([("level", .string("error"))])),
            ("properties", .object([("area", .string(RuleArea.duty.rawValue)), ("inferred", .bool(false)),
                                    ("tags", .array([.string("involve"), .string(tag(.duty))]))])),
        ]
        return .object(members)
    }

    /// "Does the duty to involve apply?" → "does-the-duty-to-involve-apply": a tag for filtering.
    static func tag(_ area: RuleArea) -> String {
        var tag = ""
        for scalar in area.rawValue.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                tag.unicodeScalars.append(scalar)
            } else if !tag.isEmpty, tag.last != "-" {
                tag += "-"
            }
        }
        while tag.hasSuffix("-") { tag.removeLast() }
        return tag
    }
}
