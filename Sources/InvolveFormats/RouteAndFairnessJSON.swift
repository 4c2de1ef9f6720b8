import InvolveCore

/// The route, the Gunning principles and the policy in the JSON document.
enum RouteAndFairnessJSON {
    static func write(_ route: RouteAssessment, into json: inout JSONStream) {
        json.object { json in
            json.member("kind", route.kind.rawValue)
            json.member("headline", route.kind.headline)
            json.member("level", route.level.rawValue)
            json.member("ruleId", route.ruleID)
            json.key("reasons")
            json.array(route.reasons) { json, reason in
                json.object { json in
                    json.member("ruleId", reason.ruleID)
                    json.member("text", reason.text)
                }
            }
            json.member("plannedApproach", optional: route.plannedApproach?.rawValue)
            json.key("preConsultationEngagement")
            write(route.preConsultationEngagement, into: &json)
            json.key("scrutinyConsultation")
            write(route.scrutiny, into: &json)
            json.key("secretaryOfStateNotification")
            write(route.notification, into: &json)
            json.key("serviceChangeAssurance")
            write(route.assurance, into: &json)
        }
    }

    static func write(_ fairness: FairnessAssessment, _ sourceMap: SourceMap, into json: inout JSONStream) {
        json.object { json in
            json.member("application", fairness.application.rawValue)
            json.member("applicationReason", fairness.applicationReason)
            json.key("principles")
            json.array(fairness.principles) { json, principle in
                json.object { json in
                    json.member("principle", principle.principle.rawValue)
                    json.member("title", principle.principle.title)
                    json.member("status", principle.status.rawValue)
                    json.member("ruleId", principle.ruleID)
                    json.key("reasons")
                    json.array(principle.reasons) { json, reason in json.string(reason) }
                    json.key("facts")
                    AssessmentJSON.facts(principle.facts, sourceMap, into: &json)
                }
            }
        }
    }

    static func write(_ policy: Policy, into json: inout JSONStream) {
        json.object { json in
            json.member("name", policy.name)
            json.member("version", policy.version)
            json.member("builtIn", policy.isBuiltIn)
        }
    }

    private static func write(_ requirement: RouteRequirement, into json: inout JSONStream) {
        json.object { json in
            json.member("level", requirement.level.rawValue)
            json.member("done", requirement.done)
            json.member("reason", requirement.reason)
            json.member("progress", optional: requirement.progress)
            json.member("ruleId", requirement.ruleID)
        }
    }
}
