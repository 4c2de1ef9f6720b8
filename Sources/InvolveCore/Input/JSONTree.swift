/// A JSON value built in code, written with keys in the order given, so that the schema and the
/// starter project file are the same bytes on every machine. (InvolveFormats has its own writer
/// for assessments; the core cannot depend on it, and this one is small.)
public indirect enum JSONTree: Sendable, Equatable {
    case object([Member])
    case array([JSONTree])
    case string(String)
    case integer(Int)
    case number(Double)
    case bool(Bool)
    case null

    public struct Member: Sendable, Equatable {
        public let key: String
        public let value: JSONTree

        public init(_ key: String, _ value: JSONTree) {
            self.key = key
            self.value = value
        }
    }

    /// The value of `key` in an object, if there is one.
    public subscript(key: String) -> JSONTree? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// A copy of this object with the value of `key` replaced (or appended if absent).
    public func setting(_ key: String, to value: JSONTree) -> JSONTree {
        guard case .object(var members) = self else { return self }
        if let index = members.firstIndex(where: { $0.key == key }) {
            members[index] = Member(key, value)
        } else {
            members.append(Member(key, value))
        }
        return .object(members)
    }

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
                output += padding + JSONTree.quoted(member.key) + ": "
                member.value.write(into: &output, indent: indent + 1)
                output += index < members.count - 1 ? ",\n" : "\n"
            }
            output += closing + "}"
        case .array(let elements):
            if elements.isEmpty { output += "[]"; return }
            // Short arrays of plain values stay on one line: ["planning", "proposal-for-change"].
            if elements.allSatisfy(\.isScalar) {
                let inline = "[" + elements.map { $0.inlineText }.joined(separator: ", ") + "]"
                if inline.count + indent * 2 <= 100 { output += inline; return }
            }
            output += "[\n"
            for (index, element) in elements.enumerated() {
                output += padding
                element.write(into: &output, indent: indent + 1)
                output += index < elements.count - 1 ? ",\n" : "\n"
            }
            output += closing + "]"
        default:
            output += inlineText
        }
    }

    private var isScalar: Bool {
        switch self {
        case .object, .array: return false
        default: return true
        }
    }

    private var inlineText: String {
        switch self {
        case .string(let text): return JSONTree.quoted(text)
        case .integer(let value): return String(value)
        case .number(let value):
            guard value.isFinite else { return "null" }
            return value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
        case .bool(let value): return value ? "true" : "false"
        case .null: return "null"
        case .object, .array: return ""
        }
    }

    /// RFC 8259 string escaping (`JSONEscaping`, shared with the report writers).
    static func quoted(_ text: String) -> String { JSONEscaping.quoted(text) }
}
