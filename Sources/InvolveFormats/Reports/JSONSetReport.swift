import InvolveCore

/// `--format json` with one file: the `involve.assessment` document, unchanged.
public struct SingleJSONReport: ReportWriter {
    public init() {}
    public mutating func begin(_ output: inout ReportBuffer) {}
    public mutating func add(_ outcome: FileOutcome, _ output: inout ReportBuffer) {
        guard case .assessed(let report) = outcome else { return }
        output.appendJSON(atLevel: 0) { AssessmentJSON.write(report, form: .selfContained, into: &$0) }
        output.append("\n")
    }
    public mutating func finish(_ summary: RunSummary, _ output: inout ReportBuffer) {}
}

/// `--format json` over several files or a directory: one `involve.assessment-set` document
/// (docs/output-json.md). `rules` lists every rule of the rulebook once; `files` holds one
/// entry per input in order, each with its assessment (whose trail steps name their rule in
/// `rules` rather than repeating its citations) or the input errors; `summary` comes last so
/// that the document can be written while files are assessed.
public struct JSONSetReport: ReportWriter {
    public static let format = "involve.assessment-set"
    /// 2: trail steps of the assessments lost `title`, `question`, `inferred` and `citations`
    /// (now in `rules`), and the assessments their own `format` and `formatVersion`.
    public static let formatVersion = 2

    private let settings: ReportSettings
    private var written = 0

    public init(_ settings: ReportSettings) {
        self.settings = settings
    }

    public mutating func begin(_ output: inout ReportBuffer) {
        output.append("{\n")
        let header: [(String, JSONOutput)] = [
            ("format", .string(Self.format)),
            ("formatVersion", .int(Self.formatVersion)),
            ("tool", .object([("name", .string("involve")), ("version", .string(ToolVersion.current))])),
            ("rulebookVersion", .string(Rulebook.version)),
            ("asOf", .string(settings.asOf.description)),
            ("failurePolicy", Self.policy(settings.policy)),
            // Before `files`, since the document is streamed: a reader meets the rules first.
            ("rules", RulebookJSON.rules),
        ]
        for (key, value) in header {
            output.append("  " + JSONOutput.quoted(key) + ": ")
            output.append(value, indent: 1)
            output.append(",\n")
        }
        output.append("  \"files\": [")
    }

    public mutating func add(_ outcome: FileOutcome, _ output: inout ReportBuffer) {
        output.append(written == 0 ? "\n    " : ",\n    ")
        written += 1
        output.appendJSON(atLevel: 2) { Self.entry(outcome, settings.policy, into: &$0) }
    }

    public mutating func finish(_ summary: RunSummary, _ output: inout ReportBuffer) {
        output.append(written == 0 ? "],\n  \"summary\": " : "\n  ],\n  \"summary\": ")
        output.append(Self.summary(summary), indent: 1)
        output.append("\n}\n")
    }

    static func entry(_ outcome: FileOutcome, _ policy: FailurePolicy, into json: inout JSONStream) {
        json.object { json in
            switch outcome {
            case .assessed(let report):
                json.member("file", report.file)
                json.member("status", "assessed")
                json.member("failsRun", policy.fails(report))
                json.member("errors", .array([]))
                json.key("assessment")
                AssessmentJSON.write(report, form: .inSet, into: &json)
            case .invalid(let file, let errors):
                json.member("file", file)
                json.member("status", "invalid")
                json.member("failsRun", false)
                json.member("errors", .array(errors.diagnostics.map(diagnostic)))
                json.member("assessment", .null)
            }
        }
    }

    /// An input error as JSON: where, what was expected and found, and the one-line form.
    public static func diagnostic(_ diagnostic: InputDiagnostic) -> JSONOutput {
        .object([
            ("file", .string(diagnostic.file)),
            ("line", diagnostic.location.map { .int($0.line) } ?? .null),
            ("column", diagnostic.location.map { .int($0.column) } ?? .null),
            ("path", .string(diagnostic.path.description)),
            ("message", .string(diagnostic.message)),
            ("expected", .optional(diagnostic.expected)),
            ("found", .optional(diagnostic.found)),
            ("suggestion", .optional(diagnostic.suggestion)),
            ("text", .string(diagnostic.rendered)),
        ])
    }

    static func policy(_ policy: FailurePolicy) -> JSONOutput {
        .object([("failOn", .string(policy.failOnName)), ("failOnUndetermined", .bool(policy.failOnUndetermined))])
    }

    public static func summary(_ summary: RunSummary) -> JSONOutput {
        .object([
            ("files", .int(summary.files)),
            ("assessed", .int(summary.assessed)),
            ("invalid", .int(summary.invalid)),
            ("verdicts", .object(DutyVerdict.allCases.map { ($0.rawValue, .int(summary.count($0))) })),
            ("findings", .object(Severity.allCases.reversed().map { ($0.rawValue, .int(summary.count($0))) }
                                 + [("waived", .int(summary.waived))])),
            ("waivers", .object([("expired", .int(summary.expiredWaivers)), ("unused", .int(summary.unusedWaivers)),
                                 ("notYetApproved", .int(summary.notYetApprovedWaivers))])),
            ("blockingFindings", .int(summary.blockingFindings)),
            ("blockingVerdicts", .int(summary.blockingVerdicts)),
            ("failingProjects", .int(summary.failingProjects)),
            ("result", .string(summary.result.rawValue)),
            ("exitCode", .int(Int(summary.result.exitCode))),
        ])
    }
}
