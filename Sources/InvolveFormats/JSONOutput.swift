import InvolveCore

/// JSON for output, with keys in the order they are written, so that the same assessment
/// always prints the same bytes (Foundation's encoder sorts or hashes keys differently by
/// platform and escapes '/' on some).
public enum JSONOutput: Sendable, Equatable {
    case object([(String, JSONOutput)])
    case array([JSONOutput])
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case null
    /// A value already rendered at one nesting level, reused wherever it appears at that level
    /// (a rule's citations are the same in every report); elsewhere it is rendered afresh.
    case rendered(RenderedJSON)

    public static func == (lhs: JSONOutput, rhs: JSONOutput) -> Bool { lhs.rendered() == rhs.rendered() }

    /// An optional string, or null.
    public static func optional(_ text: String?) -> JSONOutput { text.map(JSONOutput.string) ?? .null }

    /// Pretty-printed with two-space indentation and a final newline.
    public func rendered() -> String {
        var bytes = ByteSink()
        write(into: &bytes, indent: 0)
        bytes.append(UInt8(ascii: "\n"))
        return bytes.text
    }

    /// Appends the value as if it stood at nesting level `indent` (its members are indented
    /// one level more), so that pieces of one document can be written separately. UTF-8
    /// bytes, which append far faster than `String` pieces.
    func write(into output: inout ByteSink, indent: Int) {
        switch self {
        case .object(let members):
            if members.isEmpty { output.append("{}"); return }
            output.append(UInt8(ascii: "{"))
            output.append(UInt8(ascii: "\n"))
            for (index, member) in members.enumerated() {
                JSONOutput.appendIndent(indent + 1, to: &output)
                JSONOutput.appendQuoted(member.0, to: &output)
                output.append(UInt8(ascii: ":"))
                output.append(UInt8(ascii: " "))
                member.1.write(into: &output, indent: indent + 1)
                if index < members.count - 1 { output.append(UInt8(ascii: ",")) }
                output.append(UInt8(ascii: "\n"))
            }
            JSONOutput.appendIndent(indent, to: &output)
            output.append(UInt8(ascii: "}"))
        case .array(let elements):
            if elements.isEmpty { output.append("[]"); return }
            output.append(UInt8(ascii: "["))
            output.append(UInt8(ascii: "\n"))
            for (index, element) in elements.enumerated() {
                JSONOutput.appendIndent(indent + 1, to: &output)
                element.write(into: &output, indent: indent + 1)
                if index < elements.count - 1 { output.append(UInt8(ascii: ",")) }
                output.append(UInt8(ascii: "\n"))
            }
            JSONOutput.appendIndent(indent, to: &output)
            output.append(UInt8(ascii: "]"))
        case .string(let text): JSONOutput.appendQuoted(text, to: &output)
        case .int(let value): JSONStream.appendDecimal(value, to: &output)
        case .double(let value):
            output.append(utf8: value.isFinite ? (value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)) : "null")
        case .bool(let value): output.append(value ? "true" : "false")
        case .null: output.append("null")
        case .rendered(let cached):
            if indent == cached.indent {
                output.append(contentsOf: cached.bytes)
            } else {
                cached.value.write(into: &output, indent: indent)
            }
        }
    }

    /// The same, appended to an array (decision records, which seal the bytes in place).
    func write(into output: inout [UInt8], indent: Int) {
        var sink = ByteSink()
        write(into: &sink, indent: indent)
        sink.withUnsafeBytes { output.append(contentsOf: $0) }
    }

    /// Two spaces per level.
    private static func appendIndent(_ level: Int, to output: inout ByteSink) {
        output.append(repeating: UInt8(ascii: " "), count: level * 2)
    }

    /// RFC 8259 string escaping (`JSONEscaping`, shared with the core's writer).
    static func quoted(_ text: String) -> String { JSONEscaping.quoted(text) }

    static func appendQuoted(_ text: String, to output: inout ByteSink) { JSONEscaping.appendQuoted(text, to: &output) }
}

/// A JSON value with its text at one nesting level (see `JSONOutput.rendered(_:)`).
public final class RenderedJSON: Sendable {
    public let value: JSONOutput
    public let indent: Int
    let bytes: [UInt8]

    public init(_ value: JSONOutput, indent: Int) {
        self.value = value
        self.indent = indent
        var bytes = ByteSink()
        value.write(into: &bytes, indent: indent)
        self.bytes = bytes.bytes
    }
}
