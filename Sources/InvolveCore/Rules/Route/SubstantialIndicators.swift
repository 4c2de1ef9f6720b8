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

    /// Read from what the change does (`ChangeEffect`), so that synonyms give the same indicator.
    private static func indicator(for change: ServiceChange) -> String? {
        switch change.effect {
        case .closedAlternativeNotStated?:
            return "\"When there are plans to close a service\" (seed 004 line 566)"
        case .noLongerAvailable?:
            return "\"Are we withdrawing services completely?\" (seed 003 line 90); \"When there are plans to close a service\" (seed 004 line 566)"
        case .reducedOrConsolidated? where ChangeEffect.closureKinds.contains(change.kind):
            return "\"When there are plans to close a service\" (seed 004 line 566); it stays available elsewhere, so in effect it is consolidated: \"When a service is being reduced (including consolidating services)\" (seed 004 line 565)"
        case .reducedOrConsolidated?:
            return "\"When a service is being reduced (including consolidating services)\" (seed 004 line 565)"
        case .moved?:
            return "\"When a service is being moved\" (seed 004 line 567); more so if the move \"could cause considerable disruption for service users\" (seed 003 line 91)"
        case .modelOfCareChanged?:
            return "\"When the service model is being significantly changed\" (seed 004 line 568), if the change of model is significant"
        case .temporarilyUnavailable?:
            return "the service is not available while suspended, like a closure (seed 004 line 566), for as long as the suspension lasts"
        case .hoursOrAccessChanged?, .providerChangedSameSpecification?, .providerChangedChangedSpecification?, .eligibilityChanged?,
             .staffChanged?, .serviceAdded?, nil:
            return nil
        }
    }
}
