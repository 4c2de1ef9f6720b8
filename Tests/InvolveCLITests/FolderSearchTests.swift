import Foundation
import Testing

/// What a folder search reads: decision records beside project files are skipped once read,
/// a folder of nothing but records is an input error, a file named explicitly is always read,
/// links to folders are not followed, and files that cannot be read are reported, not skipped.
@Suite struct FolderSearchTests {
    static let project = ValidateCommandTests.valid
    static let record = "{\"format\": \"involve.decision-record\", \"formatVersion\": 1}\n"
    static let noProjectFiles = "error: there are no project files (*.json) in this directory; expected a directory holding project files, or the path of a file"

    /// The `file` of each entry of a JSON report, relative to `folder`.
    static func reportedFiles(_ json: String, _ folder: TemporaryFolder) throws -> [String] {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let files = try #require(document["files"] as? [[String: Any]])
        return files.compactMap { ($0["file"] as? String).map { BadInputTests.relative($0, folder.path) } }
    }

    @Test func decisionRecordBesideAProjectIsSkippedAndTheProjectAssessed() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("projects/p.json", Self.project)
        try folder.write("projects/p-1-2025-05-12.json", Self.record)
        let assess = involve(["assess", folder.file("projects"), "--as-of", "2026-01-15", "--format", "json"])
        #expect(assess.err == "", "\(assess.err)")
        #expect(try Self.reportedFiles(assess.out, folder) == ["projects/p.json"])
        let validate = involve(["validate", folder.file("projects")])
        #expect(validate.code == 0)
        #expect(BadInputTests.relative(validate.out, folder.path) == "projects/p.json: ok\n1 file checked: all valid.\n")
    }

    /// The records are read (to see that they are records), and the folder is then reported
    /// where it was given, between the arguments before and after it.
    @Test func folderOfOnlyDecisionRecordsHasNoProjectFiles() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("a/p.json", Self.project)
        try folder.write("records/r1.json", Self.record)
        try folder.write("records/sub/r2.JSON", Self.record)
        try folder.write("z.json", Self.project)
        let arguments = [folder.file("a"), folder.file("records"), folder.file("z.json")]
        let assess = involve(["assess"] + arguments + ["--as-of", "2026-01-15", "--format", "json"])
        #expect(assess.code == 2)
        #expect(try Self.reportedFiles(assess.out, folder) == ["a/p.json", "records", "z.json"])
        #expect(BadInputTests.relative(assess.err, folder.path) == """
            records: \(Self.noProjectFiles)
            1 error in records; it was not assessed; the other files were.

            """)
        let validate = involve(["validate"] + arguments)
        #expect(validate.code == 2)
        #expect(BadInputTests.relative(validate.out, folder.path) == "a/p.json: ok\nz.json: ok\n")
        #expect(BadInputTests.relative(validate.err, folder.path) == """
            records: \(Self.noProjectFiles)
            2 files checked: 2 valid, 0 invalid (1 error).

            """)
    }

    /// Named on the command line, a decision record is read as a project file (and fails as one),
    /// even when a search of its folder, before or after, skips it.
    @Test func decisionRecordNamedExplicitlyIsStillRead() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("records/r.json", Self.record)
        let named = folder.file("records/r.json")
        for arguments in [[named], [folder.file("records"), named], [named, folder.file("records")]] {
            let assess = involve(["assess"] + arguments + ["--as-of", "2026-01-15"])
            #expect(assess.code == 2)
            let errors = BadInputTests.relative(assess.err, folder.path)
            #expect(errors.contains("records/r.json:1:2: error: $.format: is not a known key here"), "\(errors)")
            #expect(errors.contains("records: \(Self.noProjectFiles)") == (arguments.count == 2))
            let validate = involve(["validate"] + arguments)
            #expect(validate.code == 2)
            #expect(BadInputTests.relative(validate.err, folder.path).contains("records/r.json:1:2: error: $.format: is not a known key here"))
        }
    }

    /// A link to a folder is not followed, even when its name ends in .json; a link to a file is
    /// read under the link's own name; a broken link is skipped, as a missing file would be.
    @Test func symbolicLinkToAFolderIsNotFollowedButALinkToAFileIs() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("projects/real/p.json", Self.project)
        try folder.write("elsewhere/q.json", Self.project)
        let links = [("projects/loop", "."), ("projects/real-again", "real"), ("projects/folder.json", "real"),
                     ("projects/linked.json", "../elsewhere/q.json"), ("projects/broken.json", "nowhere.json")]
        for (name, destination) in links {
            try FileManager.default.createSymbolicLink(atPath: folder.file(name), withDestinationPath: destination)
        }
        let validate = involve(["validate", folder.file("projects")])
        #expect(validate.code == 0, "\(validate.err)")
        #expect(BadInputTests.relative(validate.out, folder.path) == """
            projects/linked.json: ok
            projects/real/p.json: ok
            2 files checked: all valid.

            """)
        // Given on the command line, a link to a folder is searched.
        let named = involve(["validate", folder.file("projects/real-again")])
        #expect(BadInputTests.relative(named.out, folder.path) == "projects/real-again/p.json: ok\n1 file checked: all valid.\n")
    }

    @Test func fileOverTheLimitFoundByASearchIsReported() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("projects/huge.json", Array(repeating: UInt8(ascii: " "), count: 5 * 1024 * 1024 + 1))
        let validate = involve(["validate", folder.file("projects")])
        #expect(validate.code == 2)
        #expect(BadInputTests.relative(validate.err, folder.path) == """
            projects/huge.json: error: the file is 5242881 bytes, larger than the 5242880-byte limit for a project file; expected a project file under 5 MiB
            1 file checked: 0 valid, 1 invalid (1 error).

            """)
    }

    /// Permissions do not stop root, so these run only for other users.
    @Test(.enabled(if: getuid() != 0, "root can read a file whatever its permissions"))
    func fileOrFolderThatCannotBeReadIsReported() throws {
        let folder = try TemporaryFolder()
        defer {
            _ = chmod(folder.file("projects/locked"), 0o755)
            folder.remove()
        }
        try folder.write("projects/secret.json", Self.project)
        try folder.write("projects/locked/p.json", Self.project)
        try folder.write("projects/ok.json", Self.project)
        #expect(chmod(folder.file("projects/secret.json"), 0) == 0)
        #expect(chmod(folder.file("projects/locked"), 0) == 0)
        let validate = involve(["validate", folder.file("projects")])
        #expect(validate.code == 2)
        #expect(BadInputTests.relative(validate.out, folder.path) == "projects/ok.json: ok\n")
        #expect(BadInputTests.relative(validate.err, folder.path) == """
            projects/locked: error: the directory cannot be read (check its permissions); expected a readable directory
            projects/secret.json: error: the file cannot be read (check its permissions); expected a readable file
            2 files checked: 1 valid, 1 invalid (2 errors).

            """)
        let named = involve(["assess", folder.file("projects/secret.json")])
        #expect(named.code == 2)
        #expect(BadInputTests.relative(named.err, folder.path) == """
            projects/secret.json: error: the file cannot be read (check its permissions); expected a readable file
            1 error in projects/secret.json; nothing was assessed.

            """)
    }
}
