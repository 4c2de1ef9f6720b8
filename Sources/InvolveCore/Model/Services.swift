/// How the organisation stands to the services the project concerns. Step 1 turns on it:
/// commissioners' duty covers their commissioning arrangements (s13Q, s14Z45), trusts' duty
/// the services for which they are responsible (s242(1B)).
public enum ServiceRelationship: String, InputEnum {
    case commissions
    case provides
    case commissionsAndProvides = "commissions-and-provides"
    case neither
}

/// What kind of service it is (format 2). The NHS involvement duties and health scrutiny
/// consultation concern health services; a council's leisure centre or a social care service
/// is not one, and a jointly funded service is a health service in part.
public enum ServiceNature: String, InputEnum {
    case nhsHealthService = "nhs-health-service"
    case socialCare = "social-care"
    case publicHealth = "public-health"
    case jointlyFunded = "jointly-funded"
    case otherPublicService = "other-public-service"

    public var displayName: String {
        switch self {
        case .nhsHealthService: return "an NHS health service"
        case .socialCare: return "social care"
        case .publicHealth: return "a public health service (commissioned by a local authority)"
        case .jointlyFunded: return "a jointly funded health and care service"
        case .otherPublicService: return "a public service other than health or care (such as leisure, housing or a grant scheme)"
        }
    }

    /// Whether the service is (at least in part) a health service, the subject of the NHS Act
    /// involvement duties and of reg 23. A public health service commissioned by a local
    /// authority counts: an NHS body providing it is responsible for a health service, and the
    /// regulations may reach its provider (inferred; a lawyer should confirm). Social care and
    /// other public services do not.
    public var isHealthService: Bool { self != .socialCare && self != .otherPublicService }

    /// Local Healthwatch's remit is health and social care (Health and Social Care Act 2012), so
    /// it is not an audience the guidance expects for other public services.
    public var withinHealthwatchRemit: Bool { self != .otherPublicService }
}

public struct Services: ObjectDecodable, Equatable {
    public var description: String?
    public var relationship: ServiceRelationship?
    /// Format 2: what kind of service, who funds it and who provides it.
    public var nature: ServiceNature?
    public var fundedBy: String?
    public var providedBy: String?
    /// Format 2: the local authority areas the service's users live in. More than one area with
    /// a substantial change means a joint health scrutiny committee (reg 30).
    public var localAuthorityAreas: [String]?

    public init(description: String? = nil, relationship: ServiceRelationship?, nature: ServiceNature? = nil,
                fundedBy: String? = nil, providedBy: String? = nil, localAuthorityAreas: [String]? = nil) {
        self.description = description
        self.relationship = relationship
        self.nature = nature
        self.fundedBy = fundedBy
        self.providedBy = providedBy
        self.localAuthorityAreas = localAuthorityAreas
    }

    public static func decode(from reader: ObjectReader) -> Services? {
        var services = Services(description: reader.string("description"),
                                relationship: reader.value("relationship", as: ServiceRelationship.self))
        if reader.hasFormat(2, keys: ["nature", "fundedBy", "providedBy", "localAuthorityAreas"]) {
            services.nature = reader.value("nature", as: ServiceNature.self)
            services.fundedBy = reader.string("fundedBy")
            services.providedBy = reader.string("providedBy")
            services.localAuthorityAreas = reader.strings("localAuthorityAreas")
        }
        return services
    }
}
