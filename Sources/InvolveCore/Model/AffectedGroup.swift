/// The protected characteristics of the Equality Act 2010, as listed in seed 001 line 1155.
public enum ProtectedCharacteristic: String, InputEnum {
    case age
    case disability
    case genderReassignment = "gender-reassignment"
    case marriageAndCivilPartnership = "marriage-and-civil-partnership"
    case pregnancyAndMaternity = "pregnancy-and-maternity"
    case race
    case religionOrBelief = "religion-or-belief"
    case sex
    case sexualOrientation = "sexual-orientation"
}

/// A group of people the project affects, so that involvement can reach them (seed 001
/// line 723: "prioritise hearing from those affected by the greatest inequalities").
public struct AffectedGroup: ObjectDecodable, Equatable {
    public var name: String
    public var protectedCharacteristics: [ProtectedCharacteristic]
    public var facesHealthInequalities: Bool?
    public var size: Int?
    /// The group would be significantly disadvantaged by the change. A change that significantly
    /// affects even a small number of people may be a substantial variation (seed 004 line 570;
    /// seed 003 line 92: "Will a particular cohort be unfairly disadvantaged by our plans?").
    public var significantlyDisadvantaged: Bool?

    public init(name: String, protectedCharacteristics: [ProtectedCharacteristic] = [],
                facesHealthInequalities: Bool? = nil, size: Int? = nil, significantlyDisadvantaged: Bool? = nil) {
        self.name = name
        self.protectedCharacteristics = protectedCharacteristics
        self.facesHealthInequalities = facesHealthInequalities
        self.size = size
        self.significantlyDisadvantaged = significantlyDisadvantaged
    }

    public static func decode(from reader: ObjectReader) -> AffectedGroup? {
        let name = reader.string("name", required: true)
        let group = AffectedGroup(name: name ?? "",
                                  protectedCharacteristics: reader.values("protectedCharacteristics", as: ProtectedCharacteristic.self) ?? [],
                                  facesHealthInequalities: reader.bool("facesHealthInequalities"),
                                  size: reader.integer("size", in: 0...100_000_000),
                                  significantlyDisadvantaged: reader.bool("significantlyDisadvantaged"))
        return name == nil ? nil : group
    }
}
