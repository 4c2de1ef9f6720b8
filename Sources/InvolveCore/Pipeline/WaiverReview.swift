/// A finding with what the project's waivers say about it.
public struct ReviewedFinding: Sendable, Hashable {
    public let finding: Finding
    /// The waiver in force that covers this finding, or nil.
    public let waiver: Waiver?
    /// A waiver of this finding's rule that has expired (as of the assessment date) and so no
    /// longer covers it, when no waiver in force does. Reported so that nobody is surprised
    /// when a finding that used to pass starts to fail.
    public let expiredWaiver: Waiver?
    /// True when the finding is in the run's baseline (`--baseline`): known before, so it does
    /// not fail the run, though it is still reported. Unlike a waiver it records no approval:
    /// it says only "not new", so a pipeline can be adopted without failing on old findings.
    public var inBaseline = false

    public init(finding: Finding, waiver: Waiver? = nil, expiredWaiver: Waiver? = nil) {
        self.finding = finding
        self.waiver = waiver
        self.expiredWaiver = expiredWaiver
    }

    public var isWaived: Bool { waiver != nil }
}

/// Where a waiver stands on the assessment date.
public enum WaiverStatus: String, Sendable, CaseIterable {
    /// In force, and it covers at least one finding.
    case applied
    /// In force, but the project has no finding of that rule: probably stale, or the rule id
    /// is not the one meant.
    case unused
    /// `expires` is before the assessment date: it no longer applies.
    case expired
    /// `approvedOn` is after the assessment date: it did not apply yet.
    case notYetApproved = "not-yet-approved"
}

/// One waiver of the project file, with its status and how many findings it covered.
public struct WaiverUse: Sendable, Hashable {
    public let waiver: Waiver
    /// JSON path of the waiver in the project file, for example `$.waivers[0]`.
    public let path: String
    public let status: WaiverStatus
    /// Findings of the waived rule in this assessment (covered by this waiver when applied;
    /// left uncovered when expired or not yet approved).
    public let findings: Int

    public init(waiver: Waiver, path: String, status: WaiverStatus, findings: Int) {
        self.waiver = waiver
        self.path = path
        self.status = status
        self.findings = findings
    }

    /// One sentence for people, naming the waiver and what its status means.
    public var notice: String {
        let who = "approved by \(waiver.approvedBy)" + (waiver.approvedOn.map { " on \($0)" } ?? "")
        let covered = findings == 1 ? "1 finding" : "\(findings) findings"
        switch status {
        case .applied:
            return "The waiver of \(waiver.rule) (\(who)) applies until \(waiver.expires): \(covered) waived."
        case .unused:
            return "The waiver of \(waiver.rule) (\(who), until \(waiver.expires)) matches no finding; remove it or check the rule id."
        case .expired:
            return "The waiver of \(waiver.rule) (\(who)) expired on \(waiver.expires) and no longer applies"
                + (findings == 0 ? "." : ": \(covered) of that rule \(findings == 1 ? "counts" : "count") again.")
        case .notYetApproved:
            return "The waiver of \(waiver.rule) is approved from \(waiver.approvedOn.map(\.description) ?? "a later date"), after the assessment date, so it does not apply"
                + (findings == 0 ? "." : ": \(covered) of that rule \(findings == 1 ? "counts" : "count").")
        }
    }
}

/// The findings of an assessment with the project's waivers applied as of a date.
///
/// Rules (docs/pipelines.md, "Waivers"): a waiver covers every finding of its rule; it is in
/// force from `approvedOn` (when given) to `expires` inclusive; when several waivers of one
/// rule are in force, the one that expires last is named; an expired waiver covers nothing,
/// and each finding it would have covered names it. Waivers never change the verdict.
public struct WaiverReview: Sendable {
    /// Every finding of the assessment, in the assessment's order.
    public private(set) var findings: [ReviewedFinding]
    /// Every waiver of the project file, in file order.
    public let waivers: [WaiverUse]

    public init(findings: [ReviewedFinding], waivers: [WaiverUse]) {
        self.findings = findings
        self.waivers = waivers
    }

    /// Applies `waivers` to the findings of `assessment` as of `asOf`. Pure: same inputs, same result.
    public static func review(_ assessment: Assessment, waivers: [Waiver], asOf: CalendarDate) -> WaiverReview {
        if waivers.isEmpty {
            return WaiverReview(findings: assessment.findings.map { ReviewedFinding(finding: $0) }, waivers: [])
        }
        func status(_ waiver: Waiver) -> WaiverStatus {
            if waiver.expires < asOf { return .expired }
            if let approvedOn = waiver.approvedOn, asOf < approvedOn { return .notYetApproved }
            return .applied
        }
        let statuses = waivers.map(status)
        var findingsPerRule: [String: Int] = [:]
        for finding in assessment.findings { findingsPerRule[finding.rule.id, default: 0] += 1 }

        /// The waiver that lasts longest among those of `rule` with `wanted` status; the first in
        /// file order on a tie.
        func latest(_ rule: String, _ wanted: WaiverStatus) -> Waiver? {
            var best: Waiver?
            for (waiver, status) in zip(waivers, statuses) where waiver.rule == rule && status == wanted {
                if best.map({ $0.expires < waiver.expires }) ?? true { best = waiver }
            }
            return best
        }

        let reviewed = assessment.findings.map { finding -> ReviewedFinding in
            if let waiver = latest(finding.rule.id, .applied) {
                return ReviewedFinding(finding: finding, waiver: waiver)
            }
            return ReviewedFinding(finding: finding, expiredWaiver: latest(finding.rule.id, .expired))
        }
        let uses = zip(waivers, statuses).enumerated().map { index, pair -> WaiverUse in
            let (waiver, status) = pair
            let count = findingsPerRule[waiver.rule] ?? 0
            let final: WaiverStatus = status == .applied && count == 0 ? .unused : status
            return WaiverUse(waiver: waiver, path: "$.waivers[\(index)]", status: final, findings: count)
        }
        return WaiverReview(findings: reviewed, waivers: uses)
    }

    /// Marks the findings a baseline already knows (by position in `findings`).
    public mutating func markInBaseline(_ isKnown: (Int, ReviewedFinding) -> Bool) {
        for index in findings.indices where isKnown(index, findings[index]) { findings[index].inBaseline = true }
    }

    public var waivedCount: Int { findings.reduce(0) { $0 + ($1.isWaived ? 1 : 0) } }

    /// Findings of `severity` that no waiver covers.
    public func count(_ severity: Severity) -> Int {
        findings.reduce(0) { $0 + (!$1.isWaived && $1.finding.severity == severity ? 1 : 0) }
    }

    public var expiredWaivers: Int { waivers.reduce(0) { $0 + ($1.status == .expired ? 1 : 0) } }
}
