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

    public static func == (lhs: JSONOutput, rhs: JSONOutput) -> Bool { lhs.rendered() == rhs.rendered() }

    /// An optional string, or null.
    public static func optional(_ text: String?) -> JSONOutput { text.map(JSONOutput.string) ?? .null }

    /// Pretty-printed with two-space indentation and a final newline.
    public func rendered() -> String {
        var output = ""
        write(into: &output, indent: 0)
        return output + "\n"
    }

    private func write(into output: inout String, indent: Int) {
        let padding = String(repeating: "  ", count: indent + 1)
        let closing = String(repeating: "  ", count: indent)
        switch self {
        case .object(let members):
            if members.isEmpty { output += "{}"; return }
            output += "{\n"
            for (index, member) in members.enumerated() {
                output += padding + JSONOutput.quoted(member.0) + ": "
                member.1.write(into: &output, indent: indent + 1)
                output += index < members.count - 1 ? ",\n" : "\n"
            }
            output += closing + "}"
        case .array(let elements):
            if elements.isEmpty { output += "[]"; return }
            output += "[\n"
            for (index, element) in elements.enumerated() {
                output += padding
                element.write(into: &output, indent: indent + 1)
                output += index < elements.count - 1 ? ",\n" : "\n"
            }
            output += closing + "]"
        case .string(let text): output += JSONOutput.quoted(text)
        case .int(let value): output += String(value)
        case .double(let value):
            output += value.isFinite ? (value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)) : "null"
        case .bool(let value): output += value ? "true" : "false"
        case .null: output += "null"
        }
    }

    /// RFC 8259 string escaping: quotes, backslashes and control characters only.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{08}": result += "\\b"
            case "\u{0C}": result += "\\f"
            case let control where control.value < 0x20:
                let hex = String(control.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
