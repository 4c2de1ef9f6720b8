/// The human decision about involvement, kept for the decision record (issue 6 fills this in).
public struct Decision: ObjectDecodable, Equatable {
    public var decidedBy: String?
    public var date: CalendarDate?

    public init(decidedBy: String? = nil, date: CalendarDate? = nil) {
        self.decidedBy = decidedBy
        self.date = date
    }

    public static func decode(from reader: ObjectReader) -> Decision? {
        Decision(decidedBy: reader.string("decidedBy"), date: reader.date("date"))
    }
}
