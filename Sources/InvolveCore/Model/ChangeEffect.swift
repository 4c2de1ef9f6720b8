/// What a change does to the people who use the service. Step 3, the indicators of a
/// substantial change and the degree-of-impact checks reason about effects, never about the word
/// a file used, so that synonyms cannot change a legal conclusion (seed 001 line 1108: impact is
/// "considered from the perspective of patients").
///
/// Equivalences (documented in docs/project-file.md, "changes"):
/// - `no-longer-available` = `service-withdrawal` = a `closure` or `gp-practice-closure` whose
///   service is not available elsewhere to the same people (`alternativeProvision: false`).
/// - `reduced-or-consolidated` = `reduction-or-consolidation` = a `closure` or
///   `gp-practice-closure` whose service stays available elsewhere (`alternativeProvision: true`):
///   fewer places provide it, and people must go to one of the others.
/// - A closure-like kind whose `alternativeProvision` is not stated is `closedAlternativeNotStated`:
///   graded as the lesser of the two (likely), with a question.
/// - `moved` = `relocation`; `hours-or-access-changed` = `opening-hours` = `digital-access`;
///   `provider-changed-same-specification` = `new-provider-same-specification`; and so on, one
///   format 1 kind for each effect.
public enum ChangeEffect: String, Sendable, CaseIterable {
    case noLongerAvailable = "no-longer-available"
    case reducedOrConsolidated = "reduced-or-consolidated"
    /// A closure, withdrawal or GP practice closure whose file does not say whether the service stays
    /// available elsewhere to the same people.
    case closedAlternativeNotStated = "closed-alternative-not-stated"
    case moved
    case hoursOrAccessChanged = "hours-or-access-changed"
    case providerChangedSameSpecification = "provider-changed-same-specification"
    case providerChangedChangedSpecification = "provider-changed-changed-specification"
    case modelOfCareChanged = "model-of-care-changed"
    case eligibilityChanged = "eligibility-changed"
    case temporarilyUnavailable = "temporarily-unavailable"
    case staffChanged = "staff-changed"
    case serviceAdded = "service-added"

    public var displayName: String {
        switch self {
        case .noLongerAvailable: return "the service is no longer available to the people who use it"
        case .reducedOrConsolidated: return "the service is reduced or provided in fewer places"
        case .closedAlternativeNotStated: return "the service closes here (whether it stays available elsewhere is not stated)"
        case .moved: return "the service moves to another location"
        case .hoursOrAccessChanged: return "when or how people can reach the service changes"
        case .providerChangedSameSpecification: return "the provider changes, with the same specification"
        case .providerChangedChangedSpecification: return "the provider changes, with a changed specification"
        case .modelOfCareChanged: return "the model of care changes"
        case .eligibilityChanged: return "who may use the service changes"
        case .temporarilyUnavailable: return "the service is temporarily unavailable"
        case .staffChanged: return "the staff change"
        case .serviceAdded: return "a new service is added"
        }
    }

    /// Closure-like kinds: what they do depends on whether the service stays available elsewhere.
    static let closureKinds: Set<ChangeKind> = [.noLongerAvailable, .serviceWithdrawal, .closure, .gpPracticeClosure]

    static func of(_ change: ServiceChange) -> ChangeEffect? {
        if closureKinds.contains(change.kind) {
            switch change.alternativeProvision {
            case false?: return .noLongerAvailable
            case true?: return .reducedOrConsolidated
            case nil:
                // The words "no longer available" and "withdrawal" state the fact themselves.
                return change.kind == .noLongerAvailable || change.kind == .serviceWithdrawal ? .noLongerAvailable : .closedAlternativeNotStated
            }
        }
        switch change.kind {
        case .moved, .relocation: return .moved
        case .reducedOrConsolidated, .reductionOrConsolidation: return .reducedOrConsolidated
        case .hoursOrAccessChanged, .openingHours, .digitalAccess: return .hoursOrAccessChanged
        case .providerChangedSameSpecification, .newProviderSameSpecification: return .providerChangedSameSpecification
        case .providerChangedChangedSpecification, .newProviderChangedSpecification: return .providerChangedChangedSpecification
        case .modelOfCareChanged, .careModel: return .modelOfCareChanged
        case .eligibilityChanged, .eligibility: return .eligibilityChanged
        case .temporarilyUnavailable, .temporarySuspension: return .temporarilyUnavailable
        case .staffChanged, .staffChange: return .staffChanged
        case .serviceAdded, .newService: return .serviceAdded
        case .noLongerAvailable, .serviceWithdrawal, .closure, .gpPracticeClosure, .other: return nil
        }
    }
}
