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
        case .northEastToolkit, .southEastLondonToolkit, .involvePolicy: return nil
        default: return document.address
        }
    }

    /// The rule's help in Markdown: title, question, explanation, whether it is inferred, and
    /// every source by title and section with its quote.
    static func markdown(_ rule: Rule) -> String {
        var text = "**\(rule.title)** (`\(rule.id)`)\n\n*\(rule.question)*\n\n\(rule.explanation)\n\n"
        if rule.inferred { text += "**Inferred:** the project's reading of the law, not text in a source.\n\n" }
        text += "**Sources**\n"
        for citation in rule.citations {
            text += "\n- " + Citation.reference(citation.document.title, citation.section, quote: citation.quote)
        }
        text += "\n\n`involve explain \(rule.id)` prints the same in full."
        return text
    }
}
