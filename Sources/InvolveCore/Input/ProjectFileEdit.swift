/// Sets one fact in a project file's text and keeps every other byte as it was: the answer to
/// an open question (`involve assess FILE --ask`) replaces the value at its path (a `null`, or
/// a value to correct) or, when the key is not there, is added to its nearest existing parent
/// object, creating the objects in between. The caller checks the result still loads.
public enum ProjectFileEdit {
    /// The edited text, or nil when the path is not a chain of object keys from the root
    /// (`$.plan.decisionDate`) or runs through a value that is not an object.
    public static func setting(_ path: String, to value: JSONTree, in bytes: [UInt8]) -> [UInt8]? {
        guard path.hasPrefix("$."), let root = try? JSONParser.parse(bytes) else { return nil }
        let keys = path.dropFirst(2).split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard !keys.contains(where: { $0.isEmpty || $0.contains("[") }) else { return nil }
        var node = root
        for (index, key) in keys.enumerated() {
            guard case .object(let members) = node.value else { return nil }
            guard let member = members.last(where: { $0.key == key }) else {
                return inserting(key, nested(Array(keys[(index + 1)...]), value), into: node, members, bytes)
            }
            let isLast = index == keys.count - 1
            if isLast || isNull(member.value) {
                let replacement = isLast ? value : nested(Array(keys[(index + 1)...]), value)
                return replacing(member.value, with: inline(replacement), in: bytes)
            }
            node = member.value
        }
        return nil
    }

    /// `{"answer": "yes"}` for the keys still to create above the value.
    private static func nested(_ keys: [String], _ value: JSONTree) -> JSONTree {
        keys.reversed().reduce(value) { inner, key in .object([JSONTree.Member(key, inner)]) }
    }

    private static func isNull(_ node: JSONNode) -> Bool {
        if case .null = node.value { return true }
        return false
    }

    private static func replacing(_ node: JSONNode, with text: String, in bytes: [UInt8]) -> [UInt8] {
        Array(bytes[..<node.location.offset]) + Array(text.utf8) + Array(bytes[node.end.offset...])
    }

    /// Adds `"key": value` as the object's last member, on its own line indented like the
    /// member before it (or just inside the braces of an empty object).
    private static func inserting(_ key: String, _ value: JSONTree, into object: JSONNode, _ members: [JSONMember],
                                  _ bytes: [UInt8]) -> [UInt8] {
        let member = JSONEscaping.quoted(key) + ": " + inline(value)
        guard let last = members.last else {
            let afterBrace = object.location.offset + 1
            return Array(bytes[..<afterBrace]) + Array(member.utf8) + Array(bytes[afterBrace...])
        }
        let indent = String(repeating: " ", count: max(0, last.keyLocation.column - 1))
        let separator = last.keyLocation.line > object.location.line ? ",\n" + indent : ", "
        let at = last.value.end.offset
        return Array(bytes[..<at]) + Array((separator + member).utf8) + Array(bytes[at...])
    }

    /// A value on one line: `{"answer": "yes"}`, `["planning"]`, `"2026-09-07"`.
    static func inline(_ value: JSONTree) -> String {
        switch value {
        case .object(let members):
            return "{" + members.map { JSONEscaping.quoted($0.key) + ": " + inline($0.value) }.joined(separator: ", ") + "}"
        case .array(let elements):
            return "[" + elements.map(inline).joined(separator: ", ") + "]"
        case .string(let text): return JSONEscaping.quoted(text)
        case .integer(let number): return String(number)
        case .number(let number): return String(number)
        case .bool(let flag): return flag ? "true" : "false"
        case .null: return "null"
        }
    }
}
