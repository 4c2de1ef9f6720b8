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
                text: "\(group.name) would be significantly disadvantaged: \"If a small number of patients or local people are significantly impacted, this may still be seen as substantial\" (South East London toolkit, Appendix: legal duties; North East and North Cumbria toolkit, What is the difference between consultation and engagement?)",
                facts: [Fact("$.affectedGroups[\(index)].name", group.name),
                        Fact("$.affectedGroups[\(index)].significantlyDisadvantaged", "true")]))
        }
        return found
    }

    /// Read from what the change does (`ChangeEffect`), so that synonyms give the same indicator.
    private static func indicator(for change: ServiceChange) -> String? {
        switch change.effect {
        case .closedAlternativeNotStated?:
            return "\"When there are plans to close a service\" (South East London toolkit, Appendix: legal duties)"
        case .noLongerAvailable?:
            return "\"Are we withdrawing services completely?\" (North East and North Cumbria toolkit, What is the difference between consultation and engagement?); \"When there are plans to close a service\" (South East London toolkit, Appendix: legal duties)"
        case .reducedOrConsolidated? where ChangeEffect.closureKinds.contains(change.kind):
            return "\"When there are plans to close a service\" (South East London toolkit, Appendix: legal duties); it stays available elsewhere, so in effect it is consolidated: \"When a service is being reduced (including consolidating services)\" (South East London toolkit, Appendix: legal duties)"
        case .reducedOrConsolidated?:
            return "\"When a service is being reduced (including consolidating services)\" (South East London toolkit, Appendix: legal duties)"
        case .moved?:
            return "\"When a service is being moved\" (South East London toolkit, Appendix: legal duties); more so if the move \"could cause considerable disruption for service users\" (North East and North Cumbria toolkit, What is the difference between consultation and engagement?)"
        case .modelOfCareChanged?:
            return "\"When the service model is being significantly changed\" (South East London toolkit, Appendix: legal duties), if the change of model is significant"
        case .temporarilyUnavailable?:
            return "the service is not available while suspended, like a closure (South East London toolkit, Appendix: legal duties), for as long as the suspension lasts"
        case .hoursOrAccessChanged?, .providerChangedSameSpecification?, .providerChangedChangedSpecification?, .eligibilityChanged?,
             .staffChanged?, .serviceAdded?, nil:
            return nil
        }
    }
}
