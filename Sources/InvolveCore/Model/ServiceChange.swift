/// What the project changes, as the file names it. Two vocabularies are accepted: the words of
/// effects on patients (`no-longer-available`, `moved`, …), and format 1's kinds, kept so that
/// older files still read. Every kind is graded through the effect it has (`ChangeEffect`), so
/// two words for the same effect always give the same grade; docs/project-file.md lists the
/// equivalences.
public enum ChangeKind: String, InputEnum {
    // Effects on patients (the preferred words).
    case noLongerAvailable = "no-longer-available"
    case moved
    case reducedOrConsolidated = "reduced-or-consolidated"
    case hoursOrAccessChanged = "hours-or-access-changed"
    case providerChangedSameSpecification = "provider-changed-same-specification"
    case providerChangedChangedSpecification = "provider-changed-changed-specification"
    case modelOfCareChanged = "model-of-care-changed"
    case eligibilityChanged = "eligibility-changed"
    case temporarilyUnavailable = "temporarily-unavailable"
    case staffChanged = "staff-changed"
    case serviceAdded = "service-added"
    // Format 1's kinds, each read as one of the effects above.
    case relocation
    case closure
    case gpPracticeClosure = "gp-practice-closure"
    case serviceWithdrawal = "service-withdrawal"
    case reductionOrConsolidation = "reduction-or-consolidation"
    case openingHours = "opening-hours"
    case newProviderSameSpecification = "new-provider-same-specification"
    case newProviderChangedSpecification = "new-provider-changed-specification"
    case careModel = "care-model"
    case eligibility
    case temporarySuspension = "temporary-suspension"
    case staffChange = "staff-change"
    case newService = "new-service"
    case digitalAccess = "digital-access"
    case other

    public var displayName: String {
        switch self {
        case .noLongerAvailable: return "service no longer available to the people who use it"
        case .moved: return "service moved to another location"
        case .reducedOrConsolidated: return "service reduced or consolidated on fewer sites"
        case .hoursOrAccessChanged: return "change to when or how people can reach a service"
        case .providerChangedSameSpecification: return "provider changed, same specification"
        case .providerChangedChangedSpecification: return "provider changed, specification changed"
        case .modelOfCareChanged: return "model of care changed"
        case .eligibilityChanged: return "change of eligibility or access criteria"
        case .temporarilyUnavailable: return "service temporarily unavailable"
        case .staffChanged: return "change of staff (for example a clinician retiring)"
        case .serviceAdded: return "a new service"
        case .relocation: return "relocation of a service"
        case .closure: return "closure of a service or site"
        case .gpPracticeClosure: return "closure of a GP practice"
        case .serviceWithdrawal: return "withdrawal of a service (no longer available)"
        case .reductionOrConsolidation: return "reduction or consolidation of a service"
        case .openingHours: return "change of opening hours"
        case .newProviderSameSpecification: return "new provider or contract, same specification"
        case .newProviderChangedSpecification: return "new provider or contract, changed specification"
        case .careModel: return "change of care model"
        case .eligibility: return "change of eligibility or access criteria"
        case .temporarySuspension: return "temporary suspension of a service"
        case .staffChange: return "change of staff (for example a clinician retiring)"
        case .newService: return "a new service"
        case .digitalAccess: return "change to digital or remote access"
        case .other: return "another kind of change"
        }
    }
}

public struct ServiceChange: ObjectDecodable, Equatable {
    public var kind: ChangeKind
    public var description: String?
    /// Extra travel time for the people affected, in minutes each way (typical or average).
    public var extraTravelMinutes: Int?
    /// Extra travel distance, in kilometres each way.
    public var extraTravelKilometres: Double?
    /// How many people are affected (patients, registered list, annual attendances).
    public var peopleAffected: Int?
    /// Care that people receive at the current service and would lose or have to seek
    /// elsewhere (seed 001 line 1124: "any specific care that may have been provided").
    public var specificCareLost: String?
    /// Whether the service stays available elsewhere to the same people.
    public var alternativeProvision: Bool?

    public init(kind: ChangeKind, description: String? = nil, extraTravelMinutes: Int? = nil,
                extraTravelKilometres: Double? = nil, peopleAffected: Int? = nil,
                specificCareLost: String? = nil, alternativeProvision: Bool? = nil) {
        self.kind = kind
        self.description = description
        self.extraTravelMinutes = extraTravelMinutes
        self.extraTravelKilometres = extraTravelKilometres
        self.peopleAffected = peopleAffected
        self.specificCareLost = specificCareLost
        self.alternativeProvision = alternativeProvision
    }

    /// What the change does to patients, from its kind and, for closures, whether the service
    /// stays available elsewhere; nil for `other`.
    public var effect: ChangeEffect? { ChangeEffect.of(self) }

    public static func decode(from reader: ObjectReader) -> ServiceChange? {
        let kind = reader.value("kind", as: ChangeKind.self, required: true)
        let change = ServiceChange(
            kind: kind ?? .other,
            description: reader.string("description"),
            extraTravelMinutes: reader.integer("extraTravelMinutes", in: 0...1440),
            extraTravelKilometres: reader.number("extraTravelKilometres", in: 0...1000),
            peopleAffected: reader.integer("peopleAffected", in: 0...100_000_000),
            specificCareLost: reader.string("specificCareLost"),
            alternativeProvision: reader.bool("alternativeProvision"))
        return kind == nil ? nil : change
    }
}
