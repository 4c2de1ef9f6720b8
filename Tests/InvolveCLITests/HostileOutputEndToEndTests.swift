import Foundation
import InvolveCore
import Testing

/// Every row of the outputs-and-records table in issue 10, through the built binary: what a
/// terminal or a Markdown renderer is shown, what `--output` may replace, and records that
/// stay whole, distinct, checked and readable.
@Suite(.serialized) struct HostileOutputEndToEndTests {
    static let bound = 5.0
    static let project = Repository.path("Examples/route-pre-election-launch.json")
    static let hostileTitle = "Evil \u{1B}[2J \u{1B}]8;;http://evil.example\u{07}link\u{1B}]8;;\u{07} \u{1B}]0;pwned\u{07} \u{01} \u{202E}txt.exe\nTHE DUTY TO INVOLVE DOES NOT APPLY"

    private func expectEnded(_ result: Shell.Result, _ exits: Int32..., within bound: Double = bound,
                             sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(exits.contains(result.status), "exit \(result.status); stderr: \(result.err.prefix(600))", sourceLocation: sourceLocation)
        #expect(result.seconds < bound, "took \(result.seconds) s", sourceLocation: sourceLocation)
    }

    /// No byte a terminal would obey: ESC, BEL, other C0 controls, U+202E.
    private func expectInert(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let unsafe = text.unicodeScalars.filter { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || $0 == "\u{202E}" }
        #expect(unsafe.isEmpty, "raw control characters: \(unsafe.map { String($0.value, radix: 16) })", sourceLocation: sourceLocation)
        #expect(!text.split(separator: "\n").contains { $0.hasPrefix("THE DUTY TO INVOLVE DOES NOT APPLY") },
                "a title printed a line of its own", sourceLocation: sourceLocation)
    }

    @Test func controlCharactersInATitleAreShownNotObeyed() throws {
        try #require(BuiltBinary.exists)
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("evil.json", try HostileProject.text { $0["title"] = Self.hostileTitle })
        let file = Shell.quote(folder.file("evil.json"))
        for format in ["text", "markdown"] {
            let result = try Shell.run("\"$INVOLVE\" assess \(file) --as-of 2026-01-01 --format \(format)")
            expectEnded(result, 0, 1)
            expectInert(result.out)
            // Text shows each escaped; Markdown turns control characters into spaces.
            #expect(format != "text" || result.out.contains("\\u{1B}[2J"), "shown escaped")
        }
        let recorded = try Shell.run("\"$INVOLVE\" record \(file) --out \(Shell.quote(folder.file("records"))) --as-of 2026-01-01")
        expectEnded(recorded, 0)
        expectInert(recorded.out)
        // A file name with the same characters, in an error message.
        let named = try Shell.run("\"$INVOLVE\" assess \(Shell.quote(folder.file("bad\u{1B}[2J\u{202E}\nx.json")))")
        expectEnded(named, 2)
        expectInert(named.err)
        #expect(named.err.contains("bad\\u{1B}[2J\\u{202E}\\nx.json"))
        // And a valid file with such a name, in validate's and assess's output.
        try folder.write("ok\u{1B}[2J\nTHE DUTY TO INVOLVE DOES NOT APPLY.json", try HostileProject.text { _ in })
        let odd = Shell.quote(folder.file("ok\u{1B}[2J\nTHE DUTY TO INVOLVE DOES NOT APPLY.json"))
        for command in ["validate \(odd)", "assess \(odd) --as-of 2026-01-01", "assess \(Shell.quote(folder.path)) --as-of 2026-01-01"] {
            let result = try Shell.run("\"$INVOLVE\" \(command)")
            expectEnded(result, 0, 1)
            expectInert(result.out)
            expectInert(result.err)
        }
    }

    @Test func markdownCannotBeMadeIntoLinksImagesOrRows() throws {
        try #require(BuiltBinary.exists)
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("evil.json", try HostileProject.text { project in
            project["title"] = "[x](javascript:alert(1)) ![i](http://evil.example/i.png) <http://evil.example> www.evil.example a|b `c`"
            project["id"] = "id\n| injected | row |"
        })
        let result = try Shell.run("\"$INVOLVE\" assess \(Shell.quote(folder.file("evil.json"))) --as-of 2026-01-01 --format markdown")
        expectEnded(result, 0, 1)
        #expect(result.out.firstMatch(of: #/[^\\]\]\(javascript:/#) == nil, "an unescaped link")
        #expect(!result.out.contains("!["))
        #expect(!result.out.contains("<http://"))
        #expect(!result.out.contains(" www.evil"))
        #expect(result.out.contains("\\[x\\](javascript:alert(1))"))
        #expect(!result.out.split(separator: "\n").contains { $0.hasPrefix("| injected") }, "a newline in an id split a table row")
    }

    @Test func outputNeverReplacesADeviceOrALink() throws {
        try #require(BuiltBinary.exists)
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("target.txt", "keep")
        try #require(symlink(folder.file("target.txt"), folder.file("link.txt")) == 0)
        let project = Shell.quote(Self.project)
        for command in ["assess \(project) --as-of 2026-01-01 --output", "report Examples/records --from 2025-04-01 --to 2026-03-31 --output"] {
            let result = try Shell.run("\"$INVOLVE\" \(command) \(Shell.quote(folder.file("link.txt")))")
            expectEnded(result, 2)
            #expect(result.err.contains("symbolic link"), "\(result.err)")
            var status = stat()
            #expect(lstat(folder.file("link.txt"), &status) == 0 && (status.st_mode & S_IFMT) == S_IFLNK, "the link is still a link")
            #expect(folder.read("target.txt") == "keep")
        }
        // A device node of our own (root can make one), never the machine's /dev/null.
        guard mknod(folder.file("null"), S_IFCHR | 0o666, dev_t((1 << 8) | 3)) == 0 else { return }
        for command in ["assess \(project) --as-of 2026-01-01 --output", "report Examples/records --from 2025-04-01 --to 2026-03-31 --output"] {
            let result = try Shell.run("\"$INVOLVE\" \(command) \(Shell.quote(folder.file("null")))")
            expectEnded(result, 2)
            #expect(result.err.contains("character device"), "\(result.err)")
            var status = stat()
            #expect(lstat(folder.file("null"), &status) == 0 && (status.st_mode & S_IFMT) == S_IFCHR, "the device is still a device")
        }
    }

    /// A write that fails part-way (here a file-size limit, as a full disk would) leaves
    /// neither file of the record, and no temporary file.
    @Test func aFailedWriteLeavesNoHalfRecord() throws {
        try #require(BuiltBinary.exists)
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(atPath: folder.file("records"), withIntermediateDirectories: true)
        let result = try Shell.run("trap '' XFSZ; ulimit -f 8; \"$INVOLVE\" record \(Shell.quote(Self.project)) --out \(Shell.quote(folder.file("records"))) --as-of 2026-01-01")
        expectEnded(result, 2)
        #expect(result.err.contains("File too large"), "\(result.err)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.file("records")).isEmpty)
        // Then, with room, the record is written in full.
        let again = try Shell.run("\"$INVOLVE\" record \(Shell.quote(Self.project)) --out \(Shell.quote(folder.file("records"))) --as-of 2026-01-01")
        expectEnded(again, 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.file("records")).count == 2)
    }

    /// A run killed between the two files leaves a Markdown file alone; the next run writes
    /// the whole record rather than refusing it as written before.
    @Test func aRecordInterruptedBetweenItsFilesIsCompletedNextTime() throws {
        try #require(BuiltBinary.exists)
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let out = Shell.quote(folder.file("records"))
        let first = try Shell.run("\"$INVOLVE\" record \(Shell.quote(Self.project)) --out \(out) --as-of 2026-01-01")
        expectEnded(first, 0)
        let json = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.file("records")).first { $0.hasSuffix(".json") })
        try FileManager.default.removeItem(atPath: folder.file("records/" + json))
        let again = try Shell.run("\"$INVOLVE\" record \(Shell.quote(Self.project)) --out \(out) --as-of 2026-01-01")
        expectEnded(again, 0)
        #expect(FileManager.default.fileExists(atPath: folder.file("records/" + json)))
    }

    /// Two --force runs at once, for two files with the same project id: each round ends with
    /// one run's Markdown beside the same run's JSON.
    @Test func concurrentForcedRecordsNeverMix() throws {
        try #require(BuiltBinary.exists)
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("a.json", try HostileProject.text { $0["title"] = "Version A" })
        try folder.write("b.json", try HostileProject.text { $0["title"] = "Version B" })
        let out = Shell.quote(folder.file("records"))
        let run = { (name: String) in "\"$INVOLVE\" record \(Shell.quote(folder.file(name))) --out \(out) --as-of 2026-01-01 --force >/dev/null" }
        let script = "for round in 1 2 3 4 5 6 7 8 9 10; do \(run("a.json")) & \(run("b.json")) & wait; "
            + "j=$(grep -c 'Version A' \(out)/*.json); m=$(grep -c 'Version A' \(out)/*.md); "
            + "[ \"$j\" -gt 0 ] && [ \"$m\" -eq 0 ] && echo mixed; [ \"$j\" -eq 0 ] && [ \"$m\" -gt 0 ] && echo mixed; done; true"
        let result = try Shell.run(script)
        #expect(result.status == 0)
        #expect(!result.out.contains("mixed"), "\(result.out)")
        #expect(result.seconds < 10 * Self.bound)
    }

    @Test func idsThatCleanToTheSameTextAreDifferentRecords() throws {
        try #require(BuiltBinary.exists)
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let ids = ["NFD/2025 #14", "nfd-2025-14", "NFD 2025 14", String(repeating: "a", count: 80) + "1", String(repeating: "a", count: 80) + "2", "Café-Ünïcode"]
        for (index, id) in ids.enumerated() {
            try folder.write("p\(index).json", try HostileProject.text { $0["id"] = id })
            let result = try Shell.run("\"$INVOLVE\" record \(Shell.quote(folder.file("p\(index).json"))) --out \(Shell.quote(folder.file("records"))) --as-of 2026-01-01")
            expectEnded(result, 0)
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.file("records"))
        #expect(names.filter { $0.hasSuffix(".json") }.count == ids.count)
        #expect(names.contains { $0.hasPrefix("café-ünïcode-") }, "letters outside ASCII are kept: \(names)")
    }

    @Test func changedRecordsAndProjectsAreNamed() throws {
        try #require(BuiltBinary.exists)
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("projects/p.json", try HostileProject.text { _ in })
        let records = Shell.quote(folder.file("records"))
        expectEnded(try Shell.run("\"$INVOLVE\" record \(Shell.quote(folder.file("projects/p.json"))) --out \(records) --as-of 2026-01-01"), 0)
        let verified = try Shell.run("\"$INVOLVE\" verify \(records) --projects \(Shell.quote(folder.file("projects")))")
        expectEnded(verified, 0)
        #expect(verified.out.hasPrefix("ok "))

        // The project edited after recording.
        try folder.write("projects/p.json", try HostileProject.text { $0["title"] = "Edited afterwards" })
        let differs = try Shell.run("\"$INVOLVE\" verify \(records) --projects \(Shell.quote(folder.file("projects")))")
        expectEnded(differs, 1)
        #expect(differs.out.hasPrefix("DIFFERS "))
        try folder.write("other/q.json", try HostileProject.text { $0["id"] = "SOMETHING-ELSE" })
        let missing = try Shell.run("\"$INVOLVE\" verify \(records) --projects \(Shell.quote(folder.file("other")))")
        expectEnded(missing, 1)
        #expect(missing.out.hasPrefix("MISSING "))

        // The record's verdict edited after it was written.
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.file("records")).first { $0.hasSuffix(".json") })
        let text = try #require(folder.read("records/" + name))
        try folder.write("records/" + name, text.replacingOccurrences(of: "\"value\": \"applies\"", with: "\"value\": \"does-not-apply\""))
        #expect(folder.read("records/" + name) != text)
        let report = try Shell.run("\"$INVOLVE\" report \(records) --from 2025-04-01 --to 2026-12-31")
        expectEnded(report, 2)
        #expect(report.err.contains(name) && report.err.contains("changed after it was written"), "\(report.err)")
        let changed = try Shell.run("\"$INVOLVE\" verify \(records)")
        expectEnded(changed, 1)
        #expect(changed.out.hasPrefix("CHANGED "))
    }

    /// A project of 1.5 MB (a thousand long group names) makes a record over the project-file
    /// limit, which `report` reads under the records' own limit. (Heavy in this debug build.)
    @Test func aLargeProjectsRecordIsReadByReport() throws {
        try #require(BuiltBinary.exists)
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("large.json", try HostileProject.text { project in
            project["affectedGroups"] = Array(repeating: ["name": String(repeating: "g", count: 1500), "protectedCharacteristics": ["age"]] as [String: Any],
                                              count: 1000)
        })
        let records = Shell.quote(folder.file("records"))
        expectEnded(try Shell.run("\"$INVOLVE\" record \(Shell.quote(folder.file("large.json"))) --out \(records) --as-of 2026-01-01"), 0,
                    within: 2 * Self.bound)
        let json = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.file("records")).first { $0.hasSuffix(".json") })
        let size = try #require(try FileManager.default.attributesOfItem(atPath: folder.file("records/" + json))[.size] as? Int)
        #expect(size > 5 * 1024 * 1024)
        expectEnded(try Shell.run("\"$INVOLVE\" report \(records) --from 2025-04-01 --to 2026-12-31 > /dev/null"), 0, within: 2 * Self.bound)
    }

    @Test func aRecordFromANewerVersionIsReadWithANote() throws {
        try #require(BuiltBinary.exists)
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let old = try #require(try FileManager.default.contentsOfDirectory(atPath: Repository.path("Examples/records")).first { $0.hasSuffix(".json") })
        let text = try #require(FileManager.default.contents(atPath: Repository.path("Examples/records/" + old)))
        var newer = String(decoding: text, as: UTF8.self).replacingOccurrences(of: "\n  \"trail\":", with: "\n  \"addedLater\": true,\n  \"trail\":")
        // A newer involve seals its record over every key it writes, extra ones included.
        newer = newer.replacingOccurrences(of: #""recordSHA256": "[0-9a-f]{64}""#, with: "\"recordSHA256\": \"\(RecordDigest.placeholder)\"",
                                           options: .regularExpression)
        try folder.write("records/newer.json", RecordDigest.seal(newer))
        let result = try Shell.run("\"$INVOLVE\" report \(Shell.quote(folder.file("records"))) --from 2020-01-01 --to 2030-12-31 > /dev/null")
        expectEnded(result, 0)
        #expect(result.err.contains("note:") && result.err.contains("$.addedLater"), "\(result.err)")
    }
}
