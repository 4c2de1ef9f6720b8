import InvolveCore

/// GitLab Code Quality (`artifacts:reports:codequality`), which the merge-request widget shows
/// on every tier: a JSON array with one issue per open finding, as GitLab documents the format
/// ("Code Quality report format", a subset of the Code Climate spec):
/// - `description`: the finding in plain words, then `[rule-id]` and its main source;
/// - `check_name`: the rule id; `fingerprint`: involve's own (file, rule, fact), which the
///   widget compares between the source and target branches to say what is new or fixed;
/// - `severity`: error → `critical`, warning → `major`, info → `info`; a file that could not be
///   assessed → `blocker`;
/// - `location.path`: relative to the base directory; `location.lines.begin`/`end`.
/// Waived findings are left out (they are accepted; SARIF and JUnit still show them), as are
/// findings below `--min-severity`. Verdicts are answers, not issues: only an undetermined
/// verdict that fails the run (`--fail-on-undetermined`) is an issue.
public struct CodeQualityReport: ReportWriter {
    private let settings: ReportSettings
    private var written = 0

    public init(_ settings: ReportSettings) {
        self.settings = settings
    }

    public static func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: return "critical"
        case .warning: return "major"
        case .info: return "info"
        }
    }

    public mutating func begin(_ output: inout ReportBuffer) {
        output.append("[")
    }

    public mutating func add(_ outcome: FileOutcome, _ output: inout ReportBuffer) {
        switch outcome {
        case .assessed(let report):
            let path = Self.path(report.file, settings.paths)
            let sourceMap = report.assessment.sourceMap
            var fingerprints = ProblemFingerprints(file: report.file, settings.paths)
            for reviewed in report.review.findings {
                let finding = reviewed.finding
                // Every finding is counted, as in SARIF, so that the two fingerprints agree.
                let fingerprint = fingerprints.next(rule: finding.rule.id, path: finding.primaryPath)
                guard finding.severity >= settings.minimumSeverity, !reviewed.isWaived else { continue }
                var description = finding.message + SARIFReport.messageSuffix(finding.rule)
                if let expired = reviewed.expiredWaiver {
                    description += " The waiver approved by \(expired.approvedBy) expired on \(expired.expires) and no longer applies."
                }
                appendIssue(description, check: finding.rule.id, fingerprint: fingerprint,
                                  severity: Self.severity(finding.severity), path: path,
                                  span: sourceMap.span(of: finding.primaryPath), &output)
            }
            let assessment = report.assessment
            if settings.policy.blocks(verdict: assessment.verdict) {
                let at = assessment.openQuestions.first?.path ?? "$"
                let description = assessment.verdict.headline + ". " + assessment.verdictReason
                    + " Answer the open questions (\(assessment.openQuestions.count)) to decide it. [\(SARIFReport.verdictRuleID)]"
                appendIssue(description, check: SARIFReport.verdictRuleID,
                                  fingerprint: fingerprints.next(rule: SARIFReport.verdictRuleID, path: at),
                                  severity: "critical", path: path, span: sourceMap.span(of: at), &output)
            }
        case .invalid(let file, let errors):
            let path = Self.path(file, settings.paths)
            var fingerprints = ProblemFingerprints(file: file, settings.paths)
            for diagnostic in errors.diagnostics {
                let fingerprint = fingerprints.next(rule: SARIFReport.inputErrorRuleID,
                                                    path: diagnostic.path.description + " " + diagnostic.message)
                appendIssue(diagnostic.rendered + " [\(SARIFReport.inputErrorRuleID)]", check: SARIFReport.inputErrorRuleID,
                                  fingerprint: fingerprint, severity: "blocker", path: path,
                                  span: diagnostic.location.map { SourceSpan(start: $0, end: $0) }, &output)
            }
        }
    }

    public mutating func finish(_ summary: RunSummary, _ output: inout ReportBuffer) {
        output.append(written == 0 ? "]\n" : "\n]\n")
    }

    /// One issue, streamed into the array (no tree of values is built for it).
    private mutating func appendIssue(_ description: String, check: String, fingerprint: String, severity: String, path: String,
                                      span: SourceSpan?, _ output: inout ReportBuffer) {
        output.append(written == 0 ? "\n  " : ",\n  ")
        written += 1
        output.appendJSON(atLevel: 1) { json in
            json.object { json in
                json.member("type", "issue")
                json.member("description", description)
                json.member("check_name", check)
                json.member("fingerprint", fingerprint)
                json.member("severity", severity)
                json.member("location", object: { json in
                    json.member("path", path)
                    json.member("lines", object: { json in
                        json.member("begin", span?.start.line ?? 1)
                        if let span, span.end.line > span.start.line { json.member("end", span.end.line) }
                    })
                })
            }
        }
    }

    /// The path GitLab links to: relative to the base directory, or as given when it lies
    /// outside (GitLab then shows the issue without a link).
    static func path(_ file: String, _ paths: ArtifactPaths) -> String {
        paths.relative(file) ?? file
    }
}
