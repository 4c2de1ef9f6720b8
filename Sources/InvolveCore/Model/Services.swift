/// How the organisation stands to the services the project concerns. Step 1 turns on it:
/// commissioners' duty covers their commissioning arrangements (s13Q, s14Z45), trusts' duty
/// the services for which they are responsible (s242(1B)).
public enum ServiceRelationship: String, InputEnum {
    case commissions
    case provides
    case commissionsAndProvides = "commissions-and-provides"
    case neither
}

public struct Services: ObjectDecodable, Equatable {
    public var description: String?
    public var relationship: ServiceRelationship?

    public init(description: String? = nil, relationship: ServiceRelationship?) {
        self.description = description
        self.relationship = relationship
    }

    public static func decode(from reader: ObjectReader) -> Services? {
        Services(description: reader.string("description"),
                 relationship: reader.value("relationship", as: ServiceRelationship.self))
    }
}
