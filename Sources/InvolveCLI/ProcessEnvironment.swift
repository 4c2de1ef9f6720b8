#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The environment variables the command reads, taken from this process.
///
/// Why not `ProcessInfo.processInfo.environment`: it copies every variable into a dictionary of
/// Swift strings at start-up, which cost about a tenth of one small assessment's instructions.
/// The tool only ever looks at the few names below, so it asks for each of them with `getenv`.
/// A command that starts reading another variable must add its name here.
public enum ProcessEnvironment {
    /// Every variable any command reads (`CommandContext.environment`; TMPDIR is read where
    /// output to standard output needs a temporary file, `temporaryDirectory`).
    public static let namesRead = ["GITHUB_STEP_SUMMARY", "COLUMNS", "NO_COLOR", "TERM", "TMPDIR"]

    /// The variables in `names` that are set, with their values (an empty value is kept: for
    /// NO_COLOR and GITHUB_STEP_SUMMARY an empty value means the same as unset, and the commands
    /// decide that, as they did with the full environment).
    public static func read(_ names: [String] = namesRead) -> [String: String] {
        var environment: [String: String] = [:]
        for name in names {
            if let value = getenv(name) { environment[name] = String(cString: value) }
        }
        return environment
    }

    /// Where temporary files go when there is no output file to put them beside: TMPDIR, or /tmp.
    static var temporaryDirectory: String {
        read(["TMPDIR"])["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    }
}
