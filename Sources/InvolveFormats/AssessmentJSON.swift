import InvolveCore

/// The JSON form of an assessment (documented in docs/output-json.md). Keys appear in a fixed
/// order; `formatVersion` changes when a key is removed or changes meaning.
public enum AssessmentJSON {
    public static let format = "involve.assessment"
    public static let formatVersion = 1

    public static func render(_ assessment: Assessment, file: String) -> String {
        render(ProjectReport(file: file, assessment: assessment))
    }

    /// The assessment with its waivers applied: each finding says whether a waiver covers it,
    /// `counts` leaves waived findings out of the severities, and `waivers` lists every waiver
    /// of the file with its status.
    public static func render(_ report: ProjectReport) -> String {
        JSONStream.document { write(report, form: .selfContained, into: &$0) }
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

    /// Streams the assessment object (see `JSONStream` for why it is not built as a tree).
    static func write(_ report: ProjectReport, form: Form, into json: inout JSONStream) {
        let assessment = report.assessment
        let review = report.review
        let sourceMap = assessment.sourceMap
        json.object { json in
            if form == .selfContained {
                json.member("format", format)
                json.member("formatVersion", formatVersion)
            }
            json.member("tool", object: { json in
                json.member("name", "involve")
                json.member("version", ToolVersion.current)
            })
            json.member("rulebookVersion", Rulebook.version)
            json.key("policy")
            RouteAndFairnessJSON.write(assessment.policy, into: &json)
            json.member("file", report.file)
            json.member("asOf", assessment.asOf.description)
            json.member("project", object: { json in
                json.member("id", assessment.projectID)
                json.member("title", assessment.projectTitle)
                json.member("organisation", object: { json in
                    json.member("name", assessment.organisation.name)
                    json.member("kind", assessment.organisation.kind.rawValue)
                })
            })
            json.member("verdict", object: { json in
                json.member("value", assessment.verdict.rawValue)
                json.member("headline", assessment.verdict.headline)
                json.member("reason", assessment.verdictReason)
                json.member("statutoryDuty", optional: assessment.statutoryDuty)
                json.member("path", object: { json in
                    for (name, step) in zip(["step1", "step2", "step3"] as [StaticString], assessment.dutyPath.steps) {
                        json.member(name, object: { json in
                            json.member("mark", step.mark.rawValue)
                            json.member("summary", step.summary)
                        })
                    }
                })
            })
            json.member("counts", object: { json in
                json.member("error", review.count(.error))
                json.member("warning", review.count(.warning))
                json.member("info", review.count(.info))
                json.member("waived", review.waivedCount)
            })
            json.key("nextSteps")
            json.array(assessment.nextSteps) { json, step in json.string(step) }
            json.key("openQuestions")
            json.array(assessment.openQuestions) { json, question in
                json.object { json in
                    json.member("path", question.path)
                    position(question.path, sourceMap, into: &json)
                    json.member("question", question.question)
                    json.member("whyItMatters", question.whyItMatters)
                    json.member("decides", question.decides.rawValue)
                }
            }
            json.key("route")
            RouteAndFairnessJSON.write(assessment.route, into: &json)
            json.key("fairness")
            RouteAndFairnessJSON.write(assessment.fairness, sourceMap, into: &json)
            json.key("audiences")
            json.array(assessment.audiences) { json, audience in
                json.object { json in
                    json.member("who", audience.who)
                    json.member("required", audience.required)
                    json.member("basis", audience.basis)
                }
            }
            json.key("findings")
            json.array(review.findings) { json, reviewed in
                let finding = reviewed.finding
                json.object { json in
                    json.member("ruleId", finding.rule.id)
                    json.member("severity", finding.severity.rawValue)
                    json.member("message", finding.message)
                    json.member("location", object: { json in
                        json.member("path", finding.primaryPath)
                        position(finding.primaryPath, sourceMap, into: &json)
                    })
                    json.key("facts")
                    facts(finding.facts, sourceMap, into: &json)
                    json.member("waived", reviewed.isWaived)
                    json.key("waiver")
                    waiverReference(reviewed.waiver, review, into: &json)
                    json.key("expiredWaiver")
                    waiverReference(reviewed.expiredWaiver, review, into: &json)
                }
            }
            json.key("waivers")
            json.array(review.waivers) { json, use in
                json.object { json in
                    json.member("path", use.path)
                    position(use.path, sourceMap, into: &json)
                    json.member("rule", use.waiver.rule)
                    json.member("status", use.status.rawValue)
                    json.member("findings", use.findings)
                    json.member("justification", use.waiver.justification)
                    json.member("approvedBy", use.waiver.approvedBy)
                    json.member("approvedOn", optional: use.waiver.approvedOn?.description)
                    json.member("expires", use.waiver.expires.description)
                    json.member("notice", use.notice)
                }
            }
            json.key("trail")
            json.array(assessment.trail.enumerated()) { json, numbered in
                let (index, step) = numbered
                let rule = step.rule
                let listedInSet = form == .inSet && RulebookJSON.isListed(rule)
                json.object { json in
                    json.member("step", index + 1)
                    json.member("ruleId", rule.id)
                    if !listedInSet {
                        json.member("title", rule.title)
                        json.member("question", rule.question)
                    }
                    json.member("answer", step.answer)
                    if !listedInSet { json.member("inferred", rule.inferred) }
                    json.key("facts")
                    facts(step.facts, sourceMap, into: &json)
                    if !listedInSet { json.member("citations", citations(rule)) }
                }
            }
        }
    }

    /// A rule's citations. For the rules of the rulebook they are rendered once, at the level
    /// they take in the single-file document (`trail[].citations`) and in the set's `rules`.
    /// A rule's citations, rendered once per rulebook rule at the level they take in the
    /// single-file document (`trail[].citations`) and in the set's `rules`.
    static func citations(_ rule: Rule) -> JSONOutput { renderedCitations[rule] }

    /// Nesting level of `trail[].citations` in `involve.assessment`, and of `rules[].citations`
    /// in `involve.assessment-set`.
    static let citationLevel = 3

    private static let renderedCitations = RuleMemo { rule in
        JSONOutput.rendered(RenderedJSON(.array(rule.citations.map(citation)), indent: citationLevel))
    }

    public static func citation(_ citation: Citation) -> JSONOutput {
        .object([
            ("document", .string(citation.document.rawValue)),
            ("documentTitle", .string(citation.document.title)),
            ("section", .string(citation.section)),
            ("lines", .optional(citation.lines)),
            ("quote", .optional(citation.quote)),
            ("citedAs", .string(citation.document.citedAs)),
            ("publisher", .string(citation.document.publisher)),
            ("address", .optional(citation.document.address)),
            ("text", .string(citation.shortText)),
        ])
    }

    /// A waiver named by a finding: where it is in the file and who approved it until when.
    static func waiverReference(_ waiver: Waiver?, _ review: WaiverReview, into json: inout JSONStream) {
        guard let waiver else { return json.null() }
        json.object { json in
            json.member("path", optional: review.waivers.first { $0.waiver == waiver }?.path)
            json.member("justification", waiver.justification)
            json.member("approvedBy", waiver.approvedBy)
            json.member("approvedOn", optional: waiver.approvedOn?.description)
            json.member("expires", waiver.expires.description)
        }
    }

    static func facts(_ facts: [Fact], _ sourceMap: SourceMap, into json: inout JSONStream) {
        json.array(facts) { json, fact in
            json.object { json in
                json.member("path", fact.path)
                json.member("value", fact.value)
                position(fact.path, sourceMap, into: &json)
            }
        }
    }

    /// Line and column of a path, and where its value ends (exclusive); a missing fact points
    /// at the key it would go under (see `SourceMap.span(of:)`), or null without a file.
    static func position(_ path: String, _ sourceMap: SourceMap, into json: inout JSONStream) {
        if let span = sourceMap.span(of: path) {
            json.member("line", span.line)
            json.member("column", span.column)
            json.member("endLine", span.endLine)
            json.member("endColumn", span.endColumn)
        } else {
            json.nullMember("line")
            json.nullMember("column")
            json.nullMember("endLine")
            json.nullMember("endColumn")
        }
    }
}
