extension ProjectSchema {
    /// The schema value at a path of object keys (`$.plan.decisionDate`), or nil when the path
    /// is not one (`$.changes[0].kind`, or a key the format does not have).
    public static func node(at path: String) -> SchemaNode? {
        guard path.hasPrefix("$.") else { return nil }
        var node = root
        for key in path.dropFirst(2).split(separator: ".", omittingEmptySubsequences: false) {
            guard case .object(let properties) = node.kind, let property = properties.first(where: { $0.name == key }) else { return nil }
            node = property.node
        }
        return node
    }
}
