import InvolveCore

/// The annual report section as one self-contained HTML file: inline CSS, an inline SVG chart,
/// no scripts and nothing fetched from elsewhere. Accessible (language, headings in order,
/// table captions and header scopes, the chart as an image with a title, a description and a
/// data table) and laid out to print on A4.
public enum ReportHTML {
    typealias W = HTMLWriter

    public static func render(_ report: InvolvementReport, appendix: ReportAppendix = .summary,
                              wholeRecord: ((ReportedRecord) -> DecisionRecord?)? = nil) -> String {
        ReportAppendix.joined { render(report, appendix: appendix, wholeRecord: wholeRecord, into: $0) }
    }

    /// The same, given to `write` in pieces as it is made, so that a long report can go to its
    /// file without being held whole: the section, then the appendix a few records at a time.
    /// `wholeRecord` gives the record with its trail for the full appendix (the report keeps
    /// only what its section shows), one at a time; without it, the records the report holds
    /// whole are used.
    public static func render(_ report: InvolvementReport, appendix: ReportAppendix = .summary,
                              wholeRecord: ((ReportedRecord) -> DecisionRecord?)? = nil, into write: (String) -> Void) {
        // Project titles link to the appendix, when there is one to link to.
        let anchors: [String]? = appendix == .none ? nil : anchorsByRecord(report)
        let hasAppendix = anchors != nil && !report.records.isEmpty
        withoutActuallyEscaping(write) { write in section(report, appendix: appendix, anchors: anchors, into: write) }
        guard let anchors, hasAppendix else { return }
        // Each record in a writer of its own, indented as inside the appendix's <section>
        // (html, body, main, section), which the section left open.
        var part = HTMLWriter(depth: 4)
        for (index, record) in report.records.enumerated() {
            switch appendix {
            case .full:
                guard let whole = report.whole(record, wholeRecord) else { continue }
                DecisionRecordHTML.write(whole, level: 3, anchor: anchors[index], into: &part)
            case .summary, .none:
                brief(report.text(record), anchor: anchors[index], &part)
            }
            if part.output.utf8.count >= ReportAppendix.piece {
                write(part.finish())
                part = HTMLWriter(depth: 4)
            }
        }
        write(part.finish())
        write("   </section>\n  </main>\n </body>\n</html>\n")
    }

    /// The page up to the appendix's records, given to `write` in pieces: the whole page when
    /// there is no appendix, else with the appendix's <section> open after its heading.
    static func section(_ report: InvolvementReport, appendix: ReportAppendix, anchors: [String]?, into write: @escaping (String) -> Void) {
        var html = HTMLWriter(drain: write)
        html.beginPage(title: ReportWording.title(report), styleSheet: styleSheet)

        html.element("h1", text: ReportWording.title(report))
        html.element("p", text: ReportWording.dutyParagraph(report))
        html.element("p", text: ReportWording.sourceParagraph(report))
        html.element("p", text: ReportWording.summaryParagraph(report))

        html.open("section", ["aria-labelledby": "at-a-glance"])
        html.element("h2", ["id": "at-a-glance"], text: "Involvement decisions at a glance")
        table(ReportWording.figuresTable(report), &html)
        table(ReportWording.activityTable(report), &html)
        html.element("p", ["class": "note"], text: ReportWording.activityNote(report))
        if let years = ReportWording.yearTable(report) {
            html.element("h3", text: "Year on year")
            table(years, &html)
        }
        html.close()

        html.open("section", ["aria-labelledby": "projects"])
        html.element("h2", ["id": "projects"], text: "Projects assessed")
        projects(report, anchors, &html)
        html.close()

        html.open("section", ["aria-labelledby": "through-the-year"])
        html.element("h2", ["id": "through-the-year"], text: "Decisions through the year")
        html.open("figure")
        ReportChart.write(report, into: &html)
        html.close()
        monthTable(report, &html)
        html.close()

        html.open("section", ["aria-labelledby": "reach"])
        html.element("h2", ["id": "reach"], text: "Reaching affected groups and those facing health inequalities")
        reach(report, &html)
        html.close()

        html.open("section", ["aria-labelledby": "departures"])
        html.element("h2", ["id": "departures"], text: "Decisions and departures from the guidance")
        decisions(report, anchors, &html)
        html.close()

        html.open("section", ["aria-labelledby": "about"])
        html.element("h2", ["id": "about"], text: "About this report")
        for paragraph in ReportWording.methodParagraphs(report) { html.element("p", text: paragraph) }
        html.close()

        guard anchors != nil, !report.records.isEmpty else { return write(html.finish()) }
        html.open("section", ["aria-labelledby": "appendix", "class": "appendix"])
        switch appendix {
        case .full:
            html.element("h2", ["id": "appendix"], text: ReportWording.fullAppendixTitle)
        case .summary, .none:
            html.element("h2", ["id": "appendix"], text: ReportWording.briefAppendixTitle)
            html.element("p", text: ReportWording.briefAppendixIntro)
        }
        write(html.output)
    }

    /// One record in a few lines: its title and a list of labelled lines.
    static func brief(_ text: ReportRecordText, anchor: String, _ html: inout HTMLWriter) {
        html.open("article", ["class": "brief", "aria-labelledby": anchor])
        html.element("h3", ["id": anchor], text: text.title)
        html.open("ul")
        for line in text.brief {
            html.element("li", markup: W.inline("strong", [:], W.escape(line.label + ":")) + " " + W.escape(line.text))
        }
        html.close()
        html.close()
    }

    static func table(_ table: ReportTable, _ html: inout HTMLWriter) {
        DecisionRecordHTML.table(caption: table.caption, headers: table.headers, rows: table.rows, numeric: table.numeric, &html)
    }

    /// A project's title, linked to its record in the appendix when there is one.
    static func titleMarkup(_ title: String, _ anchors: [String]?, _ index: Int) -> W.Markup {
        guard let anchors else { return W.escape(title) }
        return W.inline("a", ["href": "#" + anchors[index]], W.escape(title))
    }

    /// Anchor ids for the appendix, one per record in `report.records` order, unique even if
    /// two files hold records with the same id.
    static func anchorsByRecord(_ report: InvolvementReport) -> [String] {
        var anchors: [String] = []
        var used: Set<String> = []
        for record in report.records {
            var anchor = ReportWording.anchor(record)
            var suffix = 2
            while used.contains(anchor) {
                anchor = ReportWording.anchor(record) + "-\(suffix)"
                suffix += 1
            }
            used.insert(anchor)
            anchors.append(anchor)
        }
        return anchors
    }

    static func projects(_ report: InvolvementReport, _ anchors: [String]?, _ html: inout HTMLWriter) {
        guard !report.records.isEmpty else {
            html.element("p", text: "No decision records fall in the period.")
            return
        }
        let caption = ReportWording.projectsCaption(report)
        DecisionRecordHTML.openScrollBox(caption, &html)
        html.open("table", ["class": "projects"])
        html.element("caption", text: caption)
        html.open("thead")
        html.open("tr")
        for header in ReportWording.projectHeaders {
            html.element("th", ["scope": "col"], text: header)
        }
        html.close()
        html.close()
        html.open("tbody")
        for (index, record) in report.records.enumerated() {
            let text = report.text(record)
            html.open("tr")
            html.element("th", ["scope": "row"], markup: titleMarkup(text.title, anchors, index))
            html.element("td", text: RecordWording.verdictShort(record.verdict))
            html.element("td", text: text.doneAndAssessed)
            html.element("td", ["class": "dates"], markup: text.keyDates.map(W.escape).joined(separator: "<br>"))
            html.element("td", text: text.decisionShort)
            html.close()
        }
        html.close()
        html.close()
        html.close()
    }

    static func monthTable(_ report: InvolvementReport, _ html: inout HTMLWriter) {
        table(ReportWording.monthTable(report), &html)
    }

    static func reach(_ report: InvolvementReport, _ html: inout HTMLWriter) {
        html.element("p", text: ReportWording.reachIntro())
        guard !report.records.isEmpty else {
            html.element("p", text: "No decision records fall in the period.")
            return
        }
        table(ReportWording.coverageTable(report), &html)
        let (groups, showsHow) = ReportWording.reachTable(report)
        table(groups, &html)
        if !showsHow {
            html.element("p", ["class": "note"], text: ReportWording.reachMissingNote)
        }
        if let assessments = ReportWording.assessmentsTable(report) {
            table(assessments, &html)
        } else {
            html.element("p", text: ReportWording.noAssessments)
        }
    }

    static func decisions(_ report: InvolvementReport, _ anchors: [String]?, _ html: inout HTMLWriter) {
        html.element("p", text: ReportWording.departuresIntro)
        if let departures = ReportWording.departuresTable(report) {
            table(departures, &html)
        } else {
            html.element("p", text: ReportWording.noDepartures)
        }
        let undecided = report.records.enumerated().lazy.filter { !$0.element.hasDecision }
        if undecided.isEmpty {
            html.element("p", text: "Every record in the period has a recorded decision about involvement.")
        } else {
            html.element("p", text: "Records with no decision about involvement recorded yet:")
            html.open("ul")
            for (index, record) in undecided {
                let text = report.text(record)
                html.element("li", markup: titleMarkup(text.title, anchors, index) + W.escape(ReportWording.undecidedNote(record, text)))
            }
            html.close()
        }
    }

    /// Colours: text #212b32 on white is 14.4:1; links #005eb8 6.4:1; notes #4c6272 6.4:1;
    /// table headings on #e8edee 12.2:1. Every pairing is above the 4.5:1 WCAG AA minimum.
    static let styleSheet = """
        @page { size: A4; margin: 18mm 16mm 20mm 16mm; }
        html { color: #212b32; background: #ffffff; }
        body { font-family: Arial, "Helvetica Neue", Helvetica, sans-serif; font-size: 11pt; line-height: 1.45; margin: 0; overflow-wrap: break-word; }
        main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
        h1 { font-size: 1.7rem; line-height: 1.2; color: #003087; margin: 0 0 1rem; }
        h2 { font-size: 1.35rem; color: #003087; border-bottom: 2px solid #005eb8; padding-bottom: 0.2rem; margin: 2rem 0 0.75rem; }
        h3 { font-size: 1.15rem; color: #003087; margin: 1.5rem 0 0.5rem; }
        h4 { font-size: 1rem; margin: 1.1rem 0 0.4rem; }
        h2, h3, h4, caption, ol.trail > li > p:first-child, dt { break-after: avoid; page-break-after: avoid; }
        p, li, dd { max-width: 48rem; }
        a { color: #005eb8; }
        .scroll { overflow-x: auto; max-width: 100%; margin: 0.5rem 0 1.25rem; }
        .scroll:focus { outline: 3px solid #ffb81c; outline-offset: 2px; }
        table { border-collapse: collapse; width: 100%; margin: 0; font-size: 0.95em; }
        caption { caption-side: top; text-align: left; font-weight: bold; padding: 0 0 0.35rem; }
        th, td { border: 1px solid #aeb7bd; padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
        thead th { background: #e8edee; }
        tbody th { font-weight: bold; }
        table.figures { width: auto; min-width: 30rem; break-inside: avoid; page-break-inside: avoid; }
        table.figures tbody th { font-weight: normal; }
        td.dates { min-width: 9em; }
        table.projects th:nth-child(1) { width: 19%; }
        table.projects th:nth-child(2) { width: 10%; }
        table.projects th:nth-child(3) { width: 25%; }
        .number { text-align: right; font-variant-numeric: tabular-nums; }
        thead { display: table-header-group; }
        tr, figure, dl { break-inside: avoid; page-break-inside: avoid; }
        figure { margin: 0.5rem 0 1rem; }
        svg.chart { display: block; width: 100%; max-width: 45rem; height: auto; }
        .note { color: #4c6272; border-left: 4px solid #005eb8; padding-left: 0.75rem; }
        code { font-family: "Courier New", Courier, monospace; font-size: 0.9em; overflow-wrap: anywhere; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; }
        dl.facts dt { font-weight: bold; }
        dl.facts dd { margin: 0; }
        ol.trail > li { margin-bottom: 0.75rem; break-inside: avoid; page-break-inside: avoid; }
        article.brief { break-inside: avoid; page-break-inside: avoid; }
        article.brief h3 { margin: 1.1rem 0 0.3rem; }
        article.brief ul { margin: 0; padding-left: 1.2rem; }
        ol.trail dt { font-weight: bold; }
        ol.trail dd { margin-left: 1.5rem; }
        .record { border-top: 1px solid #aeb7bd; margin-top: 2rem; }
        @media (max-width: 40rem) {
          main { padding: 0.75rem; }
          dl.facts { grid-template-columns: 1fr; }
          dl.facts dd { margin-bottom: 0.3rem; }
        }
        @media print {
          main { max-width: none; padding: 0; }
          body { font-size: 9.5pt; line-height: 1.35; }
          h1 { font-size: 1.5rem; }
          h2 { margin-top: 1.4rem; }
          th, td { padding: 0.2rem 0.35rem; }
          .scroll { overflow: visible; }
          a { color: inherit; text-decoration: none; }
          section.appendix { break-before: page; page-break-before: always; }
          .record + .record { break-before: page; page-break-before: always; }
          .record { border-top: none; margin-top: 0; }
          .record h4, .record table, .record p { break-inside: avoid; }
        }
        """
}
