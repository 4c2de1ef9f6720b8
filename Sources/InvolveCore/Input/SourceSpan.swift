/// A stretch of a source file: where a value (or, for a fact the file does not state, the key
/// it would go under) starts and ends. The end is exclusive, the position just after the last
/// character, as SARIF regions and editors count it.
public struct SourceSpan: Hashable, Sendable {
    public let start: SourceLocation
    public let end: SourceLocation

    public init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = max(start, end)
    }

    public var line: Int { start.line }
    public var column: Int { start.column }
    public var endLine: Int { end.line }
    public var endColumn: Int { end.column }
}
