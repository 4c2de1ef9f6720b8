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

    /// Totals of every suite, for the root element.
    private var tests = 0
    private var failures = 0
    private var errors = 0
    private var skipped = 0

    public var hasPreamble: Bool { true }

    /// The XML declaration and the root element with the run's totals (which Azure DevOps and
    /// other readers take from the root): known only once every file is assessed.
    public mutating func preamble(_ summary: RunSummary) -> [UInt8] {
        Array(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"involve assess\" tests=\"\(tests)\" "
               + "failures=\"\(failures)\" errors=\"\(errors)\" skipped=\"\(skipped)\">\n").utf8)
    }

    mutating func beginText() -> String { "" }

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
        /// The test case name, already escaped for an attribute.
        var name: String
        var body: String
        var failed = false
        var skipped = false
    }

    private mutating func suite(_ report: ProjectReport) -> String {
        let assessment = report.assessment
        let policy = settings.policy
        let sourceMap = assessment.sourceMap
        var cases: [Case] = []

        // Names are the rule id and the project id, never text that changes with the answer,
        // so that a CI system's history of a test case survives a change of verdict.
        let idSuffix = " [" + Self.attribute(assessment.projectID) + "]"
        var verdictOut = "Verdict: " + assessment.verdict.headline + ". " + assessment.verdictReason
        for question in assessment.openQuestions {
            let kind = question.decides.changesConclusion ? "Open question (decides the \(question.decides.rawValue))" : "Open question (for the plan)"
            verdictOut += "\n\(kind): \(question.question) Answer at \(question.path)."
        }
        let verdictName = SARIFReport.verdictRuleID + idSuffix
        if policy.blocks(verdict: assessment.verdict) {
            cases.append(Case(name: verdictName,
                              body: "<failure message=\"\(Self.attribute(assessment.verdict.headline))\" type=\"undetermined\">"
                                + Self.text(verdictOut) + "</failure>", failed: true))
        } else {
            cases.append(Case(name: verdictName, body: "<system-out>" + Self.text(verdictOut) + "</system-out>"))
        }

        for use in RulesUsed(report).inOrder {
            let (rule, findings, answers) = (use.rule, use.findings, use.answers)
            let blocking = findings.filter(policy.blocks)
            let waivedAtThreshold = findings.filter { $0.isWaived && policy.reaches($0.finding) }
            let name = Self.attribute(rule.id) + idSuffix
            let title = "Rule: " + rule.title
            if let first = blocking.first {
                let message = counted(blocking.count, "finding") + " at or above \(policy.failOnName): " + first.finding.message
                let details = [title] + findings.map { Self.describe($0, sourceMap) } + answers + Self.sourceLine[rule]
                cases.append(Case(name: name, body: "<failure message=\"\(Self.attribute(message))\" type=\"\(first.finding.severity.rawValue)\">"
                                  + Self.text(details.joined(separator: "\n")) + "</failure>", failed: true))
            } else if let first = waivedAtThreshold.first, let waiver = first.waiver {
                let message = "waived until \(waiver.expires) by \(waiver.approvedBy): \(waiver.justification)"
                let out = ([title] + findings.map { Self.describe($0, sourceMap) } + answers).joined(separator: "\n")
                cases.append(Case(name: name, body: "<skipped message=\"\(Self.attribute(message))\"/>"
                                  + "<system-out>" + Self.text(out) + "</system-out>", skipped: true))
            } else {
                // Findings below the threshold first: Jenkins shows a passing case's output,
                // and they are what its reader needs (GitLab shows none; use Code Quality there).
                let out = ([title] + findings.map { Self.describe($0, sourceMap) } + answers).joined(separator: "\n")
                cases.append(Case(name: name, body: "<system-out>" + Self.text(out) + "</system-out>"))
            }
        }

        tests += cases.count
        failures += cases.filter(\.failed).count
        skipped += cases.filter(\.skipped).count
        let className = Self.attribute(Self.className(report.file))
        let fileAttribute = Self.attribute(settings.paths.relative(report.file) ?? report.file)
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
            xml += "    <testcase name=\"\(testCase.name)\" classname=\"\(className)\" file=\"\(fileAttribute)\""
            xml += testCase.body.isEmpty ? "/>\n" : ">" + testCase.body + "</testcase>\n"
        }
        let notices = report.review.waivers.filter { $0.status != .applied }.map(\.notice)
        if !notices.isEmpty {
            xml += "    <system-out>" + Self.text(notices.joined(separator: "\n")) + "</system-out>\n"
        }
        return xml + "  </testsuite>\n"
    }

    private mutating func invalidSuite(_ file: String, _ errors: InputErrors) -> String {
        tests += 1
        self.errors += 1
        let message = counted(errors.diagnostics.count, "input error") + "; the file was not assessed"
        let body = errors.diagnostics.map(\.rendered).joined(separator: "\n")
        return "  <testsuite name=\"\(Self.attribute(file))\" tests=\"1\" failures=\"0\" errors=\"1\" skipped=\"0\">\n"
            + "    <testcase name=\"\(SARIFReport.inputErrorRuleID)\" classname=\"\(Self.attribute(Self.className(file)))\" "
            + "file=\"\(Self.attribute(settings.paths.relative(file) ?? file))\">"
            + "<error message=\"\(Self.attribute(message))\" type=\"input-error\">" + Self.text(body) + "</error></testcase>\n"
            + "  </testsuite>\n"
    }

    /// "Source: …" for the rule's main citation (none when it cites nothing), built once per
    /// rule of the rulebook.
    private static let sourceLine = RuleMemo { rule in rule.citations.prefix(1).map { "Source: " + $0.shortText } }

    /// The rules a project used (in its trail or its findings), each with its findings and
    /// its answers, gathered in one pass: this runs for every project, and filtering every
    /// list once per rule compared rule ids over and over.
    struct RulesUsed {
        struct Use {
            /// The rule as the rulebook has it, or as met when it is not in the rulebook.
            let rule: Rule
            /// Its place in the rulebook, or nil.
            let position: Int?
            var findings: [ReviewedFinding] = []
            var answers: [String] = []
        }

        /// In rulebook order; any rule outside the rulebook follows in the order met (trail
        /// first, then findings).
        let inOrder: [Use]

        init(_ report: ProjectReport) {
            var uses: [Use] = []
            var slotAt = [Int](repeating: -1, count: Rulebook.all.count)
            func slot(_ rule: Rule) -> Int {
                if let position = RulesUsed.positions[rule.id] {
                    if slotAt[position] < 0 {
                        slotAt[position] = uses.count
                        uses.append(Use(rule: Rulebook.all[position], position: position))
                    }
                    return slotAt[position]
                }
                if let slot = uses.firstIndex(where: { $0.position == nil && $0.rule.id == rule.id }) { return slot }
                uses.append(Use(rule: rule, position: nil))
                return uses.count - 1
            }
            for step in report.assessment.trail { uses[slot(step.rule)].answers.append("Answer: " + step.answer) }
            for reviewed in report.review.findings { uses[slot(reviewed.finding.rule)].findings.append(reviewed) }
            inOrder = slotAt.filter { $0 >= 0 }.map { uses[$0] } + uses.filter { $0.position == nil }
        }

        static let positions: [String: Int] = Dictionary(
            Rulebook.all.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
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
        if reviewed.inBaseline && !reviewed.isWaived { line += "\n  in the baseline: known before, so it does not fail the run" }
        return line
    }

    /// `projects/north/clinic.json` → `projects.north.clinic`: CI systems split class names
    /// on dots into package and class, so the folders group the projects.
    static func className(_ file: String) -> String {
        var name = Substring(file)
        while name.hasPrefix("./") { name = name.dropFirst(2) }
        if name.hasSuffix(".json") { name = name.dropLast(5) }
        // Byte by byte: '/' and '.' are ASCII, so no other character can change.
        return String(decoding: name.utf8.map { $0 == UInt8(ascii: "/") ? UInt8(ascii: ".") : $0 }, as: UTF8.self)
    }

    /// Escapes text content; drops characters XML 1.0 does not allow.
    static func text(_ value: String) -> String { escape(value, attribute: false) }

    static func attribute(_ value: String) -> String { escape(value, attribute: true) }

    private static func escape(_ value: String, attribute: Bool) -> String {
        if isClean(value, attribute: attribute) { return value }
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

    /// True when `value` needs no escaping: most text does, so this is checked first, a table
    /// look-up per byte over the contiguous UTF-8 bytes (iterating the UTF-8 view with a
    /// condition per byte was a tenth of the time of a JUnit run).
    private static func isClean(_ value: String, attribute: Bool) -> Bool {
        let table = attribute ? cleanInAttribute : cleanInText
        return table.withUnsafeBufferPointer { table in
            if let result = value.utf8.withContiguousStorageIfAvailable({ bytes in
                bytes.allSatisfy { table[Int($0)] }
            }) {
                return result
            }
            return value.utf8.allSatisfy { table[Int($0)] }
        }
    }

    /// For each byte, whether it may appear unescaped: not `&`, `<`, `>`, nor 0xEF (which
    /// starts U+FFFE and U+FFFF, not allowed in XML), nor a control character other than line
    /// feed and tab in text; in an attribute, not `"` nor any control character.
    private static let cleanInText: [Bool] = (0...255).map { cleanByte(UInt8($0), attribute: false) }
    private static let cleanInAttribute: [Bool] = (0...255).map { cleanByte(UInt8($0), attribute: true) }

    private static func cleanByte(_ byte: UInt8, attribute: Bool) -> Bool {
        if byte >= 0x20 {
            return byte != UInt8(ascii: "&") && byte != UInt8(ascii: "<") && byte != UInt8(ascii: ">") && byte != 0xEF
                && !(attribute && byte == UInt8(ascii: "\""))
        }
        return !attribute && (byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t"))
    }
}
