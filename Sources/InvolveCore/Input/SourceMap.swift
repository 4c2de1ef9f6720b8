/// Where each value of the project file was read: JSON path to line and column, start and end.
/// Findings and trail facts carry paths; the renderers look the positions up here.
///
/// The parser records every value's line, column and end as it reads it (`JSONNode`), so a
/// position is found once, when the file is read. The map keeps the parsed document and
/// finds a path's value by following the path's components, reading the path's bytes in
/// place: no string, array or path object is made for a lookup of plain keys and indices. A
/// report looks up a hundred or more paths (every fact of every trail step), and building
/// those pieces per lookup was a third of writing a JSON report. Recording every value's path
/// as it is decoded instead would build and hash a path string for every value, the largest
/// single cost of loading a project when it was tried.
public struct SourceMap: Sendable {
    private let root: JSONNode?
    /// True when every key in the document is ASCII: a plain key of the path then matches
    /// exactly when its bytes do. Otherwise keys are compared as Swift strings (canonical
    /// equivalence: a decomposed "é" in the file is the precomposed one of the path).
    private let keysAreASCII: Bool

    public init() {
        root = nil
        keysAreASCII = true
    }

    init(root: JSONNode) {
        self.root = root
        keysAreASCII = Self.allKeysAreASCII(root)
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
        if let found = path.utf8.withContiguousStorageIfAvailable({ span(of: $0, in: root) }) { return found }
        return Array(path.utf8).withUnsafeBufferPointer { span(of: $0, in: root) }
    }

    private func span(of path: UnsafeBufferPointer<UInt8>, in root: JSONNode) -> SourceSpan? {
        var reader = PathReader(path)
        guard reader.readRoot() else { return nil }
        return find(&reader, from: root, key: nil, isRoot: true)
    }

    /// Follows the rest of the path from `node`, reached under `key` (nil for the root and for
    /// array elements). Nodes are borrowed where they lie in their arrays, never copied.
    private func find(_ reader: inout PathReader, from node: borrowing JSONNode, key: KeySpan?, isRoot: Bool) -> SourceSpan {
        guard let component = reader.next() else {
            return reader.isAtEnd ? SourceSpan(start: node.location, end: node.end) : missing(under: node, key, isRoot: isRoot)
        }
        switch node.value {
        case .object(let members):
            guard let index = memberIndex(members, component) else { return missing(under: node, key, isRoot: isRoot) }
            return members.withUnsafeBufferPointer { buffer in
                let member = KeySpan(start: buffer[index].keyLocation, end: buffer[index].keyEnd)
                // A key written as null is the key itself: the decoder reads it as missing.
                if buffer[index].value.isNull { return SourceSpan(start: member.start, end: member.end) }
                return find(&reader, from: buffer[index].value, key: member, isRoot: false)
            }
        case .array(let elements):
            guard case .index(let index) = component, elements.indices.contains(index) else {
                return missing(under: node, key, isRoot: isRoot)
            }
            return elements.withUnsafeBufferPointer { buffer in
                // An element inherits no key: a missing fact inside it goes at the element.
                if buffer[index].isNull {
                    return key.map { SourceSpan(start: $0.start, end: $0.end) } ?? SourceSpan(start: buffer[index].location, end: buffer[index].end)
                }
                return find(&reader, from: buffer[index], key: nil, isRoot: false)
            }
        default:
            return missing(under: node, key, isRoot: isRoot)
        }
    }

    /// Where a fact goes that `node` (reached under `key`) does not have: at the key, else at
    /// the node's opening or the document's closing brace.
    private func missing(under node: borrowing JSONNode, _ key: KeySpan?, isRoot: Bool) -> SourceSpan {
        if let key { return SourceSpan(start: key.start, end: key.end) }
        return Self.opening(of: node, isRoot: isRoot)
    }

    /// Where a missing fact goes when its parent has no key: the document's closing brace, or
    /// the opening bracket of an array element.
    private static func opening(of node: borrowing JSONNode, isRoot: Bool) -> SourceSpan {
        guard isRoot, node.end.column > 1 else {
            let next = SourceLocation(line: node.location.line, column: node.location.column + 1, offset: node.location.offset + 1)
            return SourceSpan(start: node.location, end: next)
        }
        let brace = SourceLocation(line: node.end.line, column: node.end.column - 1, offset: node.end.offset - 1)
        return SourceSpan(start: brace, end: node.end)
    }

    /// The index of the member a key component names (the last of duplicates), or nil.
    private func memberIndex(_ members: [JSONMember], _ component: PathComponent) -> Int? {
        switch component {
        case .plainKey(let bytes):
            if keysAreASCII && bytes.allSatisfy({ $0 < 0x80 }) {
                // Two ASCII strings are equal exactly when their bytes are. (An ASCII key can
                // equal a non-ASCII one: the Kelvin sign U+212A is canonically "K".)
                return Self.lastIndex(in: members) { Self.bytesEqual($0, bytes) }
            }
            let text = String(decoding: bytes, as: UTF8.self)
            return Self.lastIndex(in: members) { $0 == text }
        case .key(let key):
            return Self.lastIndex(in: members) { $0 == key }
        case .index:
            return nil
        }
    }

    /// The last member whose key satisfies `matches`. Reads each key in place: copying whole
    /// members (key, positions and value) to test their keys was most of a lookup's time.
    private static func lastIndex(in members: [JSONMember], where matches: (String) -> Bool) -> Int? {
        members.withUnsafeBufferPointer { buffer in
            var index = buffer.count
            while index > 0 {
                index -= 1
                if matches(buffer[index].key) { return index }
            }
            return nil
        }
    }

    /// Whether `key`'s UTF-8 is exactly `bytes`.
    private static func bytesEqual(_ key: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let utf8 = key.utf8
        guard utf8.count == bytes.count else { return false }
        return utf8.withContiguousStorageIfAvailable { $0.elementsEqual(bytes) } ?? utf8.elementsEqual(bytes)
    }

    /// Whether every object key in the document is ASCII (checked once, when the map is made).
    private static func allKeysAreASCII(_ node: JSONNode) -> Bool {
        switch node.value {
        case .object(let members):
            return members.allSatisfy { member in
                member.key.utf8.allSatisfy { $0 < 0x80 } && allKeysAreASCII(member.value)
            }
        case .array(let elements):
            return elements.allSatisfy(allKeysAreASCII)
        default:
            return true
        }
    }

    /// A path with its array indices removed: `$.changes[3].kind` → `$.changes[].kind`.
    static func shape(of path: JSONPath) -> String {
        path.shape
    }
}

/// Where a key is in the file: from its opening quote to just after its closing one.
private struct KeySpan {
    let start: SourceLocation
    let end: SourceLocation
}

private extension JSONNode {
    var isNull: Bool {
        if case .null = value { return true }
        return false
    }
}

/// One step of a path as `PathReader` reads it.
private enum PathComponent {
    /// `.key`: the key's bytes, read in place from the path.
    case plainKey(UnsafeBufferPointer<UInt8>)
    /// `["key"]`, decoded from its JSON string.
    case key(String)
    case index(Int)
}

/// Reads the components of a path as `JSONPath.description` writes them: `$`, then `.key`
/// for plain keys, `["key"]` (a JSON string) for any other key, and `[3]` for an index.
/// Stops at the first thing it cannot read, so a malformed path finds its longest valid prefix.
/// Reads the path's bytes where they are; valid only while they are.
private struct PathReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    var isAtEnd: Bool { index >= bytes.count }

    mutating func readRoot() -> Bool {
        guard bytes.first == UInt8(ascii: "$") else { return false }
        index = 1
        return true
    }

    mutating func next() -> PathComponent? {
        guard index < bytes.count else { return nil }
        switch bytes[index] {
        case UInt8(ascii: "."):
            let start = index + 1
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "."), bytes[end] != UInt8(ascii: "[") { end += 1 }
            guard end > start else { return nil }
            index = end
            return .plainKey(UnsafeBufferPointer(rebasing: bytes[start..<end]))
        case UInt8(ascii: "["):
            return bracketed()
        default:
            return nil
        }
    }

    /// `[3]` or `["a key"]`.
    private mutating func bracketed() -> PathComponent? {
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
