/// A fact from the project file that a step rested on, with where it was read.
public struct Fact: Sendable, Hashable {
    /// JSON path in the project file, for example `$.changes[0].kind`.
    public let path: String
    /// The value as the file gave it, or "not stated" when the fact is missing.
    public let value: String

    public init(_ path: String, _ value: String) {
        self.path = path
        self.value = value
    }

    public static let notStated = "not stated"
}

/// One step of the rationale trail: the question asked, the answer, the facts it rested on,
/// the rule, and the citation. A reader can check each step against the source.
public struct TrailStep: Sendable, Hashable {
    public let rule: Rule
    public let answer: String
    public let facts: [Fact]

    public init(rule: Rule, answer: String, facts: [Fact]) {
        self.rule = rule
        self.answer = answer
        self.facts = facts
    }
}

public enum Severity: String, Sendable, Comparable, CaseIterable {
    case info
    case warning
    case error

    private var rank: Int {
        switch self {
        case .info: return 0
        case .warning: return 1
        case .error: return 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// Something the organisation should act on: a contradiction in the facts, a requirement
/// the plan misses, a risk. Errors are problems that could make the process unlawful or
/// unfair; warnings are risks or departures from guidance; info is advice.
public struct Finding: Sendable, Hashable {
    public let rule: Rule
    public let severity: Severity
    public let message: String
    public let facts: [Fact]
    /// The fact the finding concerns, when that is not its first fact read from the file
    /// (carers left out of the plan concern `$.plan.audiences`, not the organisation's kind).
    public let location: String?

    public init(rule: Rule, severity: Severity, message: String, facts: [Fact], location: String? = nil) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.facts = facts
        self.location = location
    }
}

/// A fact the assessor needs and the file does not give, and why it matters.
public struct OpenQuestion: Sendable, Hashable {
    /// What the answer can change. Only the first two can change the headline: a report counts
    /// and promises those, and lists what the plan needs apart.
    public enum Decides: String, Sendable, Hashable, CaseIterable {
        /// Whether the duty applies (the three-step test).
        case verdict
        /// Which route: engagement, formal consultation, health scrutiny consultation, assurance.
        case route
        /// What the involvement plan still needs to say; the verdict and route stand either way.
        case plan

        /// True for a question whose answer could change the verdict or the route.
        public var changesConclusion: Bool { self != .plan }
    }

    public let path: String
    public let question: String
    public let whyItMatters: String
    public let decides: Decides

    public init(path: String, question: String, whyItMatters: String, decides: Decides = .plan) {
        self.path = path
        self.question = question
        self.whyItMatters = whyItMatters
        self.decides = decides
    }
}

extension Assessment {
    /// The questions whose answers could change the verdict or the route.
    public var decidingQuestions: [OpenQuestion] { openQuestions.filter(\.decides.changesConclusion) }
    /// What the plan still needs to say: the verdict and route stand whatever the answers.
    public var planQuestions: [OpenQuestion] { openQuestions.filter { !$0.decides.changesConclusion } }
}

extension Finding {
    /// Where in the project file the finding points: the fact it concerns, else its first fact
    /// read from the file, or the root. Facts taken from the policy (`policy.…`) or from the
    /// assessment itself have no place in the file, so CI annotations skip them.
    public var primaryPath: String {
        location ?? facts.first { $0.path.hasPrefix("$") }?.path ?? "$"
    }
}
