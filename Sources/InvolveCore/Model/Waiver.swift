/// An accountable waiver of one rule for one project (issue 5 fills this in).
public struct Waiver: ObjectDecodable, Equatable {
    public var rule: String

    public init(rule: String) {
        self.rule = rule
    }

    public static func decode(from reader: ObjectReader) -> Waiver? {
        reader.string("rule", required: true).map { Waiver(rule: $0) }
    }
}
