/// The human decision about involvement: who decided, when, what, and why. Public bodies show
/// that they acted rationally "by keeping good records of decisions taken about when and how
/// to involve the public" (seed 001 line 1036), and should "clearly document at all stages how
/// involvement activity has informed decisionmaking and the rationale for decisions" (line 287).
/// The decision record (`involve record`) carries this section beside the assessment.
public struct Decision: ObjectDecodable, Equatable {
    /// The person or body that decided, for example "ICB Board" or "Chief Nursing Officer".
    public var decidedBy: String
    public var date: CalendarDate
    /// What was decided about involvement, for example "Run an eight-week public consultation".
    public var decision: String
    /// Why: the rationale, including how earlier involvement informed the decision.
    public var reasons: String?
    /// Substantial departures from the statutory guidance, each explained: bodies "must
    /// consciously consider the guidance and, where appropriate, be able to explain any
    /// substantial departure from it" (line 234).
    public var departuresFromGuidance: [DepartureFromGuidance]
    /// Documents behind the decision. References are kept as text and never fetched.
    public var evidence: [DecisionEvidence]

    public init(decidedBy: String, date: CalendarDate, decision: String, reasons: String? = nil,
                departuresFromGuidance: [DepartureFromGuidance] = [], evidence: [DecisionEvidence] = []) {
        self.decidedBy = decidedBy
        self.date = date
        self.decision = decision
        self.reasons = reasons
        self.departuresFromGuidance = departuresFromGuidance
        self.evidence = evidence
    }

    public static func decode(from reader: ObjectReader) -> Decision? {
        let decidedBy = reader.string("decidedBy", required: true)
        let date = reader.date("date", required: true)
        let decision = reader.string("decision", required: true)
        let reasons = reader.string("reasons")
        let departures = reader.objects("departuresFromGuidance", as: DepartureFromGuidance.self) ?? []
        let evidence = reader.objects("evidence", as: DecisionEvidence.self) ?? []
        guard let decidedBy, let date, let decision else { return nil }
        return Decision(decidedBy: decidedBy, date: date, decision: decision, reasons: reasons,
                        departuresFromGuidance: departures, evidence: evidence)
    }
}

/// One substantial departure from the guidance and the explanation for it (line 234).
public struct DepartureFromGuidance: ObjectDecodable, Equatable {
    /// Which part of the guidance, for example "Annex A2: involve people before options are fixed".
    public var guidance: String
    public var explanation: String

    public init(guidance: String, explanation: String) {
        self.guidance = guidance
        self.explanation = explanation
    }

    public static func decode(from reader: ObjectReader) -> DepartureFromGuidance? {
        let guidance = reader.string("guidance", required: true)
        let explanation = reader.string("explanation", required: true)
        guard let guidance, let explanation else { return nil }
        return DepartureFromGuidance(guidance: guidance, explanation: explanation)
    }
}

/// The kinds of document a decision about involvement typically rests on.
public enum EvidenceKind: String, InputEnum {
    case equalityImpactAssessment = "equality-impact-assessment"
    case engagementReport = "engagement-report"
    case consultationReport = "consultation-report"
    case boardPaper = "board-paper"
    case other

    public var displayName: String {
        switch self {
        case .equalityImpactAssessment: return "Equality impact assessment"
        case .engagementReport: return "Engagement report"
        case .consultationReport: return "Consultation report"
        case .boardPaper: return "Board paper"
        case .other: return "Other document"
        }
    }
}

/// A document the decision rests on. `reference` is a URL or a document reference, kept as
/// text: the tool never fetches it.
public struct DecisionEvidence: ObjectDecodable, Equatable {
    public var kind: EvidenceKind
    public var title: String
    public var reference: String?

    public init(kind: EvidenceKind, title: String, reference: String? = nil) {
        self.kind = kind
        self.title = title
        self.reference = reference
    }

    public static func decode(from reader: ObjectReader) -> DecisionEvidence? {
        let kind = reader.value("kind", as: EvidenceKind.self, required: true)
        let title = reader.string("title", required: true)
        let reference = reader.string("reference")
        guard let kind, let title else { return nil }
        return DecisionEvidence(kind: kind, title: title, reference: reference)
    }
}
