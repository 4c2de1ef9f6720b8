/// Where each value of the project file was read: JSON path to line and column, start and end.
/// Findings and trail facts carry paths; the renderers look the positions up here.
///
/// The map keeps the parsed document and finds a path by walking it, rather than recording
/// every value's path as it is decoded: a file has a hundred or more values and a report
/// looks up a few dozen paths, so building and hashing a path string for every value was
/// the largest single cost of loading a project.
public struct SourceMap: Sendable {
    private let root: JSONNode?

    public init() {
        root = nil
    }

    init(root: JSONNode) {
        self.root = root
    }

    /// Where a path starts in the file: see `span(of:)`.
    public func location(of path: String) -> SourceLocation? {
        span(of: path)?.start
    }

    /// Where a path's value is in the file, start and end. A fact the file does not state is
    /// placed where it would go: at the key of its nearest existing parent (a key written as
    /// `null` is that key: the decoder reads it as missing), or at the closing brace of the
    /// document when the parent is the document itself, so that no missing fact points at
    /// line 1, column 1 of a file that has content. The last of duplicate keys counts, as it
    /// does when the file is read (duplicates are input errors in any case).
    public func span(of path: String) -> SourceSpan? {
        guard let root else { return nil }
        var node = root
        var key: (start: SourceLocation, end: SourceLocation)?
        var reader = PathReader(path)
        guard reader.readRoot() else { return nil }
        var complete = true
        while let component = reader.next() {
            guard let member = Self.child(of: node, component) else { complete = false; break }
            if member.node.isNull {
                key = member.key.map { ($0.start, $0.end) } ?? key
                return SourceSpan(start: key?.start ?? member.node.location, end: key?.end ?? member.node.end)
            }
            node = member.node
            key = member.key
        }
        if complete && reader.isAtEnd { return SourceSpan(start: node.location, end: node.end) }
        if let key { return SourceSpan(start: key.start, end: key.end) }
        return Self.opening(of: node, isRoot: node.location == root.location)
    }

    /// Where a missing fact goes when its parent has no key: the document's closing brace, or
    /// the opening bracket of an array element.
    private static func opening(of node: JSONNode, isRoot: Bool) -> SourceSpan {
        guard isRoot, node.end.column > 1 else {
            let next = SourceLocation(line: node.location.line, column: node.location.column + 1, offset: node.location.offset + 1)
            return SourceSpan(start: node.location, end: next)
        }
        let brace = SourceLocation(line: node.end.line, column: node.end.column - 1, offset: node.end.offset - 1)
        return SourceSpan(start: brace, end: node.end)
    }

    private static func child(of node: JSONNode, _ component: JSONPath.Component)
        -> (node: JSONNode, key: (start: SourceLocation, end: SourceLocation)?)? {
        switch (node.value, component) {
        case (.object(let members), .key(let key)):
            guard let member = members.last(where: { $0.key == key }) else { return nil }
            return (member.value, (member.keyLocation, member.keyEnd))
        case (.array(let elements), .index(let index)):
            guard elements.indices.contains(index) else { return nil }
            // An element inherits no key: a missing fact inside it goes at the element.
            return (elements[index], nil)
        default:
            return nil
        }
    }

    /// A path with its array indices removed: `$.changes[3].kind` → `$.changes[].kind`.
    static func shape(of path: JSONPath) -> String {
        path.shape
    }
}

private extension JSONNode {
    var isNull: Bool {
        if case .null = value { return true }
        return false
    }
}

/// Reads the components of a path as `JSONPath.description` writes them: `$`, then `.key`
/// for plain keys, `["key"]` (a JSON string) for any other key, and `[3]` for an index.
/// Stops at the first thing it cannot read, so a malformed path finds its longest valid prefix.
private struct PathReader {
    private let bytes: [UInt8]
    private var index = 0

    init(_ path: String) {
        bytes = Array(path.utf8)
    }

    var isAtEnd: Bool { index >= bytes.count }

    mutating func readRoot() -> Bool {
        guard bytes.first == UInt8(ascii: "$") else { return false }
        index = 1
        return true
    }

    mutating func next() -> JSONPath.Component? {
        guard index < bytes.count else { return nil }
        switch bytes[index] {
        case UInt8(ascii: "."):
            let start = index + 1
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "."), bytes[end] != UInt8(ascii: "[") { end += 1 }
            guard end > start else { return nil }
            index = end
            return .key(String(decoding: bytes[start..<end], as: UTF8.self))
        case UInt8(ascii: "["):
            return bracketed()
        default:
            return nil
        }
    }

    /// `[3]` or `["a key"]`.
    private mutating func bracketed() -> JSONPath.Component? {
        let start = index + 1
        guard start < bytes.count else { return nil }
        if bytes[start] == UInt8(ascii: "\"") {
            // The quoted key ends at the first unescaped quote; the JSON parser decodes it.
            var end = start + 1
            while end < bytes.count, bytes[end] != UInt8(ascii: "\"") {
                end += bytes[end] == UInt8(ascii: "\\") ? 2 : 1
            }
            guard end + 1 < bytes.count, bytes[end + 1] == UInt8(ascii: "]"),
                  let node = try? JSONParser.parse(Array(bytes[start...end])),
                  case .string(let key) = node.value else { return nil }
            index = end + 2
            return .key(key)
        }
        var end = start
        var value = 0
        while end < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[end]) {
            value = value &* 10 &+ Int(bytes[end] - UInt8(ascii: "0"))
            end += 1
            guard end - start <= 18 else { return nil }
        }
        guard end > start, end < bytes.count, bytes[end] == UInt8(ascii: "]") else { return nil }
        index = end + 1
        return .index(value)
    }
}
