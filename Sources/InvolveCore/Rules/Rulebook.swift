/// Every rule the assessor can cite, in the order the assessment runs them. Ids are stable:
/// pipelines, waivers and records refer to them.
public enum Rulebook {
    /// Changes whenever a rule is added, removed or changes meaning; stamped on decision records.
    public static let version = "2026.11.2"

    public static let all: [Rule] = [
        .dutyStep1, .dutyOtherBody, .dutyStep2, .dutyStep3, .dutyImpactContradiction, .dutyImpactReasons,
        .dutyImpactDegree,
        .peopleCommissioner, .peopleTrust, .peopleEquality, .peopleStaffAndHealthwatch,
        .urgencyJustification, .temporaryPermanence,
        .commonLawConsultation,
        .routeScrutinyConsultation, .routeScrutinyUrgency, .routeKind, .routeSecretaryOfStateNotification,
        .routeServiceChangeAssurance, .routePreConsultationEngagement, .routePlanApproach,
        .planServiceUsers, .planCarersRepresentatives, .planEqualityGroups, .planHealthwatchStaff,
        .planTimeline, .planLeadTime, .planProgrammeLength,
        .gunningScope, .gunning1Formative, .gunning2Information, .gunning3Time, .gunning3Length,
        .gunning3Holidays, .gunning3PreElection, .gunning4Conscientious,
        .recordDecision,
    ]

    public static func rule(id: String) -> Rule? {
        all.first { $0.id == id }
    }
}
