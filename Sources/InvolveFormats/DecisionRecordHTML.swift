import InvolveCore

/// A decision record as an HTML `<article>`, for the appendix of the annual report. Every piece
/// of record text is escaped; references are shown as text and never linked or fetched.
enum DecisionRecordHTML {
    typealias W = HTMLWriter

    /// - Parameters:
    ///   - level: heading level of the record's title (its sections are one deeper).
    ///   - anchor: the article's id, for links from the report's tables.
    static func write(_ record: DecisionRecord, level: Int, anchor: String, into html: inout HTMLWriter) {
        let h = "h\(min(level, 5))"
        let h2 = "h\(min(level + 1, 6))"
        html.open("article", ["class": "record", "id": anchor, "aria-labelledby": anchor + "-title"])
        html.element(h, ["id": anchor + "-title"], text: "Decision record: " + record.project.title)

        html.open("dl", ["class": "facts"])
        func item(_ term: String, _ markup: W.Markup) {
            html.element("dt", text: term)
            html.element("dd", markup: markup)
        }
        item("Record", W.escape(record.recordID))
        item("Project", W.escape(record.project.id))
        item("Organisation", W.escape(RecordWording.organisation(record)))
        item("Assessed as of", W.escape(record.asOf.longText))
        item("Made with", W.escape(RecordWording.madeWith(record)))
        item("Input file", W.escape(RecordWording.input(record)))
        item("SHA-256 of the input file", W.inline("code", [:], W.escape(record.input.sha256)))
        html.close()
        if let summary = record.project.summary {
            html.element("p", text: summary)
        }

        html.element(h2, text: "Verdict")
        html.element("p", markup: W.inline("strong", [:], W.escape(record.verdict.headline + ".")) + " " + W.escape(record.verdict.reason))
        if let duty = record.verdict.statutoryDuty {
            html.element("p", text: "Statutory duty: \(duty).")
        }

        html.element(h2, text: "Decision about involvement")
        decision(record, &html)

        html.element(h2, text: "Route")
        if let route = record.route {
            html.element("p", markup: W.inline("strong", [:], W.escape(RecordWording.routeShort(route) + ".")) + " " + W.escape(route.summary))
        } else {
            html.element("p", text: RecordWording.routeNotAssessed)
        }

        html.element(h2, text: "Fairness of the plan (Gunning principles)")
        if let fairness = record.fairness {
            html.element("p", text: fairness.summary)
            table(caption: "Gunning principles", headers: ["Principle", "Status", "Why"],
                  rows: fairness.principles.map { [$0.name, $0.status.displayName, $0.explanation] }, &html)
        } else {
            html.element("p", text: RecordWording.fairnessNotAssessed)
        }

        html.element(h2, text: "Who must be involved")
        if record.audiences.isEmpty {
            html.element("p", text: "None listed.")
        } else {
            table(caption: "People to involve, and the law or guidance that says so", headers: ["Who", "Required by law", "Basis"],
                  rows: record.audiences.map { [$0.who, $0.required ? "Yes" : "No (guidance or good practice)", $0.basis] }, &html)
        }

        html.element(h2, text: "Affected groups")
        if record.affectedGroups.isEmpty {
            html.element("p", text: "No affected groups are listed in the project file.")
        } else {
            table(caption: "Groups the project affects", headers: ["Group", "Protected characteristics", "Faces health inequalities", "How reached"],
                  rows: record.affectedGroups.map { group in
                      [group.name, RecordWording.characteristics(group), RecordWording.inequalities(group),
                       RecordWording.howReached(group, record) ?? RecordWording.notReached]
                  }, &html)
        }
        if let approach = record.plan?.approach {
            html.element("p", text: "Planned approach: \(approach).")
        }
        if let reach = record.plan?.reach, !reach.isEmpty {
            table(caption: "How the involvement plan reaches people", headers: ["Audience", "Who, and how they are reached"],
                  rows: reach.map { [RecordWording.sentenceStart($0.audience), $0.how] }, &html)
        }

        html.element(h2, text: "Findings")
        if record.findings.isEmpty {
            html.element("p", text: "None.")
        } else {
            table(caption: "Findings when assessed", headers: ["Severity", "Rule", "Finding"],
                  rows: record.findings.map { [RecordWording.severity($0.severity), $0.ruleID, $0.message] }, &html)
        }

        html.element(h2, text: "Waivers")
        if record.waivers.isEmpty {
            html.element("p", text: "None.")
        } else {
            table(caption: "Rules waived for this project", headers: ["Rule", "Reason", "Approved by", "Expires"],
                  rows: record.waivers.map { [$0.ruleID, $0.reason ?? "Not recorded", $0.approvedBy ?? "Not recorded", $0.expires?.longText ?? "—"] }, &html)
        }

        if !record.openQuestions.isEmpty {
            html.element(h2, text: "Open questions")
            html.open("ul")
            for question in record.openQuestions {
                html.element("li", markup: W.escape(question.question) + " Answer at " + W.inline("code", [:], W.escape(question.path)) + ". " + W.escape(question.whyItMatters))
            }
            html.close()
        }

        html.element(h2, text: "What to do first")
        html.open("ol")
        for step in record.nextSteps { html.element("li", text: step) }
        html.close()

        html.element(h2, text: "Rationale trail")
        html.open("ol", ["class": "trail"])
        for step in record.trail {
            html.open("li", ["value": String(step.step)])
            let inferred = step.inferred ? ", inferred: the project's reading, not text in the source" : ""
            html.element("p", markup: W.inline("strong", [:], W.escape(step.title)) + " (" + W.inline("code", [:], W.escape(step.ruleID)) + W.escape(inferred) + ")")
            html.open("dl")
            html.element("dt", text: "Question")
            html.element("dd", text: step.question)
            html.element("dt", text: "Answer")
            html.element("dd", text: step.answer)
            if !step.facts.isEmpty {
                html.element("dt", text: "Facts")
                for fact in step.facts {
                    var markup = W.inline("code", [:], W.escape(fact.path)) + " = "
                        + W.escape(fact.value == Fact.notStated ? "not stated" : "\u{201C}" + fact.value + "\u{201D}")
                    if let line = fact.line, let column = fact.column { markup += W.escape(" (line \(line), column \(column))") }
                    html.element("dd", markup: markup)
                }
            }
            if !step.citations.isEmpty {
                html.element("dt", text: "Sources")
                for citation in step.citations { html.element("dd", text: citation.shortText) }
            }
            html.close()
            html.close()
        }
        html.close()
        html.close()
    }

    static func decision(_ record: DecisionRecord, _ html: inout HTMLWriter) {
        guard let decision = record.decision else {
            html.element("p", text: RecordWording.noDecision)
            return
        }
        html.open("dl", ["class": "facts"])
        html.element("dt", text: "Decided by")
        html.element("dd", text: decision.decidedBy)
        html.element("dt", text: "Date")
        html.element("dd", text: decision.date.longText)
        html.element("dt", text: "Decision")
        html.element("dd", text: decision.decision)
        html.element("dt", text: "Reasons")
        html.element("dd", text: decision.reasons ?? "Not recorded.")
        html.close()
        if decision.departuresFromGuidance.isEmpty {
            html.element("p", text: "No departures from the statutory guidance are recorded.")
        } else {
            table(caption: "Departures from the statutory guidance, each explained", headers: ["Part of the guidance", "Explanation"],
                  rows: decision.departuresFromGuidance.map { [$0.guidance, $0.explanation] }, &html)
        }
        if decision.evidence.isEmpty {
            html.element("p", text: "No supporting documents are listed.")
        } else {
            table(caption: "Evidence behind the decision", headers: ["Evidence", "Title", "Reference"],
                  rows: decision.evidence.map { [$0.kind.displayName, $0.title, $0.reference ?? "—"] }, &html)
        }
    }

    /// A table of text: a caption, column headers with scope="col", and the first cell of
    /// each row as its row header (scope="row").
    static func table(caption: String, headers: [String], rows: some Sequence<[String]>, numeric: Set<Int> = [], _ html: inout HTMLWriter) {
        openScrollBox(caption, &html)
        if numeric.isEmpty { html.open("table") } else { html.open("table", ["class": "figures"]) }
        html.element("caption", text: caption)
        html.open("thead")
        html.open("tr")
        for (index, header) in headers.enumerated() {
            if numeric.contains(index) {
                html.element("th", ["scope": "col", "class": "number"], text: header)
            } else {
                html.element("th", ["scope": "col"], text: header)
            }
        }
        html.close()
        html.close()
        html.open("tbody")
        for row in rows {
            html.open("tr")
            for (index, cell) in row.enumerated() {
                cellElement(index: index, numeric: numeric.contains(index), markup: HTMLWriter.escape(cell), &html)
            }
            html.close()
        }
        html.close()
        html.close()
        html.close()
    }

    /// A box the table scrolls in, sideways, when it is wider than the screen (a phone), so
    /// that the page itself never does. Focusable, and named by the table's caption, so that a
    /// keyboard can scroll it too (WCAG 2.1.1).
    static func openScrollBox(_ caption: String, _ html: inout HTMLWriter) {
        html.open("div", ["class": "scroll", "role": "region", "tabindex": "0", "aria-label": caption])
    }

    static func cellElement(index: Int, numeric: Bool, markup: HTMLWriter.Markup, _ html: inout HTMLWriter) {
        switch (index == 0, numeric) {
        case (true, true): html.element("th", ["scope": "row", "class": "number"], markup: markup)
        case (true, false): html.element("th", ["scope": "row"], markup: markup)
        case (false, true): html.element("td", ["class": "number"], markup: markup)
        case (false, false): html.element("td", markup: markup)
        }
    }
}
