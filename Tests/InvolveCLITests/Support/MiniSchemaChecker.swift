import Foundation
import InvolveCore

/// A JSON Schema (draft 2020-12) checker for just the keywords schema/project.schema.json uses:
/// type, properties, required, additionalProperties, enum, const, items, minimum, maximum,
/// pattern, $defs and $ref (local), with $schema, $id, title, description and format read as
/// annotations. Any other keyword is reported as unsupported, so that the schema cannot start
/// relying on a keyword these tests would silently ignore.
struct MiniSchemaChecker {
    let schema: JSONValue
    private static let annotations: Set<String> = ["$schema", "$id", "title", "description", "format", "$comment", "$defs"]

    init(schemaText: String) throws {
        schema = try JSONParser.parse(Array(schemaText.utf8)).value
    }

    /// Every way the instance breaks the schema; empty when it is valid.
    func errors(in instance: JSONValue) -> [String] {
        var errors: [String] = []
        check(schema, instance, "$", &errors)
        return errors
    }

    func errors(inText text: String) -> [String] {
        do {
            return errors(in: try JSONParser.parse(Array(text.utf8)).value)
        } catch {
            return ["not JSON: \(error.message)"]
        }
    }

    private func check(_ schema: JSONValue, _ instance: JSONValue, _ path: String, _ errors: inout [String]) {
        guard case .object(let keywords) = schema else {
            errors.append("\(path): the schema here is not an object")
            return
        }
        let properties = keywords.first { $0.key == "properties" }.flatMap { member -> [JSONMember]? in
            if case .object(let members) = member.value.value { return members }
            return nil
        } ?? []
        for keyword in keywords {
            let value = keyword.value.value
            switch keyword.key {
            case let annotation where MiniSchemaChecker.annotations.contains(annotation):
                continue
            case "$ref":
                guard case .string(let reference) = value, reference.hasPrefix("#/$defs/"),
                      case .object(let root) = self.schema,
                      case .object(let definitions)? = root.first(where: { $0.key == "$defs" })?.value.value,
                      let target = definitions.first(where: { $0.key == String(reference.dropFirst(8)) }) else {
                    errors.append("\(path): unsupported or unresolved $ref")
                    continue
                }
                check(target.value.value, instance, path, &errors)
            case "type":
                let names: [String]
                switch value {
                case .string(let name): names = [name]
                case .array(let elements): names = elements.compactMap { if case .string(let name) = $0.value { return name }; return nil }
                default: names = []
                }
                if !names.contains(where: { MiniSchemaChecker.matches(instance, type: $0) }) {
                    errors.append("\(path): expected type \(names.joined(separator: " or ")), found \(instance.kindName)")
                }
            case "enum":
                guard case .array(let allowed) = value else { errors.append("\(path): enum is not an array"); continue }
                if !allowed.contains(where: { MiniSchemaChecker.equal($0.value, instance) }) {
                    errors.append("\(path): not one of the enum values")
                }
            case "const":
                if !MiniSchemaChecker.equal(value, instance) { errors.append("\(path): not the const value") }
            case "properties":
                guard case .object(let members) = instance else { continue }
                for property in properties {
                    if let member = members.last(where: { $0.key == property.key }) {
                        check(property.value.value, member.value.value, path + "." + property.key, &errors)
                    }
                }
            case "required":
                guard case .object(let members) = instance, case .array(let names) = value else { continue }
                for case .string(let name) in names.map(\.value) where !members.contains(where: { $0.key == name }) {
                    errors.append("\(path): required property \(name) is missing")
                }
            case "additionalProperties":
                guard case .object(let members) = instance else { continue }
                for member in members where !properties.contains(where: { $0.key == member.key }) {
                    switch value {
                    case .bool(false): errors.append("\(path): property \(member.key) is not allowed")
                    case .bool(true): break
                    default: check(value, member.value.value, path + "." + member.key, &errors)
                    }
                }
            case "items":
                guard case .array(let elements) = instance else { continue }
                for (index, element) in elements.enumerated() { check(value, element.value, path + "[\(index)]", &errors) }
            case "minimum":
                if case .number(let number) = instance, case .number(let bound) = value, !(number.value >= bound.value) {
                    errors.append("\(path): below the minimum \(bound.text)")
                }
            case "maximum":
                if case .number(let number) = instance, case .number(let bound) = value, !(number.value <= bound.value) {
                    errors.append("\(path): above the maximum \(bound.text)")
                }
            case "pattern":
                guard case .string(let text) = instance, case .string(let pattern) = value else { continue }
                guard let expression = try? NSRegularExpression(pattern: pattern) else {
                    errors.append("\(path): the pattern \(pattern) does not compile")
                    continue
                }
                if expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) == nil {
                    errors.append("\(path): does not match the pattern \(pattern)")
                }
            default:
                errors.append("\(path): the schema uses \(keyword.key), which this checker does not support")
            }
        }
    }

    static func matches(_ instance: JSONValue, type: String) -> Bool {
        switch (type, instance) {
        case ("object", .object), ("array", .array), ("string", .string), ("number", .number), ("boolean", .bool), ("null", .null):
            return true
        case ("integer", .number(let number)):
            // 2020-12: any number with a zero fractional part is an integer.
            return number.value.isFinite && number.value == number.value.rounded()
        default:
            return false
        }
    }

    static func equal(_ a: JSONValue, _ b: JSONValue) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.string(let x), .string(let y)): return x == y
        case (.number(let x), .number(let y)): return x.value == y.value
        case (.array(let x), .array(let y)): return x.count == y.count && zip(x, y).allSatisfy { equal($0.value, $1.value) }
        case (.object(let x), .object(let y)):
            return x.count == y.count && x.allSatisfy { member in y.contains { $0.key == member.key && equal($0.value.value, member.value.value) } }
        default: return false
        }
    }
}
