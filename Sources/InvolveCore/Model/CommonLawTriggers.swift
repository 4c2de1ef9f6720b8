/// Circumstances in which a common-law duty to consult "may also arise" whatever the statutory
/// test says (seed 001 line 1038).
public struct CommonLawTriggers: ObjectDecodable, Equatable {
    public var promiseToConsult: Bool?
    public var establishedPracticeOfConsulting: Bool?
    /// A concern that it would be conspicuously unfair not to consult ("in exceptional cases").
    public var conspicuousUnfairnessConcern: Bool?
    public var details: String?

    public init(promiseToConsult: Bool? = nil, establishedPracticeOfConsulting: Bool? = nil,
                conspicuousUnfairnessConcern: Bool? = nil, details: String? = nil) {
        self.promiseToConsult = promiseToConsult
        self.establishedPracticeOfConsulting = establishedPracticeOfConsulting
        self.conspicuousUnfairnessConcern = conspicuousUnfairnessConcern
        self.details = details
    }

    public static func decode(from reader: ObjectReader) -> CommonLawTriggers? {
        CommonLawTriggers(promiseToConsult: reader.bool("promiseToConsult"),
                          establishedPracticeOfConsulting: reader.bool("establishedPracticeOfConsulting"),
                          conspicuousUnfairnessConcern: reader.bool("conspicuousUnfairnessConcern"),
                          details: reader.string("details"))
    }
}
