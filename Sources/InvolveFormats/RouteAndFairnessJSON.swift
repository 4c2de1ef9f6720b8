import InvolveCore

/// The route, the Gunning principles and the policy in the JSON document.
enum RouteAndFairnessJSON {
    static func route(_ route: RouteAssessment) -> JSONOutput {
        .object([
            ("kind", .string(route.kind.rawValue)),
            ("headline", .string(route.kind.headline)),
            ("level", .string(route.level.rawValue)),
            ("ruleId", .string(route.ruleID)),
            ("reasons", .array(route.reasons.map { .object([("ruleId", .string($0.ruleID)), ("text", .string($0.text))]) })),
            ("plannedApproach", .optional(route.plannedApproach?.rawValue)),
            ("preConsultationEngagement", requirement(route.preConsultationEngagement)),
            ("scrutinyConsultation", requirement(route.scrutiny)),
            ("secretaryOfStateNotification", requirement(route.notification)),
            ("serviceChangeAssurance", requirement(route.assurance)),
        ])
    }

    static func fairness(_ fairness: FairnessAssessment, _ sourceMap: SourceMap) -> JSONOutput {
        .object([
            ("application", .string(fairness.application.rawValue)),
            ("applicationReason", .string(fairness.applicationReason)),
            ("principles", .array(fairness.principles.map { principle in
                .object([
                    ("principle", .string(principle.principle.rawValue)),
                    ("title", .string(principle.principle.title)),
                    ("status", .string(principle.status.rawValue)),
                    ("ruleId", .string(principle.ruleID)),
                    ("reasons", .array(principle.reasons.map(JSONOutput.string))),
                    ("facts", AssessmentJSON.facts(principle.facts, sourceMap)),
                ])
            })),
        ])
    }

    static func policy(_ policy: Policy) -> JSONOutput {
        .object([("name", .string(policy.name)), ("version", .string(policy.version)), ("builtIn", .bool(policy.isBuiltIn))])
    }

    private static func requirement(_ requirement: RouteRequirement) -> JSONOutput {
        .object([
            ("level", .string(requirement.level.rawValue)),
            ("done", .bool(requirement.done)),
            ("reason", .string(requirement.reason)),
            ("progress", .optional(requirement.progress)),
            ("ruleId", .string(requirement.ruleID)),
        ])
    }
}
