/// Where each value of the project file was read: JSON path to line and column.
/// Findings and trail facts carry paths; the renderers look the positions up here.
public struct SourceMap: Sendable {
    private var locations: [String: SourceLocation] = [:]

    public init() {}

    mutating func record(_ path: JSONPath, _ location: SourceLocation) {
        locations[path.description] = location
    }

    /// The location of a path, or of its nearest recorded ancestor (a missing fact is
    /// reported where it should have been: in its parent object).
    public func location(of path: String) -> SourceLocation? {
        var candidate = path
        while true {
            if let location = locations[candidate] { return location }
            // Byte by byte: '.' and '[' are ASCII, so the cut falls between whole characters.
            guard let cut = candidate.utf8.lastIndex(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "[") }) else { return nil }
            candidate = String(decoding: candidate.utf8[..<cut], as: UTF8.self)
        }
    }

    /// A path with its array indices removed: `$.changes[3].kind` → `$.changes[].kind`.
    static func shape(of path: JSONPath) -> String {
        path.shape
    }
}
