import Foundation
import Testing

/// Every kind of bad input gets a clear message naming file, line, column and path, and exit 2.
@Suite struct BadInputTests {
    static let folder = Repository.path("Tests/InvolveCLITests/BadInputs")

    /// The cases in BadInputs/: NAME.json with NAME.expected.
    static let cases: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
    }()

    /// The message as a person sees it running in the file's folder.
    static func relative(_ text: String, _ folder: String) -> String {
        text.replacingOccurrences(of: folder + "/", with: "")
    }

    @Test func thereAreAtLeastThirtyCasesEachWithItsExpectedMessage() {
        #expect(Self.cases.count >= 30)
        for name in Self.cases {
            #expect(FileManager.default.fileExists(atPath: "\(Self.folder)/\(name).expected"), "\(name).json has no \(name).expected")
        }
    }

    @Test(arguments: cases)
    func validatePrintsExactlyTheExpectedMessage(_ name: String) throws {
        let expected = try String(contentsOfFile: "\(Self.folder)/\(name).expected", encoding: .utf8)
        let result = involve(["validate", "\(Self.folder)/\(name).json"])
        #expect(result.code == 2)
        #expect(result.out == "")
        #expect(Self.relative(result.err, Self.folder) == expected)
    }

    @Test(arguments: cases)
    func assessPrintsTheSameDiagnostics(_ name: String) throws {
        let expected = try String(contentsOfFile: "\(Self.folder)/\(name).expected", encoding: .utf8)
        let diagnostics = expected.split(separator: "\n").dropLast().map(String.init)
        let result = involve(["assess", "\(Self.folder)/\(name).json"])
        #expect(result.code == 2)
        #expect(result.out == "")
        let lines = Self.relative(result.err, Self.folder).split(separator: "\n").map(String.init)
        #expect(Array(lines.dropLast()) == diagnostics)
        let count = diagnostics.count
        #expect(lines.last == "\(count) error\(count == 1 ? "" : "s") in \(name).json; nothing was assessed.")
    }

    @Test func fileOverTheSizeLimitIsRefusedWithoutBeingParsed() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // 6 MiB of a valid-looking file: the limit, not the content, must stop it.
        let padding = String(repeating: " ", count: 6 * 1024 * 1024)
        try folder.write("too-large.json", "{\"formatVersion\": 1,\(padding)}")
        let result = involve(["validate", folder.file("too-large.json")])
        #expect(result.code == 2)
        #expect(Self.relative(result.err, folder.path) == """
            too-large.json: error: the file is 6291477 bytes, larger than the 5242880-byte limit for a project file; expected a project file under 5 MiB
            1 file checked: 0 valid, 1 invalid (1 error).

            """)
        let piped = involve(["validate", "-"], stdin: Array(repeating: UInt8(ascii: " "), count: 6 * 1024 * 1024))
        #expect(piped.code == 2)
        #expect(piped.err.hasPrefix("<stdin>: error: the file is 6291456 bytes, larger than the 5242880-byte limit for a project file"))
    }

    @Test func missingFileIsNamedWithASuggestionForATypo() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("riverside-clinic.json", "{}")
        let missing = involve(["validate", folder.file("no-such-project.json")])
        #expect(missing.code == 2)
        #expect(Self.relative(missing.err, folder.path) == """
            no-such-project.json: error: the file does not exist; expected a path to a project file (.json)
            1 file checked: 0 valid, 1 invalid (1 error).

            """)
        let typo = involve(["assess", folder.file("riverside-clinc.json")])
        #expect(typo.code == 2)
        #expect(Self.relative(typo.err, folder.path) == """
            riverside-clinc.json: error: the file does not exist; expected a path to a project file (.json); did you mean riverside-clinic.json?
            1 error in riverside-clinc.json; nothing was assessed.

            """)
    }

    @Test func emptyDirectoryGivenToAssessAndToValidate() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(atPath: folder.file("projects"), withIntermediateDirectories: true)
        let assess = involve(["assess", folder.file("projects")])
        #expect(assess.code == 2)
        #expect(Self.relative(assess.err, folder.path) == """
            projects: error: there are no project files (*.json) in this directory; expected a directory holding project files, or the path of a file
            1 error in projects; it was not assessed; the other files were.

            """)
        try folder.write("projects/notes.txt", "not a project")
        let validate = involve(["validate", folder.file("projects")])
        #expect(validate.code == 2)
        #expect(Self.relative(validate.err, folder.path) == """
            projects: error: there are no project files (*.json) in this directory; expected a directory holding project files, or the path of a file
            0 files checked: 0 valid, 0 invalid (1 error).

            """)
    }

    @Test func standardInputIsNamedStdin() {
        let result = involve(["validate", "-"], stdin: Array("{\n  \"formatVersion\": 1,\n  \"id\": \"X\",\n  \"title\": \"T\",\n  \"organisation\": {\"name\": \"N\", \"kind\": \"ICB\"}\n}\n".utf8))
        #expect(result.code == 2)
        #expect(result.err == """
            <stdin>:5:41: error: $.organisation.kind: is not an allowed value; expected one of "nhs-england", "icb", "nhs-trust", "nhs-foundation-trust", "gp-practice", "independent-provider", "icp", "place-based-partnership", "provider-collaborative", "local-authority", "government-department", "nhs-arms-length-body", found "ICB"; did you mean "icb"?
            1 file checked: 0 valid, 1 invalid (1 error).

            """)
        let empty = involve(["assess", "-"], stdin: [])
        #expect(empty.code == 2)
        #expect(empty.err == "<stdin>:1:1: error: $: not valid JSON: the file is empty; expected a JSON object, found nothing\n1 error in <stdin>; nothing was assessed.\n")
    }

    /// Line and column stay right with a byte-order mark, Windows line endings and accented text.
    @Test func positionsAreRightWithBOMCRLFAndAccents() {
        let text = "{\r\n  \"formatVersion\": 1,\r\n  \"id\": \"Café-1\", \"titel\": \"Éire\"\r\n}\r\n"
        let result = involve(["validate", "-"], stdin: [0xEF, 0xBB, 0xBF] + Array(text.utf8))
        #expect(result.code == 2)
        // "titel" is on line 3; columns count characters, so "é" is one column.
        #expect(result.err.contains("<stdin>:3:19: error: $.titel: is not a known key here;"))
        #expect(result.err.contains("did you mean \"title\"?"))
        let bomFirstLine = involve(["validate", "-"], stdin: [0xEF, 0xBB, 0xBF] + Array("{\"x\": 1}".utf8))
        #expect(bomFirstLine.err.contains("<stdin>:1:2: error: $.x: is not a known key here"))
        let badByteAfterBOM = involve(["validate", "-"], stdin: [0xEF, 0xBB, 0xBF, UInt8(ascii: "{"), 0xFF])
        #expect(badByteAfterBOM.err.hasPrefix("<stdin>:1:2: error: $: not valid JSON: the file is not valid UTF-8 text"))
    }

    @Test func wholeNumbersWrittenWithAFractionOrExponentAreAcceptedAndNegativeZeroIsZero() {
        let text = """
            {"formatVersion": 1.0, "id": "X", "title": "T", "organisation": {"name": "N", "kind": "icb"},
             "changes": [{"kind": "relocation", "extraTravelMinutes": 25.0, "peopleAffected": 4.2e3, "extraTravelKilometres": -0}],
             "affectedGroups": [{"name": "G", "size": -0}]}
            """
        let result = involve(["validate", "-"], stdin: Array(text.utf8))
        #expect(result.code == 0, "\(result.err)")
    }
}
