extension ProjectSchema {
    /// The schema value at a path of object keys (`$.plan.decisionDate`), or nil when the path
    /// is not one (`$.changes[0].kind`, or a key the format does not have).
    /// Format 1's `$.plan` is one exercise of format 2, with the same fields, so its paths are
    /// looked up in the exercise's schema.
    public static func node(at path: String) -> SchemaNode? {
        guard path.hasPrefix("$.") else { return nil }
        var node = root
        var keys = path.dropFirst(2).split(separator: ".", omittingEmptySubsequences: false)
        if keys.first == "plan" {
            guard let exercise = property("exercises", of: root), case .array(let item) = exercise.kind else { return nil }
            node = item
            keys.removeFirst()
        }
        for key in keys {
            guard let next = property(key, of: node) else { return nil }
            node = next
        }
        return node
    }

    private static func property(_ key: Substring, of node: SchemaNode) -> SchemaNode? {
        guard case .object(let properties) = node.kind else { return nil }
        return properties.first(where: { $0.name == key })?.node
    }
}
