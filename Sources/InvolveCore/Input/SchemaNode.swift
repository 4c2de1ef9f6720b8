/// One value in the description of the project file: what JSON it takes, what it means, and
/// what `involve init` writes for it. `ProjectSchema` is built from these and rendered as JSON
/// Schema (draft 2020-12); tests check it against what the decoders actually read.
public struct SchemaNode: Sendable {
    public indirect enum Kind: Sendable {
        /// An object with exactly these properties (`additionalProperties: false`).
        case object([SchemaProperty])
        /// An object whose members are the organisation's own (`extensions`).
        case freeObject
        case array(SchemaNode)
        case string
        /// A calendar date written `YYYY-MM-DD`.
        case date
        case integer(ClosedRange<Int>)
        case number(ClosedRange<Double>)
        case boolean
        /// One of a closed set of strings (an `InputEnum`).
        case choice([String])
        /// Exactly this whole number (the format version).
        case constant(Int)
    }

    public let kind: Kind
    public let description: String
    /// What `involve init` writes for this value, when the default is not right: see
    /// `ProjectTemplate` for the defaults (null for an optional fact, an expanded object…).
    public let starter: JSONTree?

    public init(_ kind: Kind, _ description: String, starter: JSONTree? = nil) {
        self.kind = kind
        self.description = description
        self.starter = starter
    }

    // MARK: Building

    public static func object(_ description: String, _ properties: [SchemaProperty]) -> SchemaNode {
        SchemaNode(.object(properties), description)
    }

    public static func array(_ description: String, of items: SchemaNode, starter: JSONTree? = nil) -> SchemaNode {
        SchemaNode(.array(items), description, starter: starter)
    }

    public static func string(_ description: String, starter: String? = nil) -> SchemaNode {
        SchemaNode(.string, description, starter: starter.map(JSONTree.string))
    }

    public static func date(_ description: String) -> SchemaNode {
        SchemaNode(.date, description)
    }

    public static func integer(_ description: String, _ range: ClosedRange<Int>) -> SchemaNode {
        SchemaNode(.integer(range), description)
    }

    public static func number(_ description: String, _ range: ClosedRange<Double>) -> SchemaNode {
        SchemaNode(.number(range), description)
    }

    public static func boolean(_ description: String, starter: Bool? = nil) -> SchemaNode {
        SchemaNode(.boolean, description, starter: starter.map(JSONTree.bool))
    }

    /// A closed set of strings taken from a Swift enum, so the lists cannot drift apart.
    public static func choice<E: InputEnum>(_ type: E.Type, _ description: String, starter: E? = nil) -> SchemaNode {
        SchemaNode(.choice(E.allCases.map(\.rawValue)), description, starter: starter.map { .string($0.rawValue) })
    }

    /// A required choice that no value can stand in for (the kind of organisation decides step
    /// 1): the starter file shows a placeholder, which fails validation until it is replaced.
    public static func choice<E: InputEnum>(_ type: E.Type, _ description: String, placeholder what: String) -> SchemaNode {
        SchemaNode(.choice(E.allCases.map(\.rawValue)), description, starter: .string(ProjectTemplate.placeholder(what)))
    }

    // MARK: JSON Schema

    /// Renders this value as a JSON Schema. An optional property also accepts `null`, because
    /// the decoders read `null` as "not stated", the same as leaving the key out.
    func jsonSchema(nullable: Bool) -> JSONTree {
        var members = [JSONTree.Member("description", .string(description))]
        func type(_ name: String) -> JSONTree.Member {
            JSONTree.Member("type", nullable ? .array([.string(name), .string("null")]) : .string(name))
        }
        switch kind {
        case .object(let properties):
            members.append(type("object"))
            members.append(JSONTree.Member("properties", .object(properties.map {
                JSONTree.Member($0.name, $0.node.jsonSchema(nullable: !$0.required, nonBlank: $0.required))
            })))
            let required = properties.filter(\.required).map { JSONTree.string($0.name) }
            if !required.isEmpty { members.append(JSONTree.Member("required", .array(required))) }
            members.append(JSONTree.Member("additionalProperties", .bool(false)))
        case .freeObject:
            members.append(type("object"))
        case .array(let items):
            members.append(type("array"))
            members.append(JSONTree.Member("items", items.jsonSchema(nullable: false)))
        case .string:
            members.append(type("string"))
        case .date:
            members.append(type("string"))
            members.append(JSONTree.Member("format", .string("date")))
            members.append(JSONTree.Member("pattern", .string(SchemaNode.datePattern)))
        case .integer(let range):
            members.append(type("integer"))
            members.append(JSONTree.Member("minimum", .integer(range.lowerBound)))
            members.append(JSONTree.Member("maximum", .integer(range.upperBound)))
        case .number(let range):
            members.append(type("number"))
            members.append(JSONTree.Member("minimum", .number(range.lowerBound)))
            members.append(JSONTree.Member("maximum", .number(range.upperBound)))
        case .boolean:
            members.append(type("boolean"))
        case .choice(let values):
            members.append(type("string"))
            members.append(JSONTree.Member("enum", .array(values.map(JSONTree.string) + (nullable ? [.null] : []))))
        case .constant(let value):
            members.append(JSONTree.Member("const", .integer(value)))
        }
        return .object(members)
    }

    private func jsonSchema(nullable: Bool, nonBlank: Bool) -> JSONTree {
        let schema = jsonSchema(nullable: nullable)
        // A required string may not be empty or only spaces (ObjectReader.string).
        if nonBlank, case .string = kind { return schema.setting("pattern", to: .string("\\S")) }
        return schema
    }

    /// The form of a date. The schema cannot tell that 2026-02-30 does not exist; involve can.
    public static let datePattern = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"
}

/// A named member of an object in the project file.
public struct SchemaProperty: Sendable {
    public let name: String
    public let required: Bool
    public let node: SchemaNode

    public static func required(_ name: String, _ node: SchemaNode) -> SchemaProperty {
        SchemaProperty(name: name, required: true, node: node)
    }

    public static func optional(_ name: String, _ node: SchemaNode) -> SchemaProperty {
        SchemaProperty(name: name, required: false, node: node)
    }
}
