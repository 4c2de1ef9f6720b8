/// The exit codes pipelines rely on (design.md, "Outputs and exit codes").
public enum ExitCode: Int32, Sendable {
    /// Assessed, and nothing reached the failure threshold. "The duty applies" is an answer, not a failure.
    case success = 0
    /// Findings at or above the threshold set with --fail-on.
    case findingsAtThreshold = 1
    /// Usage, input or file errors. These win over 1.
    case usageOrInputError = 2
}
