import InvolveCore

/// JSON built by the tests: like the core's JSONTree, plus raw number text (`1e400`, `25.0`)
/// that a Double cannot carry, so that probes can say exactly what a file contains.
indirect enum TestJSON: Equatable {
    case object([(String, TestJSON)])
    case array([TestJSON])
    case string(String)
    case raw(String)
    case bool(Bool)
    case null

    static func number(_ value: Int) -> TestJSON { .raw(String(value)) }
    static func number(_ value: Double) -> TestJSON {
        value == value.rounded() && abs(value) < 1e15 ? .raw(String(Int(value))) : .raw(String(value))
    }

    static func == (lhs: TestJSON, rhs: TestJSON) -> Bool { lhs.text == rhs.text }

    /// From a parsed document (members in order, duplicates kept).
    init(_ value: JSONValue) {
        switch value {
        case .object(let members): self = .object(members.map { ($0.key, TestJSON($0.value.value)) })
        case .array(let elements): self = .array(elements.map { TestJSON($0.value) })
        case .string(let text): self = .string(text)
        case .number(let number): self = .raw(number.text)
        case .bool(let flag): self = .bool(flag)
        case .null: self = .null
        }
    }

    var text: String {
        var output = ""
        write(&output, indent: 0)
        return output + "\n"
    }

    private func write(_ output: inout String, indent: Int) {
        let padding = String(repeating: "  ", count: indent + 1)
        switch self {
        case .object(let members):
            if members.isEmpty { output += "{}"; return }
            output += "{\n"
            for (index, member) in members.enumerated() {
                output += padding + TestJSON.quote(member.0) + ": "
                member.1.write(&output, indent: indent + 1)
                output += index + 1 < members.count ? ",\n" : "\n"
            }
            output += String(repeating: "  ", count: indent) + "}"
        case .array(let elements):
            if elements.isEmpty { output += "[]"; return }
            output += "[\n"
            for (index, element) in elements.enumerated() {
                output += padding
                element.write(&output, indent: indent + 1)
                output += index + 1 < elements.count ? ",\n" : "\n"
            }
            output += String(repeating: "  ", count: indent) + "]"
        case .string(let text): output += TestJSON.quote(text)
        case .raw(let text): output += text
        case .bool(let flag): output += flag ? "true" : "false"
        case .null: output += "null"
        }
    }

    static func quote(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case let control where control.value < 0x20: result += "\\u00" + (control.value < 0x10 ? "0" : "") + String(control.value, radix: 16)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// One step into a document: a key of an object or an index of an array.
    enum Step: Hashable, CustomStringConvertible {
        case key(String)
        case index(Int)

        var description: String {
            switch self {
            case .key(let key): return "." + key
            case .index(let index): return "[\(index)]"
            }
        }
    }

    /// This document with the value at `path` replaced by `change(old)`; nil removes a member.
    func replacing(_ path: ArraySlice<Step>, _ change: (TestJSON?) -> TestJSON?) -> TestJSON {
        guard let step = path.first else { return change(self) ?? .null }
        let rest = path.dropFirst()
        switch (self, step) {
        case (.object(let members), .key(let key)):
            var result: [(String, TestJSON)] = []
            var found = false
            for member in members {
                if member.0 == key && !found {
                    found = true
                    if rest.isEmpty {
                        if let replaced = change(member.1) { result.append((key, replaced)) }
                    } else {
                        result.append((key, member.1.replacing(rest, change)))
                    }
                } else {
                    result.append(member)
                }
            }
            if !found && rest.isEmpty, let added = change(nil) { result.append((key, added)) }
            return .object(result)
        case (.array(var elements), .index(let index)) where elements.indices.contains(index):
            if rest.isEmpty {
                if let replaced = change(elements[index]) { elements[index] = replaced } else { elements.remove(at: index) }
            } else {
                elements[index] = elements[index].replacing(rest, change)
            }
            return .array(elements)
        default:
            return self
        }
    }
}

/// A path printed as the tool prints it: `$.changes[0].kind`.
func pathText(_ steps: [TestJSON.Step]) -> String { "$" + steps.map(\.description).joined() }

/// The same path with indices removed, as DecodingContext.knownKeys names object shapes.
func shapeText(_ steps: [TestJSON.Step]) -> String {
    "$" + steps.map { step in
        if case .key(let key) = step { return "." + key }
        return "[]"
    }.joined()
}
