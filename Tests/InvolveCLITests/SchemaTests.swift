import Foundation
import InvolveCore
import Testing

/// The JSON Schema against the decoders, the committed file and the examples. The schema is
/// read back from `involve schema` and walked, so these tests follow whatever it says today,
/// and decoding a document built from it shows what the decoders read today.
@Suite struct SchemaTests {
    static let regenerate = "run `swift run involve schema > schema/project.schema.json`"
    let schemaText = ProjectSchema.jsonText()

    @Test func committedSchemaIsWhatInvolveSchemaPrints() throws {
        let printed = involve(["schema"])
        #expect(printed.code == 0)
        #expect(printed.out == schemaText)
        let committed = try String(contentsOfFile: Repository.path("schema/project.schema.json"), encoding: .utf8)
        #expect(committed == printed.out, "schema/project.schema.json is not what `involve schema` prints: \(Self.regenerate)")
    }

    @Test func schemaIsDraft202012WithNoExtraKeysAnywhereButExtensions() throws {
        let schema = try SchemaView(text: schemaText)
        #expect(schema.keyword("$schema").map { if case .string(let text) = $0 { return text }; return "" } == "https://json-schema.org/draft/2020-12/schema")
        var freeObjects: [String] = []
        func walk(_ view: SchemaView, _ steps: [TestJSON.Step]) {
            if view.mainType == "object" {
                if view.hasProperties {
                    if case .bool(false)? = view.keyword("additionalProperties") {} else {
                        Issue.record("\(pathText(steps)) allows keys it does not list: give it additionalProperties: false")
                    }
                } else {
                    freeObjects.append(pathText(steps))
                }
            }
            for property in view.properties { walk(property.schema, steps + [.key(property.name)]) }
            if let items = view.items { walk(items, steps + [.index(0)]) }
        }
        walk(schema, [])
        #expect(freeObjects == ["$.extensions"], "only extensions may hold keys of the organisation's own")
    }

    @Test func documentWithEveryFieldIsValidForBothSchemaAndDecoder() throws {
        let schema = try SchemaView(text: schemaText)
        let document = schema.sample().text
        let checker = try MiniSchemaChecker(schemaText: schemaText)
        #expect(checker.errors(inText: document) == [], "the schema rejects its own sample:\n\(document)")
        let context = try #require(Probe.decode(document))
        #expect(context.diagnostics.map(\.rendered) == [],
                "the decoder rejects a document built from the schema: the schema says something the decoder does not accept")
    }

    /// Fails, naming the keys, when a decoder reads a key the schema does not list (someone
    /// added a field to a model and not to ProjectSchema.swift), or the other way round.
    @Test func schemaAndDecoderKnowTheSameKeysInEveryObject() throws {
        let schema = try SchemaView(text: schemaText)
        let context = try #require(Probe.decode(schema.sample().text))
        let schemaShapes = schema.shapes()
        let decoderShapes = context.knownKeys
        for shape in Set(schemaShapes.keys).union(decoderShapes.keys).sorted() {
            let inSchema = schemaShapes[shape] ?? []
            let read = decoderShapes[shape] ?? []
            let missing = read.subtracting(inSchema).sorted()
            let extra = inSchema.subtracting(read).sorted()
            #expect(missing.isEmpty, """
                The decoder reads \(missing.map { "\"\($0)\"" }.joined(separator: ", ")) at \(shape), but the schema does not list \
                \(missing.count == 1 ? "it" : "them"). Add them to Sources/InvolveCore/Input/ProjectSchema.swift (and document them), then \(Self.regenerate).
                """)
            #expect(extra.isEmpty, """
                The schema lists \(extra.map { "\"\($0)\"" }.joined(separator: ", ")) at \(shape), but the decoder does not read \
                \(extra.count == 1 ? "it" : "them"). Remove them from Sources/InvolveCore/Input/ProjectSchema.swift, then \(Self.regenerate).
                """)
        }
    }

    @Test func enumListsAreTheSwiftEnumsAllCases() throws {
        let schema = try SchemaView(text: schemaText)
        let context = try #require(Probe.decode(schema.sample().text))
        let inSchema = schema.enums()
        for shape in Set(inSchema.keys).union(context.knownEnums.keys).sorted() {
            #expect(inSchema[shape] == context.knownEnums[shape],
                    "\(shape): the schema allows \(inSchema[shape] ?? []) but the decoder's enum has \(context.knownEnums[shape] ?? []) (order matters: use .choice(YourEnum.self, …))")
        }
    }

    /// For every field: values the schema accepts, the decoder accepts, and values the schema
    /// rejects (wrong type, out of range, unknown value, missing when required…), the decoder
    /// rejects too. Impossible dates such as 2026-02-30 are beyond a schema and left out, and so
    /// are checks that compare two fields (a waiver that expires before it was approved).
    @Test func schemaAndDecoderAgreeOnEveryProbe() throws {
        let schema = try SchemaView(text: schemaText)
        let checker = try MiniSchemaChecker(schemaText: schemaText)
        let base = Probe.decode(schema.sample().text)?.diagnostics ?? []
        guard base.isEmpty else {
            Issue.record("the document with every field does not decode, so the probes would say nothing; see documentWithEveryFieldIsValidForBothSchemaAndDecoder")
            return
        }
        let probes = Probe.all(schema)
        #expect(probes.count > 300)
        var disagreements: [String] = []
        for probe in probes {
            let text = probe.document.text
            let schemaAccepts = checker.errors(inText: text).isEmpty
            let diagnostics = Probe.decode(text)?.diagnostics.map(\.rendered) ?? ["not JSON"]
            if schemaAccepts != probe.valid {
                disagreements.append("\(probe.label): the schema \(schemaAccepts ? "accepts" : "rejects") it, but should \(probe.valid ? "accept" : "reject") it")
            }
            let comparesTwoFields = diagnostics.contains { $0.contains("is before the waiver was approved") }
            if diagnostics.isEmpty != probe.valid && !comparesTwoFields {
                disagreements.append("\(probe.label): the decoder \(diagnostics.isEmpty ? "accepts it" : "rejects it: \(diagnostics.joined(separator: " / "))"), but the schema \(probe.valid ? "accepts" : "rejects") it")
            }
        }
        print("schema probes: \(probes.count) documents, \(probes.filter(\.valid).count) meant to be valid")
        #expect(disagreements.isEmpty, Comment(rawValue: "\(disagreements.count) of \(probes.count) probes disagree:\n" + disagreements.prefix(40).joined(separator: "\n")))
    }

    @Test func everyExampleIsValidForSchemaAndDecoder() throws {
        let checker = try ProjectSchemas()
        let examples = Repository.examples()
        #expect(!examples.isEmpty)
        for path in examples {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            #expect(checker.errors(inText: text) == [], "\(path) breaks the schema")
            let result = involve(["validate", path])
            #expect(result.code == 0, "\(path): \(result.err)")
        }
    }

    /// Format 1's schema is frozen: it describes the files involve still reads as format 1.
    @Test func theFormat1SchemaIsKeptAsItWas() throws {
        let text = try String(contentsOfFile: Repository.path("schema/project.schema.v1.json"), encoding: .utf8)
        let view = try SchemaView(text: text)
        #expect(text.contains("\"$id\": \"urn:involve:schema:project-file:1\""))
        #expect(view.properties.map(\.name).contains("plan"))
        #expect(!view.properties.map(\.name).contains("exercises"))
        let format1Examples = try Repository.examples().filter { try String(contentsOfFile: $0, encoding: .utf8).contains("\"formatVersion\": 1") }
        #expect(format1Examples.count >= 15, "keep format 1 examples, so that the older format stays covered")
    }

    @Test func schemaRejectsAMisspeltKeyAndAnUnknownValue() throws {
        let checker = try ProjectSchemas()
        // An ICB's file, of each format: the same mistakes are refused by the schema of either.
        for version in [1, 2] {
            let path = try #require(Repository.examples().first {
                let text = (try? String(contentsOfFile: $0, encoding: .utf8)) ?? ""
                return text.contains("\"formatVersion\": \(version)") && text.contains("\"kind\": \"icb\"") && text.contains("\"staffAffected\"")
            })
            try checkMisspelt(path, checker)
        }
    }

    private func checkMisspelt(_ path: String, _ checker: ProjectSchemas) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("\"staffAffected\""))
        let misspelt = text.replacingOccurrences(of: "\"staffAffected\"", with: "\"staffAfected\"")
        #expect(checker.errors(inText: misspelt) == ["$: property staffAfected is not allowed"])
        let nested = text.replacingOccurrences(of: "\"relationship\"", with: "\"relationshp\"")
        #expect(checker.errors(inText: nested).contains("$.services: property relationshp is not allowed"))
        let value = text.replacingOccurrences(of: "\"kind\": \"icb\"", with: "\"kind\": \"icbb\"")
        #expect(checker.errors(inText: value) == ["$.organisation.kind: not one of the enum values"])
    }

    @Test func checkerRefusesKeywordsItDoesNotImplement() throws {
        let checker = try MiniSchemaChecker(schemaText: #"{"type": "object", "anyOf": [{"type": "object"}]}"#)
        #expect(checker.errors(inText: "{}") == ["$: the schema uses anyOf, which this checker does not support"])
    }

    @Test func starterFileShowsEveryFieldOfTheSchema() throws {
        let starter = involve(["init"])
        #expect(starter.code == 0)
        let checker = try MiniSchemaChecker(schemaText: schemaText)
        // The only departure from the schema is the organisation kind's placeholder: no kind
        // can be assumed, so the starter does not validate until one is chosen.
        #expect(checker.errors(inText: starter.out).allSatisfy { $0.hasPrefix("$.organisation.kind") }, "\(checker.errors(inText: starter.out))")
        #expect(checker.errors(inText: starter.out).count == 1)
        let parsed = try JSONParser.parse(Array(starter.out.utf8))
        func shown(_ schema: SchemaView, _ value: JSONValue, _ steps: [TestJSON.Step]) {
            switch value {
            case .object(let members) where schema.hasProperties:
                for property in schema.properties {
                    guard let member = members.first(where: { $0.key == property.name }) else {
                        Issue.record("involve init does not show \(pathText(steps + [.key(property.name)]))")
                        continue
                    }
                    shown(property.schema, member.value.value, steps + [.key(property.name)])
                }
            case .array(let elements):
                if let items = schema.items, let first = elements.first { shown(items, first.value, steps + [.index(0)]) }
            default: break
            }
        }
        shown(try SchemaView(text: schemaText), parsed.value, [])
    }

    /// The project file examples in docs/project-file.md and in README.md are valid project
    /// files: a reader copies them to start.
    @Test(arguments: ["docs/project-file.md", "README.md"])
    func documentedExamplesValidate(_ page: String) throws {
        let document = try String(contentsOfFile: Repository.path(page), encoding: .utf8)
        let blocks = document.components(separatedBy: "```json\n").dropFirst().compactMap { $0.components(separatedBy: "```").first }
        let projects = blocks.filter { $0.contains("\"formatVersion\"") && $0.contains("\"organisation\"") }
        #expect(!projects.isEmpty)
        for project in projects {
            let result = involve(["validate", "-"], stdin: Array(project.utf8))
            #expect(result.code == 0, "an example in \(page) does not validate: \(result.err)")
        }
    }

    /// docs/project-file.md names every field outside the sections documented elsewhere.
    @Test func referenceDocumentNamesEveryField() throws {
        let document = try String(contentsOfFile: Repository.path("docs/project-file.md"), encoding: .utf8)
        let delegated: Set<String> = ["exercises", "decision", "waivers"]
        var missing: [String] = []
        func walk(_ view: SchemaView, _ prefix: String) {
            for property in view.properties {
                let name = prefix.isEmpty ? property.name : prefix + "." + property.name
                if prefix.isEmpty && delegated.contains(property.name) {
                    if !document.contains("`\(name)`") { missing.append(name) }
                    continue
                }
                if !document.contains("`\(name)`") { missing.append(name) }
                walk(property.schema, name)
                if let items = property.schema.items { walk(items, name + "[]") }
            }
        }
        walk(try SchemaView(text: schemaText), "")
        #expect(missing.isEmpty, "docs/project-file.md does not document: \(missing.joined(separator: ", "))")
    }
}

/// One document built to test one rule of the schema, and whether the schema means to accept it.
struct Probe {
    let label: String
    let document: TestJSON
    let valid: Bool

    static func decode(_ text: String) -> DecodingContext? {
        guard let root = try? JSONParser.parse(Array(text.utf8)) else { return nil }
        let context = DecodingContext(file: "probe.json", recordsShapes: true)
        _ = ObjectReader.decodeRoot(root, as: Project.self, context: context)
        return context
    }

    /// Probes for every property of the schema, inside a document with every field present.
    static func all(_ schema: SchemaView) -> [Probe] {
        let base = schema.sample()
        var probes: [Probe] = []
        func walk(_ view: SchemaView, _ steps: [TestJSON.Step]) {
            for property in view.properties {
                let path = steps + [.key(property.name)]
                let required = view.required.contains(property.name)
                func add(_ what: String, _ value: TestJSON?, valid: Bool) {
                    probes.append(Probe(label: "\(pathText(path)) \(what)", document: base.replacing(path[...]) { _ in value }, valid: valid))
                }
                add("left out", nil, valid: !required)
                add("null", .null, valid: property.schema.nullable)
                values(property.schema) { add($0, $1, valid: $2) }
                if property.schema.hasProperties { walk(property.schema, path) }
                if let items = property.schema.items, items.hasProperties { walk(items, path + [.index(0)]) }
            }
        }
        walk(schema, [])
        return probes
    }

    /// Values to try for one property, valid and not.
    private static func values(_ schema: SchemaView, _ record: (String, TestJSON?, Bool) -> Void) {
        func add(_ what: String, _ value: TestJSON, valid: Bool) { record(what, value, valid) }
        if let constant = schema.constant {
            add("= \(constant.text)", .raw(constant.text), valid: true)
            add("= \(constant.text).0", .raw(constant.text + ".0"), valid: true)
            add("= \(Int(constant.value) + 1)", .number(Int(constant.value) + 1), valid: false)
            add("as text", .string(constant.text), valid: false)
            return
        }
        if let allowed = schema.enumValues {
            for value in allowed { add("= \"\(value)\"", .string(value), valid: true) }
            add("= an unknown value", .string("not-a-value"), valid: false)
            add("= in upper case", .string((allowed.first ?? "").uppercased()), valid: false)
            add("= a number", .number(7), valid: false)
            return
        }
        switch schema.mainType {
        case "string" where schema.isDate:
            add("= 2024-02-29", .string("2024-02-29"), valid: true)
            add("= 2026-12-31", .string("2026-12-31"), valid: true)
            add("= 31/03/2026", .string("31/03/2026"), valid: false)
            add("= 2026-13-01", .string("2026-13-01"), valid: false)
            add("= 2026-3-1", .string("2026-3-1"), valid: false)
            add("= the number 20260331", .number(20260331), valid: false)
        case "string":
            add("= text", .string("x"), valid: true)
            add("= text with spaces and accents", .string(" Café — 12 ✓ "), valid: true)
            add("= \"\"", .string(""), valid: schema.pattern == nil)
            add("= spaces", .string("   "), valid: schema.pattern == nil)
            add("= a number", .number(7), valid: false)
            add("= true", .bool(true), valid: false)
            add("= []", .array([]), valid: false)
        case "integer":
            let low = Int(schema.minimum ?? 0)
            let high = Int(schema.maximum ?? 1_000_000)
            add("= minimum", .number(low), valid: true)
            add("= maximum", .number(high), valid: true)
            add("= minimum written \(low).0", .raw("\(low).0"), valid: true)
            add("= minimum - 1", .number(low - 1), valid: false)
            add("= maximum + 1", .number(high + 1), valid: false)
            add("= fraction", .raw("\(low).5"), valid: false)
            add("= 1e400", .raw("1e400"), valid: false)
            add("as text", .string(String(low)), valid: false)
        case "number":
            let low = schema.minimum ?? 0
            let high = schema.maximum ?? 1_000_000
            add("= minimum", .number(low), valid: true)
            add("= maximum", .number(high), valid: true)
            add("= a fraction", .number(low + 0.25), valid: true)
            add("= minimum - 1", .number(low - 1), valid: false)
            add("= maximum + 1", .number(high + 1), valid: false)
            add("= 1e400", .raw("1e400"), valid: false)
            add("as text", .string("1"), valid: false)
        case "boolean":
            add("= true", .bool(true), valid: true)
            add("= false", .bool(false), valid: true)
            add("= \"true\"", .string("true"), valid: false)
            add("= 1", .number(1), valid: false)
        case "array":
            add("= []", .array([]), valid: true)
            if let items = schema.items {
                add("with two entries", .array([items.sample(), items.sample()]), valid: true)
                if let first = items.enumValues?.first {
                    add("= one value not in an array", .string(first), valid: false)
                    add("with an unknown value", .array([.string("not-a-value")]), valid: false)
                } else if items.mainType == "string" {
                    add("with a number", .array([.number(7)]), valid: false)
                } else if items.mainType == "object" {
                    add("with a string", .array([.string("x")]), valid: false)
                    add("= one object not in an array", items.sample(), valid: false)
                }
            }
            add("= text", .string("x"), valid: false)
        case "object" where schema.hasProperties:
            add("= {}", .object([]), valid: schema.required.isEmpty)
            if case .object(let members) = schema.sample() {
                add("with an unknown key", .object(members + [("zzUnexpected", .number(1))]), valid: false)
            }
            add("= text", .string("x"), valid: false)
            add("= []", .array([]), valid: false)
        case "object":
            add("= {}", .object([]), valid: true)
            add("= any members", .object([("a", .array([.number(1), .object([("b", .null)])]))]), valid: true)
            add("= text", .string("x"), valid: false)
            add("= []", .array([]), valid: false)
        default:
            break
        }
    }
}
