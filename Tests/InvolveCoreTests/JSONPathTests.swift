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
        #expect(project.sourceMap.location(of: "$.affectedGroups[2].name")?.line == 1)
    }
}
