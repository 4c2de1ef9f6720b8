import Foundation
import Testing
@testable import InvolveCore

/// Reading only the parts of a record the annual report shows (`DecisionRecordLoader.Parts
/// .reportSection`, by way of `JSONSkipScan`) must give what reading it whole and cutting it
/// down gives, and report every problem in the parts it leaves out as reading it whole does.
@Suite struct RecordSkipScanTests {
    static func exampleRecords() throws -> [(name: String, bytes: [UInt8])] {
        let folder = TestSupport.repositoryRoot.appendingPathComponent("Examples/records")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        return try names.map { ($0, [UInt8](try Data(contentsOf: folder.appendingPathComponent($0)))) }
    }

    static func rendered(_ result: Result<DecisionRecord, InputErrors>) -> [String] {
        switch result {
        case .success: return []
        case .failure(let errors): return errors.diagnostics.map(\.rendered)
        }
    }

    /// The SHA-256 of `text` with its digest written as zeros put in its place, as `involve
    /// record` seals a record.
    static func resealed(_ text: String) -> [UInt8] {
        var bytes = Array(text.utf8)
        let marker = Array("\"recordSHA256\": \"".utf8)
        guard let start = (0...(bytes.count - marker.count)).last(where: { bytes[$0..<$0 + marker.count].elementsEqual(marker) }) else { return bytes }
        bytes.replaceSubrange(start + marker.count..<start + marker.count + 64, with: Array(RecordDigest.placeholder.utf8))
        RecordDigest.seal(&bytes)
        return bytes
    }

    @Test func everyExampleRecordReadsAsItsReportSection() throws {
        let records = try Self.exampleRecords()
        #expect(records.count >= 10)
        for (name, bytes) in records {
            let whole = try DecisionRecordLoader.load(bytes, file: name).get()
            let section = try DecisionRecordLoader.load(bytes, file: name, parts: .reportSection).get()
            #expect(section == whole.forReportSection, "\(name)")
            #expect(section.readingNotes == whole.readingNotes)
            #expect(whole.trail.isEmpty == false)
        }
    }

    @Test func blankingKeepsEveryLineAndColumn() throws {
        let text = "{\n  \"a\": [\"é\", \"x\",\n    \"ü😀\"], \"b\": 1,\n  \"c\": {\"k\": \"ß\"}, \"d\": [],\n  \"e\": \"[kept]\"\n}\n"
        let blanked = try #require(JSONSkipScan.blanking(["a", "c", "d", "e"], in: Array(text.utf8)))
        let result = String(decoding: blanked, as: UTF8.self)
        // Arrays and objects are blanked; "[]" is too short to be, and a string is kept.
        #expect(result == "{\n  \"a\": null\n         , \"b\": 1,\n  \"c\": null      , \"d\": [],\n  \"e\": \"[kept]\"\n}\n")
        // And the parser finds what follows a blanked value where it was.
        let before = try JSONParser.parse(Array(text.utf8))
        let after = try JSONParser.parse(blanked)
        guard case .object(let old) = before.value, case .object(let new) = after.value else { Issue.record("not objects"); return }
        #expect(old.map(\.keyLocation.line) == new.map(\.keyLocation.line))
        #expect(old.map(\.keyLocation.column) == new.map(\.keyLocation.column))
        #expect(old.map(\.value.location.column) == new.map(\.value.location.column))
    }

    @Test func aDocumentTheScanCannotVouchForIsNotBlanked() {
        for text in ["[]", "{", "{\"a\": [1,]}", "{\"a\": [01]}", "{\"tr\\u0061il\": []}", "{} x", "{\"a\": \"\u{01}\"}"] {
            #expect(JSONSkipScan.blanking(["a", "trail"], in: Array(text.utf8)) == nil, "\(text)")
        }
        #expect(JSONSkipScan.blanking(["a"], in: [UInt8]("{\"a\": [\"".utf8) + [0xC3, 0x28] + [UInt8]("\"]}".utf8)) == nil)
        #expect(JSONSkipScan.blanking(["a"], in: Array("{\"a\": [\"\\ud800\"]}".utf8)) == nil)
        #expect(JSONSkipScan.blanking(["a"], in: Array("{\"a\": [\"\\ud83d\\ude00\", 1.5e-3, -0, true, null]}".utf8)) != nil)
        let deep = "{\"a\": " + String(repeating: "[", count: 70) + String(repeating: "]", count: 70) + "}"
        #expect(JSONSkipScan.blanking(["a"], in: Array(deep.utf8)) == nil)
    }

    /// Each way of breaking the trail of an example record (the first occurrence of a text
    /// replaced; no text: the file cut at two thirds, inside the trail), reported the same
    /// whichever parts are read: syntax (not built, but checked), type, and the digest.
    @Test(arguments: [
        ("", ""),
        ("\"step\": 1,", "\"step\": +1,"),
        ("\"answer\": \"", "\"answer\": \"\\x"),
        ("\"answer\": \"", "\"answer\": \"\\udc00"),
        ("\"answer\": \"", "\"answer\": \"\t"),
        ("\"citations\": [", "\"citations\": [1,"),
        ("\"trail\": [", "\"trail\": \"[\", \"x\": ["),
        ("\"answer\": \"", "\"answer\": \"Edited. "),
    ])
    func brokenTrailsAreReportedAsWhenReadWhole(_ find: String, _ replacement: String) throws {
        let (name, bytes) = try #require(try Self.exampleRecords().first)
        let text = String(decoding: bytes, as: UTF8.self)
        let brokenText: String
        if find.isEmpty {
            brokenText = String(text.prefix(text.count * 2 / 3))
        } else {
            let at = try #require(text.range(of: find))
            brokenText = text.replacingCharacters(in: at, with: replacement)
        }
        let broken = Array(brokenText.utf8)
        let whole = Self.rendered(DecisionRecordLoader.load(broken, file: name))
        #expect(!whole.isEmpty, "\(replacement)")
        #expect(Self.rendered(DecisionRecordLoader.load(broken, file: name, parts: .reportSection)) == whole, "\(replacement)")
    }

    @Test func invalidUTF8InTheTrailIsReportedAsWhenReadWhole() throws {
        let (name, bytes) = try #require(try Self.exampleRecords().first)
        let text = String(decoding: bytes, as: UTF8.self)
        let at = try #require(text.range(of: "\"trail\""))
        var broken = Array(text[..<at.upperBound].utf8)
        broken += Array(text[at.upperBound...].utf8).map { $0 == UInt8(ascii: "?") ? 0xFF : $0 }
        let whole = Self.rendered(DecisionRecordLoader.load(broken, file: name))
        #expect(whole.first?.contains("UTF-8") == true)
        #expect(Self.rendered(DecisionRecordLoader.load(broken, file: name, parts: .reportSection)) == whole)
    }

    /// What is documented: a record resealed with a trail step that lacks a key is refused when
    /// read whole (by `verify` and the full appendix) and read when only its report section is.
    @Test func theContentOfPartsLeftUnreadIsNotChecked() throws {
        let (name, bytes) = try #require(try Self.exampleRecords().first)
        let text = String(decoding: bytes, as: UTF8.self)
        let resealed = Self.resealed(text.replacingOccurrences(of: "\"question\": \"", with: "\"questio\": \""))
        #expect(Self.rendered(DecisionRecordLoader.load(resealed, file: name)).isEmpty == false)
        #expect(Self.rendered(DecisionRecordLoader.load(resealed, file: name, parts: .reportSection)).isEmpty)
        // Still checked: a resealed record whose verdict is not a verdict.
        let badVerdict = Self.resealed(text.replacingOccurrences(of: "\"value\": \"", with: "\"value\": \"x"))
        #expect(Self.rendered(DecisionRecordLoader.load(badVerdict, file: name, parts: .reportSection))
                == Self.rendered(DecisionRecordLoader.load(badVerdict, file: name)))
    }
}
