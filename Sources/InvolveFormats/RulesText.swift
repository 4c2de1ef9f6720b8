import InvolveCore

/// `involve rules` and `involve explain RULE`.
public enum RulesText {
    public static func list(_ rules: [Rule]) -> String {
        var lines: [String] = []
        for area in RuleArea.allCases {
            let inArea = rules.filter { $0.area == area }
            guard !inArea.isEmpty else { continue }
            lines.append(area.rawValue)
            let width = inArea.map(\.id.count).max() ?? 0
            for rule in inArea {
                let source = rule.citations.first.map { $0.document.citedAs + ", " + $0.section } ?? ""
                let padding = String(repeating: " ", count: width - rule.id.count + 2)
                let title: String = rule.title + (rule.inferred ? " (inferred)" : "")
                lines.append("  \(rule.id)\(padding)\(title) — \(source)")
            }
            lines.append("")
        }
        lines.append("\(rules.count) rules, rulebook \(Rulebook.version). `involve explain RULE` prints one in full.")
        return lines.joined(separator: "\n") + "\n"
    }

    public static func explain(_ rule: Rule) -> String {
        var lines = ["\(rule.id): \(rule.title)", "", "Area:     \(rule.area.rawValue)", "Question: \(rule.question)"]
        if rule.inferred {
            lines.append("Status:   inferred — the project's reading of the law, not text in a source")
        }
        lines.append("")
        lines.append(rule.explanation)
        lines.append("")
        lines.append("Sources:")
        for citation in rule.citations {
            lines.append("  - \(citation.document.title)")
            lines.append("    \(citation.section)")
            if let quote = citation.quote { lines.append("    \"\(quote)\"") }
            if let address = citation.document.address { lines.append("    \(address)") }
        }
        if !rule.cases.isEmpty {
            lines.append("")
            lines.append("Leading cases:")
            for leading in rule.cases {
                lines.append("  - \(leading.shortName)")
                lines.append("    \(leading.held)")
                if let quote = leading.quote { lines.append("    \"\(quote)\"") }
                lines.append("    Verified: \(leading.verification.rawValue): \(leading.readIn)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func json(_ rules: [Rule]) -> String {
        JSONOutput.object([
            ("format", .string("involve.rules")),
            ("formatVersion", .int(1)),
            ("rulebookVersion", .string(Rulebook.version)),
            ("rules", .array(rules.map(ruleJSON))),
        ]).rendered()
    }

    static func ruleJSON(_ rule: Rule) -> JSONOutput {
        .object([
            ("id", .string(rule.id)),
            ("area", .string(rule.area.rawValue)),
            ("title", .string(rule.title)),
            ("question", .string(rule.question)),
            ("explanation", .string(rule.explanation)),
            ("inferred", .bool(rule.inferred)),
            ("citations", .array(rule.citations.map(AssessmentJSON.citation))),
            ("cases", .array(rule.cases.map(caseJSON))),
        ])
    }

    static func caseJSON(_ leading: CaseCitation) -> JSONOutput {
        .object([
            ("name", .string(leading.name)),
            ("citation", .string(leading.citation)),
            ("paragraph", leading.paragraph.map(JSONOutput.string) ?? .null),
            ("quote", leading.quote.map(JSONOutput.string) ?? .null),
            ("held", .string(leading.held)),
            ("verification", .string(leading.verification == .judgment ? "judgment" : "secondary-source")),
            ("readIn", .string(leading.readIn)),
        ])
    }
}
