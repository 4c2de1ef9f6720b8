/// Step 2 of the three-step test: "What type of activity is it? The duty applies to three
/// types of activity." (seed 001 line 1058). An activity may be several at once (line 1089).
public enum ActivityType: String, InputEnum {
    case planning
    case proposalForChange = "proposal-for-change"
    case operationalDecision = "operational-decision"
    /// Declared explicitly, so that "none of the three" is a fact and never a default.
    case noneOfThese = "none-of-these"

    public var displayName: String {
        switch self {
        case .planning: return "planning"
        case .proposalForChange: return "a proposal for change"
        case .operationalDecision: return "an operational decision"
        case .noneOfThese: return "none of the three types"
        }
    }
}
