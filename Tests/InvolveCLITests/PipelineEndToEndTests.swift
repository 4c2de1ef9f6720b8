import Foundation
import Testing

/// Runs the built `involve` binary (.build/debug/involve, which `swift build` and `swift test`
/// produce) on folders of project files, as a CI job would, and checks exit codes and output.
@Suite("Pipelines end to end") struct PipelineEndToEndTests {
    // MARK: Exit codes

    @Test func aFolderWithNothingAtTheThresholdExitsZero() throws {
        let folder = try Folder(["a.json": Projects.planning, "b.json": Projects.warningOnly])
        let run = try folder.involve(["assess", ".", "--as-of", "2026-01-15"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("PASSED (exit 0)"))
        #expect(run.stderr.isEmpty)
    }

    @Test func anErrorFindingExitsOneUnlessFailOnNone() throws {
        let folder = try Folder(["a.json": Projects.planning, "clinic.json": Projects.contradiction(waivers: "[]")])
        let run = try folder.involve(["assess", ".", "--as-of", "2026-01-15"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("FAILED (exit 1): 1 finding at or above error in 1 of 2 files"))
        #expect(run.stdout.contains("./clinic.json: 1 finding at or above error"))
        let none = try folder.involve(["assess", ".", "--as-of", "2026-01-15", "--fail-on", "none"])
        #expect(none.status == 0)
    }

    @Test func failOnWarning() throws {
        let folder = try Folder(["b.json": Projects.warningOnly])
        #expect(try folder.involve(["assess", "b.json", "--as-of", "2026-01-15"]).status == 0)
        #expect(try folder.involve(["assess", "b.json", "--as-of", "2026-01-15", "--fail-on", "warning"]).status == 1)
        #expect(try folder.involve(["assess", "b.json", "--as-of", "2026-01-15", "--fail-on=warning"]).status == 1)
    }

    @Test func failOnUndetermined() throws {
        let folder = try Folder(["u.json": Projects.undetermined])
        let plain = try folder.involve(["assess", "u.json", "--as-of", "2026-01-15", "--fail-on", "none"])
        #expect(plain.status == 0)
        #expect(plain.stdout.contains("UNDETERMINED"))
        let strict = try folder.involve(["assess", "u.json", "--as-of", "2026-01-15", "--fail-on", "none", "--fail-on-undetermined"])
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("1 undetermined verdict"))
    }

    @Test func theDutyApplyingIsNotAFailure() throws {
        let folder = try Folder(["a.json": Projects.planning])
        let run = try folder.involve(["assess", "a.json", "--as-of", "2026-01-15", "--fail-on", "warning", "--fail-on-undetermined"])
        #expect(run.stdout.contains("THE DUTY TO INVOLVE APPLIES"))
        #expect(run.status == 0)
    }

    @Test func aWaiverStopsApplyingAfterItExpires() throws {
        let waiver = """
            [ { "rule": "duty-impact-contradiction", "justification": "The move is within the same building.",
                "approvedBy": "Director of Strategy", "approvedOn": "2026-01-02", "expires": "2026-03-31" } ]
            """
        let folder = try Folder(["clinic.json": Projects.contradiction(waivers: waiver)])
        let before = try folder.involve(["assess", ".", "--as-of", "2026-03-31"])
        #expect(before.status == 0, "\(before.stdout)")
        #expect(before.stdout.contains("waived  [duty-impact-contradiction] (error)"))
        #expect(before.stdout.contains("1 waived"))

        let after = try folder.involve(["assess", ".", "--as-of", "2026-04-01"])
        #expect(after.status == 1)
        #expect(after.stdout.contains("expired on 2026-03-31 and no longer applies"))
        #expect(after.stdout.contains("1 waiver expired"))

        let sarif = try folder.involve(["assess", ".", "--as-of", "2026-03-31", "--format", "sarif"])
        #expect(sarif.stdout.contains("\"suppressions\""))
        let expiredSARIF = try folder.involve(["assess", ".", "--as-of", "2026-04-01", "--format", "sarif"])
        #expect(!expiredSARIF.stdout.contains("\"suppressions\""))
        #expect(expiredSARIF.stdout.contains("\"waiver-expired\""))
    }

    @Test func oneBadFileIsReportedAndTheRestAreStillAssessed() throws {
        let folder = try Folder([
            "a.json": Projects.planning,
            "m/bad.json": "{ \"formatVersion\": 1, \"id\": \"B\", \"title\": \"Bad\", \"organisation\": { \"name\": \"X\", \"kind\": \"icbb\" } }",
            "z.json": Projects.contradiction(waivers: "[]"),
        ])
        let run = try folder.involve(["assess", ".", "--as-of", "2026-01-15", "--format", "json"])
        #expect(run.status == 2, "input errors win over findings at the threshold")
        #expect(run.stderr.contains("./m/bad.json:1:"))
        #expect(run.stderr.contains("did you mean \"icb\"?"))
        let document = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let files = try #require(document["files"] as? [[String: Any]])
        #expect(files.map { $0["file"] as? String } == ["./a.json", "./m/bad.json", "./z.json"])
        #expect(files.map { $0["status"] as? String } == ["assessed", "invalid", "assessed"])
        let summary = try #require(document["summary"] as? [String: Any])
        #expect(summary["exitCode"] as? Int == 2)
        #expect(summary["failingProjects"] as? Int == 1)
    }

    @Test func usageErrorsExitTwo() throws {
        let folder = try Folder(["a.json": Projects.planning])
        let format = try folder.involve(["assess", "a.json", "--format", "sarf"])
        #expect(format.status == 2)
        #expect(format.stderr.contains("did you mean 'sarif'?"))
        #expect(try folder.involve(["assess", "a.json", "--fail-on", "warnings"]).status == 2)
        #expect(try folder.involve(["assess", "-", "-"]).status == 2)
        #expect(try folder.involve(["assess"]).status == 2)
        #expect(try folder.involve(["assess", "missing.json"]).status == 2)
        let empty = try Folder([:])
        let none = try empty.involve(["assess", "."])
        #expect(none.status == 2)
        #expect(none.stderr.contains("there are no project files"))
    }

    // MARK: Inputs

    @Test func policyFilesHiddenFilesAndTheReportItselfAreSkipped() throws {
        let folder = try Folder([
            "projects/a.json": Projects.planning,
            "projects/involve-policy.json": "{ \"not\": \"a project\" }",
            "projects/policy/local.json": "{ \"not\": \"a project\" }",
            "projects/.hidden/x.json": "{ \"not\": \"a project\" }",
            "projects/notes.txt": "not json",
        ])
        let first = try folder.involve(["assess", "projects", "--as-of", "2026-01-15", "--format", "json", "--output", "projects/report.json"])
        #expect(first.status == 0, "\(first.stderr)")
        // The report written into the folder is not read as a project file on the next run.
        let second = try folder.involve(["assess", "projects", "--as-of", "2026-01-15", "--format", "json", "--output", "projects/report.json"])
        #expect(second.status == 0, "\(second.stderr)")
        let report = try String(contentsOf: folder.url.appendingPathComponent("projects/report.json"), encoding: .utf8)
        #expect(report.contains("\"files\": 1"))
    }

    @Test func standardInput() throws {
        let folder = try Folder([:])
        let run = try folder.involve(["assess", "-", "--as-of", "2026-01-15", "--format", "json"], stdin: Projects.planning)
        #expect(run.status == 0)
        #expect(run.stdout.contains("\"format\": \"involve.assessment\""))
        #expect(run.stdout.contains("\"file\": \"<stdin>\""))
    }

    // MARK: Outputs

    @Test func outputFileIsWrittenWhole() throws {
        let folder = try Folder(["a.json": Projects.planning, "clinic.json": Projects.contradiction(waivers: "[]")])
        try "old report".write(to: folder.url.appendingPathComponent("out.sarif"), atomically: true, encoding: .utf8)
        let run = try folder.involve(["assess", ".", "--as-of", "2026-01-15", "--format", "sarif", "--output", "out.sarif"])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("wrote out.sarif"))
        let written = try Data(contentsOf: folder.url.appendingPathComponent("out.sarif"))
        let log = try #require(try JSONSerialization.jsonObject(with: written) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func sameInputsSameBytes() throws {
        let folder = try Folder(["a.json": Projects.planning, "b.json": Projects.warningOnly,
                                 "c.json": Projects.contradiction(waivers: "[]"), "u.json": Projects.undetermined])
        for format in ["text", "json", "junit", "sarif", "markdown", "codequality", "github"] {
            let first = try folder.involve(["assess", ".", "--as-of", "2026-01-15", "--format", format])
            let second = try folder.involve(["assess", ".", "--as-of", "2026-01-15", "--format", format])
            #expect(!first.stdout.isEmpty)
            #expect(first.stdout == second.stdout, "\(format) output differs between two runs")
        }
    }

    @Test func oneFileTextIsTheSingleProjectReport() throws {
        let folder = try Folder(["a.json": Projects.planning])
        let run = try folder.involve(["assess", "a.json", "--as-of", "2026-01-15"])
        #expect(run.stdout.hasPrefix("involve "))
        #expect(!run.stdout.contains("Summary"))
        let json = try folder.involve(["assess", "a.json", "--as-of", "2026-01-15", "--format", "json"])
        #expect(json.stdout.contains("\"format\": \"involve.assessment\","))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "needs script(1) for a terminal"))
    func colourOnlyOnATerminalAndNeverWithNoColor() throws {
        let folder = try Folder(["a.json": Projects.planning])
        let command = "\(Binary.path) assess a.json --as-of 2026-01-15"
        let terminal = try folder.run("/usr/bin/script", ["-qec", command, "/dev/null"], environment: ["TERM": "xterm"])
        #expect(terminal.stdout.contains("\u{1B}["), "colour on a terminal")
        let noColor = try folder.run("/usr/bin/script", ["-qec", command, "/dev/null"], environment: ["TERM": "xterm", "NO_COLOR": "1"])
        #expect(!noColor.stdout.contains("\u{1B}["), "NO_COLOR turns colour off")
        #expect(noColor.stdout.contains("THE DUTY TO INVOLVE APPLIES"))
        let pipe = try folder.involve(["assess", "a.json", "--as-of", "2026-01-15"], environment: ["TERM": "xterm"])
        #expect(!pipe.stdout.contains("\u{1B}["), "no colour into a pipe")
    }
}

// MARK: Support

enum Binary {
    /// `.build/debug/involve`, found from this file's place in the package.
    static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent(".build/debug/involve").path
}

struct Run {
    let status: Int32
    let stdout: String
    let stderr: String
}

/// A temporary folder of project files, removed when the test ends.
final class Folder {
    let url: URL

    init(_ files: [String: String]) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("involve-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files {
            let file = url.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func involve(_ arguments: [String], environment: [String: String] = [:], stdin: String? = nil) throws -> Run {
        guard FileManager.default.isExecutableFile(atPath: Binary.path) else {
            throw FolderError("no binary at \(Binary.path); run swift build first")
        }
        return try run(Binary.path, arguments, environment: environment, stdin: stdin)
    }

    func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:], stdin: String? = nil) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = url
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": url.path].merging(environment) { $1 }
        let out = url.appendingPathComponent(".stdout-\(UUID().uuidString)")
        let err = url.appendingPathComponent(".stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let outHandle = try FileHandle(forWritingTo: out)
        let errHandle = try FileHandle(forWritingTo: err)
        process.standardOutput = outHandle
        process.standardError = errHandle
        let input = Pipe()
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        try outHandle.close()
        try errHandle.close()
        defer {
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)
        }
        return Run(status: process.terminationStatus,
                   stdout: try String(contentsOf: out, encoding: .utf8),
                   stderr: try String(contentsOf: err, encoding: .utf8))
    }
}

struct FolderError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Project files for the end-to-end runs.
enum Projects {
    /// The duty applies (planning); no findings.
    static let planning = """
        {
          "formatVersion": 1, "id": "E2E-PLAN", "title": "Diabetes commissioning policy",
          "organisation": { "name": "NHS Northfield ICB", "kind": "icb" },
          "services": { "relationship": "commissions" },
          "activity": ["planning"],
          "affectedGroups": [ { "name": "People living with diabetes", "protectedCharacteristics": ["age"] } ],
          "staffAffected": false,
          "commonLaw": { "promiseToConsult": false, "establishedPracticeOfConsulting": false }
        }
        """

    /// Warnings only: a GP practice (not bound by the statutory duty).
    static let warningOnly = """
        {
          "formatVersion": 1, "id": "E2E-GP", "title": "Branch surgery hours",
          "organisation": { "name": "Brookvale Medical Practice", "kind": "gp-practice" },
          "services": { "relationship": "provides" },
          "activity": ["operational-decision"],
          "affectedGroups": [ { "name": "Older patients", "protectedCharacteristics": ["age"] } ],
          "staffAffected": true,
          "commonLaw": { "promiseToConsult": false, "establishedPracticeOfConsulting": false }
        }
        """

    /// The type of activity is not stated: undetermined, no findings at error.
    static let undetermined = """
        {
          "formatVersion": 1, "id": "E2E-UNDET", "title": "Something about the clinic",
          "organisation": { "name": "Eastfield NHS Trust", "kind": "nhs-trust" },
          "services": { "relationship": "provides" },
          "affectedGroups": [ { "name": "Clinic patients" } ],
          "staffAffected": false,
          "commonLaw": { "promiseToConsult": false, "establishedPracticeOfConsulting": false }
        }
        """

    /// A relocation declared as "no impact": an error finding (duty-impact-contradiction).
    static func contradiction(waivers: String) -> String {
        """
        {
          "formatVersion": 1, "id": "E2E-CLINIC", "title": "Move the clinic",
          "organisation": { "name": "Eastfield NHS Trust", "kind": "nhs-trust" },
          "services": { "relationship": "provides" },
          "activity": ["proposal-for-change"],
          "changes": [ { "kind": "relocation", "extraTravelMinutes": 20, "peopleAffected": 900 } ],
          "impact": { "mannerOfDelivery": { "answer": "no", "reasons": "Same town." },
                      "rangeOfServices": { "answer": "no", "reasons": "Same services." } },
          "affectedGroups": [ { "name": "Clinic patients" } ],
          "staffAffected": false,
          "commonLaw": { "promiseToConsult": false, "establishedPracticeOfConsulting": false },
          "waivers": \(waivers)
        }
        """
    }
}
