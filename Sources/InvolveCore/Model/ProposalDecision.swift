/// A decision on the proposal itself (format 2: `decisions`), as distinct from the decision
/// about involvement that `decision` records: when it was or will be taken, by whom, what, and
/// which exercises it relies on (by their names). A phased programme decides in stages.
public struct ProposalDecision: ObjectDecodable, Equatable {
    public var date: CalendarDate
    public var decidedBy: String?
    public var what: String?
    /// The `name`s of the exercises the decision rests on.
    public var reliesOn: [String]

    public init(date: CalendarDate, decidedBy: String? = nil, what: String? = nil, reliesOn: [String] = []) {
        self.date = date
        self.decidedBy = decidedBy
        self.what = what
        self.reliesOn = reliesOn
    }

    public static func decode(from reader: ObjectReader) -> ProposalDecision? {
        let date = reader.date("date", required: true)
        let decidedBy = reader.string("decidedBy")
        let what = reader.string("what")
        let reliesOn = reader.strings("reliesOn") ?? []
        return date.map { ProposalDecision(date: $0, decidedBy: decidedBy, what: what, reliesOn: reliesOn) }
    }
}
