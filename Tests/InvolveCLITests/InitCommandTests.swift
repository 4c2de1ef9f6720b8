import Foundation
import Testing

@Suite struct InitCommandTests {
    /// The starter's placeholders fail validation, each named with its place, until replaced;
    /// with them replaced it validates and assesses as undetermined (nothing else is asserted).
    @Test func starterValidatesOnlyOnceItsPlaceholdersAreReplaced() {
        let starter = involve(["init"])
        #expect(starter.code == 0)
        #expect(starter.err == "")
        #expect(starter.out.hasPrefix("{\n  \"formatVersion\": 2,\n"))
        let untouched = involve(["validate", "-"], stdin: Array(starter.out.utf8))
        #expect(untouched.code == 2)
        for (place, path) in [("3:9", "$.id"), ("4:12", "$.title"), ("7:13", "$.organisation.name"), ("8:13", "$.organisation.kind")] {
            #expect(untouched.err.contains("<stdin>:\(place): error: \(path): is still a placeholder from the starter file (involve init): replace it"),
                    "\(path): \(untouched.err)")
        }
        #expect(untouched.err.contains("$.affectedGroups[0].name: is still a placeholder"))
        var filled = starter.out
        for (placeholder, value) in [("REPLACE WITH the project's reference", "P-1"), ("REPLACE WITH the project's title", "A clinic move"),
                                     ("REPLACE WITH the organisation's name", "NHS Northfield ICB")] {
            filled = filled.replacingOccurrences(of: "\"" + placeholder + "\"", with: "\"" + value + "\"")
        }
        filled = filled.replacingOccurrences(of: #""kind": "REPLACE WITH one of[^"]*""#, with: #""kind": "icb""#, options: .regularExpression)
        filled = filled.replacingOccurrences(of: #""REPLACE WITH a group of people the project affects, or remove this entry""#, with: #""Older people""#)
        #expect(!filled.contains("REPLACE WITH"))
        let check = involve(["validate", "-"], stdin: Array(filled.utf8))
        #expect(check.code == 0, "\(check.err)")
        // Every optional section is present, with nothing asserted: impact answers are "unknown".
        for shown in ["\"impact\": {", "\"answer\": \"unknown\"", "\"staffAffected\": null", "\"extensions\": {}", "\"activity\": []"] {
            #expect(starter.out.contains(shown), "the starter file does not show \(shown)")
        }
        #expect(involve(["init", "-"]).out == starter.out)
        // Assessing the filled-in starter asks questions rather than guessing.
        let assessed = involve(["assess", "-", "--as-of", "2026-06-01"], stdin: Array(filled.utf8))
        #expect(assessed.code == 0)
        #expect(assessed.out.contains("UNDETERMINED"))
    }

    @Test func writesAFileAndRefusesToOverwriteItUnlessForced() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = folder.file("project.json")
        let first = involve(["init", file])
        #expect(first.code == 0)
        #expect(first.out == "Wrote \(file). Replace each \"REPLACE WITH …\" value and fill in the facts you know (null means not stated), then run: involve validate \(file)\n")
        #expect(folder.read("project.json") == involve(["init"]).out)
        #expect(involve(["validate", file]).code == 2, "placeholders are not facts")

        try folder.write("project.json", "my edits")
        let again = involve(["init", file])
        #expect(again.code == 2)
        #expect(again.err == "\(file): error: the file already exists; nothing was written; expected a new file name, or --force to replace the file\n")
        #expect(folder.read("project.json") == "my edits")

        let forced = involve(["init", "--force", file])
        #expect(forced.code == 0)
        #expect(folder.read("project.json") == involve(["init"]).out)
        // Written through a temporary file that is gone afterwards.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["project.json"])
    }

    @Test func refusesAMissingFolderAndADirectory() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let missing = involve(["init", folder.file("nowhere/project.json")])
        #expect(missing.code == 2)
        #expect(BadInputTests.relative(missing.err, folder.path) == "nowhere/project.json: error: cannot write the file: the folder nowhere/ does not exist\n")
        let directory = involve(["init", "--force", folder.path])
        #expect(directory.code == 2)
        #expect(directory.err == "\(folder.path): error: cannot write the file: this is a directory\n")
    }

    /// "Don't know" to everything but the required facts still writes a valid file: what is not
    /// known is not stated (null), never a placeholder left to fail validation.
    @Test func interactiveDontKnowStaysNotStated() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = folder.file("unknown.json")
        let result = involve(["init", "--interactive", file], terminal: true,
                             typed: ["R-1", "A clinic", "NHS Northfield ICB", "2"] + Array(repeating: "", count: 20))
        #expect(result.code == 0, "\(result.err)")
        let written = try #require(folder.read("unknown.json"))
        #expect(written.contains("\"affectedGroups\": null"))
        #expect(!written.contains("REPLACE WITH"))
        #expect(involve(["validate", file]).code == 0)
    }

    @Test func interactiveAnswersAreWrittenAndValidate() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = folder.file("clinic.json")
        let result = involve(["init", "--interactive", file], terminal: true, typed: [
            "NFD-2026-014",                  // reference
            "Riverside clinic move",         // title
            "NHS Northfield ICB",            // organisation name
            "trust",                          // not a choice: asked again, with a suggestion
            "2",                              // icb
            "commissions",                    // relationship by name
            "2, operational-decision",        // activities by number and name
            "relocation,opening-hours",       // changes
            "1,200", "15",                    // the relocation: people affected, extra minutes
            "", "0",                          // opening hours: people not known, no extra travel
            "yes", "",                        // impact on delivery: yes; on range: don't know
            "older people in Riverside; families without a car",
            "consult",                        // approach
            "2026-09-07", "next week", "2026-11-30", "",   // launch; a bad date asked again; close; decision not known
        ])
        #expect(result.code == 0, "\(result.err)")
        #expect(result.out.contains("'trust' is not one of the choices; did you mean nhs-trust?"))
        let written = try #require(folder.read("clinic.json"))
        for expected in ["\"title\": \"Riverside clinic move\"", "\"name\": \"NHS Northfield ICB\"", "\"kind\": \"icb\"",
                         "\"relationship\": \"commissions\"", "\"activity\": [\"proposal-for-change\", \"operational-decision\"]",
                         "\"kind\": \"relocation\"", "\"kind\": \"opening-hours\"", "\"id\": \"NFD-2026-014\"",
                         "\"peopleAffected\": 1200", "\"extraTravelMinutes\": 15", "\"extraTravelMinutes\": 0",
                         "\"name\": \"older people in Riverside\"", "\"name\": \"families without a car\"",
                         "\"approach\": \"consult\"", "\"launchDate\": \"2026-09-07\"", "\"closeDate\": \"2026-11-30\"", "\"decisionDate\": null"] {
            #expect(written.contains(expected), "missing \(expected)")
        }
        #expect(result.out.contains("'next week' is not a date written YYYY-MM-DD."))
        // Every fact asked is in the file; "don't know" stays not stated, and the assessment asks.
        #expect(involve(["validate", file]).code == 0)
        let assessed = involve(["assess", file, "--as-of", "2026-06-01", "--format", "json"])
        #expect(assessed.out.contains("\"path\": \"$.exercises[0].decisionDate\""))
    }

    @Test func interactiveSkipsOptionalQuestionsAndStopsCleanlyAtEndOfInput() throws {
        let skipped = involve(["init", "--interactive"], terminal: true, typed: ["", "", "", "nhs-trust", "", "", "", "", "", "", "", "", "", ""])
        #expect(skipped.code == 0)
        #expect(skipped.out.contains("\"kind\": \"nhs-trust\""))
        #expect(skipped.out.contains("\"relationship\": null"))
        #expect(skipped.out.contains("\"title\": \"REPLACE WITH the project's title\""))

        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let ended = involve(["init", "--interactive", folder.file("p.json")], terminal: true, typed: ["Title"])
        #expect(ended.code == 2)
        #expect(ended.err == "involve: the input ended before the questions were answered; nothing was written.\n")
        #expect(folder.read("p.json") == nil)
    }

    @Test func interactiveNeedsATerminal() {
        let result = involve(["init", "--interactive"], terminal: false)
        #expect(result.code == 2)
        #expect(result.err.hasPrefix("involve: init --interactive asks questions, so it needs a terminal"))
    }

    @Test func usage() {
        #expect(involve(["init", "a.json", "b.json"]).code == 2)
        #expect(involve(["init", "--help"]).out.hasPrefix("Usage: involve init [FILE] [--force] [--interactive]"))
        #expect(involve(["schema", "extra"]).code == 2)
        #expect(involve(["schema", "--help"]).out.hasPrefix("Usage: involve schema"))
    }
}
