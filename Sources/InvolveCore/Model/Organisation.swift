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
        }
    }

    /// "an integrated care board (ICB)", "NHS England": for sentences such as "As an ICB, …".
    public var withArticle: String {
        switch self {
        case .nhsEngland: return displayName
        case .integratedCareBoard, .independentProvider, .integratedCarePartnership: return "an " + displayName
        case .nhsTrust, .nhsFoundationTrust: return "an " + displayName
        default: return "a " + displayName
        }
    }

    /// NHS England and ICBs commission; trusts provide. The statutory duty follows that role.
    public var isCommissioner: Bool { self == .nhsEngland || self == .integratedCareBoard }
    public var isTrust: Bool { self == .nhsTrust || self == .nhsFoundationTrust }
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
