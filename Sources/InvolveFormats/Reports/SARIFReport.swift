import InvolveCore

/// SARIF 2.1.0 for code scanning (GitHub, GitLab, Azure DevOps). The mapping
/// (docs/pipelines.md, "SARIF"):
/// - `tool.driver.rules`: every rule of the rulebook, in rulebook order, then the
///   pseudo-rules `duty-verdict` and `input-error`; each with a name, its help as text and
///   Markdown, a link to its main source and a default level.
/// - one result per finding: `ruleId`, `ruleIndex`, `level` (error → error, warning →
///   warning, info → note), the plain-language message with the rule id and its main source,
///   and the region of the finding's first fact (columns count Unicode code points), in the
///   file relative to `%SRCROOT%` (the base directory). Waived findings carry `suppressions`.
///   `partialFingerprints` has GitHub's `primaryLocationLineHash` (computed as its upload
///   action does) and involve's own, from the file, rule and fact.
/// - verdicts are answers, not problems: every project's verdict is in `properties.verdicts`
///   of the run. Only a verdict that fails the run (undetermined, with
///   `--fail-on-undetermined`) is also a result, of rule `duty-verdict`.
/// - a file that cannot be assessed: one result of rule `input-error` per problem (code
///   scanning shows results, not notifications), and a `toolExecutionNotification` as before.
/// - waivers that no longer apply are `toolExecutionNotifications` of the invocation, which
///   also gives the exit code and the working directory.
public struct SARIFReport: ReportWriter {
    public static let schema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    public static let verdictRuleID = "duty-verdict"
    public static let inputErrorRuleID = "input-error"
    /// The base every relative URI is resolved against: the repository root, as GitHub's own
    /// tools name it.
    public static let sourceRoot = "%SRCROOT%"
    /// GitHub code scanning accepts at most this many results in one run (docs: "SARIF
    /// support for code scanning", limits) and rejects the upload beyond it.
    public static let gitHubResultLimit = 25_000

    private let settings: ReportSettings
    private var written = 0
    /// Findings below `--min-severity`, counted rather than listed.
    private var omitted = 0
    /// Files named by an absolute path outside the base directory (standard input aside).
    private var filesOutsideBase: [String] = []
    /// The closing sections, rendered as files are assessed (about half a kilobyte per project)
    /// into parts of the report buffer held until `finish` (`HeldPart`), which the output keeps
    /// in temporary files, so that memory stays flat however many files there are.
    private static let notifications = HeldPart.first
    private static let verdicts = HeldPart.second

    /// The number of results above which `warnings` warns (GitHub's limit; tests use less).
    private let resultLimit: Int

    public init(_ settings: ReportSettings, resultLimit: Int = gitHubResultLimit) {
        self.settings = settings
        self.resultLimit = resultLimit
    }

    /// Rule ids in the order of `tool.driver.rules`: `ruleIndex` points into this list.
    public static var ruleIDs: [String] { Rulebook.all.map(\.id) + [verdictRuleID, inputErrorRuleID] }

    public var warnings: [String] {
        var warnings: [String] = []
        if written > resultLimit {
            warnings.append("the SARIF report has \(written) results; GitHub code scanning rejects more than "
                            + "\(resultLimit) in one run. Leave out advice with --min-severity warning, or "
                            + "assess the folder in parts (one upload category each).")
        }
        if let outside = filesOutsideBase.first {
            warnings.append(counted(filesOutsideBase.count, "file") + " (first \(outside)) lie outside the base directory, so "
                            + "code scanning cannot place their results; run involve in the repository or give --base-dir.")
        }
        return warnings
    }

    /// Each rule id's place in `ruleIDs`.
    private static let ruleIndex: [String: Int] = Dictionary(
        uniqueKeysWithValues: ruleIDs.enumerated().map { ($0.element, $0.offset) })

    public mutating func begin(_ output: inout ReportBuffer) {
        let tool: JSONOutput = .object([("driver", .object([
            ("name", .string("involve")),
            ("version", .string(ToolVersion.current)),
            ("semanticVersion", .string(ToolVersion.current)),
            ("informationUri", .string(Self.informationURI)),
            ("rules", .array(Rulebook.all.map(Self.descriptor) + [Self.verdictDescriptor, Self.inputErrorDescriptor])),
        ]))])
        output.append("{\n  \"$schema\": " + JSONOutput.quoted(Self.schema) + ",\n  \"version\": \"2.1.0\",\n  \"runs\": [\n    {\n      \"tool\": ")
        output.append(tool, indent: 3)
        if let base = settings.paths.baseDirectory {
            output.append(",\n      \"originalUriBaseIds\": ")
            output.append(.object([(Self.sourceRoot, .object([("uri", .string(Self.directoryURI(base)))]))]), indent: 3)
        }
        output.append(",\n      \"columnKind\": \"unicodeCodePoints\",\n      \"results\": [")
    }

    public mutating func add(_ outcome: FileOutcome, _ output: inout ReportBuffer) {
        switch outcome {
        case .assessed(let report):
            let assessment = report.assessment
            let artifact = Self.artifact(report.file, settings.paths)
            if !artifact.relative, report.file != "<stdin>" { filesOutsideBase.append(report.file) }
            var lines = LineHashes(report.source)
            var fingerprints = ProblemFingerprints(file: report.file, settings.paths)
            for reviewed in report.review.findings {
                // Every finding is counted, listed or not, so that fingerprints do not depend
                // on --min-severity.
                let fingerprint = fingerprints.next(rule: reviewed.finding.rule.id, path: reviewed.finding.primaryPath)
                guard reviewed.finding.severity >= settings.minimumSeverity else {
                    omitted += 1
                    continue
                }
                let (policy, baselineGiven) = (settings.policy, settings.baselineGiven)
                appendResult(to: &output) { json in
                    Self.result(reviewed, report, artifact, fingerprint: fingerprint, lines: &lines,
                                policy: policy, baselineGiven: baselineGiven, into: &json)
                }
            }
            if settings.policy.blocks(verdict: assessment.verdict) {
                let path = assessment.openQuestions.first?.path ?? "$"
                let fingerprint = fingerprints.next(rule: Self.verdictRuleID, path: path)
                appendResult(to: &output) { Self.verdictResult(report, artifact, fingerprint: fingerprint, lines: &lines, into: &$0) }
            }
            let policy = settings.policy
            Self.appendElement(indent: 5, to: Self.verdicts, in: &output) { Self.verdict(report, policy, into: &$0) }
            for use in report.review.waivers where use.status != .applied {
                Self.appendElement(indent: 6, to: Self.notifications, in: &output) { Self.notice(use, report, artifact, into: &$0) }
            }
        case .invalid(let file, let errors):
            let artifact = Self.artifact(file, settings.paths)
            var fingerprints = ProblemFingerprints(file: file, settings.paths)
            for diagnostic in errors.diagnostics {
                let fingerprint = fingerprints.next(rule: Self.inputErrorRuleID, path: diagnostic.path.description + " " + diagnostic.message)
                appendResult(to: &output) { Self.inputErrorResult(diagnostic, artifact, fingerprint: fingerprint, into: &$0) }
                Self.appendElement(indent: 6, to: Self.notifications, in: &output) { Self.notification(diagnostic, artifact, into: &$0) }
            }
        }
    }

    public mutating func finish(_ summary: RunSummary, _ output: inout ReportBuffer) {
        func text(_ piece: String) { output.append(piece) }
        text(written == 0 ? "],\n" : "\n      ],\n")
        text("      \"invocations\": [\n        {\n")
        text("          \"executionSuccessful\": \(summary.result != .inputErrors),\n")
        text("          \"exitCode\": \(summary.result.exitCode),\n")
        if let working = settings.paths.workingDirectory {
            text("          \"workingDirectory\": {\n            \"uri\": " + JSONOutput.quoted(Self.directoryURI(working)) + "\n          },\n")
        }
        text("          \"toolExecutionNotifications\": ")
        Self.appendArray(Self.notifications, indent: 6, in: &output)
        text("\n        }\n      ],\n")
        text("      \"properties\": {\n")
        text("        \"asOf\": " + JSONOutput.quoted(settings.asOf.description) + ",\n")
        text("        \"rulebookVersion\": " + JSONOutput.quoted(Rulebook.version) + ",\n")
        text("        \"failurePolicy\": ")
        output.append(JSONSetReport.policy(settings.policy), indent: 4)
        text(",\n        \"verdicts\": ")
        Self.appendArray(Self.verdicts, indent: 5, in: &output)
        text(",\n        \"minimumSeverity\": " + JSONOutput.quoted(settings.minimumSeverity.rawValue))
        text(",\n        \"omittedFindings\": \(omitted)")
        text(",\n        \"summary\": ")
        output.append(JSONSetReport.summary(summary), indent: 4)
        text("\n      }\n    }\n  ]\n}\n")
    }

    /// One result, streamed at its level in `results` (no tree of values is built for it).
    private mutating func appendResult(to output: inout ReportBuffer, _ body: (inout JSONStream) -> Void) {
        output.append(written == 0 ? "\n        " : ",\n        ")
        written += 1
        output.appendJSON(atLevel: 4, body)
    }

    // MARK: Pieces

    public static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "note"
        }
    }

    static func result(_ reviewed: ReviewedFinding, _ report: ProjectReport, _ artifact: Artifact, fingerprint: String,
                       lines: inout LineHashes, policy: FailurePolicy, baselineGiven: Bool = false, into json: inout JSONStream) {
        let finding = reviewed.finding
        let assessment = report.assessment
        let path = finding.primaryPath
        var message = finding.message + messageSuffix(finding.rule)
        if let expired = reviewed.expiredWaiver {
            message += " The waiver approved by \(expired.approvedBy) expired on \(expired.expires) and no longer applies."
        }
        let span = assessment.sourceMap.span(of: path)
        json.object { json in
            resultHead(ruleID: finding.rule.id, ruleIndex: ruleIndex[finding.rule.id], level: level(finding.severity), message: message,
                       artifact, span, fingerprint: fingerprint, lines: &lines, into: &json)
            resultProperties(assessment, path: path, into: &json) { json in
                json.member("severity", finding.severity.rawValue)
                json.member("verdict", assessment.verdict.rawValue)
                json.member("failsRun", policy.blocks(reviewed))
            }
            if baselineGiven { json.member("baselineState", reviewed.inBaseline ? "unchanged" : "new") }
            if let waiver = reviewed.waiver {
                let waiverPath = report.review.waivers.first { $0.waiver == waiver }?.path ?? "$.waivers"
                json.key("suppressions")
                json.array { json in
                    json.element()
                    json.object { json in
                        json.member("kind", "external")
                        json.member("status", "accepted")
                        json.member("justification", waiver.justification + " (approved by \(waiver.approvedBy)"
                                    + (waiver.approvedOn.map { " on \($0)" } ?? "") + "; expires \(waiver.expires))")
                        json.key("location")
                        location(artifact, assessment.sourceMap.span(of: waiverPath), into: &json)
                        json.member("properties", object: { json in
                            json.member("approvedBy", waiver.approvedBy)
                            json.member("approvedOn", optional: waiver.approvedOn?.description)
                            json.member("expires", waiver.expires.description)
                        })
                    }
                }
            }
        }
    }

    /// GitHub's line hash of the region's first line (when the file's text is known), then
    /// involve's fingerprint, which does not depend on lines.
    /// The members a result about a project starts with: its rule, level and message, where
    /// it points and its fingerprints.
    private static func resultHead(ruleID: String, ruleIndex: Int?, level: String, message: String, _ artifact: Artifact,
                                   _ span: SourceSpan?, fingerprint: String, lines: inout LineHashes, into json: inout JSONStream) {
        json.member("ruleId", ruleID)
        if let ruleIndex { json.member("ruleIndex", ruleIndex) }
        json.member("level", level)
        json.member("message", object: { $0.member("text", message) })
        json.key("locations")
        locations(artifact, span, into: &json)
        json.key("partialFingerprints")
        partialFingerprints(fingerprint, span, &lines, into: &json)
    }

    /// A result's `properties`: the project, the JSON path, then what `more` adds.
    private static func resultProperties(_ assessment: Assessment, path: String, into json: inout JSONStream,
                                         _ more: (inout JSONStream) -> Void) {
        json.member("properties", object: { json in
            json.member("projectId", assessment.projectID)
            json.member("projectTitle", assessment.projectTitle)
            json.member("jsonPath", path)
            more(&json)
        })
    }

    /// `locations`: the one place a result or notification points at.
    private static func locations(_ artifact: Artifact, _ span: SourceSpan?, into json: inout JSONStream) {
        json.array { json in
            json.element()
            location(artifact, span, into: &json)
        }
    }

    private static func partialFingerprints(_ fingerprint: String, _ span: SourceSpan?, _ lines: inout LineHashes,
                                            into json: inout JSONStream) {
        let hash = lines.hash(ofLine: span?.start.line ?? 1)
        json.object { json in
            if let hash { json.member("primaryLocationLineHash", hash) }
            json.key(text: ProblemFingerprints.key)
            json.string(fingerprint)
        }
    }

    /// " [rule-id] Source: …": what every result of a rule adds to its message, built once per
    /// rule of the rulebook.
    static func messageSuffix(_ rule: Rule) -> String { messageSuffixes[rule] }

    private static let messageSuffixes = RuleMemo { rule in
        " [\(rule.id)]" + (rule.citations.first.map { " Source: " + $0.shortText } ?? "")
    }

    static func verdictResult(_ report: ProjectReport, _ artifact: Artifact, fingerprint: String, lines: inout LineHashes,
                              into json: inout JSONStream) {
        let assessment = report.assessment
        // The verdict points at, and names, only the questions that could change it or the route.
        let deciding = assessment.decidingQuestions
        let path = deciding.first?.path ?? "$"
        var message = assessment.verdict.headline + ". " + assessment.verdictReason
        if !deciding.isEmpty {
            message += " Open questions (\(QuestionWording.whatTheyDecide(deciding))): " + deciding.map { "\($0.question) (\($0.path))" }.joined(separator: " ")
        }
        let span = assessment.sourceMap.span(of: path)
        json.object { json in
            resultHead(ruleID: verdictRuleID, ruleIndex: ruleIndex[verdictRuleID], level: "error", message: message,
                       artifact, span, fingerprint: fingerprint, lines: &lines, into: &json)
            resultProperties(assessment, path: path, into: &json) { json in
                json.member("verdict", assessment.verdict.rawValue)
                json.member("failsRun", true)
            }
        }
    }

    /// One problem of a file that could not be assessed, as a result code scanning shows.
    static func inputErrorResult(_ diagnostic: InputDiagnostic, _ artifact: Artifact, fingerprint: String, into json: inout JSONStream) {
        json.object { json in
            json.member("ruleId", inputErrorRuleID)
            if let index = ruleIndex[inputErrorRuleID] { json.member("ruleIndex", index) }
            json.member("level", "error")
            json.member("message", object: { $0.member("text", diagnostic.rendered + " [\(inputErrorRuleID)]") })
            json.key("locations")
            locations(artifact, diagnostic.location.map { SourceSpan(start: $0, end: $0) }, into: &json)
            json.member("partialFingerprints", object: { json in
                json.key(text: ProblemFingerprints.key)
                json.string(fingerprint)
            })
            json.member("properties", object: { json in
                json.member("jsonPath", diagnostic.path.description)
                json.member("failsRun", true)
            })
        }
    }

    static func verdict(_ report: ProjectReport, _ policy: FailurePolicy, into json: inout JSONStream) {
        let assessment = report.assessment
        json.object { json in
            json.member("file", report.file)
            json.member("projectId", assessment.projectID)
            json.member("projectTitle", assessment.projectTitle)
            json.member("verdict", assessment.verdict.rawValue)
            json.member("headline", assessment.verdict.headline)
            json.member("reason", assessment.verdictReason)
            json.member("statutoryDuty", optional: assessment.statutoryDuty)
            json.member("failsRun", policy.fails(report))
        }
    }

    static func notice(_ use: WaiverUse, _ report: ProjectReport, _ artifact: Artifact, into json: inout JSONStream) {
        json.object { json in
            json.member("descriptor", object: { $0.member("id", "waiver-" + use.status.rawValue) })
            json.member("level", use.status == .unused ? "note" : "warning")
            json.member("message", object: { $0.member("text", use.notice + " (project \(report.assessment.projectID))") })
            json.key("locations")
            locations(artifact, report.assessment.sourceMap.span(of: use.path), into: &json)
        }
    }

    static func notification(_ diagnostic: InputDiagnostic, _ artifact: Artifact, into json: inout JSONStream) {
        json.object { json in
            json.member("descriptor", object: { $0.member("id", inputErrorRuleID) })
            json.member("level", "error")
            json.member("message", object: { $0.member("text", diagnostic.rendered) })
            json.key("locations")
            locations(artifact, diagnostic.location.map { SourceSpan(start: $0, end: $0) }, into: &json)
        }
    }

    /// Appends an array element at `indent` to a held part, after a separator when the part
    /// has an element already.
    private static func appendElement(indent: Int, to part: HeldPart, in output: inout ReportBuffer,
                                      _ body: (inout JSONStream) -> Void) {
        let first = output.heldIsEmpty(part)
        output.hold(part) { bytes in
            if !first { bytes.append(UInt8(ascii: ",")) }
            bytes.append(UInt8(ascii: "\n"))
            bytes.append(repeating: UInt8(ascii: " "), count: indent * 2)
            bytes.appendJSON(atLevel: indent, body)
        }
    }

    /// Places the elements held with `appendElement` as a JSON array whose brackets sit one
    /// level up.
    private static func appendArray(_ part: HeldPart, indent: Int, in output: inout ReportBuffer) {
        if output.heldIsEmpty(part) {
            output.append("[]")
            return
        }
        output.append("[")
        output.insertHeld(part)
        output.append("\n" + String(repeating: " ", count: (indent - 1) * 2) + "]")
    }
}
