/// A path into the project file, printed in JSONPath style (`$.changes[0].kind`), so that a
/// finding, a trail fact and an error all name the same place in the same way.
public struct JSONPath: Hashable, Sendable, CustomStringConvertible {
    public enum Component: Hashable, Sendable {
        case key(String)
        case index(Int)
    }

    public let components: [Component]

    public static let root = JSONPath(components: [])

    public init(components: [Component]) { self.components = components }

    public func appending(_ key: String) -> JSONPath { JSONPath(components: components + [.key(key)]) }
    public func appending(_ index: Int) -> JSONPath { JSONPath(components: components + [.index(index)]) }

    public var description: String {
        var text = "$"
        for component in components {
            switch component {
            case .key(let key):
                if key.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" }) && !key.isEmpty {
                    text += "." + key
                } else {
                    // JSON string escaping, so a key with a quote or a line break stays on one line.
                    text += "[" + JSONTree.quoted(key) + "]"
                }
            case .index(let index):
                text += "[\(index)]"
            }
        }
        return text
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
