import InvolveCore

/// `--format html`: one page. For one file, the assessment as a board paper; for several, one
/// article per project (each starting a new printed page), then the files not assessed.
public struct HTMLReport: TextReportWriter {
    private let settings: ReportSettings
    private var written = 0
    private var invalid: [(file: String, errors: [String])] = []

    public init(_ settings: ReportSettings) {
        self.settings = settings
    }

    mutating func beginText() -> String {
        var html = HTMLWriter()
        AssessmentHTML.head(title: settings.singleFile ? "Involvement assessment" : "Involvement assessments", into: &html)
        return html.output
    }

    mutating func addText(_ outcome: FileOutcome) -> String {
        switch outcome {
        case .assessed(let report):
            written += 1
            var html = HTMLWriter(depth: 2)
            AssessmentHTML.article(report, id: "p\(written)", headingLevel: 1, into: &html)
            return html.finish()
        case .invalid(let file, let errors):
            invalid.append((file, errors.diagnostics.map(\.rendered)))
            return ""
        }
    }

    mutating func finishText(_ summary: RunSummary) -> String {
        var html = HTMLWriter(depth: 2)
        if !invalid.isEmpty {
            html.open("section", ["aria-labelledby": "not-assessed"])
            html.element("h2", ["id": "not-assessed"], text: "Files not assessed")
            html.open("ul")
            for (file, errors) in invalid {
                html.element("li", text: "\(file): " + errors.joined(separator: " "))
            }
            html.close()
            html.close()
        }
        return html.finish() + "  </main>\n </body>\n</html>\n"
    }
}
