import InvolveCore

/// A table of plain text that every report format draws the same way: HTML, Markdown, Word.
struct ReportTable {
    let caption: String
    let headers: [String]
    /// Made as they are written: a table with a row a record is made from the texts kept
    /// outside memory (`ReportRecordText`), and is never held whole.
    let rows: AnySequence<[String]>
    /// Columns holding numbers, right-aligned.
    let numeric: Set<Int>

    init(caption: String, headers: [String], rows: some Sequence<[String]>, numeric: Set<Int> = []) {
        self.caption = caption
        self.headers = headers
        self.rows = AnySequence(rows)
        self.numeric = numeric
    }
}

/// The section's tables, the same in HTML and Word.
extension ReportWording {
    static func figuresTable(_ report: InvolvementReport) -> ReportTable {
        ReportTable(caption: "Involvement decisions, \(periodText(report))", headers: ["Measure", "Number"],
                    rows: figures(report).map { [$0.label, $0.value] }, numeric: [1])
    }

    static func monthTable(_ report: InvolvementReport) -> ReportTable {
        let headers = ["Month"] + ReportChart.order.map(RecordWording.verdictShort) + ["Total"]
        let rows = report.months.map { month in
            [month.name] + ReportChart.order.map { String(month.count($0)) } + [String(month.total)]
        }
        return ReportTable(caption: "The figures in the chart: \(chartTitle.lowercased())", headers: headers, rows: rows,
                           numeric: Set(1..<headers.count))
    }

    static func coverageTable(_ report: InvolvementReport) -> ReportTable {
        ReportTable(caption: "Protected characteristics shared by the groups projects affect",
                    headers: ["Protected characteristic", "Projects naming an affected group who share it"],
                    rows: report.protectedCharacteristicCoverage.map { [RecordWording.characteristic($0.0), String($0.1)] },
                    numeric: [1])
    }

    /// The groups each project names, with a column for how they were reached when any plan says.
    static func reachTable(_ report: InvolvementReport) -> (table: ReportTable, showsHow: Bool) {
        let (rows, showsHow) = reachRows(report)
        return (ReportTable(caption: "Affected groups named by each project",
                            headers: ["Project", "Affected groups named (protected characteristics)", "Groups facing health inequalities"]
                                + (showsHow ? ["How they were reached"] : []),
                            rows: rows), showsHow)
    }

    /// The equality impact assessments behind the decisions, or nil when none is listed.
    static func assessmentsTable(_ report: InvolvementReport) -> ReportTable? {
        report.evidenceCount(.equalityImpactAssessment) == 0 ? nil
            : ReportTable(caption: "Equality impact assessments behind the decisions",
                          headers: ["Project", "Equality impact assessment", "Reference"], rows: assessmentRows(report))
    }

    /// Each record's equality impact assessment: the project, the assessment's title, its reference.
    static func assessmentRows(_ report: InvolvementReport) -> some Sequence<[String]> {
        report.records.lazy.filter { $0.evidence.contains(.equalityImpactAssessment) }.compactMap { record in
            let text = report.text(record)
            return text.equalityImpactAssessment.map { [text.title] + $0 }
        }
    }

    static let noAssessments = "No equality impact assessments are listed in the decision records."

    static let departuresIntro = "Organisations must be able to explain any substantial departure from the statutory guidance (Working in partnership with people and communities, \u{201C}Who is this guidance for?\u{201D})."

    static let noDepartures = "No departures from the guidance were recorded in the period."

    /// Each departure from the guidance and its explanation, or nil when none is recorded.
    static func departuresTable(_ report: InvolvementReport) -> ReportTable? {
        report.departureCount == 0 ? nil
            : ReportTable(caption: "Departures from the statutory guidance and their explanations",
                          headers: ["Project", "Part of the guidance", "Explanation"], rows: departureRows(report))
    }

    /// Each departure from the guidance: the project, the part of the guidance, the explanation.
    static func departureRows(_ report: InvolvementReport) -> some Sequence<[String]> {
        report.records.lazy.filter { $0.departureCount > 0 }.flatMap { record in
            let text = report.text(record)
            return text.departures.map { [text.title] + $0 }
        }
    }

    /// " (assessed 12 May 2025; verdict: applies)", after the title of a record with no decision.
    static func undecidedNote(_ record: ReportedRecord, _ text: ReportRecordText) -> String {
        " (assessed \(text.assessedOn); verdict: \(RecordWording.verdictShort(record.verdict).lowercased()))"
    }

    /// The projects table as plain text (the HTML form links each title to its record).
    static func projectsCaption(_ report: InvolvementReport) -> String {
        "Projects assessed, \(periodText(report)), with what was done and the route assessed, and the decision taken about involvement"
    }

    static func projectsTable(_ report: InvolvementReport) -> ReportTable {
        ReportTable(caption: projectsCaption(report),
                    headers: projectHeaders,
                    rows: report.records.lazy.map { record in
                        let text = report.text(record)
                        return [text.title, RecordWording.verdictShort(record.verdict), text.doneAndAssessed,
                                text.keyDates.joined(separator: "\n"), text.decisionShort]
                    })
    }
}

extension ReportWording {
    static let noRecords = "No decision records fall in the period."
}
