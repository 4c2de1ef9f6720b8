import InvolveCore

/// The annual report section as a Word document, for board papers: the same words, tables and
/// order as the HTML form (ReportWording), Word's heading styles, and the chart as a native
/// Word chart with its figures in a table after it.
public enum ReportDocx {
    /// `wholeRecord` gives the record with its trail for the full appendix (the report keeps
    /// only what its section shows), one at a time; without it, the records the report holds
    /// whole are used.
    public static func render(_ report: InvolvementReport, appendix: ReportAppendix = .summary,
                              wholeRecord: ((ReportedRecord) -> DecisionRecord?)? = nil) -> [UInt8] {
        var doc = document(report, appendix: appendix, wholeRecord: wholeRecord, spool: MemoryBodySpool())
        return doc.finish()
    }

    /// The document handed to `write` in pieces as it is written, its body kept in `spool`
    /// meanwhile, so that a large year's is never held in memory whole.
    public static func render(_ report: InvolvementReport, appendix: ReportAppendix = .summary,
                              wholeRecord: ((ReportedRecord) -> DecisionRecord?)? = nil,
                              spool: WordBodySpool, into write: (UnsafeRawBufferPointer) -> Void) {
        var doc = document(report, appendix: appendix, wholeRecord: wholeRecord, spool: spool)
        doc.finish(into: write)
    }

    private static func document(_ report: InvolvementReport, appendix: ReportAppendix,
                                 wholeRecord: ((ReportedRecord) -> DecisionRecord?)?, spool: WordBodySpool) -> WordDocument {
        var doc = WordDocument(title: ReportWording.title(report), spool: spool)
        doc.heading(ReportWording.title(report), level: 1)
        doc.paragraph(ReportWording.dutyParagraph(report))
        doc.paragraph(ReportWording.sourceParagraph(report))
        doc.paragraph(ReportWording.summaryParagraph(report))

        doc.heading("Involvement decisions at a glance", level: 2)
        doc.table(ReportWording.figuresTable(report))
        doc.table(ReportWording.activityTable(report))
        doc.paragraph(ReportWording.activityNote(report), style: "Note")
        if let years = ReportWording.yearTable(report) {
            doc.heading("Year on year", level: 3)
            doc.table(years)
        }

        doc.heading("Projects assessed", level: 2)
        if report.records.isEmpty {
            doc.paragraph(ReportWording.noRecords)
        } else {
            doc.table(ReportWording.projectsTable(report))
        }

        doc.heading("Decisions through the year", level: 2)
        doc.chart(chart(report), description: ReportWording.chartDescription(report))
        doc.table(ReportWording.monthTable(report))

        doc.heading("Reaching affected groups and those facing health inequalities", level: 2)
        doc.paragraph(ReportWording.reachIntro())
        if report.records.isEmpty {
            doc.paragraph(ReportWording.noRecords)
        } else {
            doc.table(ReportWording.coverageTable(report))
            let (groups, showsHow) = ReportWording.reachTable(report)
            doc.table(groups)
            if !showsHow { doc.paragraph(ReportWording.reachMissingNote, style: "Note") }
            if let assessments = ReportWording.assessmentsTable(report) {
                doc.table(assessments)
            } else {
                doc.paragraph(ReportWording.noAssessments)
            }
        }

        doc.heading("Decisions and departures from the guidance", level: 2)
        doc.paragraph(ReportWording.departuresIntro)
        if let departures = ReportWording.departuresTable(report) {
            doc.table(departures)
        } else {
            doc.paragraph(ReportWording.noDepartures)
        }
        let undecided = report.records.lazy.filter { !$0.hasDecision }
        if undecided.isEmpty {
            doc.paragraph("Every record in the period has a recorded decision about involvement.")
        } else {
            doc.paragraph("Records with no decision about involvement recorded yet:")
            for record in undecided {
                let text = report.text(record)
                doc.paragraph(text.title + ReportWording.undecidedNote(record, text), style: "Compact")
            }
        }

        doc.heading("About this report", level: 2)
        for paragraph in ReportWording.methodParagraphs(report) { doc.paragraph(paragraph) }

        if !report.records.isEmpty {
            switch appendix {
            case .none:
                break
            case .summary:
                doc.pageBreak()
                doc.heading(ReportWording.briefAppendixTitle, level: 2)
                doc.paragraph(ReportWording.briefAppendixIntro)
                for record in report.records {
                    let text = report.text(record)
                    doc.heading(text.title, level: 3)
                    for line in text.brief { doc.labelled(line.label + ":", line.text) }
                }
            case .full:
                doc.pageBreak()
                doc.heading(ReportWording.fullAppendixTitle, level: 2)
                for record in report.records {
                    guard let whole = report.whole(record, wholeRecord) else { continue }
                    DecisionRecordDocx.write(whole, title: "Decision record: " + whole.project.title, level: 3, into: &doc)
                }
            }
        }
        return doc
    }

    /// The chart of the HTML form (ReportChart), as a Word chart: a column a month, stacked by verdict.
    static func chart(_ report: InvolvementReport) -> WordChart {
        let months = report.months
        return WordChart(
            title: ReportWording.chartTitle,
            categories: months.map { $0.shortName + " " + String($0.year) },
            series: ReportChart.order.map { verdict in
                WordChart.Series(name: RecordWording.verdictShort(verdict), colour: String(ReportChart.colour(verdict).dropFirst()),
                                 values: months.map { $0.count(verdict) })
            })
    }
}
