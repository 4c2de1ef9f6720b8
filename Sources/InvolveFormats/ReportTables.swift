import InvolveCore

/// A table of plain text that every report format draws the same way: HTML, Markdown, Word.
struct ReportTable {
    let caption: String
    let headers: [String]
    let rows: [[String]]
    /// Columns holding numbers, right-aligned.
    var numeric: Set<Int> = []
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
        let rows = report.records.compactMap { record -> [String]? in
            record.decision?.evidence.first { $0.kind == .equalityImpactAssessment }.map { [record.project.title, $0.title, $0.reference ?? "—"] }
        }
        return rows.isEmpty ? nil : ReportTable(caption: "Equality impact assessments behind the decisions",
                                                headers: ["Project", "Equality impact assessment", "Reference"], rows: rows)
    }

    static let noAssessments = "No equality impact assessments are listed in the decision records."

    static let departuresIntro = "Organisations must be able to explain any substantial departure from the statutory guidance (Working in partnership with people and communities, \u{201C}Who is this guidance for?\u{201D})."

    static let noDepartures = "No departures from the guidance were recorded in the period."

    /// Each departure from the guidance and its explanation, or nil when none is recorded.
    static func departuresTable(_ report: InvolvementReport) -> ReportTable? {
        let departures = report.departures
        return departures.isEmpty ? nil : ReportTable(caption: "Departures from the statutory guidance and their explanations",
                                                      headers: ["Project", "Part of the guidance", "Explanation"],
                                                      rows: departures.map { [$0.record.project.title, $0.departure.guidance, $0.departure.explanation] })
    }

    /// The projects table as plain text (the HTML form links each title to its record).
    static func projectsCaption(_ report: InvolvementReport) -> String {
        "Projects assessed, \(periodText(report)), with what was done and the route assessed, and the decision taken about involvement"
    }

    static func projectsTable(_ report: InvolvementReport) -> ReportTable {
        ReportTable(caption: projectsCaption(report),
                    headers: projectHeaders,
                    rows: report.records.map { record in
                        [record.project.title, RecordWording.verdictShort(record.verdict.value), RecordWording.doneAndAssessed(record, periodEnd: report.period.end),
                         RecordWording.keyDates(record).joined(separator: "\n"), RecordWording.decisionShort(record)]
                    })
    }
}

extension ReportWording {
    static let noRecords = "No decision records fall in the period."
}
