/// A position in a source file: 1-based line and column (columns count Unicode scalars,
/// as editors do), and the 0-based byte offset.
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let line: Int
    public let column: Int
    public let offset: Int

    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    public var description: String { "\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool { lhs.offset < rhs.offset }
}

/// A JSON number keeps its source text so that integers are never rounded through Double.
public struct JSONNumber: Hashable, Sendable {
    public let text: String
    public let value: Double
    /// The exact integer value, when the text is an integer that fits in `Int`.
    public let integer: Int?
}

/// A parsed JSON value that remembers where it came from, so that every fact the assessor
/// uses can be traced back to its line and column, and every error can point at one.
public struct JSONNode: Sendable {
    public let value: JSONValue
    public let location: SourceLocation
    /// The position just after the value (its closing quote, bracket or last digit), so that a
    /// report can mark the whole fact; the start when not known.
    public let end: SourceLocation

    public init(value: JSONValue, location: SourceLocation, end: SourceLocation? = nil) {
        self.value = value
        self.location = location
        self.end = end ?? location
    }
}

public struct JSONMember: Sendable {
    public let key: String
    public let keyLocation: SourceLocation
    public let value: JSONNode
}

public enum JSONValue: Sendable {
    /// Members in source order; duplicates are kept so the reader can report them.
    case object([JSONMember])
    case array([JSONNode])
    case string(String)
    case number(JSONNumber)
    case bool(Bool)
    case null

    /// How the value is described in "expected … found …" messages.
    public var kindName: String {
        switch self {
        case .object: return "an object"
        case .array: return "an array"
        case .string: return "a string"
        case .number: return "a number"
        case .bool: return "true or false"
        case .null: return "null"
        }
    }
}
