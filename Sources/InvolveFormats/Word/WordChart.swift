/// A stacked column chart as a DrawingML chart part (word/charts/chartN.xml): Word and
/// LibreOffice draw it from the figures cached in the part, with its axes, labels and legend,
/// and a reader can see and copy it like any chart. There is no embedded workbook, so Word
/// offers no "edit data"; the figures are also in the table that follows the chart.
struct WordChart {
    struct Series {
        let name: String
        /// "003087".
        let colour: String
        let values: [Int]
    }

    let title: String
    let categories: [String]
    let series: [Series]
    /// 16 cm by 9 cm, in English Metric Units (360,000 to the centimetre).
    let widthEMU = 5_760_000
    let heightEMU = 3_240_000

    func xml() -> String {
        let maximum = categories.indices.map { index in series.reduce(0) { $0 + (index < $1.values.count ? $1.values[index] : 0) } }.max() ?? 0
        var xml = WordParts.declaration
            + "<c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\""
            + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
            + "<c:date1904 val=\"0\"/><c:lang val=\"en-GB\"/><c:roundedCorners val=\"0\"/><c:chart>"
            + "<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr sz=\"1200\" b=\"1\"/></a:pPr><a:r><a:rPr lang=\"en-GB\" sz=\"1200\" b=\"1\"/><a:t>"
            + WordDocument.escape(title) + "</a:t></a:r></a:p></c:rich></c:tx><c:overlay val=\"0\"/></c:title>"
            + "<c:autoTitleDeleted val=\"0\"/><c:plotArea><c:layout/>"
            + "<c:barChart><c:barDir val=\"col\"/><c:grouping val=\"stacked\"/><c:varyColors val=\"0\"/>"
        for (index, series) in series.enumerated() {
            xml += "<c:ser><c:idx val=\"\(index)\"/><c:order val=\"\(index)\"/>"
                + "<c:tx><c:strRef><c:f>Sheet1!$\(column(index + 1))$1</c:f><c:strCache><c:ptCount val=\"1\"/><c:pt idx=\"0\"><c:v>"
                + WordDocument.escape(series.name) + "</c:v></c:pt></c:strCache></c:strRef></c:tx>"
                + "<c:spPr><a:solidFill><a:srgbClr val=\"\(series.colour)\"/></a:solidFill><a:ln w=\"9525\"><a:solidFill><a:srgbClr val=\"FFFFFF\"/></a:solidFill></a:ln></c:spPr>"
                + "<c:invertIfNegative val=\"0\"/>"
                + "<c:cat><c:strRef><c:f>Sheet1!$A$2:$A$\(categories.count + 1)</c:f><c:strCache><c:ptCount val=\"\(categories.count)\"/>"
            for (point, category) in categories.enumerated() {
                xml += "<c:pt idx=\"\(point)\"><c:v>" + WordDocument.escape(category) + "</c:v></c:pt>"
            }
            xml += "</c:strCache></c:strRef></c:cat>"
                + "<c:val><c:numRef><c:f>Sheet1!$\(column(index + 1))$2:$\(column(index + 1))$\(categories.count + 1)</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val=\"\(categories.count)\"/>"
            for (point, value) in series.values.enumerated() {
                xml += "<c:pt idx=\"\(point)\"><c:v>\(value)</c:v></c:pt>"
            }
            xml += "</c:numCache></c:numRef></c:val></c:ser>"
        }
        xml += "<c:gapWidth val=\"60\"/><c:overlap val=\"100\"/><c:axId val=\"500100\"/><c:axId val=\"500200\"/></c:barChart>"
            + "<c:catAx><c:axId val=\"500100\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling><c:delete val=\"0\"/><c:axPos val=\"b\"/>"
            + "<c:numFmt formatCode=\"General\" sourceLinked=\"0\"/><c:majorTickMark val=\"none\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/>"
            + "<c:crossAx val=\"500200\"/><c:crosses val=\"autoZero\"/><c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/><c:lblOffset val=\"100\"/><c:noMultiLvlLbl val=\"0\"/></c:catAx>"
            + "<c:valAx><c:axId val=\"500200\"/><c:scaling><c:orientation val=\"minMax\"/><c:min val=\"0\"/></c:scaling><c:delete val=\"0\"/><c:axPos val=\"l\"/>"
            + "<c:majorGridlines><c:spPr><a:ln w=\"6350\"><a:solidFill><a:srgbClr val=\"D8DDE0\"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>"
            + "<c:numFmt formatCode=\"0\" sourceLinked=\"0\"/><c:majorTickMark val=\"out\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/>"
            + "<c:crossAx val=\"500100\"/><c:crosses val=\"autoZero\"/><c:crossBetween val=\"between\"/>"
            + "<c:majorUnit val=\"\(ReportChart.tickStep(max(maximum, 1)))\"/></c:valAx></c:plotArea>"
            + "<c:legend><c:legendPos val=\"b\"/><c:overlay val=\"0\"/></c:legend><c:plotVisOnly val=\"1\"/><c:dispBlanksAs val=\"gap\"/></c:chart>"
            + "<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"900\"><a:latin typeface=\"Arial\"/></a:defRPr></a:pPr><a:endParaRPr lang=\"en-GB\"/></a:p></c:txPr>"
            + "</c:chartSpace>"
        return xml
    }

    /// Spreadsheet column letters for the (absent) workbook the references name: 1 is "B".
    private func column(_ index: Int) -> String {
        var number = index + 1
        var letters = ""
        while number > 0 {
            let remainder = (number - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
            number = (number - 1) / 26
        }
        return letters
    }
}
