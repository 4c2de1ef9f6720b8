import InvolveCore

/// One assessment as a page for a board paper (`involve assess FILE --format html`): one
/// self-contained file (inline CSS and SVG, no scripts, nothing fetched) that prints on A4.
/// The picture of the three-step test, the route and the Gunning principles comes first, then
/// what to do, the questions, who must be involved, the findings, the trail and the sources.
/// Several files make one page with an article per project.
enum AssessmentHTML {
    typealias W = HTMLWriter

    static func head(title: String, into html: inout HTMLWriter) {
        html.beginPage(title: title, styleSheet: styleSheet)
    }

    /// One project's article; `id` keeps its element ids unique on a page of several.
    static func article(_ report: ProjectReport, id: String, headingLevel: Int, into html: inout HTMLWriter) {
        let assessment = report.assessment
        let h = { (level: Int) in "h\(min(6, headingLevel + level))" }
        html.open("article", ["aria-labelledby": "\(id)-heading"])
        html.element(h(0), ["id": "\(id)-heading"], text: assessment.projectTitle)
        html.element("p", ["class": "meta"], text: "\(assessment.projectID) · \(assessment.organisation.name), \(assessment.organisation.kind.displayName) · file \(report.file) · assessed as of \(assessment.asOf) · involve \(ToolVersion.current), rulebook \(Rulebook.version), policy \(assessment.policy.name) \(assessment.policy.version)")

        html.open("p", ["class": "verdict verdict-\(assessment.verdict.rawValue)"])
        html.raw(W.inline("strong", [:], W.escape(assessment.verdict.headline + ".")) + " " + W.escape(assessment.verdictReason)
                 + (assessment.statutoryDuty.map { W.escape(" Statutory duty: \($0).") } ?? ""))
        html.close()

        html.open("figure")
        ThreeStepPicture.write(assessment, id: id, into: &html)
        html.open("figcaption")
        html.raw(W.escape("How the three-step test went:"))
        html.close()
        html.open("ol", ["class": "path"])
        for (index, step) in assessment.dutyPath.steps.enumerated() {
            html.element("li", markup: W.inline("strong", [:], W.escape(ThreeStepPicture.stepTitles[index].dropFirst(8).capitalisedFirstLetter + ": " + ThreeStepPicture.look(step.mark).word + "."))
                         + " " + W.escape(step.summary.capitalisedFirstLetter + "."))
        }
        html.close()
        html.close()

        html.element(h(1), text: "What to do first")
        html.open("ol")
        for step in assessment.nextSteps { html.element("li", text: step) }
        html.close()

        questions(assessment.decidingQuestions, heading: QuestionWording.decidingHeading,
                  note: QuestionWording.whatTheyDecide(assessment.decidingQuestions), assessment, h(1), into: &html)
        questions(assessment.planQuestions, heading: QuestionWording.planHeading, note: QuestionWording.planNote, assessment, h(1), into: &html)

        audiences(assessment, h(1), into: &html)
        route(assessment.route, h(1), into: &html)
        fairness(assessment.fairness, h(1), into: &html)
        findings(report, h(1), into: &html)
        trail(assessment, h(1), into: &html)
        sources(assessment, h(1), into: &html)
        html.close()
    }

    /// Opens a table with its caption and column headers; the caller writes the rows and
    /// closes the body and the table.
    private static func openTable(_ caption: String, columns: [String], class name: String? = nil, into html: inout HTMLWriter) {
        if let name { html.open("table", ["class": name]) } else { html.open("table") }
        html.element("caption", text: caption)
        html.open("thead")
        html.element("tr", markup: columns.map { W.inline("th", ["scope": "col"], W.escape($0)) }.joined())
        html.close()
        html.open("tbody")
    }

    private static func position(_ path: String, _ sourceMap: SourceMap) -> String {
        W.inline("code", [:], W.escape(path)) + W.escape(AssessmentText.where_(path, sourceMap))
    }

    private static func questions(_ questions: [OpenQuestion], heading: String, note: String, _ assessment: Assessment,
                                  _ tag: String, into html: inout HTMLWriter) {
        guard !questions.isEmpty else { return }
        html.element(tag, text: "\(heading) (\(note))")
        html.open("ul")
        for question in questions {
            html.element("li", markup: W.escape(question.question) + " Answer at " + position(question.path, assessment.sourceMap)
                         + ". " + W.escape(question.whyItMatters))
        }
        html.close()
    }

    private static func audiences(_ assessment: Assessment, _ tag: String, into html: inout HTMLWriter) {
        guard !assessment.audiences.isEmpty else { return }
        html.element(tag, text: "Who must be involved")
        openTable("Who must be involved, and why", columns: ["Who", "Required by law?", "Basis"], into: &html)
        for audience in assessment.audiences {
            html.element("tr", markup: W.inline("td", [:], W.escape(audience.who)) + W.inline("td", [:], audience.required ? "Yes" : "No: guidance or the equality duty")
                         + W.inline("td", [:], W.escape(audience.basis)))
        }
        html.close()
        html.close()
    }

    private static func route(_ route: RouteAssessment, _ tag: String, into html: inout HTMLWriter) {
        html.element(tag, text: "Route: \(route.kind.headline) (\(RouteAndFairnessText.label(route.level)))")
        html.open("ul")
        for reason in route.reasons { html.element("li", text: reason.text) }
        for (name, requirement) in RouteAndFairnessText.requirements(route) where requirement.level != .notIndicated {
            html.element("li", markup: W.inline("strong", [:], W.escape("\(name): \(RouteAndFairnessText.label(requirement.level))" + (requirement.done ? ", done" : "") + "."))
                         + " " + W.escape(requirement.reason + (requirement.progress.map { " So far: \($0)." } ?? "")))
        }
        html.close()
    }

    private static func fairness(_ fairness: FairnessAssessment, _ tag: String, into html: inout HTMLWriter) {
        html.element(tag, text: "Is the plan fair? The Gunning principles")
        html.element("p", text: fairness.applicationReason)
        openTable("The Gunning principles for this plan", columns: ["Principle", "Status", "Why"], class: "gunning", into: &html)
        for principle in fairness.principles {
            html.element("tr", markup: W.inline("th", ["scope": "row"], W.escape("\(principle.principle.rawValue) \(principle.principle.title)"))
                         + W.inline("td", ["class": "status-\(principle.status.rawValue)"], W.escape(principle.status.displayName))
                         + W.inline("td", [:], W.escape(principle.reasons.joined(separator: "; "))))
        }
        html.close()
        html.close()
    }

    private static func findings(_ report: ProjectReport, _ tag: String, into html: inout HTMLWriter) {
        let counts = AssessmentText.findingCounts(report.review, none: "none")
        html.element(tag, text: "Findings (\(counts))")
        guard !report.review.findings.isEmpty else { return }
        openTable("Findings, most severe first", columns: ["Severity", "Finding", "Where in the file"], class: "findings", into: &html)
        for reviewed in report.review.forReading {
            let finding = reviewed.finding
            var message = W.escape(finding.message) + " " + W.inline("span", ["class": "rule"], W.escape("[\(finding.rule.id)]"))
            if let waiver = reviewed.waiver {
                message += " " + W.inline("em", [:], W.escape("Waived until \(waiver.expires) by \(waiver.approvedBy): \(waiver.justification)"))
            }
            let severity = reviewed.isWaived ? "waived (\(finding.severity.rawValue))" : finding.severity.rawValue
            html.element("tr", markup: W.inline("td", ["class": "severity-\(finding.severity.rawValue)"], W.escape(severity)) + W.inline("td", [:], message)
                         + W.inline("td", [:], position(finding.primaryPath, report.assessment.sourceMap)))
        }
        html.close()
        html.close()
    }

    private static func trail(_ assessment: Assessment, _ tag: String, into html: inout HTMLWriter) {
        html.element(tag, text: "Rationale trail (\(counted(assessment.trail.count, "step")))")
        html.open("ol", ["class": "trail"])
        for step in assessment.trail {
            html.open("li")
            html.element("p", markup: W.inline("strong", [:], W.escape(step.rule.title)) + " " + W.inline("span", ["class": "rule"], W.escape("[\(step.rule.id)]"))
                         + (step.rule.inferred ? W.escape(" (inferred: the project's reading, not text in the source)") : ""))
            html.open("dl")
            html.element("dt", text: "Question")
            html.element("dd", text: step.rule.question)
            html.element("dt", text: "Answer")
            html.element("dd", text: step.answer)
            if !step.facts.isEmpty {
                html.element("dt", text: "Facts")
                for fact in step.facts {
                    let value = fact.value == Fact.notStated ? W.escape(fact.value) : W.escape("“" + fact.value + "”")
                    html.element("dd", markup: W.inline("code", [:], W.escape(fact.path)) + " = " + value + W.escape(AssessmentText.where_(fact.path, assessment.sourceMap)))
                }
            }
            html.element("dt", text: "Sources")
            for citation in step.rule.citations { html.element("dd", text: citation.shortText) }
            html.close()
            html.close()
        }
        html.close()
    }

    private static func sources(_ assessment: Assessment, _ tag: String, into html: inout HTMLWriter) {
        let documents = SourcesText.documents(assessment)
        guard !documents.isEmpty else { return }
        html.element(tag, text: "Sources")
        html.open("ul", ["class": "sources"])
        for document in documents {
            let address = document.address.map { " " + W.inline("a", ["href": $0], W.escape($0)) } ?? ""
            html.element("li", markup: W.escape("\(document.title). \(document.publisher).") + address)
        }
        html.close()
    }

    static let styleSheet = """
        @page { size: A4; margin: 16mm 15mm 18mm 15mm; }
        html { color: #212b32; background: #ffffff; }
        body { font-family: Arial, "Helvetica Neue", Helvetica, sans-serif; font-size: 10.5pt; line-height: 1.4; margin: 0; }
        main { max-width: 60rem; margin: 0 auto; padding: 1.25rem; }
        h1, h2 { color: #003087; line-height: 1.2; }
        h1 { font-size: 1.6rem; margin: 0 0 0.5rem; }
        h2 { font-size: 1.2rem; border-bottom: 2px solid #005eb8; padding-bottom: 0.15rem; margin: 1.5rem 0 0.5rem; }
        h3 { font-size: 1.05rem; color: #003087; margin: 1.2rem 0 0.4rem; }
        h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
        .meta { color: #4c6272; font-size: 0.9em; margin: 0 0 0.75rem; }
        .verdict { font-size: 1.1em; border-left: 6px solid #005eb8; padding: 0.4rem 0.75rem; background: #f0f4f5; }
        .verdict-undetermined { border-left-color: #8a5a00; }
        figure { margin: 0.75rem 0 1rem; break-inside: avoid; page-break-inside: avoid; }
        svg.picture { max-width: 100%; height: auto; }
        figcaption { font-weight: bold; margin-top: 0.4rem; }
        ol.path { margin: 0.2rem 0 0; }
        table { border-collapse: collapse; width: 100%; margin: 0.4rem 0 1rem; font-size: 0.95em; }
        caption { text-align: left; font-weight: bold; padding: 0.2rem 0; }
        th, td { border: 1px solid #aeb7bd; padding: 0.3rem 0.45rem; text-align: left; vertical-align: top; }
        thead th { background: #e8edee; }
        tr { break-inside: avoid; page-break-inside: avoid; }
        caption, thead { break-after: avoid; page-break-after: avoid; }
        table.findings td:first-child, table.gunning td:nth-child(2) { width: 5.5rem; white-space: nowrap; }
        table.findings td:last-child { width: 13rem; }
        table.gunning th[scope="row"] { width: 12rem; }
        td.severity-error, td.status-not-met { font-weight: bold; color: #b1271b; }
        td.severity-warning, td.status-at-risk { font-weight: bold; color: #6b4600; }
        code { font-family: "Courier New", monospace; font-size: 0.92em; overflow-wrap: anywhere; }
        .rule { color: #4c6272; font-size: 0.9em; }
        ol.trail { font-size: 0.88em; }
        ol.trail > li { margin-bottom: 0.5rem; }
        ol.trail > li > p { break-after: avoid; page-break-after: avoid; }
        ol.trail p { margin: 0 0 0.2rem; }
        dl { margin: 0; }
        dt { font-weight: bold; float: left; clear: left; width: 5.5rem; }
        dd { margin: 0 0 0.15rem 5.75rem; }
        ul.sources a { overflow-wrap: anywhere; color: #005eb8; }
        article + article { break-before: page; page-break-before: always; }
        @media print { main { max-width: none; padding: 0; } a { color: #212b32; } }
        """
}

private extension Substring {
    var capitalisedFirstLetter: String { prefix(1).uppercased() + dropFirst() }
}

private extension String {
    var capitalisedFirstLetter: String { prefix(1).uppercased() + dropFirst() }
}
