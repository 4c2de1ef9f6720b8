@testable import InvolveCore
import Testing

/// JSON paths are rendered as they are built (for speed); they must read exactly as before.
@Suite struct JSONPathTests {
    @Test func rendering() {
        #expect(JSONPath.root.description == "$")
        #expect(JSONPath.root.appending("changes").appending(0).appending("kind").description == "$.changes[0].kind")
        #expect(JSONPath.root.appending("a b").description == "$[\"a b\"]")
        #expect(JSONPath.root.appending("say \"hi\"\\").description == "$[\"say \\\"hi\\\"\\\\\"]")
        #expect(JSONPath.root.appending("café").appending("x_1").description == "$.café.x_1")
        #expect(JSONPath.root.appending("").description == "$[\"\"]")
        #expect(JSONPath.root.appending("a-b").description == "$[\"a-b\"]")
    }

    @Test func builtAndGivenPathsAgree() {
        let built = JSONPath.root.appending("changes").appending(3).appending("kind")
        let given = JSONPath(components: [.key("changes"), .index(3), .key("kind")])
        #expect(built == given)
        #expect(built.description == given.description)
        #expect(built.hashValue == given.hashValue)
        #expect(built.shape == "$.changes[].kind")
        #expect(SourceMap.shape(of: given) == "$.changes[].kind")
    }

    @Test func missingFactsAreLocatedAtTheirNearestParent() throws {
        let text = "{\n  \"formatVersion\": 1, \"id\": \"X\", \"title\": \"T\",\n  \"organisation\": { \"name\": \"N\", \"kind\": \"icb\" },\n  \"impact\": {}\n}\n"
        let project = try ProjectLoader.load(Array(text.utf8), file: "x.json").get()
        #expect(project.sourceMap.location(of: "$.impact.mannerOfDelivery.answer")?.line == 4)
        #expect(project.sourceMap.location(of: "$.organisation.kind")?.line == 3)
        // Not under any key: the document's closing brace, where a new key would go.
        #expect(project.sourceMap.location(of: "$.affectedGroups[2].name")?.line == 5)
    }

    /// The source map walks the parsed document: every way a path is written must find the
    /// value it names, and anything it cannot find falls back to the nearest existing parent.
    @Test func sourceMapFindsEveryKindOfPathComponent() throws {
        let text = """
        {
          "a b": {
            "say \\"hi\\"": 1
          },
          "list": [
            { "x": true },
            { "x": null }
          ],
          "café": { "n": 2 },
          "dup": 1, "dup": 2
        }
        """
        let map = SourceMap(root: try JSONParser.parse(Array(text.utf8)))
        #expect(map.location(of: "$")?.line == 1)
        #expect(map.location(of: "$[\"a b\"]")?.line == 2)
        #expect(map.location(of: "$[\"a b\"][\"say \\\"hi\\\"\"]")?.line == 3)
        #expect(map.location(of: "$.list[0].x")?.line == 6)
        #expect(map.location(of: "$.list[0].x")?.column == 12)
        // A null value counts as missing: located at its own key, where the answer goes.
        #expect(map.location(of: "$.list[1].x")?.column == 7)
        #expect(map.span(of: "$.list[1].x")?.endColumn == 10)
        // An index past the end, and a key that is not there: the key of the nearest parent.
        #expect(map.location(of: "$.list[7].x")?.line == 5)
        #expect(map.location(of: "$.list[7].x")?.column == 3)
        #expect(map.span(of: "$.list[7].x")?.endColumn == 9)
        #expect(map.location(of: "$.café.n")?.line == 9)
        #expect(map.location(of: "$.café.missing")?.column == 3)
        #expect(map.span(of: "$.café.missing")?.endColumn == 9)
        // A value's span runs from its first character to just after its last.
        #expect(map.span(of: "$.list").map { [$0.line, $0.column, $0.endLine, $0.endColumn] } == [5, 11, 8, 4])
        // A missing top-level key goes at the document's closing brace, never at line 1, column 1.
        #expect(map.span(of: "$.missing")?.line == 11)
        #expect(map.span(of: "$.missing")?.column == 1)
        #expect(map.span(of: "$.missing")?.endColumn == 2)
        // The last of duplicate keys, as the decoder reads it.
        #expect(map.location(of: "$.dup")?.column == 20)
        // Malformed paths find their longest valid prefix; a path not from the root, nothing.
        #expect(map.location(of: "$.list[x]")?.line == 5)
        #expect(map.location(of: "$[\"a b\"")?.line == 11)
        #expect(map.location(of: "list") == nil)
        #expect(SourceMap().location(of: "$") == nil)
    }

    @Test func sourceMapComparesKeysAsStringsNotBytes() throws {
        // Keys are found as Swift's string equality finds them, which a lookup comparing bytes
        // for speed must keep: a decomposed "é" in the file is the precomposed one of the path,
        // and the Kelvin sign (U+212A) is canonically "K".
        let text = "{\n  \"cafe\u{301}\": 1,\n  \"\u{212A}ind\": 2,\n  \"Kinds\": 3\n}"
        let map = SourceMap(root: try JSONParser.parse(Array(text.utf8)))
        #expect(map.location(of: "$.caf\u{E9}")?.line == 2)
        #expect(map.location(of: "$.Kind")?.line == 3)
        #expect(map.location(of: "$.Kinds")?.line == 4)
        // A key that only shares a prefix is a different key: the closing brace.
        #expect(map.location(of: "$.Kin")?.line == 5)
    }

    @Test func sourceMapFindsASCIIKeysByEquivalentNonASCIIPaths() throws {
        // A file whose keys are all ASCII is searched by bytes, except for a path key that is
        // not ASCII: the Kelvin sign in the path is still the file's "K".
        let text = "{\n  \"Kind\": 1,\n  \"list\": [{ \"x\": 2 }]\n}"
        let map = SourceMap(root: try JSONParser.parse(Array(text.utf8)))
        #expect(map.location(of: "$.\u{212A}ind")?.line == 2)
        #expect(map.location(of: "$.Kind")?.line == 2)
        #expect(map.span(of: "$.list[0].x").map { [$0.line, $0.column, $0.endLine, $0.endColumn] } == [3, 19, 3, 20])
        // A bridged or otherwise non-contiguous path string is read as well.
        #expect(map.location(of: String(Substring("$.Kind"))).map(\.line) == 2)
    }

    @Test func duplicateKeysAreFoundWhateverTheirSpelling() throws {
        // ASCII keys are screened by a hash filter; non-ASCII keys are compared as Swift strings,
        // so a precomposed and a decomposed "é" are the same key.
        let text = "{ \"formatVersion\": 1, \"id\": \"X\", \"id\": \"Y\", \"caf\u{E9}\": 1, \"cafe\u{301}\": 2 }"
        guard case .failure(let errors) = ProjectLoader.load(Array(text.utf8), file: "x.json") else {
            Issue.record("a file with duplicate keys must not load")
            return
        }
        let duplicates = errors.diagnostics.filter { $0.message.hasPrefix("is given twice") }.map(\.path.description)
        // The second spelling is named as written: a combining accent is not a plain key character.
        #expect(duplicates == ["$.id", "$[\"cafe\u{301}\"]"])
    }
}
