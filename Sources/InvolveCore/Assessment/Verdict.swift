/// Does the statutory duty to involve apply? The grades are the guidance's own: it says a
/// duty "applies", is "likely" to apply, is "unlikely" to apply, or "does not apply"
/// (seed 001 lines 1064, 1112, 1124, 1128-1129). Undetermined means facts are missing.
public enum DutyVerdict: String, Sendable, CaseIterable {
    case applies
    case likelyApplies = "likely-applies"
    case unlikelyToApply = "unlikely-to-apply"
    case doesNotApply = "does-not-apply"
    case undetermined

    public var headline: String {
        switch self {
        case .applies: return "The duty to involve applies"
        case .likelyApplies: return "The duty to involve is likely to apply"
        case .unlikelyToApply: return "The duty to involve is unlikely to apply"
        case .doesNotApply: return "The duty to involve does not apply"
        case .undetermined: return "Undetermined: facts are missing"
        }
    }
}

/// Someone the organisation must (or should) involve, and the source that says so.
public struct Audience: Sendable, Hashable {
    public let who: String
    /// True for a legal requirement; false for guidance or good practice.
    public let required: Bool
    public let basis: String

    public init(who: String, required: Bool, basis: String) {
        self.who = who
        self.required = required
        self.basis = basis
    }
}
