import Foundation
import Testing

/// scripts/install.sh into a temporary prefix: a release build from scratch (minutes), so only
/// when asked: `INVOLVE_TEST_INSTALL=1 swift test --filter InstallScript`. It builds in its own
/// build folder: `swift test` holds the lock on `.build` while it runs.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["INVOLVE_TEST_INSTALL"] == "1", "set INVOLVE_TEST_INSTALL=1"))
struct InstallScriptTests {
    @Test func installsTheBinaryCompletionsAndManPage() throws {
        let prefix = FileManager.default.temporaryDirectory.appendingPathComponent("involve-install-\(UUID().uuidString)")
        let build = FileManager.default.temporaryDirectory.appendingPathComponent("involve-install-build-\(UUID().uuidString)")
        defer {
            try? FileManager.default.removeItem(at: prefix)
            try? FileManager.default.removeItem(at: build)
        }
        let install = Process()
        install.executableURL = URL(fileURLWithPath: "/bin/sh")
        install.arguments = [BuiltBinary.repositoryRoot.appendingPathComponent("scripts/install.sh").path, "--prefix", prefix.path,
                             "--build-path", build.path]
        install.currentDirectoryURL = BuiltBinary.repositoryRoot
        try install.run()
        install.waitUntilExit()
        #expect(install.terminationStatus == 0)
        for file in ["bin/involve", "share/man/man1/involve.1", "share/bash-completion/completions/involve",
                     "share/zsh/site-functions/_involve", "share/fish/vendor_completions.d/involve.fish"] {
            #expect(FileManager.default.fileExists(atPath: prefix.appendingPathComponent(file).path), "\(file)")
        }
        // The installed binary runs with an empty environment (no Swift on the path).
        let version = Process()
        version.executableURL = prefix.appendingPathComponent("bin/involve")
        version.arguments = ["version"]
        version.environment = [:]
        let output = Pipe()
        version.standardOutput = output
        try version.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        version.waitUntilExit()
        #expect(version.terminationStatus == 0)
        #expect(text.hasPrefix("involve "))
    }
}
