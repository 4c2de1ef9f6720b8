/// The part a body plays in a project with several bodies (format 2). Each body the statutory
/// duty binds is "accountable and liable for compliance with their public involvement
/// obligations" (seed 001 line 1030), whatever its role: the role is shown, never used to
/// drop a body's duty.
public enum PartyRole: String, InputEnum {
    case lead
    case jointCommitteeMember = "joint-committee-member"
    case committeesInCommonMember = "committees-in-common-member"
    case commissioner
    case provider
    case partner

    public var displayName: String {
        switch self {
        case .lead: return "lead"
        case .jointCommitteeMember: return "member of a joint committee"
        case .committeesInCommonMember: return "member of committees in common"
        case .commissioner: return "commissioner"
        case .provider: return "provider"
        case .partner: return "partner"
        }
    }
}

/// One body taking part in the project besides the organisation the file is for (format 2:
/// `parties`). Its relationship to the services decides step 1 for it, as for the organisation.
public struct Party: ObjectDecodable, Equatable {
    public var name: String
    public var kind: OrganisationKind
    public var role: PartyRole?
    public var relationship: ServiceRelationship?

    public init(name: String, kind: OrganisationKind, role: PartyRole? = nil, relationship: ServiceRelationship? = nil) {
        self.name = name
        self.kind = kind
        self.role = role
        self.relationship = relationship
    }

    public static func decode(from reader: ObjectReader) -> Party? {
        let name = reader.string("name", required: true)
        let kind = reader.value("kind", as: OrganisationKind.self, required: true)
        let role = reader.value("role", as: PartyRole.self)
        let relationship = reader.value("relationship", as: ServiceRelationship.self)
        guard let name, let kind else { return nil }
        return Party(name: name, kind: kind, role: role, relationship: relationship)
    }
}

/// A body as step 1 sees it: the organisation (lead) or one of the parties, with where in the
/// file its kind and relationship were read.
public struct BodyInProject: Sendable, Equatable {
    public let name: String
    public let kind: OrganisationKind
    public let role: PartyRole
    public let relationship: ServiceRelationship?
    /// `$.organisation` or `$.parties[1]`.
    public let path: String
    /// `$.services.relationship` for the organisation, `$.parties[1].relationship` for a party.
    public let relationshipPath: String
}
