import InvolveCore

/// The annual report section as Markdown, to paste into a report or convert with any
/// Markdown tool. Input text is escaped, including `|` and line breaks in table cells.
public enum ReportMarkdown {
    public static func render(_ report: InvolvementReport, appendix: ReportAppendix = .summary,
                              wholeRecord: ((ReportedRecord) -> DecisionRecord?)? = nil) -> String {
        ReportAppendix.joined { render(report, appendix: appendix, wholeRecord: wholeRecord, into: $0) }
    }

    /// The same, given to `write` in pieces of whole lines as it is made, so that a long report
    /// can go to its file without being held whole. `wholeRecord` gives the record with its
    /// trail for the full appendix (the report keeps only what its section shows), one at a
    /// time; without it, the records the report holds whole are used.
    public static func render(_ report: InvolvementReport, appendix: ReportAppendix = .summary,
                              wholeRecord: ((ReportedRecord) -> DecisionRecord?)? = nil, into write: (String) -> Void) {
        var out = TextLines()
        func writeWhenLarge() {
            guard out.text.utf8.count >= ReportAppendix.piece else { return }
            write(out.text)
            out = TextLines()
        }
        out.append("# \(MarkdownText.inline(ReportWording.title(report)))")
        out.append("")
        out.append(MarkdownText.lineStart(ReportWording.dutyParagraph(report)))
        out.append("")
        out.append(MarkdownText.lineStart(ReportWording.sourceParagraph(report)))
        out.append("")
        out.append(MarkdownText.lineStart(ReportWording.summaryParagraph(report)))

        out.append("")
        out.append("## Involvement decisions at a glance")
        out.append("")
        out.append("| Measure | \(MarkdownText.cell(ReportWording.periodText(report))) |")
        out.append("|---|--:|")
        for figure in ReportWording.figures(report) {
            out.append("| \(MarkdownText.cell(figure.label)) | \(MarkdownText.cell(figure.value)) |")
        }
        out.append("")
        out += table(ReportWording.activityTable(report))
        out.append("")
        out.append(MarkdownText.lineStart(ReportWording.activityNote(report)))
        if let years = ReportWording.yearTable(report) {
            out.append("")
            out.append("### Year on year")
            out.append("")
            out += table(years)
        }

        out.append("")
        out.append("## Projects assessed")
        out.append("")
        // A row a record: written as the rows are made rather than gathered first.
        projects(report) { row in
            out.append(row)
            writeWhenLarge()
        }

        out.append("")
        out.append("## Decisions through the year")
        out.append("")
        out += chart(report)

        out.append("")
        out.append("## Reaching affected groups and those facing health inequalities")
        out.append("")
        reach(report) { row in
            out.append(row)
            writeWhenLarge()
        }

        out.append("")
        out.append("## Decisions and departures from the guidance")
        out.append("")
        decisions(report) { row in
            out.append(row)
            writeWhenLarge()
        }

        out.append("")
        out.append("## About this report")
        out.append("")
        out += ReportWording.methodParagraphs(report).map(MarkdownText.lineStart).joinedAsParagraphs()
        writeWhenLarge()

        if !report.records.isEmpty {
            switch appendix {
            case .none:
                break
            case .summary:
                out.append("")
                out.append("## " + ReportWording.briefAppendixTitle)
                out.append("")
                out.append(MarkdownText.lineStart(ReportWording.briefAppendixIntro))
                for record in report.records {
                    let text = report.text(record)
                    out.append("")
                    out.append("### " + MarkdownText.inline(text.title))
                    out.append("")
                    for line in text.brief {
                        out.append("- **\(line.label):** " + MarkdownText.inline(line.text))
                    }
                    writeWhenLarge()
                }
            case .full:
                out.append("")
                out.append("## " + ReportWording.fullAppendixTitle)
                for (index, record) in report.records.enumerated() {
                    guard let whole = report.whole(record, wholeRecord) else { continue }
                    out.append("")
                    out.append("Appendix \(index + 1) of \(report.records.count).")
                    out.append("")
                    out += DecisionRecordMarkdown.lines(whole, level: 3)
                    writeWhenLarge()
                }
            }
        }
        write(out.text)
    }

    /// A table with its caption as a bold line above it.
    static func table(_ table: ReportTable) -> [String] {
        var out = ["**" + MarkdownText.inline(table.caption) + "**", ""]
        out.append("| " + table.headers.map(MarkdownText.cell).joined(separator: " | ") + " |")
        out.append("|" + table.headers.indices.map { table.numeric.contains($0) ? "--:|" : "---|" }.joined())
        for row in table.rows {
            out.append("| " + row.map(MarkdownText.cell).joined(separator: " | ") + " |")
        }
        return out
    }

    /// The projects table, a line at a time.
    static func projects(_ report: InvolvementReport, _ line: (String) -> Void) {
        guard !report.records.isEmpty else { return line("No decision records fall in the period.") }
        line("| " + ReportWording.projectHeaders.joined(separator: " | ") + " |")
        line("|---|---|---|---|---|")
        for record in report.records {
            let text = report.text(record)
            let cells = [MarkdownText.cell(text.title), RecordWording.verdictShort(record.verdict), MarkdownText.cell(text.doneAndAssessed),
                         text.keyDates.map(MarkdownText.cell).joined(separator: "<br>"), MarkdownText.cell(text.decisionShort)]
            line("| " + cells.joined(separator: " | ") + " |")
        }
    }

    /// The figures as a table, with a bar of block characters per month for a quick picture
    /// in plain text (the HTML form draws an SVG chart).
    static func chart(_ report: InvolvementReport) -> [String] {
        let months = report.months
        var out = [MarkdownText.lineStart(ReportWording.chartDescription(report)), ""]
        out.append("| Month | Applies | Likely applies | Unlikely to apply | Does not apply | Undetermined | Total | Bar |")
        out.append("|---|--:|--:|--:|--:|--:|--:|---|")
        for month in months {
            let bar = String(repeating: "\u{2588}", count: month.total)
            out.append("| \(month.name) | \(month.count(.applies)) | \(month.count(.likelyApplies)) | \(month.count(.unlikelyToApply)) | "
                       + "\(month.count(.doesNotApply)) | \(month.count(.undetermined)) | \(month.total) | \(bar) |")
        }
        return out
    }

    /// The reach part, a line at a time.
    static func reach(_ report: InvolvementReport, _ line: (String) -> Void) {
        line(MarkdownText.lineStart(ReportWording.reachIntro()))
        line("")
        guard !report.records.isEmpty else { return line("No decision records fall in the period.") }
        line("| Protected characteristic | Projects naming an affected group who share it |")
        line("|---|--:|")
        for (characteristic, count) in report.protectedCharacteristicCoverage {
            line("| \(RecordWording.characteristic(characteristic)) | \(count) |")
        }
        line("")
        let (rows, showsHow) = ReportWording.reachRows(report)
        line("| Project | Affected groups named (protected characteristics) | Groups facing health inequalities |" + (showsHow ? " How they were reached |" : ""))
        line("|---|---|---|" + (showsHow ? "---|" : ""))
        for row in rows {
            line("| " + row.map(MarkdownText.cell).joined(separator: " | ") + " |")
        }
        if !showsHow {
            line("")
            line(MarkdownText.lineStart(ReportWording.reachMissingNote))
        }
        line("")
        if report.evidenceCount(.equalityImpactAssessment) == 0 {
            line("No equality impact assessments are listed in the decision records.")
        } else {
            line("Equality impact assessments behind the decisions:")
            line("")
            line("| Project | Equality impact assessment | Reference |")
            line("|---|---|---|")
            for row in ReportWording.assessmentRows(report) {
                line("| " + row.map(MarkdownText.cell).joined(separator: " | ") + " |")
            }
        }
    }

    /// The decisions part, a line at a time.
    static func decisions(_ report: InvolvementReport, _ line: (String) -> Void) {
        line("Organisations must be able to explain any substantial departure from the statutory guidance (Working in partnership with people and communities, \u{201C}Who is this guidance for?\u{201D}).")
        line("")
        if report.departureCount == 0 {
            line("No departures from the guidance were recorded in the period.")
        } else {
            line("| Project | Part of the guidance | Explanation |")
            line("|---|---|---|")
            for row in ReportWording.departureRows(report) {
                line("| " + row.map(MarkdownText.cell).joined(separator: " | ") + " |")
            }
        }
        let undecided = report.records.lazy.filter { !$0.hasDecision }
        line("")
        if undecided.isEmpty {
            line("Every record in the period has a recorded decision about involvement.")
        } else {
            line("Records with no decision about involvement recorded yet:")
            line("")
            for record in undecided {
                let text = report.text(record)
                line("- " + MarkdownText.inline(text.title) + ReportWording.undecidedNote(record, text))
            }
        }
    }
}

extension TextLines {
    /// The report's sections are arrays of lines; the report is one string, gathered as they
    /// come, rather than an array of every line joined at the end (a year of ten thousand
    /// records is tens of megabytes of Markdown).
    static func += (lines: inout TextLines, more: [String]) {
        for line in more { lines.append(line) }
    }
}
