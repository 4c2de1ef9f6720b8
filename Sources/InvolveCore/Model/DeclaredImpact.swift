/// The organisation's own answer to step 3, kept separate from the facts so that the two can
/// be compared: a relocation declared as "no impact" is a finding, not an accepted answer.
public enum ImpactAnswer: String, InputEnum {
    case yes
    case no
    case unknown
}

public struct ImpactDeclaration: ObjectDecodable, Equatable {
    public var answer: ImpactAnswer
    public var reasons: String?

    public init(answer: ImpactAnswer, reasons: String? = nil) {
        self.answer = answer
        self.reasons = reasons
    }

    public static func decode(from reader: ObjectReader) -> ImpactDeclaration? {
        let answer = reader.value("answer", as: ImpactAnswer.self, required: true)
        let reasons = reader.string("reasons")
        return answer.map { ImpactDeclaration(answer: $0, reasons: reasons) }
    }
}

/// Step 3 asks about two kinds of impact (seed 001 lines 1103-1106).
public struct DeclaredImpact: ObjectDecodable, Equatable {
    /// "An impact on the way services are delivered to individuals" (line 1105).
    public var mannerOfDelivery: ImpactDeclaration?
    /// "The range of health services available to individuals" (line 1106).
    public var rangeOfServices: ImpactDeclaration?

    public init(mannerOfDelivery: ImpactDeclaration?, rangeOfServices: ImpactDeclaration?) {
        self.mannerOfDelivery = mannerOfDelivery
        self.rangeOfServices = rangeOfServices
    }

    public static func decode(from reader: ObjectReader) -> DeclaredImpact? {
        DeclaredImpact(mannerOfDelivery: reader.object("mannerOfDelivery", as: ImpactDeclaration.self),
                       rangeOfServices: reader.object("rangeOfServices", as: ImpactDeclaration.self))
    }
}
