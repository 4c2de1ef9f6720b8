/// How the organisation plans to involve people: the approach (seed 001 line 540: "from sharing
/// information through to more extensive ways of working such as co-design and co-production").
public enum InvolvementApproach: String, InputEnum {
    case inform
    case engage
    case consult
    case coProduce = "co-produce"

    public var displayName: String {
        switch self {
        case .inform: return "information only"
        case .engage: return "engagement"
        case .consult: return "formal public consultation"
        case .coProduce: return "co-production"
        }
    }
}

/// What an earlier exercise covered, so that an assessment can say whether the project may rely
/// on it for this proposal (format 2). Engagement on a strategy in general does not by itself
/// involve people in a specific proposal for change that follows it (inferred from s14Z45(2)(b):
/// the duty attaches to "the development and consideration of proposals for changes").
public enum ExerciseCoverage: String, InputEnum {
    case thisProposal = "this-proposal"
    case partOfThisProposal = "part-of-this-proposal"
    case earlierVersionOfThisProposal = "earlier-version-of-this-proposal"
    case strategyInGeneral = "strategy-in-general"

    public var displayName: String {
        switch self {
        case .thisProposal: return "this proposal"
        case .partOfThisProposal: return "part of this proposal"
        case .earlierVersionOfThisProposal: return "an earlier version of this proposal"
        case .strategyInGeneral: return "a strategy in general, not this proposal"
        }
    }
}

/// The involvement plan as the project file states it: format 1's `plan`, or one entry of
/// format 2's `exercises` (which adds a name and what the exercise covered). Every field is optional: a missing fact
/// makes the check that needs it "not assessable" and becomes an open question, never a default.
///
/// Dates: `launchDate` to `closeDate` is the period people can respond (both days counted);
/// `decisionDate` is when the decision-maker is due to decide; `planningStartDate` is when
/// planning the involvement began (or will begin).
public struct InvolvementPlan: ObjectDecodable, Equatable {
    /// Format 2: the exercise's name, for example "Phase 1: engagement on the case for change".
    public var name: String?
    /// Format 2: what the exercise covered.
    public var covers: ExerciseCoverage?
    public var approach: InvolvementApproach?
    public var planningStartDate: CalendarDate?
    public var launchDate: CalendarDate?
    public var closeDate: CalendarDate?
    public var decisionDate: CalendarDate?
    /// Who the plan involves: kinds of audience, each with optional free text.
    public var audiences: [PlannedAudience]?
    /// What is published with the consultation or engagement, at or before launch.
    public var publishedDocuments: PublishedDocuments?
    /// Alternative formats and the date each is ready.
    public var accessibleFormats: [AccessibleFormatPlan]?
    /// Every option put to people is genuinely under consideration (seed 001 line 1137).
    public var optionsGenuinelyOpen: Bool?
    /// Every option put to people could be delivered (seed 001 line 1137).
    public var optionsDeliverable: Bool?
    /// The decision has in substance already been taken (seed 001 line 1137).
    public var decisionAlreadyTaken: Bool?
    /// What has already been done that could settle an option before the consultation (Gunning 1).
    public var settledInPractice: SettledInPractice?
    public var responseAnalysis: ResponseAnalysis?
    /// The decision will be made in public (seed 001 line 1220).
    public var decisionInPublic: Bool?
    public var feedback: FeedbackPlan?
    public var equalityImpactAssessment: WorkStatus?
    /// Budget for the involvement, in pounds.
    public var budget: Double?
    /// Engagement before a formal consultation, which shapes the options (seed 003 lines 74, 86).
    public var preConsultationEngagementDone: Bool?
    public var healthScrutiny: HealthScrutiny?
    /// Notice given to the Secretary of State of a notifiable reconfiguration (from 31 January 2024).
    public var secretaryOfStateNotified: Bool?
    public var serviceChangeAssurance: ServiceChangeAssurance?

    public init(approach: InvolvementApproach? = nil, planningStartDate: CalendarDate? = nil,
                launchDate: CalendarDate? = nil, closeDate: CalendarDate? = nil, decisionDate: CalendarDate? = nil,
                audiences: [PlannedAudience]? = nil, publishedDocuments: PublishedDocuments? = nil,
                accessibleFormats: [AccessibleFormatPlan]? = nil, optionsGenuinelyOpen: Bool? = nil,
                optionsDeliverable: Bool? = nil, decisionAlreadyTaken: Bool? = nil,
                responseAnalysis: ResponseAnalysis? = nil, decisionInPublic: Bool? = nil,
                feedback: FeedbackPlan? = nil, equalityImpactAssessment: WorkStatus? = nil, budget: Double? = nil,
                preConsultationEngagementDone: Bool? = nil, healthScrutiny: HealthScrutiny? = nil,
                secretaryOfStateNotified: Bool? = nil, serviceChangeAssurance: ServiceChangeAssurance? = nil,
                settledInPractice: SettledInPractice? = nil) {
        self.approach = approach
        self.planningStartDate = planningStartDate
        self.launchDate = launchDate
        self.closeDate = closeDate
        self.decisionDate = decisionDate
        self.audiences = audiences
        self.publishedDocuments = publishedDocuments
        self.accessibleFormats = accessibleFormats
        self.optionsGenuinelyOpen = optionsGenuinelyOpen
        self.optionsDeliverable = optionsDeliverable
        self.decisionAlreadyTaken = decisionAlreadyTaken
        self.responseAnalysis = responseAnalysis
        self.decisionInPublic = decisionInPublic
        self.feedback = feedback
        self.equalityImpactAssessment = equalityImpactAssessment
        self.budget = budget
        self.preConsultationEngagementDone = preConsultationEngagementDone
        self.healthScrutiny = healthScrutiny
        self.secretaryOfStateNotified = secretaryOfStateNotified
        self.serviceChangeAssurance = serviceChangeAssurance
        self.settledInPractice = settledInPractice
    }

    public static func decode(from reader: ObjectReader) -> InvolvementPlan? {
        var plan = decodeFormat1(from: reader)
        if reader.hasFormat(2, keys: ["name", "covers"]) {
            plan.name = reader.string("name")
            plan.covers = reader.value("covers", as: ExerciseCoverage.self)
        }
        return plan
    }

    private static func decodeFormat1(from reader: ObjectReader) -> InvolvementPlan {
        InvolvementPlan(
            approach: reader.value("approach", as: InvolvementApproach.self),
            planningStartDate: reader.date("planningStartDate"),
            launchDate: reader.date("launchDate"),
            closeDate: reader.date("closeDate"),
            decisionDate: reader.date("decisionDate"),
            audiences: reader.objects("audiences", as: PlannedAudience.self),
            publishedDocuments: reader.object("publishedDocuments", as: PublishedDocuments.self),
            accessibleFormats: reader.objects("accessibleFormats", as: AccessibleFormatPlan.self),
            optionsGenuinelyOpen: reader.bool("optionsGenuinelyOpen"),
            optionsDeliverable: reader.bool("optionsDeliverable"),
            decisionAlreadyTaken: reader.bool("decisionAlreadyTaken"),
            responseAnalysis: reader.object("responseAnalysis", as: ResponseAnalysis.self),
            decisionInPublic: reader.bool("decisionInPublic"),
            feedback: reader.object("feedback", as: FeedbackPlan.self),
            equalityImpactAssessment: reader.value("equalityImpactAssessment", as: WorkStatus.self),
            budget: reader.number("budget", in: 0...1_000_000_000),
            preConsultationEngagementDone: reader.bool("preConsultationEngagementDone"),
            healthScrutiny: reader.object("healthScrutiny", as: HealthScrutiny.self),
            secretaryOfStateNotified: reader.bool("secretaryOfStateNotified"),
            serviceChangeAssurance: reader.object("serviceChangeAssurance", as: ServiceChangeAssurance.self),
            settledInPractice: reader.object("settledInPractice", as: SettledInPractice.self))
    }
}

/// How far a piece of work has got (an equality impact assessment, a business case, a review).
public enum WorkStatus: String, InputEnum {
    case notStarted = "not-started"
    case inProgress = "in-progress"
    case complete
}
