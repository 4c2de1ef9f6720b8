/// Where each value of the project file was read: JSON path to line and column.
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

    /// The location of a path, or of its nearest ancestor in the file (a missing fact is
    /// reported where it should have been: in its parent object). A `null` value counts as
    /// missing, as it does when the file is read. The last of duplicate keys counts, as it
    /// does when the file is read (duplicates are input errors in any case).
    public func location(of path: String) -> SourceLocation? {
        node(at: path)?.location
    }

    /// Where the value at a path (or its nearest ancestor, as for `location(of:)`) starts and
    /// where it ends: the end is the position just after the value.
    public func span(of path: String) -> SourceSpan? {
        node(at: path).map { SourceSpan(start: $0.location, end: $0.end) }
    }

    private func node(at path: String) -> JSONNode? {
        guard let root else { return nil }
        var node = root
        var reader = PathReader(path)
        guard reader.readRoot() else { return nil }
        while let component = reader.next() {
            guard let child = Self.child(of: node, component), !child.isNull else { break }
            node = child
        }
        return node
    }

    private static func child(of node: JSONNode, _ component: JSONPath.Component) -> JSONNode? {
        switch (node.value, component) {
        case (.object(let members), .key(let key)):
            return members.last(where: { $0.key == key })?.value
        case (.array(let elements), .index(let index)):
            return elements.indices.contains(index) ? elements[index] : nil
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

/// The extent of a value in the file: its first character and the position just after its
/// last, as SARIF regions (`endColumn` is the column after the region) and GitLab ranges want.
public struct SourceSpan: Sendable, Hashable {
    public let start: SourceLocation
    public let end: SourceLocation

    public init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = end
    }
}
