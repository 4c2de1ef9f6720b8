/// Which route a project needs (design.md "What the assessor decides" 3).
public enum RouteKind: String, Sendable, CaseIterable {
    /// No statutory involvement is required; telling people is good practice.
    case informationOnly = "information-only"
    /// Involvement by engagement (including co-production), proportionate to the change.
    case engagement
    /// A formal public consultation, with pre-consultation engagement before it.
    case formalConsultation = "formal-consultation"
    /// Facts are missing: the open questions say which.
    case undetermined

    public var headline: String {
        switch self {
        case .informationOnly: return "Information only: no duty to involve or consult is indicated"
        case .engagement: return "Engagement"
        case .formalConsultation: return "Formal public consultation"
        case .undetermined: return "Undetermined: facts are missing"
        }
    }
}

/// How firmly something is needed. "Substantial" is agreed with the scrutiny committee, so the
/// tool says "likely" rather than "required" until the committee has agreed.
public enum RequirementLevel: String, Sendable, CaseIterable {
    /// Law, or an agreement with the scrutiny committee, requires it.
    case required
    /// Probably required: the indicators are present; confirm (for example with the committee).
    case likely
    /// May be required at common law: take legal advice.
    case mayBeRequired = "may-be-required"
    /// Guidance or local good practice expects it; not a statutory requirement.
    case expected
    /// Urgency exempts it for now, but something else is required instead (say what).
    case urgencyExemption = "urgency-exemption"
    /// Agreed, or shown by the facts, not to be required.
    case notRequired = "not-required"
    /// Nothing in the facts points to it.
    case notIndicated = "not-indicated"
    /// Facts are missing.
    case undetermined
}

/// One thing the route needs (scrutiny consultation, notice to the Secretary of State, NHS
/// England assurance, pre-consultation engagement): how firmly, why, what the file says has been
/// done, and the rule that decided it.
public struct RouteRequirement: Sendable, Hashable {
    public let ruleID: String
    public let level: RequirementLevel
    public let reason: String
    /// What the file says has been done so far, for example "health scrutiny status: informed";
    /// nil when the file says nothing.
    public let progress: String?
    /// True when what the file says has been done satisfies the requirement (the committee
    /// consulted or, under the urgency exemption, notified; the Secretary of State notified;
    /// assurance complete; pre-consultation engagement done).
    public let done: Bool

    public init(ruleID: String, level: RequirementLevel, reason: String, progress: String? = nil, done: Bool = false) {
        self.ruleID = ruleID
        self.level = level
        self.reason = reason
        self.progress = progress
        self.done = done
    }
}

/// One reason for the route, with the rule that gave it.
public struct RouteReason: Sendable, Hashable {
    public let ruleID: String
    public let text: String

    public init(ruleID: String, text: String) {
        self.ruleID = ruleID
        self.text = text
    }
}

/// The route a project needs and why, with the scrutiny, notification and assurance
/// requirements beside it.
public struct RouteAssessment: Sendable, Hashable {
    public let kind: RouteKind
    /// How firmly the route is needed: `required`, `likely`, `mayBeRequired` (common law),
    /// `expected` (guidance), `notRequired` or `undetermined`.
    public let level: RequirementLevel
    /// The rule that chose the route (`route-kind`).
    public let ruleID: String
    public let reasons: [RouteReason]
    /// The approach the plan states, if any, to compare with the route.
    public let plannedApproach: InvolvementApproach?
    /// Consultation of the local authority's health scrutiny committee (SI 2013/218 reg 23).
    public let scrutiny: RouteRequirement
    /// Notice to the Secretary of State of a notifiable reconfiguration (from 31 January 2024).
    public let notification: RouteRequirement
    /// NHS England service change assurance for major change (PCBC, Clinical Senate).
    public let assurance: RouteRequirement
    /// Engagement before a formal consultation.
    public let preConsultationEngagement: RouteRequirement

    public init(kind: RouteKind, level: RequirementLevel, ruleID: String, reasons: [RouteReason],
                plannedApproach: InvolvementApproach?, scrutiny: RouteRequirement, notification: RouteRequirement,
                assurance: RouteRequirement, preConsultationEngagement: RouteRequirement) {
        self.kind = kind
        self.level = level
        self.ruleID = ruleID
        self.reasons = reasons
        self.plannedApproach = plannedApproach
        self.scrutiny = scrutiny
        self.notification = notification
        self.assurance = assurance
        self.preConsultationEngagement = preConsultationEngagement
    }
}
