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
        value(ProjectReport(file: file, assessment: assessment))
    }

    /// The assessment with its waivers applied: each finding says whether a waiver covers it,
    /// `counts` leaves waived findings out of the severities, and `waivers` lists every waiver
    /// of the file with its status.
    public static func render(_ report: ProjectReport) -> String {
        value(report).rendered()
    }

    public static func value(_ report: ProjectReport) -> JSONOutput {
        value(report, form: .selfContained)
    }

    /// How much of each rule a document carries.
    enum Form {
        /// The `involve.assessment` document: every trail step carries its rule's title,
        /// question, `inferred` and citations, so the document stands alone.
        case selfContained
        /// An entry of `involve.assessment-set` v2: the set lists every rule once (`rules`), so
        /// trail steps carry only what varies by project, and the entry has no `format` or
        /// `formatVersion` of its own (it is not a self-contained `involve.assessment`).
        case inSet
    }

    static func value(_ report: ProjectReport, form: Form) -> JSONOutput {
        let assessment = report.assessment
        let file = report.file
        let review = report.review
        let header: [(String, JSONOutput)] = form == .selfContained
            ? [("format", .string(format)), ("formatVersion", .int(formatVersion))] : []
        return .object(header + [
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
            ("counts", .object([
                ("error", .int(review.count(.error))),
                ("warning", .int(review.count(.warning))),
                ("info", .int(review.count(.info))),
                ("waived", .int(review.waivedCount)),
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
            ("findings", .array(review.findings.map { reviewed in
                let finding = reviewed.finding
                return .object([
                    ("ruleId", .string(finding.rule.id)),
                    ("severity", .string(finding.severity.rawValue)),
                    ("message", .string(finding.message)),
                    ("facts", facts(finding.facts, assessment.sourceMap)),
                    ("waived", .bool(reviewed.isWaived)),
                    ("waiver", reviewed.waiver.map { waiverReference($0, review) } ?? .null),
                    ("expiredWaiver", reviewed.expiredWaiver.map { waiverReference($0, review) } ?? .null),
                ])
            })),
            ("waivers", .array(review.waivers.map { use in
                .object([("path", .string(use.path))] + position(use.path, assessment.sourceMap) + [
                    ("rule", .string(use.waiver.rule)),
                    ("status", .string(use.status.rawValue)),
                    ("findings", .int(use.findings)),
                    ("justification", .string(use.waiver.justification)),
                    ("approvedBy", .string(use.waiver.approvedBy)),
                    ("approvedOn", .optional(use.waiver.approvedOn?.description)),
                    ("expires", .string(use.waiver.expires.description)),
                    ("notice", .string(use.notice)),
                ])
            })),
            ("trail", .array(assessment.trail.enumerated().map { index, step in
                let facts = facts(step.facts, assessment.sourceMap)
                if form == .inSet, RulebookJSON.isListed(step.rule) {
                    return .object([
                        ("step", .int(index + 1)),
                        ("ruleId", .string(step.rule.id)),
                        ("answer", .string(step.answer)),
                        ("facts", facts),
                    ])
                }
                return .object([
                    ("step", .int(index + 1)),
                    ("ruleId", .string(step.rule.id)),
                    ("title", .string(step.rule.title)),
                    ("question", .string(step.rule.question)),
                    ("answer", .string(step.answer)),
                    ("inferred", .bool(step.rule.inferred)),
                    ("facts", facts),
                    ("citations", citations(step.rule)),
                ])
            })),
        ])
    }

    /// A rule's citations. For the rules of the rulebook they are rendered once, at the level
    /// they take in the single-file document (`trail[].citations`) and in the set's `rules`.
    static func citations(_ rule: Rule) -> JSONOutput {
        if let cached = citationsByRule[rule.id], cached.rule.citations == rule.citations { return cached.json }
        return .array(rule.citations.map(citation))
    }

    /// Nesting level of `trail[].citations` in `involve.assessment`, and of `rules[].citations`
    /// in `involve.assessment-set`.
    static let citationLevel = 3

    private static let citationsByRule: [String: (rule: Rule, json: JSONOutput)] = Dictionary(
        Rulebook.all.map { rule in
            (rule.id, (rule, .rendered(RenderedJSON(.array(rule.citations.map(citation)), indent: citationLevel))))
        }, uniquingKeysWith: { first, _ in first })

    public static func citation(_ citation: Citation) -> JSONOutput {
        .object([
            ("document", .string(citation.document.rawValue)),
            ("documentTitle", .string(citation.document.title)),
            ("section", .string(citation.section)),
            ("lines", .optional(citation.lines)),
            ("quote", .optional(citation.quote)),
        ])
    }

    /// A waiver named by a finding: where it is in the file and who approved it until when.
    static func waiverReference(_ waiver: Waiver, _ review: WaiverReview) -> JSONOutput {
        .object([
            ("path", .optional(review.waivers.first { $0.waiver == waiver }?.path)),
            ("justification", .string(waiver.justification)),
            ("approvedBy", .string(waiver.approvedBy)),
            ("approvedOn", .optional(waiver.approvedOn?.description)),
            ("expires", .string(waiver.expires.description)),
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
