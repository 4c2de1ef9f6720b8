import Foundation
import Testing

/// Shell completion and the man page come from the help text: every option `--help` names is
/// completed, every command has a section, and the bash script is valid bash.
@Suite(.enabled(if: BuiltBinary.exists, "needs the built involve binary"))
struct CompletionAndManTests {
    @Test(arguments: ["bash", "zsh", "fish"])
    func completionNamesEveryAssessOption(_ shell: String) throws {
        let run = try BuiltBinary.run(["completions", shell])
        #expect(run.status == 0)
        let help = try BuiltBinary.run(["assess", "--help"]).standardOutput
        for option in ["format", "report", "output", "base-dir", "min-severity", "quiet", "color", "fail-on", "as-of", "policy"] {
            #expect(help.contains("--" + option))
            #expect(run.standardOutput.contains(shell == "fish" ? "-l " + option : "--" + option), "\(shell): --\(option)")
        }
        #expect(run.standardOutput.contains("codequality"))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/bin/bash")))
    func bashScriptCompletesFormats() throws {
        let script = try BuiltBinary.run(["completions", "bash"]).standardOutput
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("involve-completion-\(UUID()).bash")
        try Data(script.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", "source '\(file.path)'; COMP_WORDS=(involve assess --format s); COMP_CWORD=3; _involve; echo \"${COMPREPLY[*]}\""]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(text == "sarif\n")
    }

    /// zsh and fish, where installed: the scripts parse, and fish completes a format.
    @Test(arguments: [("zsh", ["-n"]), ("fish", ["--no-execute"])])
    func scriptParses(_ shell: String, _ options: [String]) throws {
        let path = "/usr/bin/" + shell
        guard FileManager.default.isExecutableFile(atPath: path) else { return }
        let script = try BuiltBinary.run(["completions", shell]).standardOutput
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("involve-completion-\(UUID()).\(shell)")
        try Data(script.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let check = Process()
        check.executableURL = URL(fileURLWithPath: path)
        check.arguments = options + [file.path]
        try check.run()
        check.waitUntilExit()
        #expect(check.terminationStatus == 0, "\(shell) rejects the script")
        if shell == "fish" {
            let complete = Process()
            complete.executableURL = URL(fileURLWithPath: path)
            complete.arguments = ["-c", "source '\(file.path)'; complete -C 'involve assess --format codeq'"]
            let output = Pipe()
            complete.standardOutput = output
            try complete.run()
            let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            complete.waitUntilExit()
            #expect(text == "codequality\n")
        }
    }

    @Test func manPageHasEveryCommand() throws {
        let run = try BuiltBinary.run(["man"])
        #expect(run.status == 0)
        #expect(run.standardOutput.hasPrefix(".TH INVOLVE 1 "))
        for command in ["assess", "rules", "explain", "validate", "schema", "init", "record", "report", "completions", "version"] {
            #expect(run.standardOutput.contains(".SS \(command)\n"), "\(command)")
        }
        #expect(try BuiltBinary.run(["completions", "tcsh"]).status == 2)
    }
}
