import InvolveCore

/// SARIF 2.1.0 for code scanning (GitHub, GitLab, Azure DevOps). The mapping
/// (docs/pipelines.md, "SARIF"):
/// - `tool.driver.rules`: every rule of the rulebook, in rulebook order, then the
///   pseudo-rule `duty-verdict`; help text is the rule's explanation and its sources.
/// - one result per finding: `ruleId`, `ruleIndex`, `level` (error → error, warning →
///   warning, info → note), the plain-language message with the rule id and its main source,
///   and the line and column of the finding's first fact (columns count Unicode code points).
///   Waived findings carry `suppressions` (kind external, status accepted, the justification).
/// - verdicts are answers, not problems: every project's verdict is in `properties.verdicts`
///   of the run. Only a verdict that fails the run (undetermined, with
///   `--fail-on-undetermined`) is also a result, of rule `duty-verdict`.
/// - input errors and waivers that no longer apply are `toolExecutionNotifications` of the
///   invocation, which also gives the exit code.
public struct SARIFReport: ReportWriter {
    public static let schema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    public static let verdictRuleID = "duty-verdict"

    private let settings: ReportSettings
    private var written = 0
    /// The closing sections, rendered as files are assessed into two byte buffers (about half a
    /// kilobyte per project), so that thousands of files cost little.
    private var verdicts: [UInt8] = []
    private var notifications: [UInt8] = []

    public init(_ settings: ReportSettings) {
        self.settings = settings
    }

    /// Rule ids in the order of `tool.driver.rules`: `ruleIndex` points into this list.
    public static var ruleIDs: [String] { Rulebook.all.map(\.id) + [verdictRuleID] }

    private static let ruleIndex: [String: Int] = Dictionary(
        uniqueKeysWithValues: Rulebook.all.enumerated().map { ($0.element.id, $0.offset) })

    public mutating func begin(_ output: inout ReportBuffer) {
        let tool: JSONOutput = .object([("driver", .object([
            ("name", .string("involve")),
            ("version", .string(ToolVersion.current)),
            ("semanticVersion", .string(ToolVersion.current)),
            ("rules", .array(Rulebook.all.map(Self.descriptor) + [Self.verdictDescriptor])),
        ]))])
        output.append("{\n  \"$schema\": " + JSONOutput.quoted(Self.schema) + ",\n  \"version\": \"2.1.0\",\n  \"runs\": [\n    {\n      \"tool\": ")
        output.append(tool, indent: 3)
        output.append(",\n      \"columnKind\": \"unicodeCodePoints\",\n      \"results\": [")
    }

    public mutating func add(_ outcome: FileOutcome, _ output: inout ReportBuffer) {
        switch outcome {
        case .assessed(let report):
            let assessment = report.assessment
            let uri = Self.uri(report.file)
            for reviewed in report.review.findings {
                appendResult(Self.result(reviewed, report, uri: uri, policy: settings.policy), to: &output)
            }
            if settings.policy.blocks(verdict: assessment.verdict) {
                appendResult(Self.verdictResult(report, uri: uri), to: &output)
            }
            Self.appendElement(Self.verdict(report, settings.policy), indent: 5, to: &verdicts)
            for use in report.review.waivers where use.status != .applied {
                Self.appendElement(Self.notice(use, report, uri: uri), indent: 6, to: &notifications)
            }
        case .invalid(_, let errors):
            for diagnostic in errors.diagnostics {
                Self.appendElement(Self.notification(diagnostic), indent: 6, to: &notifications)
            }
        }
    }

    public mutating func finish(_ summary: RunSummary, _ buffer: inout ReportBuffer) {
        var output: [UInt8] = []
        output.reserveCapacity(verdicts.count + notifications.count + 4096)
        func text(_ piece: String) { output.append(contentsOf: piece.utf8) }
        text(written == 0 ? "],\n" : "\n      ],\n")
        text("      \"invocations\": [\n        {\n")
        text("          \"executionSuccessful\": \(summary.result != .inputErrors),\n")
        text("          \"exitCode\": \(summary.result.exitCode),\n")
        text("          \"toolExecutionNotifications\": ")
        Self.appendArray(&notifications, indent: 6, to: &output)
        text("\n        }\n      ],\n")
        text("      \"properties\": {\n")
        text("        \"asOf\": " + JSONOutput.quoted(settings.asOf.description) + ",\n")
        text("        \"rulebookVersion\": " + JSONOutput.quoted(Rulebook.version) + ",\n")
        text("        \"failurePolicy\": ")
        JSONSetReport.policy(settings.policy).write(into: &output, indent: 4)
        text(",\n        \"verdicts\": ")
        Self.appendArray(&verdicts, indent: 5, to: &output)
        text(",\n        \"summary\": ")
        JSONSetReport.summary(summary).write(into: &output, indent: 4)
        text("\n      }\n    }\n  ]\n}\n")
        buffer.append(bytes: output)
    }

    private mutating func appendResult(_ result: JSONOutput, to output: inout ReportBuffer) {
        output.append(written == 0 ? "\n        " : ",\n        ")
        written += 1
        output.append(result, indent: 4)
    }

    // MARK: Pieces

    static func descriptor(_ rule: Rule) -> JSONOutput {
        var help = rule.explanation
        if rule.inferred { help += "\n\nInferred: the project's reading of the law, not text in a source." }
        help += "\n\nSources:\n" + rule.citations.map { "- " + $0.shortText }.joined(separator: "\n")
        return .object([
            ("id", .string(rule.id)),
            ("shortDescription", .object([("text", .string(rule.title))])),
            ("fullDescription", .object([("text", .string(rule.question))])),
            ("help", .object([("text", .string(help))])),
            ("properties", .object([
                ("area", .string(rule.area.rawValue)),
                ("inferred", .bool(rule.inferred)),
                ("tags", .array([.string("involve"), .string(tag(rule.area))])),
            ])),
        ])
    }

    static let verdictDescriptor: JSONOutput = .object([
        ("id", .string(verdictRuleID)),
        ("shortDescription", .object([("text", .string("The verdict on whether the duty to involve applies"))])),
        ("fullDescription", .object([("text", .string("Does the statutory duty to involve the public apply to this project?"))])),
        ("help", .object([("text", .string("""
            The verdict of NHS England's three-step process (guidance Annex B1): applies, likely applies, \
            unlikely to apply, does not apply, or undetermined when facts are missing. A verdict is an answer, \
            not a problem: every project's verdict is listed in the run's properties.verdicts. It is reported \
            as a result only when it is undetermined and the run fails on undetermined verdicts \
            (--fail-on-undetermined); answer the open questions to decide it.
            """))])),
        ("properties", .object([("area", .string(RuleArea.duty.rawValue)), ("inferred", .bool(false)),
                                ("tags", .array([.string("involve"), .string(tag(.duty))]))])),
    ])

    /// "Does the duty to involve apply?" → "does-the-duty-to-involve-apply": a tag for filtering.
    static func tag(_ area: RuleArea) -> String {
        var tag = ""
        for scalar in area.rawValue.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                tag.unicodeScalars.append(scalar)
            } else if !tag.isEmpty, tag.last != "-" {
                tag += "-"
            }
        }
        while tag.hasSuffix("-") { tag.removeLast() }
        return tag
    }

    public static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "note"
        }
    }

    static func result(_ reviewed: ReviewedFinding, _ report: ProjectReport, uri: String, policy: FailurePolicy) -> JSONOutput {
        let finding = reviewed.finding
        let assessment = report.assessment
        let path = finding.primaryPath
        var message = finding.message + messageSuffix(finding.rule)
        if let expired = reviewed.expiredWaiver {
            message += " The waiver approved by \(expired.approvedBy) expired on \(expired.expires) and no longer applies."
        }
        var members: [(String, JSONOutput)] = [("ruleId", .string(finding.rule.id))]
        if let index = ruleIndex[finding.rule.id] { members.append(("ruleIndex", .int(index))) }
        members += [
            ("level", .string(level(finding.severity))),
            ("message", .object([("text", .string(message))])),
            ("locations", .array([location(uri, path, assessment.sourceMap)])),
            ("partialFingerprints", .object([("involveFinding/v1", .string(fingerprint(
                [assessment.projectID, finding.rule.id, path, finding.message])))])),
            ("properties", .object([
                ("projectId", .string(assessment.projectID)),
                ("projectTitle", .string(assessment.projectTitle)),
                ("jsonPath", .string(path)),
                ("severity", .string(finding.severity.rawValue)),
                ("verdict", .string(assessment.verdict.rawValue)),
                ("failsRun", .bool(policy.blocks(reviewed))),
            ])),
        ]
        if let waiver = reviewed.waiver {
            let waiverPath = report.review.waivers.first { $0.waiver == waiver }?.path ?? "$.waivers"
            members.append(("suppressions", .array([.object([
                ("kind", .string("external")),
                ("status", .string("accepted")),
                ("justification", .string(waiver.justification + " (approved by \(waiver.approvedBy)"
                                          + (waiver.approvedOn.map { " on \($0)" } ?? "") + "; expires \(waiver.expires))")),
                ("location", location(uri, waiverPath, assessment.sourceMap)),
                ("properties", .object([
                    ("approvedBy", .string(waiver.approvedBy)),
                    ("approvedOn", .optional(waiver.approvedOn?.description)),
                    ("expires", .string(waiver.expires.description)),
                ])),
            ])])))
        }
        return .object(members)
    }

    /// " [rule-id] Source: …": what every result of a rule adds to its message, built once per
    /// rule of the rulebook.
    static func messageSuffix(_ rule: Rule) -> String { messageSuffixes[rule] }

    private static let messageSuffixes = RuleMemo { rule in
        " [\(rule.id)]" + (rule.citations.first.map { " Source: " + $0.shortText } ?? "")
    }

    static func verdictResult(_ report: ProjectReport, uri: String) -> JSONOutput {
        let assessment = report.assessment
        // The verdict points at, and names, only the questions that could change it or the route.
        let deciding = assessment.decidingQuestions
        let path = deciding.first?.path ?? "$"
        var message = assessment.verdict.headline + ". " + assessment.verdictReason
        if !deciding.isEmpty {
            message += " Open questions (\(QuestionWording.whatTheyDecide(deciding))): " + deciding.map { "\($0.question) (\($0.path))" }.joined(separator: " ")
        }
        return .object([
            ("ruleId", .string(verdictRuleID)),
            ("ruleIndex", .int(Rulebook.all.count)),
            ("level", .string("error")),
            ("message", .object([("text", .string(message))])),
            ("locations", .array([location(uri, path, assessment.sourceMap)])),
            ("partialFingerprints", .object([("involveFinding/v1", .string(fingerprint([assessment.projectID, verdictRuleID])))])),
            ("properties", .object([
                ("projectId", .string(assessment.projectID)),
                ("projectTitle", .string(assessment.projectTitle)),
                ("jsonPath", .string(path)),
                ("verdict", .string(assessment.verdict.rawValue)),
                ("failsRun", .bool(true)),
            ])),
        ])
    }

    static func verdict(_ report: ProjectReport, _ policy: FailurePolicy) -> JSONOutput {
        let assessment = report.assessment
        return .object([
            ("file", .string(report.file)),
            ("projectId", .string(assessment.projectID)),
            ("projectTitle", .string(assessment.projectTitle)),
            ("verdict", .string(assessment.verdict.rawValue)),
            ("headline", .string(assessment.verdict.headline)),
            ("reason", .string(assessment.verdictReason)),
            ("statutoryDuty", .optional(assessment.statutoryDuty)),
            ("failsRun", .bool(policy.fails(report))),
        ])
    }

    static func notice(_ use: WaiverUse, _ report: ProjectReport, uri: String) -> JSONOutput {
        .object([
            ("descriptor", .object([("id", .string("waiver-" + use.status.rawValue))])),
            ("level", .string(use.status == .unused ? "note" : "warning")),
            ("message", .object([("text", .string(use.notice + " (project \(report.assessment.projectID))"))])),
            ("locations", .array([location(uri, use.path, report.assessment.sourceMap)])),
        ])
    }

    static func notification(_ diagnostic: InputDiagnostic) -> JSONOutput {
        var physical: [(String, JSONOutput)] = [("artifactLocation", .object([("uri", .string(uri(diagnostic.file)))]))]
        if let location = diagnostic.location {
            physical.append(("region", .object([("startLine", .int(location.line)), ("startColumn", .int(location.column))])))
        }
        return .object([
            ("descriptor", .object([("id", .string("input-error"))])),
            ("level", .string("error")),
            ("message", .object([("text", .string(diagnostic.rendered))])),
            ("locations", .array([.object([("physicalLocation", .object(physical))])])),
        ])
    }

    static func location(_ uri: String, _ path: String, _ sourceMap: SourceMap) -> JSONOutput {
        var physical: [(String, JSONOutput)] = [("artifactLocation", .object([("uri", .string(uri))]))]
        if let location = sourceMap.location(of: path) {
            physical.append(("region", .object([("startLine", .int(location.line)), ("startColumn", .int(location.column))])))
        }
        return .object([("physicalLocation", .object(physical))])
    }

    /// A stable id for a result across runs, independent of line numbers: the first 32 hex
    /// digits of the SHA-256 of the parts joined by U+001F. One of these per result, so the
    /// parts are joined straight into bytes, and only the 16 digest bytes shown are spelt.
    static func fingerprint(_ parts: [String]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(parts.reduce(parts.count) { $0 + $1.utf8.count })
        for (index, part) in parts.enumerated() {
            if index > 0 { bytes.append(0x1F) }
            bytes.append(contentsOf: part.utf8)
        }
        return SHA256.hex(Array(SHA256.digest(bytes).prefix(16)))
    }

    /// The file as a URI reference: relative paths stay relative (code scanning resolves them
    /// against the repository root), absolute ones become `file://` URIs. Characters outside
    /// the URI's unreserved set are percent-encoded.
    public static func uri(_ file: String) -> String {
        if file == "<stdin>" { return "stdin" }
        var path = Substring(file)
        while path.hasPrefix("./") { path = path.dropFirst(2) }
        let scheme = path.hasPrefix("/") ? "file://" : ""
        // Most paths need no encoding: keep them whole rather than rebuilding them byte by byte.
        if path.utf8.allSatisfy(isUnreserved) { return scheme + path }
        var encoded = scheme
        for byte in path.utf8 {
            if isUnreserved(byte) {
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                encoded += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return encoded
    }

    /// Letters, digits, `-._~` and `/`: the bytes a URI path keeps as they are.
    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
            return true
        default:
            return false
        }
    }

    /// Appends an array element at `indent`, after a separator when the array has one already.
    private static func appendElement(_ value: JSONOutput, indent: Int, to buffer: inout [UInt8]) {
        if !buffer.isEmpty { buffer.append(UInt8(ascii: ",")) }
        buffer.append(UInt8(ascii: "\n"))
        buffer.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * 2))
        value.write(into: &buffer, indent: indent)
    }

    /// Moves elements appended with `appendElement` into `output` as a JSON array whose
    /// brackets sit one level up, emptying the buffer.
    private static func appendArray(_ elements: inout [UInt8], indent: Int, to output: inout [UInt8]) {
        if elements.isEmpty {
            output.append(contentsOf: "[]".utf8)
            return
        }
        output.append(UInt8(ascii: "["))
        output.append(contentsOf: elements)
        elements = []
        output.append(UInt8(ascii: "\n"))
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: (indent - 1) * 2))
        output.append(UInt8(ascii: "]"))
    }
}
