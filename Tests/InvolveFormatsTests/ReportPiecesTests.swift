import Foundation
import Testing
@testable import InvolveCore
@testable import InvolveFormats

/// The annual report given to be written in pieces as it is made (`involve report --output`),
/// and each record read again whole for the full appendix, one at a time.
@Suite struct ReportPiecesTests {
    /// The example year three times over: a full appendix of several mebibytes.
    static func largeReport() throws -> (report: InvolvementReport, whole: [String: DecisionRecord], all: [DecisionRecord]) {
        let records = try RecordFixtures.exampleRecords().map(\.record)
        var kept: [DecisionRecord] = []
        var whole: [String: DecisionRecord] = [:]
        for copy in 0..<3 {
            for record in records {
                var record = record
                record.recordID += "-\(copy)"
                record.source = record.recordID
                whole[record.recordID] = record
                kept.append(record.forReportSection)
            }
        }
        let period = try #require(RecordFixtures.year)
        return (InvolvementReport(organisation: nil, period: period, allRecords: kept), whole, kept)
    }

    @Test(arguments: ["markdown", "html"])
    func theFullAppendixComesInPiecesWithEachRecordReadOnce(_ format: String) throws {
        let (report, whole, all) = try Self.largeReport()
        var pieces: [String] = []
        var read: [String] = []
        let reread: (ReportedRecord) -> DecisionRecord? = { kept in
            read.append(kept.recordID)
            return whole[kept.recordID]
        }
        if format == "markdown" {
            ReportMarkdown.render(report, appendix: .full, wholeRecord: reread) { pieces.append($0) }
        } else {
            ReportHTML.render(report, appendix: .full, wholeRecord: reread) { pieces.append($0) }
        }
        #expect(pieces.count >= 3, "\(pieces.count) pieces")
        // Pieces are given when they reach the size, whole lines each.
        for piece in pieces.dropLast() { #expect(piece.hasSuffix("\n")) }
        // (HTML ends with the last records' piece and the page's closing tags.)
        for piece in pieces.dropFirst().dropLast(format == "html" ? 2 : 1) { #expect(piece.utf8.count >= ReportAppendix.piece) }
        #expect(read == report.records.map(\.recordID))
        let text = pieces.joined()
        #expect(text.contains("Rationale trail"))
        // The same as rendering with the whole records at hand.
        let withWholeRecords = InvolvementReport(organisation: nil, period: report.period,
                                                 allRecords: all.compactMap { whole[$0.recordID] })
        let expected = format == "markdown" ? ReportMarkdown.render(withWholeRecords, appendix: .full)
                                            : ReportHTML.render(withWholeRecords, appendix: .full)
        #expect(text == expected)
        if format == "html" { #expect(HTMLChecker(text).problems.isEmpty) }
    }

    @Test func theBriefAppendixReadsNoRecordAgain() throws {
        let (report, _, _) = try Self.largeReport()
        var read = 0
        for appendix in [ReportAppendix.none, .summary] {
            _ = ReportMarkdown.render(report, appendix: appendix, wholeRecord: { _ in read += 1; return nil })
            _ = ReportHTML.render(report, appendix: appendix, wholeRecord: { _ in read += 1; return nil })
            _ = ReportDocx.render(report, appendix: appendix, wholeRecord: { _ in read += 1; return nil })
        }
        #expect(read == 0)
    }
}
