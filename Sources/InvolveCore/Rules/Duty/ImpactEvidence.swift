/// The two kinds of impact step 3 asks about (seed 001 lines 1103-1106).
enum ImpactDimension: String, CaseIterable {
    case mannerOfDelivery
    case rangeOfServices

    var displayName: String {
        switch self {
        case .mannerOfDelivery: return "the way services are delivered"
        case .rangeOfServices: return "the range of services available"
        }
    }

    var path: String { "$.impact.\(rawValue)" }
}

/// What a kind of change says about step 3, and on what authority. Where the guidance gives
/// the change as an example the evidence cites it; otherwise it is inferred from the statute's
/// words ("an impact on the manner in which the services are delivered … or the range of
/// health services available") and labelled so.
struct ImpactEvidence {
    enum Strength {
        /// The guidance gives this change as an example of what an impact is (lines 1105-1106).
        case impact
        /// The change probably has an impact: the guidance grades it "likely" (line 1124), or
        /// the project infers it from the statute's words.
        case likelyImpact
        /// The guidance says this kind of change would not typically have an impact.
        case typicallyNone
    }

    let dimensions: [ImpactDimension]
    let strength: Strength
    let reason: String
    let inferred: Bool

    /// Graded by what the change does to patients (`ChangeEffect`), never by the word used for it.
    static func of(_ change: ServiceChange) -> ImpactEvidence? {
        guard let effect = change.effect else { return nil }
        switch effect {
        case .moved:
            return ImpactEvidence(dimensions: [.mannerOfDelivery], strength: .impact,
                                  reason: "the guidance gives \"the transfer of a service to another location\" as an impact on the way services are delivered (Annex B1, Step 3)",
                                  inferred: false)
        case .noLongerAvailable:
            return ImpactEvidence(dimensions: [.rangeOfServices], strength: .impact,
                                  reason: "the service would no longer be available to the people who use it, and the guidance gives \"the closure of a service of limited clinical benefit to fund investment in other services\" as an impact on the range of services (statutory guidance, Annex B1, Step 3)",
                                  inferred: false)
        case .reducedOrConsolidated:
            // The guidance's own example of this effect is the GP practice closure: patients go to
            // another practice, and the duty likely applies.
            return ImpactEvidence(dimensions: [.mannerOfDelivery], strength: .likelyImpact,
                                  reason: "the service would be provided in fewer places or less of it, so people must go elsewhere or change how they receive it; the guidance says the closure of a GP practice, after which patients go to another practice, \"would impact upon the way in which services are delivered\" and that the duty likely applies (statutory guidance, Annex B1, Step 3, examples)",
                                  inferred: change.kind != .gpPracticeClosure)
        case .closedAlternativeNotStated:
            return ImpactEvidence(dimensions: [.mannerOfDelivery], strength: .likelyImpact,
                                  reason: "the service closes here, so people must go elsewhere for it, as in the guidance's GP practice closure example (statutory guidance, Annex B1, Step 3, examples); if it is not available elsewhere to the same people, the range of services shrinks too and the duty applies (statutory guidance, Annex B1, Step 3)",
                                  inferred: change.kind != .gpPracticeClosure)
        case .providerChangedSameSpecification:
            return ImpactEvidence(dimensions: ImpactDimension.allCases, strength: .typicallyNone,
                                  reason: "the guidance says a new contract \"with no change in the specification\" would not ordinarily change the way services are delivered or their range (Annex B1, Step 3, examples)",
                                  inferred: false)
        case .staffChanged:
            return ImpactEvidence(dimensions: ImpactDimension.allCases, strength: .typicallyNone,
                                  reason: "the guidance says the retirement of a GP \"would not typically affect the range of services or the manner of their delivery\" (Annex B1, Step 3, examples)",
                                  inferred: false)
        case .hoursOrAccessChanged:
            return inferredImpact([.mannerOfDelivery], "changing when or how people can reach a service (its hours, or a move to digital or remote access) changes access to it and can exclude people (for example without digital access), and the guidance asks about accessibility from the patient's perspective (statutory guidance, Annex B1, Step 3)")
        case .providerChangedChangedSpecification:
            return inferredImpact([.mannerOfDelivery], "unlike the guidance's podiatry example (statutory guidance, Annex B1, Step 3, examples), the specification changes, so the way the service is delivered changes")
        case .modelOfCareChanged:
            return inferredImpact([.mannerOfDelivery], "a new model of care changes the manner in which the service is delivered")
        case .eligibilityChanged:
            return inferredImpact([.rangeOfServices], "changing who may use a service changes the range of services available to individuals")
        case .temporarilyUnavailable:
            return inferredImpact([.mannerOfDelivery, .rangeOfServices], "while suspended the service is not available, and people must go elsewhere or wait")
        case .serviceAdded:
            return inferredImpact([.rangeOfServices], "a new service changes the range of services available")
        }
    }

    private static func inferredImpact(_ dimensions: [ImpactDimension], _ reason: String) -> ImpactEvidence {
        ImpactEvidence(dimensions: dimensions, strength: .likelyImpact, reason: reason, inferred: true)
    }
}
