/// Where the urgency comes from. Only an urgent situation, or a genuine risk to the safety or
/// welfare of patients or staff, can justify limited involvement (seed 001 line 709); time lost to
/// the organisation's own delay, or pressure on money, cannot.
public enum UrgencyOrigin: String, InputEnum {
    /// A risk to the health, safety or welfare of patients or staff (for example unsafe staffing).
    case riskToSafetyOrWelfare = "risk-to-safety-or-welfare"
    /// An event outside the organisation's control (fire, flood, a provider's collapse, a pandemic).
    case externalEvent = "external-event"
    /// The organisation's own delay in starting involvement or making the decision.
    case organisationDelay = "organisation-delay"
    /// Financial pressure: savings, a budget deadline, a contract's cost.
    case financialPressure = "financial-pressure"

    public var displayName: String {
        switch self {
        case .riskToSafetyOrWelfare: return "a risk to the safety or welfare of patients or staff"
        case .externalEvent: return "an event outside the organisation's control"
        case .organisationDelay: return "the organisation's own delay"
        case .financialPressure: return "financial pressure"
        }
    }
}

/// Decisions in urgent situations (seed 001 lines 705-713). Urgency must be evidenced: a label
/// ("clinical safety reasons") with nothing behind it earns no exemption (R (Morris) v Trafford
/// Healthcare NHS Trust [2006] EWHC 2334 (Admin)). Every field but `isUrgent` is optional.
public struct Urgency: ObjectDecodable, Equatable {
    public var isUrgent: Bool
    /// What makes it urgent, for example staff shortages or estate issues (line 709).
    public var cause: String?
    /// The risk to the health, safety or welfare of patients or staff, if any (line 709).
    public var riskToPatientsOrStaff: String?
    /// True when the lack of time came from leaving involvement late rather than from the
    /// urgent situation; urgency then does not justify limited involvement (line 709).
    public var involvementLeftLate: Bool?
    /// Where the urgency comes from.
    public var origin: UrgencyOrigin?
    /// The evidence for the risk: incident reports, staffing figures, an inspection, a safety review.
    public var riskEvidence: String?
    /// Who assessed the risk (a named role: medical director, head of midwifery, CQC).
    public var riskAssessedBy: String?
    /// When the risk arose (or was first known).
    public var riskArose: CalendarDate?
    /// When the proposal was first identified, to compare with when the risk arose.
    public var proposalFirstIdentified: CalendarDate?
    /// What involvement is still possible in the time (for example two weeks' rapid engagement with
    /// the women booked at the unit).
    public var involvementStillPossible: String?

    public init(isUrgent: Bool, cause: String? = nil, riskToPatientsOrStaff: String? = nil, involvementLeftLate: Bool? = nil,
                origin: UrgencyOrigin? = nil, riskEvidence: String? = nil, riskAssessedBy: String? = nil,
                riskArose: CalendarDate? = nil, proposalFirstIdentified: CalendarDate? = nil, involvementStillPossible: String? = nil) {
        self.isUrgent = isUrgent
        self.cause = cause
        self.riskToPatientsOrStaff = riskToPatientsOrStaff
        self.involvementLeftLate = involvementLeftLate
        self.origin = origin
        self.riskEvidence = riskEvidence
        self.riskAssessedBy = riskAssessedBy
        self.riskArose = riskArose
        self.proposalFirstIdentified = proposalFirstIdentified
        self.involvementStillPossible = involvementStillPossible
    }

    public static func decode(from reader: ObjectReader) -> Urgency? {
        let isUrgent = reader.bool("isUrgent", required: true)
        let urgency = Urgency(isUrgent: isUrgent ?? false, cause: reader.string("cause"),
                              riskToPatientsOrStaff: reader.string("riskToPatientsOrStaff"),
                              involvementLeftLate: reader.bool("involvementLeftLate"),
                              origin: reader.value("origin", as: UrgencyOrigin.self),
                              riskEvidence: reader.string("riskEvidence"),
                              riskAssessedBy: reader.string("riskAssessedBy"),
                              riskArose: reader.date("riskArose"),
                              proposalFirstIdentified: reader.date("proposalFirstIdentified"),
                              involvementStillPossible: reader.string("involvementStillPossible"))
        return isUrgent == nil ? nil : urgency
    }
}

/// A change made for a limited time (line 711: "Where urgent changes are made on a temporary
/// basis, the legal duties still apply if organisations subsequently consider whether to make
/// them permanent").
public struct TemporaryChange: ObjectDecodable, Equatable {
    public var isTemporary: Bool
    public var permanenceUnderConsideration: Bool?
    public var expectedEnd: CalendarDate?

    public init(isTemporary: Bool, permanenceUnderConsideration: Bool? = nil, expectedEnd: CalendarDate? = nil) {
        self.isTemporary = isTemporary
        self.permanenceUnderConsideration = permanenceUnderConsideration
        self.expectedEnd = expectedEnd
    }

    public static func decode(from reader: ObjectReader) -> TemporaryChange? {
        let isTemporary = reader.bool("isTemporary", required: true)
        let change = TemporaryChange(isTemporary: isTemporary ?? false,
                                     permanenceUnderConsideration: reader.bool("permanenceUnderConsideration"),
                                     expectedEnd: reader.date("expectedEnd"))
        return isTemporary == nil ? nil : change
    }
}
