/// A piece of evidence the decision relies on (Gunning 2): what it is and whether consultees
/// have it in a form they can use. The case law grades what people actually have, not what the
/// document is called: a withheld analysis the proposal rests on makes the consultation unfair
/// (R (Law Society) v Lord Chancellor [2018] EWHC 2094 (Admin); R (Save Our Surgery) v JCPCT
/// [2013] EWHC 439 (Admin)), and a model people cannot test may be too (R (Eisai) v NICE [2008]
/// EWCA Civ 438).
public enum ConsultationEvidenceKind: String, InputEnum {
    case analysis
    case modelling
    case scoring
    case subScores = "sub-scores"
    case financialCase = "financial-case"
    case clinicalEvidence = "clinical-evidence"
    case other

    public var displayName: String {
        switch self {
        case .analysis: return "the analysis"
        case .modelling: return "the modelling"
        case .scoring: return "the scoring"
        case .subScores: return "the sub-scores"
        case .financialCase: return "the financial case"
        case .clinicalEvidence: return "the clinical evidence"
        case .other: return "a piece of evidence"
        }
    }
}

/// Whether consultees have the evidence, and in what form.
public enum EvidenceAvailability: String, InputEnum {
    /// Published in a form people can read, use and test.
    case publishedUsable = "published-usable"
    /// Published, but not in a form people can use (a locked or read-only model, an unexplained table).
    case publishedNotUsable = "published-not-usable"
    /// Only a summary or the totals are published, not the evidence itself.
    case summaryOnly = "summary-only"
    /// Not published.
    case withheld
}

public struct EvidenceItem: ObjectDecodable, Equatable {
    public var kind: ConsultationEvidenceKind
    public var description: String?
    public var availability: EvidenceAvailability?

    public init(kind: ConsultationEvidenceKind, description: String? = nil, availability: EvidenceAvailability? = nil) {
        self.kind = kind
        self.description = description
        self.availability = availability
    }

    public static func decode(from reader: ObjectReader) -> EvidenceItem? {
        let kind = reader.value("kind", as: ConsultationEvidenceKind.self, required: true)
        let description = reader.string("description")
        let availability = reader.value("availability", as: EvidenceAvailability.self)
        return kind.map { EvidenceItem(kind: $0, description: description, availability: availability) }
    }
}

/// Whether an option is, in substance, settled before the consultation (Gunning 1): a label
/// ("no decision has been taken") is tested against what has been done.
public struct SettledInPractice: ObjectDecodable, Equatable {
    /// Money has been committed to one option.
    public var spendingCommitted: Bool?
    /// Contracts for one option have been signed.
    public var contractsSigned: Bool?
    /// Services have already moved, or staff been redeployed, as one option would require.
    public var servicesAlreadyMoved: Bool?
    /// The board or a committee has taken a decision in principle.
    public var decisionInPrinciple: Bool?

    public init(spendingCommitted: Bool? = nil, contractsSigned: Bool? = nil, servicesAlreadyMoved: Bool? = nil,
                decisionInPrinciple: Bool? = nil) {
        self.spendingCommitted = spendingCommitted
        self.contractsSigned = contractsSigned
        self.servicesAlreadyMoved = servicesAlreadyMoved
        self.decisionInPrinciple = decisionInPrinciple
    }

    public static func decode(from reader: ObjectReader) -> SettledInPractice? {
        SettledInPractice(spendingCommitted: reader.bool("spendingCommitted"),
                          contractsSigned: reader.bool("contractsSigned"),
                          servicesAlreadyMoved: reader.bool("servicesAlreadyMoved"),
                          decisionInPrinciple: reader.bool("decisionInPrinciple"))
    }
}
