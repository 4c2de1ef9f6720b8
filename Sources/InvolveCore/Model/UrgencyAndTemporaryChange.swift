/// Decisions in urgent situations (seed 001 lines 705-713).
public struct Urgency: ObjectDecodable, Equatable {
    public var isUrgent: Bool
    /// What makes it urgent, for example staff shortages or estate issues (line 709).
    public var cause: String?
    /// The risk to the health, safety or welfare of patients or staff, if any (line 709).
    public var riskToPatientsOrStaff: String?
    /// True when the lack of time came from leaving involvement late rather than from the
    /// urgent situation; urgency then does not justify limited involvement (line 709).
    public var involvementLeftLate: Bool?

    public init(isUrgent: Bool, cause: String? = nil, riskToPatientsOrStaff: String? = nil, involvementLeftLate: Bool? = nil) {
        self.isUrgent = isUrgent
        self.cause = cause
        self.riskToPatientsOrStaff = riskToPatientsOrStaff
        self.involvementLeftLate = involvementLeftLate
    }

    public static func decode(from reader: ObjectReader) -> Urgency? {
        let isUrgent = reader.bool("isUrgent", required: true)
        let urgency = Urgency(isUrgent: isUrgent ?? false, cause: reader.string("cause"),
                              riskToPatientsOrStaff: reader.string("riskToPatientsOrStaff"),
                              involvementLeftLate: reader.bool("involvementLeftLate"))
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
