import Foundation
import Testing
@testable import InvolveCLI
@testable import InvolveCore

/// The annual report's record texts wait in an unlinked temporary file (`ReportRecordSpool`)
/// and are read back a record at a time, in any order.
@Suite struct ReportRecordSpoolTests {
    static func texts(_ count: Int) -> [[UInt8]] {
        (0..<count).map { index in (0..<(700 + index % 900)).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ index) } }
    }

    static func readBack(_ spool: ReportRecordSpool, _ slots: [ReportedRecord.Slot]) -> [[UInt8]?] {
        slots.map { slot in
            if case .bytes(let bytes)? = spool.kept(at: slot) { return bytes }
            return nil
        }
    }

    @Test func textsReadBackInAnyOrderAcrossFlushes() throws {
        let directory = NSTemporaryDirectory() + "involve-spool-\(getpid())"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let spool = ReportRecordSpool(directory: directory)
        // About 3 MiB: several flushes to the file, and the last texts still in memory.
        let texts = Self.texts(3_000)
        let slots = texts.map(spool.keep)
        #expect(slots.last.map { $0.offset + $0.length } ?? 0 > 2 * ReportRecordSpool.flushSize)
        let order = Array(slots.indices.reversed()) + Array(stride(from: 0, to: slots.count, by: 7))
        for (index, bytes) in zip(order, Self.readBack(spool, order.map { slots[$0] })) {
            #expect(bytes == texts[index], "text \(index)")
        }
        #expect(spool.failure == nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).isEmpty, "the file is unlinked as soon as it is made")
    }

    @Test func withoutATemporaryFileTheTextsStayInMemory() {
        let spool = ReportRecordSpool(directory: "/nonexistent/involve-spool")
        let texts = Self.texts(2_000)
        let slots = texts.map(spool.keep)
        #expect(Self.readBack(spool, slots).compactMap { $0 } == texts)
        #expect(spool.failure == nil)
    }

    @Test func aSlotItDidNotGiveIsRefused() {
        let spool = ReportRecordSpool(directory: "/nonexistent/involve-spool")
        _ = spool.keep([1, 2, 3])
        for slot in [ReportedRecord.Slot(offset: 2, length: 5), .init(offset: -1, length: 1), .init(offset: 0, length: -1)] {
            #expect(spool.kept(at: slot) == nil)
        }
    }
}
