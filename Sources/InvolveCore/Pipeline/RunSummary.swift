/// Counts over every input of one run, built as files are assessed so that nothing else
/// needs to be kept. Decides the run's result (and so the exit code).
public struct RunSummary: Sendable, Equatable {
    public let policy: FailurePolicy
    public private(set) var files = 0
    public private(set) var assessed = 0
    /// Inputs that could not be read or are not valid project files.
    public private(set) var invalid = 0
    public private(set) var verdicts: [DutyVerdict: Int] = [:]
    /// Findings no waiver covers, by severity.
    public private(set) var findings: [Severity: Int] = [:]
    public private(set) var waived = 0
    /// Open findings the baseline knows (`--baseline`), which do not fail the run.
    public private(set) var inBaseline = 0
    public private(set) var expiredWaivers = 0
    public private(set) var unusedWaivers = 0
    /// Waivers approved from a date after the assessment date, which do not apply yet.
    public private(set) var notYetApprovedWaivers = 0
    /// Findings that fail the run under the policy.
    public private(set) var blockingFindings = 0
    /// Projects with an undetermined verdict that fail the run (only with --fail-on-undetermined).
    public private(set) var blockingVerdicts = 0
    /// Projects that fail the run.
    public private(set) var failingProjects = 0

    public init(policy: FailurePolicy) {
        self.policy = policy
    }

    public mutating func add(_ outcome: FileOutcome) {
        files += 1
        switch outcome {
        case .invalid:
            invalid += 1
        case .assessed(let report):
            assessed += 1
            verdicts[report.assessment.verdict, default: 0] += 1
            for reviewed in report.review.findings {
                if reviewed.isWaived {
                    waived += 1
                } else {
                    findings[reviewed.finding.severity, default: 0] += 1
                }
                if reviewed.inBaseline && !reviewed.isWaived { inBaseline += 1 }
                if policy.blocks(reviewed) { blockingFindings += 1 }
            }
            for use in report.review.waivers {
                if use.status == .expired { expiredWaivers += 1 }
                if use.status == .unused { unusedWaivers += 1 }
                if use.status == .notYetApproved { notYetApprovedWaivers += 1 }
            }
            if policy.blocks(verdict: report.assessment.verdict) { blockingVerdicts += 1 }
            if policy.fails(report) { failingProjects += 1 }
        }
    }

    public func count(_ verdict: DutyVerdict) -> Int { verdicts[verdict] ?? 0 }
    public func count(_ severity: Severity) -> Int { findings[severity] ?? 0 }

    public var result: RunResult {
        if invalid > 0 { return .inputErrors }
        if failingProjects > 0 { return .failed }
        return .passed
    }
}

/// The outcome of a run, in the order of precedence of the exit codes: input errors (2) win
/// over failures (1), which win over a pass (0).
public enum RunResult: String, Sendable {
    case passed
    case failed
    case inputErrors = "input-errors"

    public var exitCode: Int32 {
        switch self {
        case .passed: return 0
        case .failed: return 1
        case .inputErrors: return 2
        }
    }
}
