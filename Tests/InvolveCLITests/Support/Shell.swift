import Foundation
import Testing

/// Runs a shell script against the built binary (`$INVOLVE`), as the hostile-input probe did:
/// redirections such as `<&-`, `> /dev/full` or a pipe of 1.5 GiB are written as a person
/// would type them. Standard output and error go to files, so a child that writes without
/// end cannot block the test; `timeout -s KILL` ends a hang so the test fails rather than
/// waits. Reports the exit status and the wall-clock time taken.
enum Shell {
    struct Result {
        let status: Int32
        let out: String
        let err: String
        let seconds: Double
    }

    /// Generous beside the seconds a row is allowed, so that a hang shows as a failure with a
    /// time, not as a test that never ends.
    static let killAfterSeconds = 60

    static func run(_ script: String, in directory: String? = nil) throws -> Result {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        let wrapped = "( \(script)\n) >\"$INVOLVE_OUT\" 2>\"$INVOLVE_ERR\" </dev/null"
        process.arguments = ["-c", "exec timeout -s KILL \(killAfterSeconds) /bin/sh -c \"$0\"", wrapped]
        var environment = ProcessInfo.processInfo.environment
        environment["INVOLVE"] = BuiltBinary.url.path
        environment["INVOLVE_OUT"] = folder.file("out")
        environment["INVOLVE_ERR"] = folder.file("err")
        environment["NO_COLOR"] = "1"
        process.environment = environment
        process.currentDirectoryURL = URL(fileURLWithPath: directory ?? BuiltBinary.repositoryRoot.path)
        let started = Date()
        try process.run()
        process.waitUntilExit()
        let seconds = Date().timeIntervalSince(started)
        return Result(status: process.terminationStatus, out: folder.read("out") ?? "", err: folder.read("err") ?? "", seconds: seconds)
    }

    /// A path quoted for the shell.
    static func quote(_ path: String) -> String { "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}

/// Project files built from an example, changed in one hostile way each.
enum HostileProject {
    static func base() throws -> [String: Any] {
        let url = URL(fileURLWithPath: Repository.path("Examples/route-pre-election-launch.json"))
        return try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    static func text(_ change: (inout [String: Any]) -> Void) throws -> String {
        var project = try base()
        change(&project)
        let data = try JSONSerialization.data(withJSONObject: project, options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }
}
