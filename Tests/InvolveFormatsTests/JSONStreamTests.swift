@testable import InvolveFormats
import Testing

/// The streamed JSON must print exactly as the `JSONOutput` tree of the same value, since the
/// documents' bytes are a contract (golden files test the assessments; this tests the layout).
@Suite struct JSONStreamTests {
    @Test func writesWholeNumbersAsStringDoes() {
        let values = [0, 1, -1, 9, 10, -10, 99, 100, 1234567890, -987654321, Int.max, Int.min, Int.max - 1, Int.min + 1]
            + (0..<64).map { 1 << $0 } + sequence(first: 1, next: { $0 <= Int.max / 10 ? $0 * 10 : nil }).map { -$0 }
        for value in values {
            var bytes: [UInt8] = Array("x".utf8)
            JSONStream.appendDecimal(value, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == "x" + String(value))
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

    @Test func continuesAtTheLevelItIsGiven() {
        var buffer = ReportBuffer()
        buffer.append("[\n    ")
        buffer.appendJSON(atLevel: 2) { json in
            json.object { json in json.member("deep", .object([("k", .int(1))])) }
        }
        #expect(buffer.text == "[\n    {\n      \"deep\": {\n        \"k\": 1\n      }\n    }")
    }
}
