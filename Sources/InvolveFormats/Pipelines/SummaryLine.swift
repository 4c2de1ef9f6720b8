import InvolveCore

/// The run's result in one line: "FAILED (exit 1): 2 findings at or above error in 1 project".
public enum SummaryLine {
    public static func text(_ summary: RunSummary) -> String {
        let files = "\(summary.files) file\(summary.files == 1 ? "" : "s")"
        switch summary.result {
        case .passed:
            return "PASSED (exit 0): \(files), nothing at or above the threshold"
        case .failed:
            return "FAILED (exit 1): \(summary.blockingFindings) finding\(summary.blockingFindings == 1 ? "" : "s") at or above "
                + "\(summary.policy.failOnName)"
                + (summary.blockingVerdicts > 0 ? " and \(summary.blockingVerdicts) undetermined verdict\(summary.blockingVerdicts == 1 ? "" : "s")" : "")
                + " in \(summary.failingProjects) of \(files)"
        case .inputErrors:
            return "INPUT ERRORS (exit 2): \(summary.invalid) of \(files) could not be assessed"
        }
    }
}
