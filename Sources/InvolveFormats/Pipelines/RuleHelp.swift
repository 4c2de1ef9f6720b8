import InvolveCore

/// What code scanning and other viewers show about a rule: a display name, a link to where the
/// rule's main source can be read, and its help as Markdown. Shared by SARIF (rule metadata) and
/// the GitHub and Code Quality writers (links in their messages).
enum RuleHelp {
    /// `duty-step-3-impact` → `DutyStep3Impact`: SARIF's `name` is an identifier in Pascal case
    /// that differs from the id (SARIF validator rule SARIF2012).
    static func name(_ id: String) -> String {
        var name = ""
        var upper = true
        for character in id {
            if character == "-" || character == "_" || character == " " {
                upper = true
            } else {
                name += upper ? character.uppercased() : String(character)
                upper = false
            }
        }
        return name
    }

    /// The public page of the rule's main source, or nil when that document has no stable
    /// public address (local toolkits, the involve policy). Checked by hand; see docs/pipelines.md.
    static func uri(_ rule: Rule) -> String? {
        rule.citations.first.flatMap { uri($0.document) }
    }

    static func uri(_ document: SourceDocument) -> String? {
        switch document {
        case .statutoryGuidance:
            return "https://www.england.nhs.uk/long-read/working-in-partnership-with-people-and-communities-statutory-guidance/"
        case .nhsAct2006: return "https://www.legislation.gov.uk/ukpga/2006/41/contents"
        case .healthScrutinyRegulations2013: return "https://www.legislation.gov.uk/uksi/2013/218/contents"
        case .reconfigurationRegulations2024: return "https://www.legislation.gov.uk/uksi/2024/15/contents"
        case .equalityAct2010: return "https://www.legislation.gov.uk/ukpga/2010/15/contents"
        case .gunningCaseLaw: return "https://www.bailii.org/uk/cases/UKSC/2014/56.html"
        case .serviceChangeGuidance2018:
            return "https://www.england.nhs.uk/publication/planning-assuring-and-delivering-service-change-for-patients/"
        case .northEastToolkit, .southEastLondonToolkit, .involvePolicy: return nil
        }
    }

    /// The rule's help in Markdown: title, question, explanation, whether it is inferred, and
    /// every source by title and section with its quote.
    static func markdown(_ rule: Rule) -> String {
        var text = "**\(rule.title)** (`\(rule.id)`)\n\n*\(rule.question)*\n\n\(rule.explanation)\n\n"
        if rule.inferred { text += "**Inferred:** the project's reading of the law, not text in a source.\n\n" }
        text += "**Sources**\n"
        for citation in rule.citations {
            text += "\n- " + citation.document.title + ", " + citation.section
            if let lines = citation.lines { text += " (seed line\(lines.contains("-") || lines.contains(",") ? "s" : "") \(lines))" }
            if let quote = citation.quote { text += ": \"" + quote + "\"" }
        }
        text += "\n\n`involve explain \(rule.id)` prints the same in full."
        return text
    }
}
