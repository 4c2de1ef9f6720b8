import InvolveCore

/// The JSON form of a decision record (docs/records.md), the form `involve report` reads back.
/// Keys appear in a fixed order, so the same record always prints the same bytes.
public enum DecisionRecordJSON {
    /// The record's JSON, sealed with its own digest as the last member (`RecordDigest`).
    public static func render(_ record: DecisionRecord) -> String {
        String(decoding: renderedBytes(record), as: UTF8.self)
    }

    /// The same as UTF-8 bytes, sealed in place: a record of tens of megabytes is not copied
    /// into a `String` and back on its way to the file.
    public static func renderedBytes(_ record: DecisionRecord) -> [UInt8] {
        var bytes: [UInt8] = []
        let members: [(String, JSONOutput)]
        if case .object(let all) = value(record) { members = all } else { members = [] }
        JSONOutput.object(members + [(RecordDigest.key, .string(RecordDigest.placeholder))]).write(into: &bytes, indent: 0)
        bytes.append(UInt8(ascii: "\n"))
        RecordDigest.seal(&bytes)
        return bytes
    }

    public static func value(_ record: DecisionRecord) -> JSONOutput {
        .object([
            ("format", .string(DecisionRecord.format)),
            ("formatVersion", .int(DecisionRecord.formatVersion)),
            ("recordId", .string(record.recordID)),
            ("asOf", .string(record.asOf.description)),
            ("tool", .object([("name", .string("involve")), ("version", .string(record.toolVersion))])),
            ("rulebookVersion", .string(record.rulebookVersion)),
            ("input", .object([
                ("file", .string(record.input.file)),
                ("sha256", .string(record.input.sha256)),
                ("bytes", .int(record.input.bytes)),
            ])),
            ("project", .object([
                ("id", .string(record.project.id)),
                ("title", .string(record.project.title)),
                ("summary", .optional(record.project.summary)),
                ("organisation", .object([("name", .string(record.project.organisation.name)),
                                          ("kind", .string(record.project.organisation.kind.rawValue))])),
            ])),
            ("verdict", .object([
                ("value", .string(record.verdict.value.rawValue)),
                ("headline", .string(record.verdict.headline)),
                ("reason", .string(record.verdict.reason)),
                ("statutoryDuty", .optional(record.verdict.statutoryDuty)),
            ])),
            ("route", record.route.map(route) ?? .null),
            ("fairness", record.fairness.map(fairness) ?? .null),
            ("decision", record.decision.map(decision) ?? .null),
            ("keyDates", .array(record.keyDates.map { .object([("label", .string($0.label)), ("date", .string($0.date.description))]) })),
            ("audiences", .array(record.audiences.map { audience in
                .object([("who", .string(audience.who)), ("required", .bool(audience.required)), ("basis", .string(audience.basis))])
            })),
            ("affectedGroups", .array(record.affectedGroups.map(affectedGroup))),
            ("plan", record.plan.map(plan) ?? .null),
            ("findings", .array(record.findings.map { finding in
                .object([
                    ("ruleId", .string(finding.ruleID)),
                    ("severity", .string(finding.severity.rawValue)),
                    ("message", .string(finding.message)),
                    ("facts", facts(finding.facts)),
                ])
            })),
            ("waivers", .array(record.waivers.map { waiver in
                .object([
                    ("ruleId", .string(waiver.ruleID)),
                    ("reason", .optional(waiver.reason)),
                    ("approvedBy", .optional(waiver.approvedBy)),
                    ("expires", .optional(waiver.expires?.description)),
                ])
            })),
            ("openQuestions", .array(record.openQuestions.map { question in
                .object([("path", .string(question.path)), ("question", .string(question.question)),
                         ("whyItMatters", .string(question.whyItMatters))])
            })),
            ("nextSteps", .array(record.nextSteps.map(JSONOutput.string))),
            ("trail", .array(record.trail.map { step in
                .object([
                    ("step", .int(step.step)),
                    ("ruleId", .string(step.ruleID)),
                    ("title", .string(step.title)),
                    ("question", .string(step.question)),
                    ("answer", .string(step.answer)),
                    ("inferred", .bool(step.inferred)),
                    ("facts", facts(step.facts)),
                    ("citations", .array(step.citations.map { citation in
                        .object([
                            ("document", .string(citation.document)),
                            ("documentTitle", .string(citation.documentTitle)),
                            ("section", .string(citation.section)),
                            ("lines", .optional(citation.lines)),
                            ("quote", .optional(citation.quote)),
                        ])
                    })),
                ])
            })),
        ])
    }

    static func route(_ route: RecordRoute) -> JSONOutput {
        .object([("kinds", .array(route.kinds.map { .string($0.rawValue) })), ("summary", .string(route.summary))])
    }

    static func fairness(_ fairness: RecordFairness) -> JSONOutput {
        .object([
            ("summary", .string(fairness.summary)),
            ("principles", .array(fairness.principles.map { principle in
                .object([("name", .string(principle.name)), ("status", .string(principle.status.rawValue)),
                         ("explanation", .string(principle.explanation))])
            })),
        ])
    }

    /// The decision section exactly as the project file gives it.
    static func decision(_ decision: Decision) -> JSONOutput {
        .object([
            ("decidedBy", .string(decision.decidedBy)),
            ("date", .string(decision.date.description)),
            ("decision", .string(decision.decision)),
            ("reasons", .optional(decision.reasons)),
            ("departuresFromGuidance", .array(decision.departuresFromGuidance.map { departure in
                .object([("guidance", .string(departure.guidance)), ("explanation", .string(departure.explanation))])
            })),
            ("evidence", .array(decision.evidence.map { evidence in
                .object([("kind", .string(evidence.kind.rawValue)), ("title", .string(evidence.title)),
                         ("reference", .optional(evidence.reference))])
            })),
        ])
    }

    static func affectedGroup(_ group: AffectedGroup) -> JSONOutput {
        .object([
            ("name", .string(group.name)),
            ("protectedCharacteristics", .array(group.protectedCharacteristics.map { .string($0.rawValue) })),
            ("facesHealthInequalities", group.facesHealthInequalities.map(JSONOutput.bool) ?? .null),
            ("size", group.size.map(JSONOutput.int) ?? .null),
            ("significantlyDisadvantaged", group.significantlyDisadvantaged.map(JSONOutput.bool) ?? .null),
        ])
    }

    static func plan(_ plan: RecordPlan) -> JSONOutput {
        .object([
            ("approach", .optional(plan.approach)),
            ("reach", .array(plan.reach.map { .object([("audience", .string($0.audience)), ("how", .string($0.how))]) })),
            ("scrutinyStatus", .optional(plan.scrutinyStatus)),
            ("secretaryOfStateNotified", plan.secretaryOfStateNotified.map(JSONOutput.bool) ?? .null),
            ("launchDate", .optional(plan.launchDate?.description)),
        ])
    }

    static func facts(_ facts: [RecordFact]) -> JSONOutput {
        .array(facts.map { fact in
            .object([
                ("path", .string(fact.path)),
                ("value", .string(fact.value)),
                ("line", fact.line.map(JSONOutput.int) ?? .null),
                ("column", fact.column.map(JSONOutput.int) ?? .null),
            ])
        })
    }
}
