/// Every rule the assessor can cite, in the order the assessment runs them. Ids are stable:
/// pipelines, waivers and records refer to them.
public enum Rulebook {
    /// Changes whenever a rule is added, removed or changes meaning; stamped on decision records.
    public static let version = "2026.12.2"

    public static let all: [Rule] = [
        .dutyStep1, .dutyOtherBody, .dutyStep2, .dutyStep3, .dutyImpactContradiction, .dutyImpactReasons,
        .dutyImpactDegree,
        .peopleCommissioner, .peopleTrust, .peopleEquality, .peopleStaffAndHealthwatch,
        .urgencyJustification, .temporaryPermanence,
        .commonLawConsultation,
        .stageOfProject,
        .routeScrutinyConsultation, .routeScrutinyUrgency, .routeKind, .routeSecretaryOfStateNotification,
        .routeServiceChangeAssurance, .routePreConsultationEngagement, .routePlanApproach,
        .planServiceUsers, .planCarersRepresentatives, .planEqualityGroups, .planHealthwatchStaff, .planAudienceLeftOut,
        .planTimeline, .planLeadTime, .planProgrammeLength,
        .gunningScope, .gunning1Formative, .gunning2Information, .gunning3Time, .gunning3Length,
        .gunning3Holidays, .gunning3PreElection, .gunning4Conscientious, .stageExerciseHistory,
        .stageEarlierExercises, .stageDecisions, .stageImplementation,
        .otherDutyEquality, .recordDecision,
    ]

    public static func rule(id: String) -> Rule? {
        all.first { $0.id == id }
    }

    /// The rulebook's own rule when `rule` is it, or says exactly what it says; nil for a rule
    /// a library caller made up or changed. Renderers keep text built once per rulebook rule,
    /// and use it only for rules this answers.
    public static func listed(_ rule: Rule) -> Rule? {
        guard let listed = byID[rule.id] else { return nil }
        if listed === rule { return listed }
        let same = listed.title == rule.title && listed.question == rule.question && listed.explanation == rule.explanation
            && listed.inferred == rule.inferred && listed.area == rule.area && listed.citations == rule.citations
        return same ? listed : nil
    }

    private static let byID: [String: Rule] = Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
}
