/// A documented rule: a stable id, what it decides, where it comes from, and whether the
/// project read it in the sources or inferred it. `involve rules` lists these.
/// A class, though immutable: every trail step and finding holds its rule, and copying one
/// reference is cheaper than copying half a dozen strings and a list of citations.
public final class Rule: Sendable, Hashable, Identifiable {
    public let id: String
    public let title: String
    /// The question the rule answers, as a person would ask it.
    public let question: String
    /// What the rule decides and how, in plain words.
    public let explanation: String
    public let citations: [Citation]
    /// True when the rule is the project's reading of the law rather than text in a source
    /// (for example Step 1, which the guidance prints only as a diagram).
    public let inferred: Bool
    public let area: RuleArea

    public init(id: String, area: RuleArea, title: String, question: String, explanation: String,
                citations: [Citation], inferred: Bool = false) {
        self.id = id
        self.area = area
        self.title = title
        self.question = question
        self.explanation = explanation
        self.citations = citations
        self.inferred = inferred
    }

    public static func == (lhs: Rule, rhs: Rule) -> Bool { lhs.id == rhs.id }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}

/// Groups of rules, in the order the assessment runs them.
public enum RuleArea: String, Sendable, CaseIterable {
    case duty = "Does the duty to involve apply?"
    case people = "Who must be involved"
    case urgency = "Urgent and temporary changes"
    case commonLaw = "The common-law duty to consult"
    case route = "Which route"
    case fairness = "Is the plan fair? (Gunning principles)"
    case otherDuties = "Other duties"
}
