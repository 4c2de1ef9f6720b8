/// What is published for people to respond to, at or before launch. `true` means published (or
/// to be published by the launch date), `false` means not published, absent means not stated.
/// Gunning 2 (seed 001 lines 1139-1141); Moseley [2014] UKSC 56 on rejected alternatives.
public struct PublishedDocuments: ObjectDecodable, Equatable {
    /// What the proposal is.
    public var proposal: Bool?
    /// Why it is being considered.
    public var reasons: Bool?
    /// The criteria against which the proposals have been or will be judged (line 1141).
    public var evaluationCriteria: Bool?
    /// Realistic alternatives and why they were rejected (line 1141; Moseley).
    public var alternativesRejected: Bool?
    /// The public consultation document itself.
    public var consultationDocument: Bool?
    /// The pre-consultation business case, where one exists (line 1210: "will be publicly available").
    public var preConsultationBusinessCase: Bool?
    /// The proposal is stated plainly: people can tell what is proposed (Greenpeace [2007]).
    public var proposalStatedPlainly: Bool?
    /// The practical effect on the people affected is explained (what changes for them).
    public var practicalEffect: Bool?
    /// Options ruled out as unviable or unaffordable are named, with the reasons (Moseley; Nettleship).
    public var optionsRuledOut: Bool?
    /// Each piece of evidence the decision relies on, and whether people have it in a usable form.
    public var evidence: [EvidenceItem]?

    public init(proposal: Bool? = nil, reasons: Bool? = nil, evaluationCriteria: Bool? = nil,
                alternativesRejected: Bool? = nil, consultationDocument: Bool? = nil,
                preConsultationBusinessCase: Bool? = nil, proposalStatedPlainly: Bool? = nil,
                practicalEffect: Bool? = nil, optionsRuledOut: Bool? = nil, evidence: [EvidenceItem]? = nil) {
        self.proposal = proposal
        self.reasons = reasons
        self.evaluationCriteria = evaluationCriteria
        self.alternativesRejected = alternativesRejected
        self.consultationDocument = consultationDocument
        self.preConsultationBusinessCase = preConsultationBusinessCase
        self.proposalStatedPlainly = proposalStatedPlainly
        self.practicalEffect = practicalEffect
        self.optionsRuledOut = optionsRuledOut
        self.evidence = evidence
    }

    public static func decode(from reader: ObjectReader) -> PublishedDocuments? {
        PublishedDocuments(proposal: reader.bool("proposal"),
                           reasons: reader.bool("reasons"),
                           evaluationCriteria: reader.bool("evaluationCriteria"),
                           alternativesRejected: reader.bool("alternativesRejected"),
                           consultationDocument: reader.bool("consultationDocument"),
                           preConsultationBusinessCase: reader.bool("preConsultationBusinessCase"),
                           proposalStatedPlainly: reader.bool("proposalStatedPlainly"),
                           practicalEffect: reader.bool("practicalEffect"),
                           optionsRuledOut: reader.bool("optionsRuledOut"),
                           evidence: reader.objects("evidence", as: EvidenceItem.self))
    }
}

/// Alternative formats (seed 001 line 1210: "Alternative formats (such as easy read documents)
/// must be ready at the same time"; line 807 on BSL and community languages).
public enum AccessibleFormat: String, InputEnum {
    case easyRead = "easy-read"
    case largePrint = "large-print"
    case bsl
    case audio
    case communityLanguages = "community-languages"
    case braille
    case other

    public var displayName: String {
        switch self {
        case .easyRead: return "easy read"
        case .largePrint: return "large print"
        case .bsl: return "British Sign Language"
        case .audio: return "audio"
        case .communityLanguages: return "community languages"
        case .braille: return "braille"
        case .other: return "another format"
        }
    }
}

/// One alternative format and the date it is ready.
public struct AccessibleFormatPlan: ObjectDecodable, Equatable {
    public var format: AccessibleFormat
    public var readyDate: CalendarDate?
    /// For example which community languages.
    public var details: String?

    public init(format: AccessibleFormat, readyDate: CalendarDate? = nil, details: String? = nil) {
        self.format = format
        self.readyDate = readyDate
        self.details = details
    }

    public static func decode(from reader: ObjectReader) -> AccessibleFormatPlan? {
        let format = reader.value("format", as: AccessibleFormat.self, required: true)
        let readyDate = reader.date("readyDate")
        let details = reader.string("details")
        return format.map { AccessibleFormatPlan(format: $0, readyDate: readyDate, details: details) }
    }
}
