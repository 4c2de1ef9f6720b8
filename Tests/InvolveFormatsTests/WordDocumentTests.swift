import Foundation
import Testing
import InvolveCore
@testable import InvolveFormats
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The Word documents: a ZIP any reader can open (checked by reading it back here, entry by
/// entry, against its central directory and CRC-32s), well-formed WordprocessingML with real
/// headings, tables and a chart, hostile text kept as text, and the same bytes every time.
/// (That Word and LibreOffice open them was checked by hand: docs/records.md says how.)
@Suite struct WordDocumentTests {
    @Test func crc32MatchesTheStandardCheckValue() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([]) == 0)
    }

    @Test func theZipReadsBack() throws {
        var zip = ZipArchive()
        zip.add("a.txt", Array("hello".utf8))
        zip.add("dir/b.xml", [])
        let entries = try ZipReader.entries(zip.finish())
        #expect(entries.map(\.name) == ["a.txt", "dir/b.xml"])
        #expect(entries.first?.data == Array("hello".utf8))
    }

    /// The document's body goes into the archive in pieces (its opening, the body, its closing):
    /// the entry and its CRC-32 are those of the pieces joined.
    @Test func anEntryAddedInPiecesIsThePiecesJoined() throws {
        let first = Array("123".utf8), second = Array("456789".utf8)
        var zip = ZipArchive()
        first.withUnsafeBytes { first in
            second.withUnsafeBytes { second in zip.add("p.txt", pieces: [first, UnsafeRawBufferPointer(start: nil, count: 0), second]) }
        }
        let entries = try ZipReader.entries(zip.finish())
        #expect(entries.first?.data == Array("123456789".utf8))
        first.withUnsafeBytes { first in
            second.withUnsafeBytes { second in #expect(CRC32.checksum(pieces: [first, second]) == 0xCBF4_3926) }
        }
    }

    @Test func theAnnualReportIsAWordDocument() throws {
        let report = try RecordFixtures.exampleReport()
        let entries = try ZipReader.entries(ReportDocx.render(report))
        let names = entries.map(\.name)
        #expect(names.first == "[Content_Types].xml")
        #expect(Set(names) == ["[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "word/document.xml",
                               "word/_rels/document.xml.rels", "word/styles.xml", "word/settings.xml", "word/charts/chart1.xml"])
        for entry in entries {
            let counter = ElementCounter()
            let parser = XMLParser(data: Data(entry.data))
            parser.delegate = counter
            #expect(parser.parse(), "\(entry.name): \(parser.parserError.map(String.init(describing:)) ?? "")")
        }
        let document = try text(entries, "word/document.xml")
        // Real headings: one title, the six sections and the appendix, a heading per record.
        #expect(document.components(separatedBy: "<w:pStyle w:val=\"Heading1\"/>").count - 1 == 1)
        #expect(document.components(separatedBy: "<w:pStyle w:val=\"Heading2\"/>").count - 1 == 7)
        #expect(document.components(separatedBy: "<w:pStyle w:val=\"Heading3\"/>").count - 1 == report.records.count)
        #expect(document.contains("<w:tblHeader/>") && document.contains("<w:cantSplit/>"))
        #expect(document.contains("Done: formal public consultation. Assessed: engagement."))
        // The chart: a Word chart with a description, its five verdicts stacked by month.
        #expect(document.contains("descr=\"Bar chart of 17 decision records"))
        let chart = try text(entries, "word/charts/chart1.xml")
        #expect(chart.contains("<c:grouping val=\"stacked\"/>"))
        #expect(chart.components(separatedBy: "<c:ser>").count - 1 == 5)
        #expect(chart.contains("<c:v>Apr 2025</c:v>") && chart.contains("<c:v>Mar 2026</c:v>"))
        let styles = try text(entries, "word/styles.xml")
        #expect(styles.contains("<w:name w:val=\"heading 1\"/>") && styles.contains("<w:outlineLvl w:val=\"0\"/>"))
    }

    @Test func theAppendixIsChosenInWordToo() throws {
        let report = try RecordFixtures.exampleReport()
        let none = try text(try ZipReader.entries(ReportDocx.render(report, appendix: .none)), "word/document.xml")
        let full = try text(try ZipReader.entries(ReportDocx.render(report, appendix: .full)), "word/document.xml")
        #expect(!none.contains("Appendix"))
        #expect(full.contains(ReportWording.fullAppendixTitle) && full.contains("Rationale trail"))
    }

    @Test func hostileTextStaysText() throws {
        let period = try #require(RecordFixtures.year)
        var record = RecordFixtures.hostileRecord()
        record.project.title += "\u{0}\u{1B}[31m control characters"
        let report = InvolvementReport(organisation: "Org <i>", period: period, allRecords: [record])
        for bytes in [ReportDocx.render(report, appendix: .full), DecisionRecordDocx.render(record)] {
            let entries = try ZipReader.entries(bytes)
            let document = try text(entries, "word/document.xml")
            let parser = XMLParser(data: Data(document.utf8))
            #expect(parser.parse(), "\(parser.parserError.map(String.init(describing:)) ?? "")")
            #expect(!document.contains("<script") && document.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
            #expect(!document.contains("\u{1B}") && !document.contains("\u{0}"))
        }
    }

    @Test func theSameReportGivesTheSameBytes() throws {
        #expect(ReportDocx.render(try RecordFixtures.exampleReport()) == ReportDocx.render(try RecordFixtures.exampleReport()))
    }

    /// `involve report` writes the document in pieces as it is made, its body kept in a spool:
    /// the pieces, joined, are the document made whole (the full appendix makes a body of
    /// many pieces).
    @Test func theReportWrittenInPiecesIsTheSameDocument() throws {
        let report = try RecordFixtures.exampleReport()
        var pieces: [[UInt8]] = []
        ReportDocx.render(report, appendix: .full, spool: MemoryBodySpool()) { pieces.append(Array($0)) }
        #expect(pieces.count > 1)
        #expect(Array(pieces.joined()) == ReportDocx.render(report, appendix: .full))
    }

    /// The document text of the example year's Word report, as a golden file (the ZIP around
    /// it is tested above).
    @Test func documentMatchesGolden() throws {
        let entries = try ZipReader.entries(ReportDocx.render(try RecordFixtures.exampleReport()))
        for (part, golden) in [("word/document.xml", "annual-report-2025-26.docx.document.xml"),
                               ("word/charts/chart1.xml", "annual-report-2025-26.docx.chart1.xml")] {
            // One element a line, so that a difference is readable.
            let readable = try text(entries, part).replacingOccurrences(of: "><", with: ">\n<") + "\n"
            let difference = try RecordFixtures.compareGolden(readable, RecordFixtures.golden.appendingPathComponent(golden))
            #expect(difference == nil, "\(difference ?? "")")
        }
    }

    /// One assessment in Word (`involve assess FILE --format docx`), as a golden file.
    @Test func oneAssessmentMatchesGolden() throws {
        let name = "route-well-run-twelve-week-consultation.json"
        let bytes = try [UInt8](Data(contentsOf: RecordFixtures.packageRoot.appendingPathComponent("Examples/" + name)))
        guard case .success(let project) = ProjectLoader.load(bytes, file: name) else { throw RecordFixtures.Failure(description: "\(name) does not load") }
        let assessment = Assessor.assess(project, options: AssessmentOptions(asOf: RecordFixtures.day("2026-01-15")))
        let record = DecisionRecord.make(project: project, assessment: assessment, inputBytes: bytes, inputName: name)
        let docx = DecisionRecordDocx.render(record)
        #expect(docx == DecisionRecordDocx.render(record))
        let document = try text(try ZipReader.entries(docx), "word/document.xml")
        #expect(document.contains("<w:pStyle w:val=\"Heading1\"/>") && document.contains("Rationale trail"))
        let readable = document.replacingOccurrences(of: "><", with: ">\n<") + "\n"
        let difference = try RecordFixtures.compareGolden(readable, RecordFixtures.golden.appendingPathComponent("assess-route-well-run-twelve-week-consultation.docx.document.xml"))
        #expect(difference == nil, "\(difference ?? "")")
    }

    func text(_ entries: [ZipReader.Entry], _ name: String) throws -> String {
        let entry = try #require(entries.first { $0.name == name }, "no \(name) in the document")
        return String(decoding: entry.data, as: UTF8.self)
    }
}

/// Reads a ZIP of stored entries as an unzip tool does: from the end of central directory
/// record, through each central directory header, to its local header and data, checking
/// that the two headers agree and that each entry's CRC-32 is right.
enum ZipReader {
    struct Entry {
        let name: String
        let data: [UInt8]
    }

    struct Problem: Error, CustomStringConvertible {
        let description: String
    }

    static func entries(_ bytes: [UInt8]) throws -> [Entry] {
        func u16(_ at: Int) throws -> Int {
            guard at + 2 <= bytes.count else { throw Problem(description: "truncated at \(at)") }
            return Int(bytes[at]) | Int(bytes[at + 1]) << 8
        }
        func u32(_ at: Int) throws -> Int {
            let low = try u16(at)
            let high = try u16(at + 2)
            return low | high << 16
        }
        let end = bytes.count - 22
        guard end >= 0, try u32(end) == 0x0605_4b50 else { throw Problem(description: "no end of central directory record") }
        let count = try u16(end + 10)
        var cursor = try u32(end + 16)
        guard cursor + (try u32(end + 12)) == end else { throw Problem(description: "central directory size and offset disagree") }
        var result: [Entry] = []
        for _ in 0..<count {
            guard try u32(cursor) == 0x0201_4b50 else { throw Problem(description: "bad central header at \(cursor)") }
            let crc = try u32(cursor + 16)
            let size = try u32(cursor + 20)
            let nameLength = try u16(cursor + 28)
            let offset = try u32(cursor + 42)
            let name = String(decoding: bytes[(cursor + 46)..<(cursor + 46 + nameLength)], as: UTF8.self)
            guard try u32(offset) == 0x0403_4b50, try u16(offset + 8) == 0, try u32(offset + 14) == crc,
                  try u32(offset + 18) == size, try u16(offset + 26) == nameLength else {
                throw Problem(description: "local header of \(name) disagrees with the central directory")
            }
            let start = offset + 30 + nameLength + (try u16(offset + 28))
            let data = Array(bytes[start..<(start + size)])
            guard Int(CRC32.checksum(data)) == crc else { throw Problem(description: "CRC-32 of \(name) is wrong") }
            result.append(Entry(name: name, data: data))
            cursor += 46 + nameLength + (try u16(cursor + 30)) + (try u16(cursor + 32))
        }
        return result
    }
}
