import Foundation
import Testing

/// `--detail brief|full` through the built binary: brief by default for a folder, full by
/// default for one file, either on request for text and Markdown, and a usage error for the
/// formats it does not shape.
@Suite("--detail end to end") struct DetailEndToEndTests {
    let files = ["a.json": Projects.planning, "clinic.json": Projects.contradiction(waivers: "[]"), "u.json": Projects.undetermined]

    @Test func aFolderIsBriefByDefault() throws {
        let folder = try Folder(files)
        let run = try folder.involve(["assess", ".", "--as-of", "2026-01-15"])
        #expect(run.status == 1)
        #expect(!run.stdout.contains("Rationale trail"))
        #expect(!run.stdout.contains("Sources:"))
        #expect(!run.stdout.contains("What to do first"))
        // One block per project, each ending with the command for its full report.
        for file in ["./a.json", "./clinic.json", "./u.json"] {
            #expect(run.stdout.contains("\n  full rationale: involve assess \(file) --as-of 2026-01-15\n"), "\(file)")
        }
        #expect(run.stdout.contains("./clinic.json\n  Project    Move the clinic [E2E-CLINIC]\n"))
        #expect(run.stdout.contains("    error   [duty-impact-contradiction] "))
        #expect(run.stdout.contains("            at $.impact.mannerOfDelivery.answer (line 7, column"))
        #expect(run.stdout.contains("Summary (as of 2026-01-15; fail on error)"))
        #expect(run.stdout.contains("Needs attention\n  ./clinic.json: 1 finding at or above error"))

        let explicit = try folder.involve(["assess", ".", "--as-of", "2026-01-15", "--detail", "brief"])
        #expect(explicit.stdout == run.stdout)
    }

    /// Brief text prints no trail, so the assessments skip composing it, unless another report
    /// of the same run prints it: JSON written beside brief text has the whole trail, exactly as
    /// JSON written alone.
    @Test func aReportBesideBriefTextStillHasTheTrail() throws {
        let folder = try Folder(files)
        let projects = ["a.json", "clinic.json", "u.json"]
        let alone = try folder.involve(["assess"] + projects + ["--as-of", "2026-01-15", "--format", "json", "--output", "alone.json"])
        let beside = try folder.involve(["assess"] + projects + ["--as-of", "2026-01-15", "--report", "json=beside.json", "--detail", "brief"])
        #expect(alone.status == 1 && beside.status == 1)
        let aloneJSON = try String(contentsOf: folder.url.appendingPathComponent("alone.json"), encoding: .utf8)
        let besideJSON = try String(contentsOf: folder.url.appendingPathComponent("beside.json"), encoding: .utf8)
        #expect(aloneJSON.contains("\"trail\": [\n          {"), "the JSON has trail steps")
        #expect(besideJSON == aloneJSON)
        #expect(beside.stdout.contains("full rationale: involve assess clinic.json --as-of 2026-01-15"))
        #expect(!beside.stdout.contains("Rationale trail"))
    }

    @Test func detailFullGivesEveryFullReport() throws {
        let folder = try Folder(files)
        let full = try folder.involve(["assess", ".", "--as-of", "2026-01-15", "--detail", "full"])
        #expect(full.status == 1)
        #expect(full.stdout.components(separatedBy: "\nRationale trail\n").count == 4, "three full reports")
        #expect(!full.stdout.contains("full rationale:"))
        // Each full report is exactly what assessing that file alone prints.
        let alone = try folder.involve(["assess", "./clinic.json", "--as-of", "2026-01-15"])
        #expect(full.stdout.contains(alone.stdout))
        #expect(full.stdout.contains("Summary (as of 2026-01-15; fail on error)"))
    }

    @Test func oneFileIsFullByDefaultAndBriefOnRequest() throws {
        let folder = try Folder(files)
        let full = try folder.involve(["assess", "clinic.json", "--as-of", "2026-01-15"])
        #expect(full.stdout.hasPrefix("involve "))
        #expect(full.stdout.contains("Rationale trail"))
        let explicit = try folder.involve(["assess", "clinic.json", "--as-of", "2026-01-15", "--detail=full"])
        #expect(explicit.stdout == full.stdout)

        let brief = try folder.involve(["assess", "clinic.json", "--as-of", "2026-01-15", "--detail", "brief"])
        #expect(brief.status == full.status)
        #expect(brief.stdout.hasPrefix("clinic.json\n  Project    Move the clinic [E2E-CLINIC]\n"))
        #expect(brief.stdout.hasSuffix("  full rationale: involve assess clinic.json --as-of 2026-01-15\n"))
        #expect(!brief.stdout.contains("Summary"))
        #expect(brief.stdout.utf8.count * 3 < full.stdout.utf8.count)
    }

    /// The command a brief block names prints that project's full report, with the same result.
    @Test func theFullRationaleCommandWorks() throws {
        let folder = try Folder(files)
        let brief = try folder.involve(["assess", ".", "--as-of", "2026-01-15"])
        let commands = brief.stdout.split(separator: "\n").filter { $0.hasPrefix("  full rationale: involve ") }
        #expect(commands.count == 3)
        for command in commands {
            let words = command.dropFirst("  full rationale: involve ".count).split(separator: " ").map(String.init)
            let rerun = try folder.involve(words)
            #expect(rerun.stdout.hasPrefix("involve "), "\(command)")
            #expect(rerun.stdout.contains("Rationale trail"))
            #expect(brief.stdout.contains(words[1] + "\n  Project "), "the block and the command name the same file")
        }
    }

    @Test func markdownFollowsTheSameRule() throws {
        let folder = try Folder(files)
        let brief = try folder.involve(["assess", ".", "--as-of", "2026-01-15", "--format", "markdown"])
        #expect(!brief.stdout.contains("<details>"))
        #expect(brief.stdout.contains("Full rationale: `involve assess ./clinic.json --as-of 2026-01-15`"))
        #expect(brief.stdout.contains("| **error** | `duty-impact-contradiction` |"))
        let full = try folder.involve(["assess", ".", "--as-of", "2026-01-15", "--format", "markdown", "--detail", "full"])
        #expect(full.stdout.components(separatedBy: "<details><summary>Rationale trail").count == 4)
        #expect(!full.stdout.contains("Full rationale:"))
        let one = try folder.involve(["assess", "clinic.json", "--as-of", "2026-01-15", "--format", "markdown"])
        #expect(one.stdout.contains("<details><summary>Rationale trail"))
    }

    @Test(arguments: ["json", "junit", "sarif"])
    func detailIsAUsageErrorForCompleteFormats(_ format: String) throws {
        let folder = try Folder(files)
        let run = try folder.involve(["assess", ".", "--as-of", "2026-01-15", "--format", format, "--detail", "brief"])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("--detail applies only to --format text and markdown"))
    }

    @Test func anUnknownDetailIsAUsageErrorWithASuggestion() throws {
        let folder = try Folder(files)
        let run = try folder.involve(["assess", ".", "--detail", "breif"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("unknown --detail 'breif'; did you mean 'brief'?"))
        #expect(try folder.involve(["assess", ".", "--detail"]).status == 2)
        // With nothing close to suggest, the message still reads as two sentences.
        let unrelated = try folder.involve(["assess", ".", "--detail", "json"])
        #expect(unrelated.status == 2)
        #expect(unrelated.stderr.contains("unknown --detail 'json'. Expected brief or full"))
    }
}
