/// The kinds of organisation the guidance distinguishes (seed 001, "Who is this guidance for?",
/// lines 225-256), because the duty that binds them, if any, depends on what they are.
public enum OrganisationKind: String, InputEnum {
    case nhsEngland = "nhs-england"
    case integratedCareBoard = "icb"
    case nhsTrust = "nhs-trust"
    case nhsFoundationTrust = "nhs-foundation-trust"
    case gpPractice = "gp-practice"
    case independentProvider = "independent-provider"
    case integratedCarePartnership = "icp"
    case placeBasedPartnership = "place-based-partnership"
    case providerCollaborative = "provider-collaborative"
    case localAuthority = "local-authority"
    /// A government department (for example one changing a grant scheme). Format 2.
    case governmentDepartment = "government-department"
    /// An NHS arm's-length body other than NHS England (a special health authority such as NHS
    /// Blood and Transplant, or a non-departmental body). Format 2.
    case nhsArmsLengthBody = "nhs-arms-length-body"

    public var displayName: String {
        switch self {
        case .nhsEngland: return "NHS England"
        case .integratedCareBoard: return "integrated care board (ICB)"
        case .nhsTrust: return "NHS trust"
        case .nhsFoundationTrust: return "NHS foundation trust"
        case .gpPractice: return "GP practice under the NHS Standard Contract"
        case .independentProvider: return "independent provider under the NHS Standard Contract"
        case .integratedCarePartnership: return "integrated care partnership (ICP)"
        case .placeBasedPartnership: return "place-based partnership"
        case .providerCollaborative: return "provider collaborative"
        case .localAuthority: return "local authority"
        case .governmentDepartment: return "government department"
        case .nhsArmsLengthBody: return "NHS arm's-length body"
        }
    }

    /// "an integrated care board (ICB)", "NHS England": for sentences such as "As an ICB, …".
    public var withArticle: String {
        switch self {
        case .nhsEngland: return displayName
        case .integratedCareBoard, .independentProvider, .integratedCarePartnership: return "an " + displayName
        case .nhsTrust, .nhsFoundationTrust, .nhsArmsLengthBody: return "an " + displayName
        default: return "a " + displayName
        }
    }

    /// NHS England and ICBs commission; trusts provide. The statutory duty follows that role.
    public var isCommissioner: Bool { self == .nhsEngland || self == .integratedCareBoard }
    public var isTrust: Bool { self == .nhsTrust || self == .nhsFoundationTrust }

    /// Bodies that reg 23 of the Health Scrutiny Regulations 2013 binds when they propose a
    /// substantial development or variation of the health service: relevant NHS bodies (NHS
    /// England, ICBs, trusts) and relevant health service providers (GP practices and independent
    /// providers of NHS services). Partnerships are not bodies of their own; local authorities,
    /// government departments and other arm's-length bodies are not bound (the project's reading
    /// of reg 20 and 23: inferred). The notice to the Secretary of State and NHS England assurance
    /// follow reg 23, so the same bodies.
    public var isBoundByScrutinyRegulations: Bool {
        switch self {
        case .nhsEngland, .integratedCareBoard, .nhsTrust, .nhsFoundationTrust, .gpPractice, .independentProvider: return true
        case .integratedCarePartnership, .placeBasedPartnership, .providerCollaborative, .localAuthority,
             .governmentDepartment, .nhsArmsLengthBody: return false
        }
    }
}

public struct Organisation: ObjectDecodable, Equatable {
    public var name: String
    public var kind: OrganisationKind

    public init(name: String, kind: OrganisationKind) {
        self.name = name
        self.kind = kind
    }

    public static func decode(from reader: ObjectReader) -> Organisation? {
        let name = reader.string("name", required: true)
        let kind = reader.value("kind", as: OrganisationKind.self, required: true)
        guard let name, let kind else { return nil }
        return Organisation(name: name, kind: kind)
    }
}
