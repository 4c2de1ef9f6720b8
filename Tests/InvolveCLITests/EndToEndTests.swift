import Foundation
import Testing

/// Runs the built `involve` executable as a user would, through a real process, pipes and exit
/// status, rather than the in-process entry point the other tests use.
@Suite struct EndToEndTests {
    /// The executable `swift build` / `swift test` produced: next to the test bundle, or in
    /// .build/debug of this package.
    static let binary: URL? = {
        var candidates: [URL] = []
        if let runner = CommandLine.arguments.first {
            var folder = URL(fileURLWithPath: runner).deletingLastPathComponent()
            // The runner may be inside involvePackageTests.xctest/Contents/MacOS on macOS.
            for _ in 0..<4 {
                candidates.append(folder.appendingPathComponent("involve"))
                folder = folder.deletingLastPathComponent()
            }
        }
        candidates.append(Repository.root.appendingPathComponent(".build/debug/involve"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) && !$0.hasDirectoryPath }
    }()

    struct Outcome {
        let status: Int32
        let out: String
        let err: String
    }

    static func run(_ arguments: [String], stdin: String? = nil) throws -> Outcome {
        let binary = try #require(binary)
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.environment = ["NO_COLOR": "1", "PATH": "/usr/bin:/bin"]
        let output = Pipe()
        let errors = Pipe()
        let input = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        // Read both pipes before waiting, so a full pipe cannot block the child.
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, out: String(decoding: out, as: UTF8.self), err: String(decoding: err, as: UTF8.self))
    }

    @Test(.enabled(if: binary != nil, "the involve executable was not found next to the tests or in .build/debug; run swift build first"))
    func misspeltKeyInAnExampleIsReportedAtItsLineWithTheRightSuggestion() throws {
        let example = try #require(Repository.examples().first)
        let original = try String(contentsOfFile: example, encoding: .utf8)
        let misspelt = original.replacingOccurrences(of: "\"staffAffected\"", with: "\"staffAfected\"")
        // Where the misspelt key is: its line and the column of its opening quote.
        let lines = misspelt.components(separatedBy: "\n")
        let row = try #require(lines.firstIndex { $0.contains("\"staffAfected\"") })
        let column = try #require(lines[row].range(of: "\"staffAfected\"")).lowerBound.utf16Offset(in: lines[row]) + 1

        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("project.json", misspelt)
        let file = folder.file("project.json")
        let expected = "\(file):\(row + 1):\(column): error: $.staffAfected: is not a known key here;"

        let validated = try Self.run(["validate", file])
        #expect(validated.status == 2)
        #expect(validated.out == "")
        #expect(validated.err.hasPrefix(expected), "\(validated.err)")
        #expect(validated.err.contains("found \"staffAfected\"; did you mean \"staffAffected\"?\n"))
        #expect(validated.err.hasSuffix("1 file checked: 0 valid, 1 invalid (1 error).\n"))

        let assessed = try Self.run(["assess", file])
        #expect(assessed.status == 2)
        #expect(assessed.err.hasPrefix(expected))
        #expect(assessed.err.hasSuffix("1 error in \(file); nothing was assessed.\n"))
    }

    @Test(.enabled(if: binary != nil, "the involve executable was not found next to the tests or in .build/debug; run swift build first"))
    func standardInputSchemaAndInitThroughTheRealBinary() throws {
        let starter = try Self.run(["init"])
        #expect(starter.status == 0)
        let validated = try Self.run(["validate", "-"], stdin: starter.out)
        #expect(validated.status == 2, "a starter file's placeholders are not facts")
        #expect(validated.err.contains("<stdin>:3:9: error: $.id: is still a placeholder from the starter file (involve init): replace it"))
        let schema = try Self.run(["schema"])
        #expect(schema.status == 0)
        #expect(schema.out == (try String(contentsOfFile: Repository.path("schema/project.schema.json"), encoding: .utf8)))
        let deep = try Self.run(["validate", "-"], stdin: String(repeating: "[", count: 100_000))
        #expect(deep.status == 2)
        #expect(deep.err.hasPrefix("<stdin>:1:65: error: $[0]: not valid JSON: the JSON is nested more than 64 levels deep"))
    }
}
