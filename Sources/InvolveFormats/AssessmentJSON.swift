import InvolveCore

/// The JSON form of an assessment (documented in docs/output-json.md). Keys appear in a fixed
/// order; `formatVersion` changes when a key is removed or changes meaning.
public enum AssessmentJSON {
    public static let format = "involve.assessment"
    public static let formatVersion = 1

    public static func render(_ assessment: Assessment, file: String) -> String {
        value(assessment, file: file).rendered()
    }

    public static func value(_ assessment: Assessment, file: String) -> JSONOutput {
        .object([
            ("format", .string(format)),
            ("formatVersion", .int(formatVersion)),
            ("tool", .object([("name", .string("involve")), ("version", .string(ToolVersion.current))])),
            ("rulebookVersion", .string(Rulebook.version)),
            ("policy", RouteAndFairnessJSON.policy(assessment.policy)),
            ("file", .string(file)),
            ("asOf", .string(assessment.asOf.description)),
            ("project", .object([
                ("id", .string(assessment.projectID)),
                ("title", .string(assessment.projectTitle)),
                ("organisation", .object([("name", .string(assessment.organisation.name)),
                                          ("kind", .string(assessment.organisation.kind.rawValue))])),
            ])),
            ("verdict", .object([
                ("value", .string(assessment.verdict.rawValue)),
                ("headline", .string(assessment.verdict.headline)),
                ("reason", .string(assessment.verdictReason)),
                ("statutoryDuty", .optional(assessment.statutoryDuty)),
            ])),
            ("nextSteps", .array(assessment.nextSteps.map(JSONOutput.string))),
            ("openQuestions", .array(assessment.openQuestions.map { question in
                .object([("path", .string(question.path))] + position(question.path, assessment.sourceMap) + [
                    ("question", .string(question.question)),
                    ("whyItMatters", .string(question.whyItMatters)),
                ])
            })),
            ("route", RouteAndFairnessJSON.route(assessment.route)),
            ("fairness", RouteAndFairnessJSON.fairness(assessment.fairness, assessment.sourceMap)),
            ("audiences", .array(assessment.audiences.map { audience in
                .object([("who", .string(audience.who)), ("required", .bool(audience.required)), ("basis", .string(audience.basis))])
            })),
            ("findings", .array(assessment.findings.map { finding in
                .object([
                    ("ruleId", .string(finding.rule.id)),
                    ("severity", .string(finding.severity.rawValue)),
                    ("message", .string(finding.message)),
                    ("facts", facts(finding.facts, assessment.sourceMap)),
                ])
            })),
            ("trail", .array(assessment.trail.enumerated().map { index, step in
                .object([
                    ("step", .int(index + 1)),
                    ("ruleId", .string(step.rule.id)),
                    ("title", .string(step.rule.title)),
                    ("question", .string(step.rule.question)),
                    ("answer", .string(step.answer)),
                    ("inferred", .bool(step.rule.inferred)),
                    ("facts", facts(step.facts, assessment.sourceMap)),
                    ("citations", .array(step.rule.citations.map(citation))),
                ])
            })),
        ])
    }

    public static func citation(_ citation: Citation) -> JSONOutput {
        .object([
            ("document", .string(citation.document.rawValue)),
            ("documentTitle", .string(citation.document.title)),
            ("section", .string(citation.section)),
            ("lines", .optional(citation.lines)),
            ("quote", .optional(citation.quote)),
        ])
    }

    static func facts(_ facts: [Fact], _ sourceMap: SourceMap) -> JSONOutput {
        .array(facts.map { fact in
            .object([("path", .string(fact.path)), ("value", .string(fact.value))] + position(fact.path, sourceMap))
        })
    }

    /// Line and column of a path; a missing fact points at its nearest parent, or null.
    static func position(_ path: String, _ sourceMap: SourceMap) -> [(String, JSONOutput)] {
        guard let location = sourceMap.location(of: path) else { return [("line", .null), ("column", .null)] }
        return [("line", .int(location.line)), ("column", .int(location.column))]
    }
}
