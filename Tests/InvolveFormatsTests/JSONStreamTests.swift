import InvolveCore
@testable import InvolveFormats
import Testing

/// The streamed JSON must print exactly as the `JSONOutput` tree of the same value, since the
/// documents' bytes are a contract (golden files test the assessments; this tests the layout).
@Suite struct JSONStreamTests {
    @Test func writesWholeNumbersAsStringDoes() {
        let values = [0, 1, -1, 9, 10, -10, 99, 100, 1234567890, -987654321, Int.max, Int.min, Int.max - 1, Int.min + 1]
            + (0..<64).map { 1 << $0 } + sequence(first: 1, next: { $0 <= Int.max / 10 ? $0 * 10 : nil }).map { -$0 }
        for value in values {
            var bytes = ByteSink(capacity: 0)
            bytes.append("x")
            JSONStream.appendDecimal(value, to: &bytes)
            let text = bytes.text
            #expect(text == "x" + String(value))
        }
    }

    @Test func printsAsTheTreeDoesForEveryShape() {
        let tree: JSONOutput = .object([
            ("empty object", .object([])),
            ("empty array", .array([])),
            ("text", .string("say \"hi\"\n")),
            ("number", .int(-42)),
            ("flag", .bool(false)),
            ("nothing", .null),
            ("nested", .array([.object([("a", .array([.int(1), .array([])]))]), .string("x")])),
        ])
        let streamed = JSONStream.document { json in
            json.object { json in
                json.member("empty object", object: { _ in })
                json.key("empty array")
                json.array([String]()) { json, text in json.string(text) }
                json.member("text", "say \"hi\"\n")
                json.member("number", -42)
                json.member("flag", false)
                json.member("nothing", optional: nil)
                json.key("nested")
                json.array { json in
                    json.element()
                    json.object { json in
                        json.key("a")
                        json.array { json in
                            json.element()
                            json.int(1)
                            json.element()
                            json.value(.array([]))
                        }
                    }
                    json.element()
                    json.string("x")
                }
            }
        }
        #expect(streamed == tree.rendered())
    }

    @Test func writesKeysMadeAtRunTimeEscapedAndNestsDeeperThanSixtyFourLevels() {
        // Deeper than the 64 levels whose "has an entry" flags are kept in one word.
        func nested(_ depth: Int) -> JSONOutput { depth == 0 ? .int(1) : .array([nested(depth - 1), .string("x")]) }
        func stream(_ depth: Int, _ json: inout JSONStream) {
            guard depth > 0 else { return json.int(1) }
            json.array { json in
                json.element()
                stream(depth - 1, &json)
                json.element()
                json.string("x")
            }
        }
        for depth in [63, 64, 65, 100] {
            #expect(JSONStream.document { stream(depth, &$0) } == nested(depth).rendered())
        }
        let keyed = JSONStream.document { json in json.object { json in json.key(text: "say \"hi\""); json.int(2) } }
        #expect(keyed == JSONOutput.object([("say \"hi\"", .int(2))]).rendered())
    }

    @Test func sinkGrowsFromNothingAndKeepsEveryByte() {
        var sink = ByteSink(capacity: 0)
        var expected: [UInt8] = []
        for round in 0..<2000 {
            let piece = Array(String(repeating: "ab\u{E9}", count: round % 37).utf8)
            sink.append(contentsOf: piece)
            sink.append(UInt8(truncatingIfNeeded: round))
            sink.append(repeating: UInt8(ascii: " "), count: round % 5)
            expected += piece + [UInt8(truncatingIfNeeded: round)] + Array(repeating: UInt8(ascii: " "), count: round % 5)
        }
        let written = sink.bytes
        #expect(written == expected)
        sink.removeAll()
        let emptied = sink.isEmpty
        #expect(emptied)
    }

    @Test func continuesAtTheLevelItIsGiven() {
        var buffer = ReportBuffer()
        buffer.append("[\n    ")
        buffer.appendJSON(atLevel: 2) { json in
            json.object { json in json.member("deep", .object([("k", .int(1))])) }
        }
        #expect(buffer.text == "[\n    {\n      \"deep\": {\n        \"k\": 1\n      }\n    }")
    }
}
