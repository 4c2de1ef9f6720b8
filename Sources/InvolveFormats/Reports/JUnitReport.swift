import InvolveCore

/// JUnit XML, the test report every CI system reads (GitLab `artifacts:reports:junit`,
/// Jenkins, Azure DevOps, CircleCI). One `testsuite` per project file; in it one `testcase`
/// for the verdict (`duty-verdict`) and one for each rule evaluated for the project, in
/// rulebook order:
/// - `failure` when a finding of the rule is at or above `--fail-on` and no waiver covers it
///   (for `duty-verdict`: an undetermined verdict with `--fail-on-undetermined`);
/// - `skipped` when every such finding is waived (the message names the waiver);
/// - otherwise it passes, and `system-out` gives the rule's answer and any findings below the
///   threshold.
/// A file that is not valid is a suite with one `error` test case listing its input errors.
/// No timings or host names are written, so the same input gives the same bytes.
public struct JUnitReport: TextReportWriter {
    private let settings: ReportSettings

    public init(_ settings: ReportSettings) {
        self.settings = settings
    }

    mutating func beginText() -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"involve assess\">\n"
    }

    mutating func finishText(_ summary: RunSummary) -> String {
        "</testsuites>\n"
    }

    mutating func addText(_ outcome: FileOutcome) -> String {
        switch outcome {
        case .assessed(let report): return suite(report)
        case .invalid(let file, let errors): return invalidSuite(file, errors)
        }
    }

    private struct Case {
        var name: String
        var body: String
        var failed = false
        var skipped = false
    }

    private func suite(_ report: ProjectReport) -> String {
        let assessment = report.assessment
        let policy = settings.policy
        let sourceMap = assessment.sourceMap
        var cases: [Case] = []

        var verdictOut = assessment.verdictReason
        for question in assessment.openQuestions {
            verdictOut += "\nOpen question: \(question.question) Answer at \(question.path)."
        }
        if policy.blocks(verdict: assessment.verdict) {
            cases.append(Case(name: "\(SARIFReport.verdictRuleID): \(assessment.verdict.headline)",
                              body: "<failure message=\"\(Self.attribute(assessment.verdict.headline))\" type=\"undetermined\">"
                                + Self.text(verdictOut) + "</failure>", failed: true))
        } else {
            cases.append(Case(name: "\(SARIFReport.verdictRuleID): \(assessment.verdict.headline)",
                              body: "<system-out>" + Self.text(verdictOut) + "</system-out>"))
        }

        for rule in Self.rulesEvaluated(assessment) {
            let findings = report.review.findings.filter { $0.finding.rule == rule }
            let answers = assessment.trail.filter { $0.rule == rule }.map { "Answer: " + $0.answer }
            let blocking = findings.filter(policy.blocks)
            let waivedAtThreshold = findings.filter { $0.isWaived && policy.reaches($0.finding) }
            let name = "\(rule.id): \(rule.title)"
            if let first = blocking.first {
                let message = counted(blocking.count, "finding") + " at or above \(policy.failOnName): " + first.finding.message
                let details = findings.map { Self.describe($0, sourceMap) } + answers
                    + rule.citations.prefix(1).map { "Source: " + $0.shortText }
                cases.append(Case(name: name, body: "<failure message=\"\(Self.attribute(message))\" type=\"\(first.finding.severity.rawValue)\">"
                                  + Self.text(details.joined(separator: "\n")) + "</failure>", failed: true))
            } else if let first = waivedAtThreshold.first, let waiver = first.waiver {
                let message = "waived until \(waiver.expires) by \(waiver.approvedBy): \(waiver.justification)"
                let out = (findings.map { Self.describe($0, sourceMap) } + answers).joined(separator: "\n")
                cases.append(Case(name: name, body: "<skipped message=\"\(Self.attribute(message))\"/>"
                                  + (out.isEmpty ? "" : "<system-out>" + Self.text(out) + "</system-out>"), skipped: true))
            } else {
                let out = (answers + findings.map { Self.describe($0, sourceMap) }).joined(separator: "\n")
                cases.append(Case(name: name, body: out.isEmpty ? "" : "<system-out>" + Self.text(out) + "</system-out>"))
            }
        }

        let className = Self.className(report.file)
        var xml = "  <testsuite name=\"\(Self.attribute(report.file))\" tests=\"\(cases.count)\""
            + " failures=\"\(cases.filter(\.failed).count)\" errors=\"0\" skipped=\"\(cases.filter(\.skipped).count)\">\n"
        xml += "    <properties>\n"
        let properties = [("projectId", assessment.projectID), ("projectTitle", assessment.projectTitle),
                          ("verdict", assessment.verdict.rawValue), ("asOf", assessment.asOf.description),
                          ("failOn", policy.failOnName)]
        for (name, value) in properties {
            xml += "      <property name=\"\(name)\" value=\"\(Self.attribute(value))\"/>\n"
        }
        xml += "    </properties>\n"
        for testCase in cases {
            xml += "    <testcase name=\"\(Self.attribute(testCase.name))\" classname=\"\(Self.attribute(className))\""
            xml += testCase.body.isEmpty ? "/>\n" : ">" + testCase.body + "</testcase>\n"
        }
        let notices = report.review.waivers.filter { $0.status != .applied }.map(\.notice)
        if !notices.isEmpty {
            xml += "    <system-out>" + Self.text(notices.joined(separator: "\n")) + "</system-out>\n"
        }
        return xml + "  </testsuite>\n"
    }

    private func invalidSuite(_ file: String, _ errors: InputErrors) -> String {
        let message = counted(errors.diagnostics.count, "input error") + "; the file was not assessed"
        let body = errors.diagnostics.map(\.rendered).joined(separator: "\n")
        return "  <testsuite name=\"\(Self.attribute(file))\" tests=\"1\" failures=\"0\" errors=\"1\" skipped=\"0\">\n"
            + "    <testcase name=\"project file\" classname=\"\(Self.attribute(Self.className(file)))\">"
            + "<error message=\"\(Self.attribute(message))\" type=\"input-error\">" + Self.text(body) + "</error></testcase>\n"
            + "  </testsuite>\n"
    }

    /// Rules the assessment used (in its trail or its findings), in rulebook order; any rule
    /// outside the rulebook follows in the order met.
    static func rulesEvaluated(_ assessment: Assessment) -> [Rule] {
        var used = Set(assessment.trail.map(\.rule.id))
        for finding in assessment.findings { used.insert(finding.rule.id) }
        var rules = Rulebook.all.filter { used.contains($0.id) }
        var seen = Set(rules.map(\.id))
        for rule in assessment.trail.map(\.rule) + assessment.findings.map(\.rule) where !seen.contains(rule.id) {
            rules.append(rule)
            seen.insert(rule.id)
        }
        return rules
    }

    private static func describe(_ reviewed: ReviewedFinding, _ sourceMap: SourceMap) -> String {
        let finding = reviewed.finding
        var line = "\(finding.severity.rawValue): \(finding.message)"
        if !finding.facts.isEmpty { line += "\n  at \(finding.primaryPath)\(AssessmentText.where_(finding.primaryPath, sourceMap))" }
        if let waiver = reviewed.waiver {
            line += "\n  waived until \(waiver.expires) by \(waiver.approvedBy): \(waiver.justification)"
        } else if let expired = reviewed.expiredWaiver {
            line += "\n  the waiver approved by \(expired.approvedBy) expired on \(expired.expires) and no longer applies"
        }
        return line
    }

    /// `projects/north/clinic.json` → `projects.north.clinic`: CI systems split class names
    /// on dots into package and class, so the folders group the projects.
    static func className(_ file: String) -> String {
        var name = Substring(file)
        while name.hasPrefix("./") { name = name.dropFirst(2) }
        if name.hasSuffix(".json") { name = name.dropLast(5) }
        return String(name).replacingOccurrences("/", ".")
    }

    /// Escapes text content; drops characters XML 1.0 does not allow.
    static func text(_ value: String) -> String { escape(value, attribute: false) }

    static func attribute(_ value: String) -> String { escape(value, attribute: true) }

    private static func escape(_ value: String, attribute: Bool) -> String {
        let clean = !value.utf8.contains { byte in
            byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
                || (byte < 0x20 && (attribute || (byte != UInt8(ascii: "\n") && byte != UInt8(ascii: "\t"))))
                || (attribute && byte == UInt8(ascii: "\"")) || byte == 0xEF  // 0xEF starts U+FFFE and U+FFFF
        }
        if clean { return value }
        var result = ""
        result.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where attribute: result += "&quot;"
            case "\n" where attribute: result += "&#10;"
            case "\t" where attribute: result += "&#9;"
            case "\n", "\t": result.unicodeScalars.append(scalar)
            case "\r": result += "&#13;"
            case let control where control.value < 0x20 || (0xFFFE...0xFFFF).contains(control.value):
                result += "\u{FFFD}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
