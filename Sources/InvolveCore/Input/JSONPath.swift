/// A path into the project file, printed in JSONPath style (`$.changes[0].kind`), so that a
/// finding, a trail fact and an error all name the same place in the same way.
public struct JSONPath: Hashable, Sendable, CustomStringConvertible {
    public enum Component: Hashable, Sendable {
        case key(String)
        case index(Int)
    }

    public let components: [Component]
    /// `$.changes[0].kind`, built as the path is built: every path read from a project file is
    /// recorded under this text, so it is made once per value rather than once per use.
    public let description: String

    public static let root = JSONPath(components: [])

    public init(components: [Component]) {
        self.components = components
        var description = "$"
        for component in components { Self.append(component, to: &description, indices: true) }
        self.description = description
    }

    private init(components: [Component], description: String) {
        self.components = components
        self.description = description
    }

    public func appending(_ key: String) -> JSONPath {
        extended(.key(key))
    }

    public func appending(_ index: Int) -> JSONPath {
        extended(.index(index))
    }

    private func extended(_ component: Component) -> JSONPath {
        var components = self.components
        components.append(component)
        var description = self.description
        Self.append(component, to: &description, indices: true)
        return JSONPath(components: components, description: description)
    }

    /// The path with array indices written as `[]` (`$.changes[].kind`): the shape shared by
    /// every element of an array.
    var shape: String {
        var shape = "$"
        for component in components { Self.append(component, to: &shape, indices: false) }
        return shape
    }

    public static func == (lhs: JSONPath, rhs: JSONPath) -> Bool { lhs.description == rhs.description }
    public func hash(into hasher: inout Hasher) { hasher.combine(description) }

    private static func append(_ component: Component, to text: inout String, indices: Bool) {
        switch component {
        case .key(let key):
            if isPlain(key) {
                text += "."
                text += key
            } else {
                // JSON string escaping, so a key with a quote or a line break stays on one line.
                text += "[" + JSONTree.quoted(key) + "]"
            }
        case .index(let index):
            text += indices ? "[\(index)]" : "[]"
        }
    }

    /// A key written after a dot: letters, digits and underscores. Checked byte by byte for
    /// ASCII keys (nearly all of them), since Unicode property look-ups are slow.
    private static func isPlain(_ key: String) -> Bool {
        guard !key.isEmpty else { return false }
        var ascii = true
        for byte in key.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"):
                continue
            case 0x80...:
                ascii = false
            default:
                return false
            }
        }
        return ascii || key.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" })
    }
}

extension String {
    /// Foundation-free replacement, so the core stays free of platform differences.
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var remainder = self[...]
        while let range = remainder.range(of: target) {
            result += remainder[..<range.lowerBound]
            result += replacement
            remainder = remainder[range.upperBound...]
        }
        return result + remainder
    }
}

private extension Substring {
    func range(of target: String) -> Range<Substring.Index>? {
        guard let first = target.first else { return nil }
        var start = startIndex
        while let found = self[start...].firstIndex(of: first) {
            if self[found...].hasPrefix(target) {
                return found..<index(found, offsetBy: target.count)
            }
            start = index(after: found)
        }
        return nil
    }
}
