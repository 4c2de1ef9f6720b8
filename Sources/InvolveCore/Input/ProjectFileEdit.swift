/// Sets one fact in a project file's text and keeps every other byte as it was: the answer to
/// an open question (`involve assess FILE --ask`) replaces the value at its path (a `null`, or
/// a value to correct) or, when the key is not there, is added to its nearest existing parent
/// object, creating the objects in between. Array indices (`$.exercises[0].launchDate`) are
/// followed into elements that exist; an element is never created, since which exercise or
/// change an answer belongs to is the user's to say. The caller checks the result still loads.
public enum ProjectFileEdit {
    /// The edited text, or nil when the path is not keys and indices from the root
    /// (`$.plan.decisionDate`, `$.exercises[0].launchDate`), runs through a value of the wrong
    /// kind, or names an array element the file does not have.
    public static func setting(_ path: String, to value: JSONTree, in bytes: [UInt8]) -> [UInt8]? {
        guard let components = JSONPath.components(parsing: path), !components.isEmpty,
              let root = try? JSONParser.parse(bytes) else { return nil }
        var node = root
        for (position, component) in components.enumerated() {
            let isLast = position == components.count - 1
            let below = components[(position + 1)...]
            let child: JSONNode
            switch component {
            case .key(let key):
                guard case .object(let members) = node.value else { return nil }
                guard let member = members.last(where: { $0.key == key }) else {
                    guard let created = nested(below, value) else { return nil }
                    return inserting(key, created, into: node, members, bytes)
                }
                child = member.value
            case .index(let index):
                guard case .array(let elements) = node.value, elements.indices.contains(index) else { return nil }
                child = elements[index]
            }
            if isLast { return replacing(child, with: inline(value), in: bytes) }
            if isNull(child) {
                guard let created = nested(below, value) else { return nil }
                return replacing(child, with: inline(created), in: bytes)
            }
            node = child
        }
        return nil
    }

    /// `{"answer": "yes"}` for the keys still to create above the value; nil when an array
    /// element would have to be created.
    private static func nested(_ components: ArraySlice<JSONPath.Component>, _ value: JSONTree) -> JSONTree? {
        var tree = value
        for component in components.reversed() {
            guard case .key(let key) = component else { return nil }
            tree = .object([JSONTree.Member(key, tree)])
        }
        return tree
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
