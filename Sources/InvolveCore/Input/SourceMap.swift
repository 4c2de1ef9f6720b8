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
            guard let cut = candidate.lastIndex(where: { $0 == "." || $0 == "[" }) else { return nil }
            candidate = String(candidate[..<cut])
        }
    }

    /// A path with its array indices removed: `$.changes[3].kind` → `$.changes[].kind`.
    static func shape(of path: JSONPath) -> String {
        JSONPath(components: path.components.map { component in
            if case .index = component { return .index(-1) }
            return component
        }).description.replacingAll("[-1]", with: "[]")
    }
}
