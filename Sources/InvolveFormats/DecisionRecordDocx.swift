import InvolveCore

/// A decision record in a Word document: the full appendix of the annual report, and
/// `involve assess FILE --format docx` (the assessment of one project, made into a record).
/// The same sections, in the same order, as the HTML form (DecisionRecordHTML).
public enum DecisionRecordDocx {
    /// One assessment as a document of its own.
    public static func render(_ record: DecisionRecord) -> [UInt8] {
        let title = "Assessment of the duty to involve: " + record.project.title
        var doc = WordDocument(title: title)
        write(record, title: title, level: 1, into: &doc)
        return doc.finish()
    }

    /// - Parameters:
    ///   - level: heading level of the record's title (its sections are one deeper).
    static func write(_ record: DecisionRecord, title: String, level: Int, into doc: inout WordDocument) {
        let section = level + 1
        doc.heading(title, level: level)
        for (label, value) in [("Record", record.recordID), ("Project", record.project.id),
                               ("Organisation", RecordWording.organisation(record)), ("Assessed as of", record.asOf.longText),
                               ("Made with", RecordWording.madeWith(record)), ("Input file", RecordWording.input(record)),
                               ("SHA-256 of the input file", record.input.sha256)] {
            doc.labelled(label + ":", value)
        }
        if let summary = record.project.summary { doc.paragraph(summary) }

        doc.heading("Verdict", level: section)
        doc.paragraph([(record.verdict.headline + ". ", true), (record.verdict.reason, false)])
        if let duty = record.verdict.statutoryDuty { doc.paragraph("Statutory duty: \(duty).") }

        doc.heading("Decision about involvement", level: section)
        decision(record, &doc)

        doc.heading("Route", level: section)
        if let route = record.route {
            doc.paragraph([(RecordWording.routeShort(route) + ". ", true), (route.summary, false)])
        } else {
            doc.paragraph(RecordWording.routeNotAssessed)
        }
        doc.labelled("What was done:", RecordWording.doneAndAssessed(record), style: nil)

        doc.heading("Fairness of the plan (Gunning principles)", level: section)
        if let fairness = record.fairness {
            doc.paragraph(fairness.summary)
            doc.table(ReportTable(caption: "Gunning principles", headers: ["Principle", "Status", "Why"],
                                  rows: fairness.principles.map { [$0.name, $0.status.displayName, $0.explanation] }))
        } else {
            doc.paragraph(RecordWording.fairnessNotAssessed)
        }

        doc.heading("Who must be involved", level: section)
        if record.audiences.isEmpty {
            doc.paragraph("None listed.")
        } else {
            doc.table(ReportTable(caption: "People to involve, and the law or guidance that says so", headers: ["Who", "Required by law", "Basis"],
                                  rows: record.audiences.map { [$0.who, $0.required ? "Yes" : "No (guidance or good practice)", $0.basis] }))
        }

        doc.heading("Affected groups", level: section)
        if record.affectedGroups.isEmpty {
            doc.paragraph("No affected groups are listed in the project file.")
        } else {
            doc.table(ReportTable(caption: "Groups the project affects", headers: ["Group", "Protected characteristics", "Faces health inequalities", "How reached"],
                                  rows: record.affectedGroups.map { group in
                                      [group.name, RecordWording.characteristics(group), RecordWording.inequalities(group),
                                       RecordWording.howReached(group, record) ?? RecordWording.notReached]
                                  }))
        }
        if let reach = record.plan?.reach, !reach.isEmpty {
            doc.table(ReportTable(caption: "How the involvement plan reaches people", headers: ["Audience", "Who, and how they are reached"],
                                  rows: reach.map { [RecordWording.sentenceStart($0.audience), $0.how] }))
        }

        doc.heading("Findings", level: section)
        if record.findings.isEmpty {
            doc.paragraph("None.")
        } else {
            doc.table(ReportTable(caption: "Findings when assessed", headers: ["Severity", "Rule", "Finding"],
                                  rows: record.findings.map { [RecordWording.severity($0.severity), $0.ruleID, $0.message] }))
        }

        doc.heading("Waivers", level: section)
        if record.waivers.isEmpty {
            doc.paragraph("None.")
        } else {
            doc.table(ReportTable(caption: "Rules waived for this project", headers: ["Rule", "Reason", "Approved by", "Expires"],
                                  rows: record.waivers.map { [$0.ruleID, $0.reason ?? "Not recorded", $0.approvedBy ?? "Not recorded", $0.expires?.longText ?? "—"] }))
        }

        if !record.openQuestions.isEmpty {
            doc.heading("Open questions", level: section)
            for question in record.openQuestions {
                doc.paragraph(question.question + " Answer at " + question.path + ". " + question.whyItMatters, style: "Compact")
            }
        }

        doc.heading("What to do first", level: section)
        for (index, step) in record.nextSteps.enumerated() { doc.labelled("\(index + 1).", step) }

        doc.heading("Rationale trail", level: section)
        for step in record.trail {
            let inferred = step.inferred ? ", inferred: the project's reading, not text in the source" : ""
            doc.heading("\(step.step). \(step.title) (\(step.ruleID)\(inferred))", level: min(section + 1, 4))
            doc.labelled("Question:", step.question)
            doc.labelled("Answer:", step.answer)
            for fact in step.facts { doc.labelled("Fact:", RecordWording.factText(fact)) }
            for citation in step.citations { doc.labelled("Source:", citation.shortText) }
        }
    }

    static func decision(_ record: DecisionRecord, _ doc: inout WordDocument) {
        guard let decision = record.decision else {
            doc.paragraph(RecordWording.noDecision)
            return
        }
        doc.labelled("Decided by:", decision.decidedBy)
        doc.labelled("Date:", decision.date.longText)
        doc.labelled("Decision:", decision.decision)
        doc.labelled("Reasons:", decision.reasons ?? "Not recorded.")
        if decision.departuresFromGuidance.isEmpty {
            doc.paragraph("No departures from the statutory guidance are recorded.")
        } else {
            doc.table(ReportTable(caption: "Departures from the statutory guidance, each explained", headers: ["Part of the guidance", "Explanation"],
                                  rows: decision.departuresFromGuidance.map { [$0.guidance, $0.explanation] }))
        }
        if decision.evidence.isEmpty {
            doc.paragraph("No supporting documents are listed.")
        } else {
            doc.table(ReportTable(caption: "Evidence behind the decision", headers: ["Evidence", "Title", "Reference"],
                                  rows: decision.evidence.map { [$0.kind.displayName, $0.title, $0.reference ?? "—"] }))
        }
    }
}
