/// Counts over every input of one run, built as files are assessed so that nothing else
/// needs to be kept. Decides the run's result (and so the exit code).
public struct RunSummary: Sendable, Equatable {
    public let policy: FailurePolicy
    public private(set) var files = 0
    public private(set) var assessed = 0
    /// Inputs that could not be read or are not valid project files.
    public private(set) var invalid = 0
    /// Projects by verdict (only the verdicts that occur).
    public var verdicts: [DutyVerdict: Int] { Self.nonZero(verdictCounts, DutyVerdict.allCases) }
    /// Findings no waiver covers, by severity (only the severities that occur).
    public var findings: [Severity: Int] { Self.nonZero(severityCounts, Severity.allCases) }
    /// The counts behind `verdicts` and `findings`, in `allCases` order: arrays, since a
    /// dictionary keyed by a new type costs a small run more to set up than its whole assessment's
    /// bookkeeping (the type's metadata is built at first use).
    private var verdictCounts = [Int](repeating: 0, count: DutyVerdict.allCases.count)
    private var severityCounts = [Int](repeating: 0, count: Severity.allCases.count)
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
            verdictCounts[Self.slot(report.assessment.verdict)] += 1
            for reviewed in report.review.findings {
                if reviewed.isWaived {
                    waived += 1
                } else {
                    severityCounts[Self.slot(reviewed.finding.severity)] += 1
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

    public func count(_ verdict: DutyVerdict) -> Int { verdictCounts[Self.slot(verdict)] }
    public func count(_ severity: Severity) -> Int { severityCounts[Self.slot(severity)] }

    /// Where a verdict's count is kept: its place in `DutyVerdict.allCases`.
    private static func slot(_ verdict: DutyVerdict) -> Int {
        switch verdict {
        case .applies: 0
        case .likelyApplies: 1
        case .unlikelyToApply: 2
        case .doesNotApply: 3
        case .undetermined: 4
        }
    }

    /// Where a severity's count is kept: its place in `Severity.allCases`.
    private static func slot(_ severity: Severity) -> Int {
        switch severity {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }

    private static func nonZero<Case: Hashable>(_ counts: [Int], _ cases: [Case]) -> [Case: Int] {
        var result: [Case: Int] = [:]
        for (index, count) in counts.enumerated() where count > 0 { result[cases[index]] = count }
        return result
    }

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
