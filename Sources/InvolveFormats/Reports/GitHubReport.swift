import InvolveCore

/// GitHub Actions workflow commands, which annotate a pull request on any plan (no Advanced
/// Security needed): one line per open finding,
/// `::error file=projects/a.json,line=11,endLine=11,col=47,endColumn=51,title=involve duty-impact-reasons::…`
/// (error → `error`, warning → `warning`, info → `notice`), one `::error` per problem of a file
/// that could not be assessed, and one for an undetermined verdict that fails the run. Waived
/// findings and findings below `--min-severity` are left out. The run's result closes the log.
///
/// GitHub shows at most 10 error and 10 warning annotations per step (and 50 per job); the rest
/// stay in the log. The writer says so on standard error when there are more (`warnings`).
public struct GitHubReport: TextReportWriter {
    /// Annotations of one kind GitHub shows per step (actions/toolkit, docs/problem-matchers.md).
    public static let annotationsShownPerStep = 10

    private let settings: ReportSettings
    private var counts: [String: Int] = [:]

    public init(_ settings: ReportSettings) {
        self.settings = settings
    }

    public var warnings: [String] {
        let over = ["error", "warning"].filter { (counts[$0] ?? 0) > Self.annotationsShownPerStep }
        guard !over.isEmpty else { return [] }
        let described = over.map { "\(counts[$0] ?? 0) \($0)s" }.joined(separator: " and ")
        return ["GitHub shows only the first \(Self.annotationsShownPerStep) error and \(Self.annotationsShownPerStep) warning "
                + "annotations of a step; this run wrote \(described). All are in the log; the job summary and the SARIF or "
                + "JUnit report list every one."]
    }

    public static func command(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "notice"
        }
    }

    mutating func beginText() -> String { "" }

    mutating func addText(_ outcome: FileOutcome) -> String {
        var text = ""
        switch outcome {
        case .assessed(let report):
            let file = settings.paths.relative(report.file) ?? report.file
            let sourceMap = report.assessment.sourceMap
            for reviewed in report.review.findings where !reviewed.isWaived && reviewed.finding.severity >= settings.minimumSeverity {
                let finding = reviewed.finding
                var message = finding.message + SARIFReport.messageSuffix(finding.rule)
                if let expired = reviewed.expiredWaiver {
                    message += " The waiver approved by \(expired.approvedBy) expired on \(expired.expires) and no longer applies."
                }
                text += annotation(Self.command(finding.severity), file: file, span: sourceMap.span(of: finding.primaryPath),
                                   title: "involve \(finding.rule.id): \(finding.rule.title)", message: message)
            }
            let assessment = report.assessment
            if settings.policy.blocks(verdict: assessment.verdict) {
                let at = assessment.openQuestions.first?.path ?? "$"
                text += annotation("error", file: file, span: sourceMap.span(of: at), title: "involve \(SARIFReport.verdictRuleID)",
                                   message: assessment.verdict.headline + ". " + assessment.verdictReason
                                    + " \(counted(assessment.openQuestions.count, "open question")).")
            }
        case .invalid(let file, let errors):
            let relative = settings.paths.relative(file) ?? file
            for diagnostic in errors.diagnostics {
                text += annotation("error", file: relative, span: diagnostic.location.map { SourceSpan(start: $0, end: $0) },
                                   title: "involve \(SARIFReport.inputErrorRuleID): the file was not assessed",
                                   message: diagnostic.rendered)
            }
        }
        return text
    }

    mutating func finishText(_ summary: RunSummary) -> String {
        "involve: " + SummaryLine.text(summary) + "\n"
    }

    private mutating func annotation(_ command: String, file: String, span: SourceSpan?, title: String, message: String) -> String {
        counts[command, default: 0] += 1
        var properties = "file=" + Self.property(file)
        if let span {
            properties += ",line=\(span.start.line)"
            if span.end.offset > span.start.offset { properties += ",endLine=\(span.end.line)" }
            properties += ",col=\(span.start.column)"
            if span.end.offset > span.start.offset, span.end.line == span.start.line { properties += ",endColumn=\(span.end.column)" }
        }
        properties += ",title=" + Self.property(title)
        return "::\(command) \(properties)::\(Self.data(message))\n"
    }

    /// A command's message: `%`, carriage return and line feed are escaped (actions/toolkit,
    /// packages/core/src/command.ts, `escapeData`), so a message is always one line.
    static func data(_ value: String) -> String {
        // Most messages need nothing escaped: keep them whole.
        if !Self.contains(value, where: { $0 == UInt8(ascii: "%") || $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: "\n") }) {
            return value
        }
        var escaped = ""
        escaped.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "%": escaped += "%25"
            case "\r": escaped += "%0D"
            case "\n": escaped += "%0A"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// Whether a byte of `value`'s UTF-8 satisfies `test`, read in place: going through the
    /// string's UTF-8 view a byte at a time was a twentieth of writing annotations.
    private static func contains(_ value: String, where test: (UInt8) -> Bool) -> Bool {
        value.utf8.withContiguousStorageIfAvailable { $0.contains(where: test) } ?? value.utf8.contains(where: test)
    }

    /// A property value: as data, and also `:` and `,`, which separate properties (`escapeProperty`).
    static func property(_ value: String) -> String {
        if !Self.contains(value, where: { $0 == UInt8(ascii: "%") || $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: "\n")
                                          || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: ",") }) {
            return value
        }
        var escaped = ""
        for scalar in data(value).unicodeScalars {
            switch scalar {
            case ":": escaped += "%3A"
            case ",": escaped += "%2C"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
