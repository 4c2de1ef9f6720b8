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

    static func of(_ change: ServiceChange) -> ImpactEvidence? {
        switch change.kind {
        case .relocation:
            return ImpactEvidence(dimensions: [.mannerOfDelivery], strength: .impact,
                                  reason: "the guidance gives \"the transfer of a service to another location\" as an impact on the way services are delivered (Annex B1, Step 3)",
                                  inferred: false)
        case .gpPracticeClosure:
            return ImpactEvidence(dimensions: [.mannerOfDelivery], strength: .likelyImpact,
                                  reason: "the guidance says the closure of a GP practice \"would impact upon the way in which services are delivered\" and that the duty likely applies (Annex B1, Step 3, examples)",
                                  inferred: false)
        case .serviceWithdrawal:
            return ImpactEvidence(dimensions: [.rangeOfServices], strength: .impact,
                                  reason: "the guidance gives \"the closure of a service of limited clinical benefit to fund investment in other services\" as an impact on the range of services (Annex B1, Step 3)",
                                  inferred: false)
        case .closure:
            let dimensions: [ImpactDimension] = change.alternativeProvision == false ? [.mannerOfDelivery, .rangeOfServices] : [.mannerOfDelivery]
            return ImpactEvidence(dimensions: dimensions, strength: .likelyImpact,
                                  reason: "people must go elsewhere for the service, as in the guidance's GP practice closure example (Annex B1, Step 3, examples)"
                                      + (change.alternativeProvision == false ? ", and with no alternative provision the range of services shrinks" : ""),
                                  inferred: true)
        case .newProviderSameSpecification:
            return ImpactEvidence(dimensions: ImpactDimension.allCases, strength: .typicallyNone,
                                  reason: "the guidance says a new contract \"with no change in the specification\" would not ordinarily change the way services are delivered or their range (Annex B1, Step 3, examples)",
                                  inferred: false)
        case .staffChange:
            return ImpactEvidence(dimensions: ImpactDimension.allCases, strength: .typicallyNone,
                                  reason: "the guidance says the retirement of a GP \"would not typically affect the range of services or the manner of their delivery\" (Annex B1, Step 3, examples)",
                                  inferred: false)
        case .reductionOrConsolidation:
            return inferredImpact([.mannerOfDelivery], "less of the service, or the same service on fewer sites, changes how and where people receive it")
        case .openingHours:
            return inferredImpact([.mannerOfDelivery], "changing when a service is open changes access to it, and the guidance asks about accessibility from the patient's perspective (Annex B1, Step 3)")
        case .newProviderChangedSpecification:
            return inferredImpact([.mannerOfDelivery], "unlike the guidance's podiatry example (Annex B1, Step 3, examples), the specification changes, so the way the service is delivered changes")
        case .careModel:
            return inferredImpact([.mannerOfDelivery], "a new model of care changes the manner in which the service is delivered")
        case .eligibility:
            return inferredImpact([.rangeOfServices], "changing who may use a service changes the range of services available to individuals")
        case .temporarySuspension:
            return inferredImpact([.mannerOfDelivery, .rangeOfServices], "while suspended the service is not available, and people must go elsewhere or wait")
        case .newService:
            return inferredImpact([.rangeOfServices], "a new service changes the range of services available")
        case .digitalAccess:
            return inferredImpact([.mannerOfDelivery], "moving to digital or remote access changes the manner of delivery, and can exclude people without digital access")
        case .other:
            return nil
        }
    }

    private static func inferredImpact(_ dimensions: [ImpactDimension], _ reason: String) -> ImpactEvidence {
        ImpactEvidence(dimensions: dimensions, strength: .likelyImpact, reason: reason, inferred: true)
    }
}
