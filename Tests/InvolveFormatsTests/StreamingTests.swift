import Foundation
import InvolveCore
import InvolveFormats
import Testing

/// Documents written piece by piece must be exactly what the JSON writer would print for the
/// whole document at once (same indentation, same commas), and must be valid.
@Suite struct StreamingTests {
    @Test(arguments: [ReportFormat.json, .sarif])
    func streamedJSONIsFormattedLikeTheWholeDocument(_ format: ReportFormat) throws {
        for outcomes in [try Fixtures.outcomes(), [], [try Fixtures.outcome("invalid.json")]] {
            let text = format.render(outcomes, settings: ReportSettings(asOf: Fixtures.asOf))
            let root = try JSONParser.parse(Array(text.utf8))
            #expect(Self.output(root).rendered() == text)
        }
    }

    @Test func junitIsWellFormedXML() throws {
        let text = ReportFormat.junit.render(try Fixtures.outcomes(), settings: ReportSettings(asOf: Fixtures.asOf))
        let counter = ElementCounter()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = counter
        #expect(parser.parse(), "\(parser.parserError.map(String.init(describing:)) ?? "")")
        #expect(counter.counts["testsuite"] == 5)
        #expect(counter.counts["error"] == 1)
    }

    @Test func sameInputSameBytes() throws {
        for format in ReportFormat.allCases {
            let first = format.render(try Fixtures.outcomes(), settings: ReportSettings(asOf: Fixtures.asOf))
            let second = format.render(try Fixtures.outcomes(), settings: ReportSettings(asOf: Fixtures.asOf))
            #expect(first == second, "\(format)")
        }
    }

    static func output(_ node: JSONNode) -> JSONOutput {
        switch node.value {
        case .object(let members): return .object(members.map { ($0.key, output($0.value)) })
        case .array(let elements): return .array(elements.map(output))
        case .string(let text): return .string(text)
        case .number(let number): return number.integer.map(JSONOutput.int) ?? .double(number.value)
        case .bool(let value): return .bool(value)
        case .null: return .null
        }
    }
}

#if canImport(FoundationXML)
import FoundationXML
#endif

final class ElementCounter: NSObject, XMLParserDelegate {
    var counts: [String: Int] = [:]

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        counts[elementName, default: 0] += 1
    }
}
