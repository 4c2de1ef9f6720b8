/// The toolkits' indicators that a change may be a substantial development or variation
/// (seed 004 lines 565-570; seed 003 lines 90-92). "Substantial" is agreed with the scrutiny
/// committee; an indicator makes it likely, never certain.
struct SubstantialIndicator: Hashable {
    let text: String
    let facts: [Fact]
}

enum SubstantialIndicators {
    static func of(_ project: Project) -> [SubstantialIndicator] {
        var found: [SubstantialIndicator] = []
        for (index, change) in project.changes.enumerated() {
            guard let text = indicator(for: change) else { continue }
            found.append(SubstantialIndicator(text: "change \(index + 1) (\(change.kind.displayName)): \(text)",
                                              facts: Step3Impact.changeFacts(index, change)))
        }
        for (index, group) in (project.affectedGroups ?? []).enumerated() where group.significantlyDisadvantaged == true {
            found.append(SubstantialIndicator(
                text: "\(group.name) would be significantly disadvantaged: \"If a small number of patients or local people are significantly impacted, this may still be seen as substantial\" (seed 004 line 570; seed 003 line 92)",
                facts: [Fact("$.affectedGroups[\(index)].name", group.name),
                        Fact("$.affectedGroups[\(index)].significantlyDisadvantaged", "true")]))
        }
        return found
    }

    private static func indicator(for change: ServiceChange) -> String? {
        switch change.kind {
        case .closure, .gpPracticeClosure:
            return "\"When there are plans to close a service\" (seed 004 line 566)"
        case .serviceWithdrawal:
            return "\"Are we withdrawing services completely?\" (seed 003 line 90; seed 004 line 566)"
        case .reductionOrConsolidation:
            return "\"When a service is being reduced (including consolidating services)\" (seed 004 line 565)"
        case .relocation:
            return "\"When a service is being moved\" (seed 004 line 567); more so if the move \"could cause considerable disruption for service users\" (seed 003 line 91)"
        case .careModel:
            return "\"When the service model is being significantly changed\" (seed 004 line 568), if the change of model is significant"
        case .temporarySuspension:
            return "the service is not available while suspended, like a closure (seed 004 line 566), for as long as the suspension lasts"
        case .openingHours, .newProviderSameSpecification, .newProviderChangedSpecification, .eligibility,
             .staffChange, .newService, .digitalAccess, .other:
            return nil
        }
    }
}
