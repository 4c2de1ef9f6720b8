import Foundation
import Testing

@Suite struct ValidateCommandTests {
    static let valid = """
        {"formatVersion": 1, "id": "P-1", "title": "A project", "organisation": {"name": "NHS North ICB", "kind": "icb"}}

        """

    @Test func validFileIsOkOnStandardOutput() throws {
        let example = try #require(Repository.examples().first)
        let result = involve(["validate", example])
        #expect(result.code == 0)
        #expect(result.out == "\(example): ok\n1 file checked: all valid.\n")
        #expect(result.err == "")
    }

    @Test func everyExampleValidates() {
        let result = involve(["validate", Repository.path("Examples")])
        #expect(result.code == 0, "\(result.err)")
        #expect(result.out.hasSuffix(" checked: all valid.\n"))
    }

    @Test func mixOfGoodAndBadReportsEachAndExitsTwo() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("good.json", Self.valid)
        try folder.write("bad.json", "{\"formatVersion\": 1, \"id\": \"P-2\", \"titel\": \"B\"}")
        let result = involve(["validate", folder.file("good.json"), folder.file("bad.json")])
        #expect(result.code == 2)
        #expect(BadInputTests.relative(result.out, folder.path) == "good.json: ok\n")
        #expect(BadInputTests.relative(result.err, folder.path) == """
            bad.json:1:1: error: $.title: is required but missing; expected a string, found no "title" key
            bad.json:1:1: error: $.organisation: is required but missing; expected an object, found no "organisation" key
            bad.json:1:35: error: $.titel: is not a known key here; expected one of "activity", "affectedGroups", "changes", "commonLaw", "decision", "extensions", "formatVersion", "id", "impact", "organisation", "plan", "services", "staffAffected", "summary", "temporaryChange", "title", "urgency", "waivers", found "titel"; did you mean "title"?
            2 files checked: 1 valid, 1 invalid (3 errors).

            """)
    }

    /// Sorted, recursive, skipping hidden folders, policy folders, policy files and decision records.
    @Test func directoryIsSearchedRecursivelyInSortedOrder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("b.json", Self.valid)
        try folder.write("a/z.json", Self.valid)
        try folder.write("a/c.JSON", Self.valid)
        try folder.write("involve-policy.json", "{\"not\": \"a project\"}")
        try folder.write("policy/local.json", "{\"not\": \"a project\"}")
        try folder.write(".git/config.json", "{}")
        try folder.write("a/readme.md", "# notes")
        try folder.write("p-1-2025-05-12.json", "{\"format\": \"involve.decision-record\", \"formatVersion\": 1}")
        let result = involve(["validate", folder.path])
        #expect(result.code == 0, "\(result.err)")
        #expect(BadInputTests.relative(result.out, folder.path) == """
            a/c.JSON: ok
            a/z.json: ok
            b.json: ok
            3 files checked: all valid.

            """)
        // A policy file or decision record given by name is checked as a project: only directory searches skip them.
        let named = involve(["validate", folder.file("involve-policy.json")])
        #expect(named.code == 2)
        #expect(involve(["validate", folder.file("p-1-2025-05-12.json")]).code == 2)
    }

    /// Only a top-level "format" of "involve.decision-record" marks a decision record: another
    /// format, a nested one, or a file that is not JSON at all is checked (and reported) as a project.
    @Test func onlyDecisionRecordsAreSkipped() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("record.json", "{\"formatVersion\": 1, \"format\": \"involve.decision-record\"}")
        try folder.write("other-format.json", "{\"format\": \"something-else\"}")
        try folder.write("nested.json", "{\"extensions\": {\"format\": \"involve.decision-record\"}}")
        try folder.write("broken.json", "{\"format\": \"involve.decision-record\"")
        let result = involve(["validate", folder.path])
        #expect(result.code == 2)
        let checked = BadInputTests.relative(result.err, folder.path)
        #expect(checked.contains("broken.json:"))
        #expect(checked.contains("nested.json:"))
        #expect(checked.contains("other-format.json:"))
        #expect(!checked.contains("record.json:"))
        #expect(checked.contains("3 files checked: 0 valid, 3 invalid ("))
    }

    @Test func standardInput() {
        let ok = involve(["validate", "-"], stdin: Array(Self.valid.utf8))
        #expect(ok.code == 0)
        #expect(ok.out == "<stdin>: ok\n1 file checked: all valid.\n")
        let bad = involve(["validate", "-"], stdin: Array("[]".utf8))
        #expect(bad.code == 2)
        #expect(bad.err == "<stdin>:1:1: error: $: the project file must be one JSON object; expected an object { … }, found an array\n1 file checked: 0 valid, 1 invalid (1 error).\n")
    }

    @Test func usage() {
        let none = involve(["validate"])
        #expect(none.code == 2)
        #expect(none.err == "involve: validate needs one or more project files or directories (or - for standard input)\nRun 'involve help' for usage.\n")
        let option = involve(["validate", "--strict", "x.json"])
        #expect(option.code == 2)
        #expect(option.err.hasPrefix("involve: unknown option '--strict'"))
        let help = involve(["validate", "--help"])
        #expect(help.code == 0)
        #expect(help.out.hasPrefix("Usage: involve validate FILE|DIR|- ..."))
        #expect(involve(["help", "validate"]).out == help.out)
        #expect(involve(["help"]).out.contains("involve validate FILE|DIR|- ..."))
        #expect(involve(["valdiate"]).err.contains("did you mean 'validate'?"))
    }
}
