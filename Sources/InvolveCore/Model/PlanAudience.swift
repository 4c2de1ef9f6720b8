/// The kinds of people and organisations an involvement plan can reach. Carers and
/// representatives are separate kinds because NHS England and ICBs must involve both
/// (s13Q, s14Z45 as amended in 2022; seed 001 line 1042).
public enum AudienceKind: String, InputEnum {
    case peopleUsingServices = "people-using-services"
    case carers
    case representatives
    case protectedCharacteristicGroups = "protected-characteristic-groups"
    case healthInequalitiesGroups = "health-inequalities-groups"
    case healthwatch
    case staff
    case voluntaryAndCommunitySector = "voluntary-and-community-sector"
    case councillors
    case other

    public var displayName: String {
        switch self {
        case .peopleUsingServices: return "people who use or may use the services"
        case .carers: return "carers"
        case .representatives: return "representatives (advocates, family members who help organise care)"
        case .protectedCharacteristicGroups: return "groups with protected characteristics"
        case .healthInequalitiesGroups: return "groups facing health inequalities"
        case .healthwatch: return "local Healthwatch"
        case .staff: return "staff"
        case .voluntaryAndCommunitySector: return "voluntary, community and social enterprise (VCSE) organisations"
        case .councillors: return "councillors and community leaders"
        case .other: return "others"
        }
    }

    /// Kinds the guidance names as possible representatives (seed 001 line 1044: "councillors and
    /// community leaders, VCSE sector organisations, local Healthwatch and other organisations
    /// able to represent the interests of the individuals").
    public var canRepresent: Bool {
        self == .representatives || self == .healthwatch || self == .voluntaryAndCommunitySector || self == .councillors
    }
}

/// One audience the plan reaches, with free text saying who exactly and how.
public struct PlannedAudience: ObjectDecodable, Equatable {
    public var kind: AudienceKind
    public var details: String?

    public init(kind: AudienceKind, details: String? = nil) {
        self.kind = kind
        self.details = details
    }

    public static func decode(from reader: ObjectReader) -> PlannedAudience? {
        let kind = reader.value("kind", as: AudienceKind.self, required: true)
        let details = reader.string("details")
        return kind.map { PlannedAudience(kind: $0, details: details) }
    }
}
