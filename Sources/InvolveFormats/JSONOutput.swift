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
        var bytes: [UInt8] = []
        write(into: &bytes, indent: 0)
        bytes.append(UInt8(ascii: "\n"))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the value as if it stood at nesting level `indent` (its members are indented
    /// one level more), so that pieces of one document can be written separately. UTF-8
    /// bytes, which append far faster than `String` pieces.
    func write(into output: inout [UInt8], indent: Int) {
        switch self {
        case .object(let members):
            if members.isEmpty { JSONOutput.append("{}", to: &output); return }
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
            if elements.isEmpty { JSONOutput.append("[]", to: &output); return }
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
        case .int(let value): JSONOutput.append(String(value), to: &output)
        case .double(let value):
            JSONOutput.append(value.isFinite ? (value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)) : "null",
                              to: &output)
        case .bool(let value): JSONOutput.append(value ? "true" : "false", to: &output)
        case .null: JSONOutput.append("null", to: &output)
        case .rendered(let cached):
            if indent == cached.indent {
                output.append(contentsOf: cached.bytes)
            } else {
                cached.value.write(into: &output, indent: indent)
            }
        }
    }

    private static func append(_ text: String, to output: inout [UInt8]) {
        output.append(contentsOf: text.utf8)
    }

    /// Two spaces per level, for the levels a report reaches; deeper levels are built on demand.
    private static let indents: [[UInt8]] = (0..<24).map { [UInt8](repeating: UInt8(ascii: " "), count: $0 * 2) }

    private static func appendIndent(_ level: Int, to output: inout [UInt8]) {
        if level < indents.count {
            output.append(contentsOf: indents[level])
        } else {
            output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: level * 2))
        }
    }

    /// RFC 8259 string escaping (`JSONEscaping`, shared with the core's writer).
    static func quoted(_ text: String) -> String { JSONEscaping.quoted(text) }

    static func appendQuoted(_ text: String, to output: inout [UInt8]) { JSONEscaping.appendQuoted(text, to: &output) }
}

/// A JSON value with its text at one nesting level (see `JSONOutput.rendered(_:)`).
public final class RenderedJSON: Sendable {
    public let value: JSONOutput
    public let indent: Int
    let bytes: [UInt8]

    public init(_ value: JSONOutput, indent: Int) {
        self.value = value
        self.indent = indent
        var bytes: [UInt8] = []
        value.write(into: &bytes, indent: indent)
        self.bytes = bytes
    }
}
