/// One project file assessed, with its waivers applied: what every output format renders.
public struct ProjectReport: Sendable {
    /// The file as the user named it (relative paths stay relative), or `<stdin>`.
    public let file: String
    public let assessment: Assessment
    public internal(set) var review: WaiverReview
    /// The bytes of the project file as read, when the caller kept them: SARIF fingerprints a
    /// finding's line as GitHub's upload action does (primaryLocationLineHash), from the text.
    /// Empty when not known; the file was read anyway, so keeping it costs no copy.
    public var source: [UInt8] = []

    /// Marks the findings a baseline already knows; they are reported but do not fail the run.
    public mutating func markInBaseline(_ isKnown: (Int, ReviewedFinding) -> Bool) {
        review.markInBaseline(isKnown)
    }

    public init(file: String, assessment: Assessment, review: WaiverReview) {
        self.file = file
        self.assessment = assessment
        self.review = review
    }

    /// Assesses a project and applies its waivers as of the assessment date.
    public static func assess(_ project: Project, file: String, options: AssessmentOptions) -> ProjectReport {
        let assessment = Assessor.assess(project, options: options)
        return ProjectReport(file: file, assessment: assessment,
                             review: WaiverReview.review(assessment, waivers: project.waivers, asOf: options.asOf))
    }

    /// A report with no waivers, for callers that have only an assessment.
    public init(file: String, assessment: Assessment) {
        self.init(file: file, assessment: assessment,
                  review: WaiverReview.review(assessment, waivers: [], asOf: assessment.asOf))
    }
}

/// What happened to one input: assessed, or refused with every problem found in it.
public enum FileOutcome: Sendable {
    case assessed(ProjectReport)
    case invalid(file: String, errors: InputErrors)

    public var file: String {
        switch self {
        case .assessed(let report): return report.file
        case .invalid(let file, _): return file
        }
    }
}

/// When a run fails (exit code 1): findings at or above a severity that no waiver covers,
/// and optionally an undetermined verdict. "The duty applies" is an answer, never a failure.
public struct FailurePolicy: Sendable, Equatable {
    /// The least severe finding that fails the run, or nil to never fail on findings.
    public var failOn: Severity?
    /// Fail when a verdict is undetermined (facts are missing).
    public var failOnUndetermined: Bool

    public init(failOn: Severity? = .error, failOnUndetermined: Bool = false) {
        self.failOn = failOn
        self.failOnUndetermined = failOnUndetermined
    }

    /// The default of `involve assess`: fail on errors, not on warnings or undetermined verdicts.
    public static let standard = FailurePolicy()

    /// The name used on the command line and in outputs: `error`, `warning` or `none`.
    public var failOnName: String { failOn?.rawValue ?? "none" }

    /// True when the finding fails the run: at or above the threshold and not waived.
    public func blocks(_ finding: ReviewedFinding) -> Bool {
        guard let failOn, !finding.isWaived, !finding.inBaseline else { return false }
        return finding.finding.severity >= failOn
    }

    /// True when the finding would fail the run if no waiver covered it.
    public func reaches(_ finding: Finding) -> Bool {
        guard let failOn else { return false }
        return finding.severity >= failOn
    }

    public func blocks(verdict: DutyVerdict) -> Bool {
        failOnUndetermined && verdict == .undetermined
    }

    public func blockingFindings(_ report: ProjectReport) -> Int {
        report.review.findings.reduce(0) { $0 + (blocks($1) ? 1 : 0) }
    }

    /// True when this project fails the run.
    public func fails(_ report: ProjectReport) -> Bool {
        blocks(verdict: report.assessment.verdict) || report.review.findings.contains(where: blocks)
    }
}
