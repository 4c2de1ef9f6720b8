import InvolveCore

/// The `rules` array of `involve.assessment-set` v2: every rule of the rulebook once, with the
/// parts of a trail step that are the same in every project (title, question, `inferred`,
/// citations). Trail steps in the set name their rule by `ruleId` and are resolved here, which
/// keeps a folder's document from repeating the same citations in every project.
enum RulebookJSON {
    /// The array, in rulebook order (stable: the order the assessment runs the rules).
    static let rules: JSONOutput = .array(Rulebook.all.map(rule))

    static func rule(_ rule: Rule) -> JSONOutput {
        .object([
            ("id", .string(rule.id)),
            ("title", .string(rule.title)),
            ("question", .string(rule.question)),
            ("inferred", .bool(rule.inferred)),
            ("citations", AssessmentJSON.citations(rule)),
        ])
    }

    /// True when `rules` describes this rule exactly. Every rule involve assesses with is; a
    /// rule a library caller made up (or changed) is not, and its trail steps then carry their
    /// title, question and citations themselves, so that nothing is lost.
    static func isListed(_ rule: Rule) -> Bool {
        Rulebook.listed(rule) != nil
    }
}
