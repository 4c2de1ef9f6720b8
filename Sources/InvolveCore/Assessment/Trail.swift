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

    public init(rule: Rule, severity: Severity, message: String, facts: [Fact]) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.facts = facts
    }
}

/// A fact the assessor needs and the file does not give, and why it matters.
public struct OpenQuestion: Sendable, Hashable {
    public let path: String
    public let question: String
    public let whyItMatters: String

    public init(path: String, question: String, whyItMatters: String) {
        self.path = path
        self.question = question
        self.whyItMatters = whyItMatters
    }
}

extension Finding {
    /// Where in the project file the finding points: its first fact read from the file, or the
    /// root. Facts taken from the policy (`policy.…`) or from the assessment itself have no
    /// place in the file, so CI annotations skip them.
    public var primaryPath: String {
        facts.first { $0.path.hasPrefix("$") }?.path ?? "$"
    }
}
