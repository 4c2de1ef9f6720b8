import InvolveCore

/// The published schema read back, for walking: every object's properties, every enum, and a
/// sample value for each, so that tests follow whatever the schema says today.
struct SchemaView {
    let value: JSONValue

    init(_ value: JSONValue) { self.value = value }

    init(text: String) throws { value = try JSONParser.parse(Array(text.utf8)).value }

    func keyword(_ name: String) -> JSONValue? {
        guard case .object(let members) = value else { return nil }
        return members.last { $0.key == name }?.value.value
    }

    var types: [String] {
        switch keyword("type") {
        case .string(let name)?: return [name]
        case .array(let elements)?: return elements.compactMap { if case .string(let name) = $0.value { return name }; return nil }
        default: return []
        }
    }

    /// The type a non-null value takes.
    var mainType: String? { types.first { $0 != "null" } }
    var nullable: Bool { types.contains("null") }

    var properties: [(name: String, schema: SchemaView)] {
        guard case .object(let members)? = keyword("properties") else { return [] }
        return members.map { ($0.key, SchemaView($0.value.value)) }
    }

    var hasProperties: Bool { keyword("properties") != nil }

    var required: Set<String> {
        guard case .array(let names)? = keyword("required") else { return [] }
        return Set(names.compactMap { if case .string(let name) = $0.value { return name }; return nil })
    }

    var items: SchemaView? { keyword("items").map(SchemaView.init) }

    /// The allowed strings of an `enum`, without the `null` an optional value also allows.
    var enumValues: [String]? {
        guard case .array(let values)? = keyword("enum") else { return nil }
        return values.compactMap { if case .string(let text) = $0.value { return text }; return nil }
    }

    var constant: JSONNumber? {
        if case .number(let number)? = keyword("const") { return number }
        return nil
    }

    var minimum: Double? { if case .number(let number)? = keyword("minimum") { return number.value }; return nil }
    var maximum: Double? { if case .number(let number)? = keyword("maximum") { return number.value }; return nil }
    var pattern: String? { if case .string(let text)? = keyword("pattern") { return text }; return nil }
    var isDate: Bool { if case .string("date")? = keyword("format") { return true }; return false }

    /// A valid value with every optional part present: the "maximal" document when applied to the root.
    func sample() -> TestJSON {
        if let constant { return .raw(constant.text) }
        if let values = enumValues, let first = values.first { return .string(first) }
        switch mainType {
        case "object":
            guard hasProperties else {
                return .object([("reference", .string("X-1")), ("nested", .object([("list", .array([.number(1), .null]))]))])
            }
            return .object(properties.map { ($0.name, $0.schema.sample()) })
        case "array": return .array(items.map { [$0.sample()] } ?? [])
        case "string": return .string(isDate ? "2026-03-31" : "Sample text")
        case "integer": return .number(Int(minimum ?? 0) + 1)
        case "number": return .number((minimum ?? 0) + 0.5)
        case "boolean": return .bool(true)
        default: return .null
        }
    }

    /// Property names of every object with declared properties, by shape (`$.changes[]`).
    func shapes(at steps: [TestJSON.Step] = []) -> [String: Set<String>] {
        var found: [String: Set<String>] = [:]
        if hasProperties {
            found[shapeText(steps)] = Set(properties.map(\.name))
            for property in properties {
                found.merge(property.schema.shapes(at: steps + [.key(property.name)])) { $0.union($1) }
            }
        }
        if let items { found.merge(items.shapes(at: steps + [.index(0)])) { $0.union($1) } }
        return found
    }

    /// Enum lists by shape of the value (`$.activity[]`, `$.organisation.kind`).
    func enums(at steps: [TestJSON.Step] = []) -> [String: [String]] {
        var found: [String: [String]] = [:]
        if let values = enumValues { found[shapeText(steps)] = values }
        for property in properties { found.merge(property.schema.enums(at: steps + [.key(property.name)])) { a, _ in a } }
        if let items { found.merge(items.enums(at: steps + [.index(0)])) { a, _ in a } }
        return found
    }
}
