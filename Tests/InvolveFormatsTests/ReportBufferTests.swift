import InvolveCore
@testable import InvolveFormats
import Testing

/// Held parts (`HeldPart`): kept in the buffer they are inserted in place; spilled, they leave a
/// splice at the offset where the output copies them back.
@Suite struct ReportBufferTests {
    @Test func heldPartsKeptInMemoryAreInsertedWhereTheWriterPutsThem() {
        var buffer = ReportBuffer()
        buffer.append("head ")
        buffer.hold(.second, "B1 ")
        buffer.hold(.first, "A1 ")
        buffer.hold(.second, "B2 ")
        let firstEmpty = buffer.heldIsEmpty(.first)
        #expect(!firstEmpty)
        buffer.append("middle ")
        buffer.insertHeld(.first)
        buffer.append("| ")
        buffer.insertHeld(.second)
        buffer.append("end")
        let text = buffer.text
        #expect(text == "head middle A1 | B1 B2 end")
        let splices = buffer.splices.count
        #expect(splices == 0)
    }

    @Test func spilledHeldPartsLeaveASpliceAtTheirPlace() {
        var buffer = ReportBuffer()
        var spilled: [UInt8] = []
        buffer.append("head ")
        buffer.hold(.first, "A1 ")
        buffer.spillHeld(.first) { spilled += $0 }
        buffer.hold(.first, "A2 ")
        let held = buffer.heldCount(.first)
        #expect(held == 3)
        buffer.append("middle ")
        buffer.insertHeld(.first)
        buffer.append("end")
        // The output spills the rest of the part and copies it all to the splice's offset.
        buffer.spillHeld(.first) { spilled += $0 }
        let text = buffer.text
        #expect(text == "head middle end")
        #expect(buffer.splices.map(\.offset) == [12])
        #expect(String(decoding: spilled, as: UTF8.self) == "A1 A2 ")
        let empty = buffer.heldIsEmpty(.first)
        #expect(!empty, "a spilled part is not empty: its first element needs no separator check again")
        buffer.removeAll()
        let cleared = buffer.isEmpty
        #expect(cleared)
    }
}
