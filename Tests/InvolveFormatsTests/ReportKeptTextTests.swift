import Testing
@testable import InvolveCore
@testable import InvolveFormats

/// The annual report keeps of each record only the facts its figures count, and the texts its
/// tables print as bytes (what `involve report` keeps in a temporary file): the report made from
/// those must be the report made from the records held whole.
@Suite struct ReportKeptTextTests {
    /// Texts kept as bytes in memory, as `involve report` keeps them in its file.
    final class KeptBytes: ReportRecordStore, @unchecked Sendable {
        var bytes: [UInt8] = []
        var reads = 0

        func keep(_ more: [UInt8]) -> ReportedRecord.Slot {
            defer { bytes += more }
            return ReportedRecord.Slot(offset: bytes.count, length: more.count)
        }

        func kept(at slot: ReportedRecord.Slot) -> ReportKept? {
            reads += 1
            return .bytes(Array(bytes[slot.offset..<slot.offset + slot.length]))
        }
    }

    static func keptAsBytes(_ records: [DecisionRecord], period: CalendarDateRange) -> (InvolvementReport, KeptBytes) {
        let store = KeptBytes()
        var collector = InvolvementReport.Collector(organisation: nil, period: period)
        // Added in reverse, as files named otherwise would come: the report puts them in date order.
        for record in records.reversed() {
            collector.add(record) { store.keep(InvolvementReport.keptBytes($0, period: period)) }
        }
        return (collector.report(store: store), store)
    }

    static func records() throws -> [DecisionRecord] {
        try RecordFixtures.exampleRecords().map(\.record) + [RecordFixtures.hostileRecord()]
    }

    @Test(arguments: [ReportAppendix.none, .summary])
    func aReportFromKeptTextsIsTheReportFromWholeRecords(_ appendix: ReportAppendix) throws {
        // Two reporting years, so the year-on-year table is made from the facts too.
        let period = try #require(CalendarDateRange(start: RecordFixtures.day("2024-04-01"), end: RecordFixtures.day("2026-03-31")))
        let records = try Self.records()
        let whole = InvolvementReport(organisation: nil, period: period, allRecords: records)
        let (kept, store) = Self.keptAsBytes(records, period: period)
        #expect(kept.records.map(\.recordID) == whole.records.map(\.recordID), "the same records in the same order")
        #expect(ReportMarkdown.render(kept, appendix: appendix) == ReportMarkdown.render(whole, appendix: appendix))
        #expect(ReportHTML.render(kept, appendix: appendix) == ReportHTML.render(whole, appendix: appendix))
        #expect(ReportDocx.render(kept, appendix: appendix) == ReportDocx.render(whole, appendix: appendix))
        #expect(store.reads > 0, "the tables read the kept texts")
    }

    @Test func theFullAppendixOfKeptTextsReadsEachRecordAgain() throws {
        let period = try #require(RecordFixtures.year)
        let records = try Self.records()
        let byID = Dictionary(records.map { ($0.recordID, $0) }, uniquingKeysWith: { first, _ in first })
        let (kept, _) = Self.keptAsBytes(records, period: period)
        let whole = InvolvementReport(organisation: nil, period: period, allRecords: records)
        var asked: [String] = []
        let text = ReportMarkdown.render(kept, appendix: .full, wholeRecord: { asked.append($0.recordID); return byID[$0.recordID] })
        #expect(text == ReportMarkdown.render(whole, appendix: .full))
        #expect(asked == kept.records.map(\.recordID))
        // Without a way to read them again, kept texts give no full records: the appendix has none.
        #expect(!ReportMarkdown.render(kept, appendix: .full).contains("Rationale trail"))
    }

    @Test func keptTextsReadBackAsWritten() throws {
        let period = try #require(RecordFixtures.year)
        for record in try Self.records() {
            let text = ReportRecordText(record, periodEnd: period.end)
            let back = ReportRecordText(bytes: text.bytes)
            #expect(back.bytes == text.bytes, "\(record.recordID)")
            #expect(back.title == record.project.title)
            #expect(back.brief.map(\.label) == text.brief.map(\.label))
            #expect(back.departures.count == (record.decision?.departuresFromGuidance.count ?? 0))
        }
    }

    @Test func bytesThatAreNotKeptTextsGiveEmptyTextsNotACrash() {
        for bytes: [UInt8] in [[], [0xFF], [0xFF, 0xFF, 0xFF, 0xFF, 1], Array(repeating: 0xFF, count: 64), [5, 0, 0, 0, 0xC3]] {
            let text = ReportRecordText(bytes: bytes)
            #expect(text.keyDates.count <= bytes.count && text.brief.count <= bytes.count)
        }
        #expect(ReportRecordText.unreadable.title.isEmpty)
    }

    @Test func aRecordReadAgainMustStillSayWhatWasCounted() throws {
        let period = try #require(RecordFixtures.year)
        let records = try RecordFixtures.exampleRecords().map(\.record)
        let (report, _) = Self.keptAsBytes(records, period: period)
        let kept = try #require(report.records.first)
        let same = try #require(records.first { $0.recordID == kept.recordID })
        #expect(report.stillSays(kept, same))
        var retitled = same
        retitled.project.title += " (revised)"
        #expect(!report.stillSays(kept, retitled), "a text the tables print changed")
        var reverdicted = same
        reverdicted.verdict.value = same.verdict.value == .applies ? .doesNotApply : .applies
        #expect(!report.stillSays(kept, reverdicted), "a fact the figures count changed")
        var retrailed = same
        retrailed.trail = []
        #expect(report.stillSays(kept, retrailed), "the trail is neither counted nor kept")
    }

    @Test func aSetOfCasesHoldsEachCaseApart() {
        let all = CaseSet(ProtectedCharacteristic.allCases)
        #expect(ProtectedCharacteristic.allCases.allSatisfy(all.contains))
        let one = CaseSet([ProtectedCharacteristic.race])
        #expect(one.members == [.race])
        #expect(CaseSet<EvidenceKind>([]).members.isEmpty)
        // Every enumeration the report keeps in a set fits one word.
        #expect(ProtectedCharacteristic.allCases.count <= 64 && EvidenceKind.allCases.count <= 64 && RecordRouteKind.allCases.count <= 64)
    }
}
