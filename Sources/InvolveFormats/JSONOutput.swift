/// JSON for output, with keys in the order they are written, so that the same assessment
/// always prints the same bytes (Foundation's encoder sorts or hashes keys differently by
/// platform and escapes '/' on some).
public indirect enum JSONOutput: Sendable, Equatable {
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
        var output = ""
        write(into: &output, indent: 0)
        output += "\n"
        return output
    }

    /// Appends the value as if it stood at nesting level `indent` (its members are indented
    /// one level more), so that pieces of one document can be written separately.
    func write(into output: inout String, indent: Int) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(4096)
        write(into: &bytes, indent: indent)
        output += String(decoding: bytes, as: UTF8.self)
    }

    /// The writer proper: UTF-8 bytes, which append far faster than `String` pieces.
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
        var text = text
        text.withUTF8 { output.append(contentsOf: $0) }
    }

    private static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 64)

    private static func appendIndent(_ level: Int, to output: inout [UInt8]) {
        var remaining = level * 2
        while remaining > 0 {
            let count = min(remaining, spaces.count)
            output.append(contentsOf: spaces[0..<count])
            remaining -= count
        }
    }

    /// RFC 8259 string escaping: quotes, backslashes and control characters only.
    static func quoted(_ text: String) -> String {
        var bytes: [UInt8] = []
        appendQuoted(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `text` in quotes, copying the runs between escapes in one piece.
    static func appendQuoted(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { buffer in
            var runStart = 0
            for index in 0..<buffer.count {
                let byte = buffer[index]
                guard byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 else { continue }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<index]))
                output.append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""): output.append(UInt8(ascii: "\""))
                case UInt8(ascii: "\\"): output.append(UInt8(ascii: "\\"))
                case UInt8(ascii: "\n"): output.append(UInt8(ascii: "n"))
                case UInt8(ascii: "\r"): output.append(UInt8(ascii: "r"))
                case UInt8(ascii: "\t"): output.append(UInt8(ascii: "t"))
                case 0x08: output.append(UInt8(ascii: "b"))
                case 0x0C: output.append(UInt8(ascii: "f"))
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    output.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                               hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]])
                }
                runStart = index + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<buffer.count]))
        }
        output.append(UInt8(ascii: "\""))
    }
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
