/// How the organisation plans to involve people (issue 3 fills this in).
public enum InvolvementApproach: String, InputEnum {
    case inform
    case engage
    case consult
    case coProduce = "co-produce"
}

public struct InvolvementPlan: ObjectDecodable, Equatable {
    public var approach: InvolvementApproach?

    public init(approach: InvolvementApproach? = nil) {
        self.approach = approach
    }

    public static func decode(from reader: ObjectReader) -> InvolvementPlan? {
        InvolvementPlan(approach: reader.value("approach", as: InvolvementApproach.self))
    }
}
