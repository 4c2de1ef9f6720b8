extension ProjectSchema {
    /// The schema value at a question's path (`$.plan.decisionDate`, `$.exercises[0].launchDate`),
    /// or nil when the path is not one (a key the format does not have, an index into a value that
    /// is not an array). An index stands for any element: every element has the array's schema.
    /// Format 1's `$.plan` is one exercise of format 2, with the same fields, so its paths are
    /// looked up in the exercise's schema.
    public static func node(at path: String) -> SchemaNode? {
        guard var components = JSONPath.components(parsing: path), !components.isEmpty else { return nil }
        var node = root
        if components.first == .key("plan") {
            guard let exercise = property("exercises", of: root), case .array(let item) = exercise.kind else { return nil }
            node = item
            components.removeFirst()
        }
        for component in components {
            switch component {
            case .key(let key):
                guard let next = property(key, of: node) else { return nil }
                node = next
            case .index:
                guard case .array(let item) = node.kind else { return nil }
                node = item
            }
        }
        return node
    }

    private static func property(_ key: String, of node: SchemaNode) -> SchemaNode? {
        guard case .object(let properties) = node.kind else { return nil }
        return properties.first(where: { $0.name == key })?.node
    }
}
