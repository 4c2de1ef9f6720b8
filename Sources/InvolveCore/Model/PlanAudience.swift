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
    /// Everyone in the area, whether or not they use the services (seed 001 line 193: "people"
    /// means everyone, "whether or not they use or access health and care services"). A plan
    /// reaching the general public reaches people who use or may use the services.
    case generalPublic = "general-public"
    /// Bodies a statute or regulation requires to be consulted (the local authority under reg
    /// 23, Healthwatch, a health and wellbeing board), kept apart from the public.
    case statutoryConsultees = "statutory-consultees"
    /// Organisations that represent the people affected (patient groups, user-led
    /// organisations, residents' associations, trade unions for staff).
    case representativeBodies = "representative-bodies"
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
        case .generalPublic: return "the general public"
        case .statutoryConsultees: return "statutory consultees"
        case .representativeBodies: return "representative bodies of the people affected"
        case .other: return "others"
        }
    }

    /// Kinds the guidance names as possible representatives (seed 001 line 1044: "councillors and
    /// community leaders, VCSE sector organisations, local Healthwatch and other organisations
    /// able to represent the interests of the individuals").
    public var canRepresent: Bool {
        self == .representatives || self == .healthwatch || self == .voluntaryAndCommunitySector || self == .councillors
            || self == .representativeBodies
    }

    /// Kinds that reach people who use or may use the services: the people themselves, or the
    /// whole public of the area, of whom they are part.
    public var reachesServiceUsers: Bool { self == .peopleUsingServices || self == .generalPublic }
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
