/// A Word document (.docx: Office Open XML, ECMA-376) built paragraph by paragraph and
/// written as a ZIP of WordprocessingML parts. Headings use Word's own heading styles (so they
/// appear in the navigation pane and a table of contents, and keep with what follows), tables
/// repeat their header row on each page and keep rows whole, and a chart is a native Word
/// chart whose figures are in the file. All text is escaped; nothing from the input becomes
/// markup. Same calls, same bytes.
struct WordDocument {
    let title: String
    /// `word/document.xml` as it is made, its opening first (`documentStart`).
    private var body: WordBody
    private var charts: [String] = []

    /// `spool` keeps the body until the document is finished (in memory unless given one).
    init(title: String, spool: WordBodySpool = MemoryBodySpool()) {
        self.title = title
        body = WordBody(spool: spool)
        body += WordDocument.documentStart
    }

    /// A4 with 2 cm margins, in twentieths of a point: the width tables share.
    static let textWidth = 11906 - 2 * 1134

    /// A heading in Word's style "heading N" (1 to 4).
    mutating func heading(_ text: String, level: Int) {
        paragraph([(text, false)], style: "Heading\(min(max(level, 1), 4))")
    }

    /// A paragraph of plain text, in the normal style or `style`.
    mutating func paragraph(_ text: String, style: String? = nil) {
        paragraph([(text, false)], style: style)
    }

    /// A paragraph whose first words are bold: "Verdict: The duty applies".
    mutating func labelled(_ label: String, _ text: String, style: String? = "Compact") {
        paragraph([(label + " ", true), (text, false)], style: style)
    }

    /// A paragraph of runs, each bold or not.
    mutating func paragraph(_ runs: [(text: String, bold: Bool)], style: String? = nil, alignRight: Bool = false) {
        body += WordDocument.paragraphXML(runs, style: style, alignRight: alignRight)
    }

    /// A table with its caption above it (kept with the table), a header row repeated on every
    /// page, rows that do not split across pages, and numbers aligned right.
    mutating func table(_ table: ReportTable) {
        paragraph(table.caption, style: "Caption")
        let widths = WordDocument.columnWidths(table)
        body += "<w:tbl><w:tblPr><w:tblStyle w:val=\"ReportTable\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/>"
            + "<w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"1\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/>"
            + "<w:tblCaption w:val=\"" + WordDocument.escape(table.caption) + "\"/></w:tblPr><w:tblGrid>"
        for width in widths { body += "<w:gridCol w:w=\"\(width)\"/>" }
        body += "</w:tblGrid>"
        row(table.headers, widths: widths, numeric: table.numeric, header: true)
        for cells in table.rows { row(cells, widths: widths, numeric: table.numeric, header: false) }
        body += "</w:tbl>"
        paragraph("", style: "Spacer")
    }

    private mutating func row(_ cells: [String], widths: [Int], numeric: Set<Int>, header: Bool) {
        body += "<w:tr><w:trPr><w:cantSplit/>" + (header ? "<w:tblHeader/>" : "") + "</w:trPr>"
        for (index, width) in widths.enumerated() {
            let text = index < cells.count ? cells[index] : ""
            body += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>"
                + (header ? "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E8EDEE\"/>" : "") + "</w:tcPr>"
            body += WordDocument.paragraphXML([(text, header || index == 0)], style: "TableText",
                                              alignRight: numeric.contains(index))
            body += "</w:tc>"
        }
        body += "</w:tr>"
    }

    /// Column widths in proportion to how much each column holds, within limits, so that a
    /// column of numbers stays narrow, one of sentences gets the room, and no word is broken
    /// (judged on the first rows: enough to see what a column holds).
    static func columnWidths(_ table: ReportTable) -> [Int] {
        let columns = max(table.headers.count, 1)
        let sample = table.rows.prefix(200)
        var weights: [Double] = []
        for column in 0..<columns {
            let header = column < table.headers.count ? table.headers[column] : ""
            let texts = [header] + sample.map { column < $0.count ? $0[column] : "" }
            let longestWord = min(texts.flatMap { $0.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(\.count) }.max() ?? 0, 16)
            let cells = sample.map { column < $0.count ? $0[column].count : 0 }
            let average = cells.isEmpty ? 0 : Double(cells.reduce(0, +)) / Double(cells.count)
            weights.append(min(max(Double(longestWord) + 2, average.squareRoot() * 6, 8), 60))
        }
        let total = weights.reduce(0, +)
        var widths = weights.map { Int((Double(textWidth) * $0 / total).rounded(.down)) }
        widths[widths.count - 1] += textWidth - widths.reduce(0, +)
        return widths
    }

    /// A native Word chart, inline, with `description` as its alternative text.
    mutating func chart(_ chart: WordChart, description: String) {
        charts.append(chart.xml())
        let number = charts.count
        body += "<w:p><w:pPr><w:pStyle w:val=\"Figure\"/></w:pPr><w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">"
            + "<wp:extent cx=\"\(chart.widthEMU)\" cy=\"\(chart.heightEMU)\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>"
            + "<wp:docPr id=\"\(number)\" name=\"Chart \(number)\" title=\"" + WordDocument.escape(chart.title) + "\" descr=\"" + WordDocument.escape(description) + "\"/>"
            + "<wp:cNvGraphicFramePr/><a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">"
            + "<a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/chart\">"
            + "<c:chart xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" r:id=\"rIdChart\(number)\"/>"
            + "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>"
    }

    /// Starts a new page (before an appendix).
    mutating func pageBreak() {
        body += "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"
    }

    /// The .docx file.
    mutating func finish() -> [UInt8] {
        write(ZipArchive())
    }

    /// The .docx file, handed to `drain` in pieces as it is written rather than returned whole.
    mutating func finish(into drain: (UnsafeRawBufferPointer) -> Void) {
        withoutActuallyEscaping(drain) { drain in _ = write(ZipArchive(drain: drain)) }
    }

    private mutating func write(_ archive: consuming ZipArchive) -> [UInt8] {
        var zip = archive
        zip.add("[Content_Types].xml", Array(WordParts.contentTypes(charts: charts.count).utf8))
        zip.add("_rels/.rels", Array(WordParts.packageRelationships.utf8))
        zip.add("docProps/core.xml", Array(WordParts.coreProperties(title: WordDocument.escape(title)).utf8))
        body += WordDocument.documentEnd
        body.flush()
        // The body goes into the archive from its spool, piece by piece: a large year's is tens
        // of megabytes. Its size and checksum were worked out as it was made.
        let spool = body.spool
        zip.add("word/document.xml", crc: body.crc.value, size: body.size) { write in spool.replay(write) }
        zip.add("word/_rels/document.xml.rels", Array(WordParts.documentRelationships(charts: charts.count).utf8))
        zip.add("word/styles.xml", Array(WordParts.styles.utf8))
        zip.add("word/settings.xml", Array(WordParts.settings.utf8))
        for (index, chart) in charts.enumerated() {
            zip.add("word/charts/chart\(index + 1).xml", Array(chart.utf8))
        }
        return zip.finish()
    }

    /// `word/document.xml` is `documentStart`, the body, then `documentEnd`.
    static let documentStart = WordParts.declaration
        + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
        + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
        + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\"><w:body>"
    static let documentEnd = "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
        + "<w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr>"
        + "</w:body></w:document>"

    static func paragraphXML(_ runs: [(text: String, bold: Bool)], style: String?, alignRight: Bool) -> String {
        var xml = "<w:p>"
        if style != nil || alignRight {
            xml += "<w:pPr>" + (style.map { "<w:pStyle w:val=\"\($0)\"/>" } ?? "") + (alignRight ? "<w:jc w:val=\"right\"/>" : "") + "</w:pPr>"
        }
        for run in runs where !run.text.isEmpty {
            xml += run.bold ? "<w:r><w:rPr><w:b/></w:rPr>" : "<w:r>"
            // A line break in the text is a line break in Word, not a space.
            if run.text.utf8.contains(0x0A) {
                for (index, line) in run.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                    if index > 0 { xml += "<w:br/>" }
                    xml += "<w:t xml:space=\"preserve\">"
                    xml += escape(String(line))
                    xml += "</w:t>"
                }
            } else {
                xml += "<w:t xml:space=\"preserve\">"
                xml += escape(run.text)
                xml += "</w:t>"
            }
            xml += "</w:r>"
        }
        return xml + "</w:p>"
    }

    /// Text for XML content or an attribute value: markup characters escaped, and characters
    /// XML 1.0 cannot hold at all (most control characters) left out, since Word refuses a
    /// document that contains them.
    static func escape(_ text: String) -> String {
        // Most text has nothing to change: then it is returned as it is, without a copy. (0xEF
        // begins U+FFFE and U+FFFF in UTF-8, and many harmless characters too.)
        guard text.utf8.contains(where: { byte in
            byte < 0x20 || byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0xEF
        }) else { return text }
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(" ")
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
