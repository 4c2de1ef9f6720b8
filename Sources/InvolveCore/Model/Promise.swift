/// What a promise made to the people affected was about (format 2). A promise to consult can
/// create a procedural legitimate expectation of consultation; a promise about the service or
/// the place itself a substantive one, which may be frustrated only where an overriding public
/// interest justifies it (R v North and East Devon HA ex p Coughlan [1999] EWCA Civ 1871, [2001] QB 213).
public enum PromiseSubject: String, InputEnum {
    case consultation
    case service
    case place

    public var displayName: String {
        switch self {
        case .consultation: return "a promise to consult"
        case .service: return "a promise about the service itself"
        case .place: return "a promise about the place where the service is provided"
        }
    }
}

/// One promise made to the people affected: by whom, when, to whom, about what.
public struct Promise: ObjectDecodable, Equatable {
    public var about: PromiseSubject
    public var madeBy: String?
    public var date: CalendarDate?
    public var madeTo: String?
    public var details: String?

    public init(about: PromiseSubject, madeBy: String? = nil, date: CalendarDate? = nil, madeTo: String? = nil, details: String? = nil) {
        self.about = about
        self.madeBy = madeBy
        self.date = date
        self.madeTo = madeTo
        self.details = details
    }

    public static func decode(from reader: ObjectReader) -> Promise? {
        let about = reader.value("about", as: PromiseSubject.self, required: true)
        let madeBy = reader.string("madeBy")
        let date = reader.date("date")
        let madeTo = reader.string("madeTo")
        let details = reader.string("details")
        return about.map { Promise(about: $0, madeBy: madeBy, date: date, madeTo: madeTo, details: details) }
    }
}

/// Carrying out the change once decided (format 2). Implementation long after the involvement
/// behind it is fair only if the proposal and the circumstances are still those people were
/// involved on.
public struct Implementation: ObjectDecodable, Equatable {
    public var startDate: CalendarDate?
    public var proposalChangedSinceInvolvement: Bool?
    public var circumstancesChangedSinceInvolvement: Bool?
    public var details: String?

    public init(startDate: CalendarDate? = nil, proposalChangedSinceInvolvement: Bool? = nil,
                circumstancesChangedSinceInvolvement: Bool? = nil, details: String? = nil) {
        self.startDate = startDate
        self.proposalChangedSinceInvolvement = proposalChangedSinceInvolvement
        self.circumstancesChangedSinceInvolvement = circumstancesChangedSinceInvolvement
        self.details = details
    }

    public static func decode(from reader: ObjectReader) -> Implementation? {
        Implementation(startDate: reader.date("startDate"),
                       proposalChangedSinceInvolvement: reader.bool("proposalChangedSinceInvolvement"),
                       circumstancesChangedSinceInvolvement: reader.bool("circumstancesChangedSinceInvolvement"),
                       details: reader.string("details"))
    }
}
