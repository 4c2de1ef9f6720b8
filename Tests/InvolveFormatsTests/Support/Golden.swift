import Foundation
import InvolveCore
import Testing

/// Byte-for-byte comparison with a golden file. Volatile values are replaced by placeholders
/// before comparing, so that a release does not rewrite every golden file:
/// `{{TOOL_VERSION}}` for the tool version and `{{RULEBOOK_VERSION}}` for the rulebook version.
/// Set INVOLVE_UPDATE_GOLDEN=1 to write the files instead:
///
///     INVOLVE_UPDATE_GOLDEN=1 swift test --filter Golden
enum Golden {
    static var updating: Bool { ProcessInfo.processInfo.environment["INVOLVE_UPDATE_GOLDEN"] == "1" }

    static func normalise(_ text: String) -> String {
        text.replacingOccurrences(of: ToolVersion.current, with: "{{TOOL_VERSION}}")
            .replacingOccurrences(of: Rulebook.version, with: "{{RULEBOOK_VERSION}}")
    }

    static func check(_ actual: String, against name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let url = Fixtures.expectedDirectory.appendingPathComponent(name)
        let normalised = normalise(actual)
        if updating {
            try FileManager.default.createDirectory(at: Fixtures.expectedDirectory, withIntermediateDirectories: true)
            try normalised.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("No golden file \(name). Create it with: INVOLVE_UPDATE_GOLDEN=1 swift test --filter Golden",
                         sourceLocation: sourceLocation)
            return
        }
        guard expected != normalised else { return }
        // Write what was produced next to a temporary copy, so that `diff` shows the change.
        let actualURL = FileManager.default.temporaryDirectory.appendingPathComponent("involve-golden-" + name)
        try? normalised.write(to: actualURL, atomically: true, encoding: .utf8)
        Issue.record("""
            \(name) differs from its golden file at \(firstDifference(expected, normalised)).
              diff -u \(url.path) \(actualURL.path)
            If the change is intended: INVOLVE_UPDATE_GOLDEN=1 swift test --filter Golden
            """, sourceLocation: sourceLocation)
    }

    /// "line 12: expected … / actual …" for the first line that differs.
    static func firstDifference(_ expected: String, _ actual: String) -> String {
        let a = expected.components(separatedBy: "\n")
        let b = actual.components(separatedBy: "\n")
        for index in 0..<max(a.count, b.count) {
            let left = index < a.count ? a[index] : "<end of file>"
            let right = index < b.count ? b[index] : "<end of file>"
            if left != right {
                return "line \(index + 1)\n  expected: \(left.prefix(200))\n  actual:   \(right.prefix(200))"
            }
        }
        return "the end of the file"
    }
}
