/// How responses will be analysed (seed 001 line 1220: "responses have been independently
/// consolidated and considered").
public struct ResponseAnalysis: ObjectDecodable, Equatable {
    /// Who analyses the responses.
    public var by: String?
    /// Whether they are independent of the team making the proposal.
    public var independent: Bool?
    /// Whether the decision-makers receive the full analysis of the responses, not only a summary.
    public var fullAnalysisToDecisionMakers: Bool?
    /// Whether whoever analyses the responses has a conflict of interest in the outcome.
    public var conflictOfInterest: Bool?
    /// How many responses are expected.
    public var expectedResponses: Int?
    /// How many weeks the analysts need to analyse the responses expected and report them.
    public var weeksToAnalyse: Int?

    public init(by: String? = nil, independent: Bool? = nil, fullAnalysisToDecisionMakers: Bool? = nil,
                conflictOfInterest: Bool? = nil, expectedResponses: Int? = nil, weeksToAnalyse: Int? = nil) {
        self.by = by
        self.independent = independent
        self.fullAnalysisToDecisionMakers = fullAnalysisToDecisionMakers
        self.conflictOfInterest = conflictOfInterest
        self.expectedResponses = expectedResponses
        self.weeksToAnalyse = weeksToAnalyse
    }

    public static func decode(from reader: ObjectReader) -> ResponseAnalysis? {
        ResponseAnalysis(by: reader.string("by"), independent: reader.bool("independent"),
                         fullAnalysisToDecisionMakers: reader.bool("fullAnalysisToDecisionMakers"),
                         conflictOfInterest: reader.bool("conflictOfInterest"),
                         expectedResponses: reader.integer("expectedResponses", in: 0...100_000_000),
                         weeksToAnalyse: reader.integer("weeksToAnalyse", in: 0...104))
    }
}

/// How people will hear what changed and what did not (seed 001 line 421).
public struct FeedbackPlan: ObjectDecodable, Equatable {
    public var planned: Bool?
    public var description: String?

    public init(planned: Bool? = nil, description: String? = nil) {
        self.planned = planned
        self.description = description
    }

    public static func decode(from reader: ObjectReader) -> FeedbackPlan? {
        FeedbackPlan(planned: reader.bool("planned"), description: reader.string("description"))
    }
}

/// Where the organisation stands with the local authority's health scrutiny committee
/// (SI 2013/218 reg 23; seed 001 line 1244).
public enum ScrutinyStatus: String, InputEnum {
    case notContacted = "not-contacted"
    /// The committee has been told about the proposal; whether it is substantial is not yet agreed.
    case informed
    case agreedSubstantial = "agreed-substantial"
    case agreedNotSubstantial = "agreed-not-substantial"
    /// The committee has been (or is being) formally consulted under reg 23.
    case consulted
}

public struct HealthScrutiny: ObjectDecodable, Equatable {
    public var status: ScrutinyStatus
    /// Which committee or committees (a joint committee where the change crosses boundaries).
    public var committees: String?
    /// When formal consultation of the committee began. Reconfigurations whose reg 23
    /// consultation began before 31 January 2024 are not notifiable to the Secretary of State.
    public var consultationStarted: CalendarDate?

    public init(status: ScrutinyStatus, committees: String? = nil, consultationStarted: CalendarDate? = nil) {
        self.status = status
        self.committees = committees
        self.consultationStarted = consultationStarted
    }

    public static func decode(from reader: ObjectReader) -> HealthScrutiny? {
        let status = reader.value("status", as: ScrutinyStatus.self, required: true)
        let committees = reader.string("committees")
        let started = reader.date("consultationStarted")
        return status.map { HealthScrutiny(status: $0, committees: committees, consultationStarted: started) }
    }
}

/// NHS England service change assurance for major change: a pre-consultation business case
/// (PCBC) assured by the Clinical Senate (seed 001 line 1195), and NHS England's assurance.
public struct ServiceChangeAssurance: ObjectDecodable, Equatable {
    /// Whether the organisation (with NHS England's regional team) treats this as major service
    /// change subject to NHS England assurance.
    public var majorChange: Bool?
    public var preConsultationBusinessCase: WorkStatus?
    public var clinicalSenateReview: WorkStatus?
    public var nhsEnglandAssurance: WorkStatus?

    public init(majorChange: Bool? = nil, preConsultationBusinessCase: WorkStatus? = nil,
                clinicalSenateReview: WorkStatus? = nil, nhsEnglandAssurance: WorkStatus? = nil) {
        self.majorChange = majorChange
        self.preConsultationBusinessCase = preConsultationBusinessCase
        self.clinicalSenateReview = clinicalSenateReview
        self.nhsEnglandAssurance = nhsEnglandAssurance
    }

    public static func decode(from reader: ObjectReader) -> ServiceChangeAssurance? {
        ServiceChangeAssurance(majorChange: reader.bool("majorChange"),
                               preConsultationBusinessCase: reader.value("preConsultationBusinessCase", as: WorkStatus.self),
                               clinicalSenateReview: reader.value("clinicalSenateReview", as: WorkStatus.self),
                               nhsEnglandAssurance: reader.value("nhsEnglandAssurance", as: WorkStatus.self))
    }
}
