import Testing
@testable import InvolveCore

/// Writing an answer into a project file changes that value only, wherever the key is.
@Suite struct ProjectFileEditTests {
    let text = """
    {
      "id": "P",
      "services": { "description": "Nursing" },
      "impact": {
        "mannerOfDelivery": { "answer": "unknown" }
      },
      "plan": null
    }

    """

    func edit(_ path: String, _ value: JSONTree) -> String? {
        ProjectFileEdit.setting(path, to: value, in: Array(text.utf8)).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func replacesAValueInPlace() {
        #expect(edit("$.impact.mannerOfDelivery.answer", .string("yes")) == text.replacingOccurrences(of: "\"unknown\"", with: "\"yes\""))
    }

    @Test func addsAMissingKeyToItsParentOnItsOwnLineOrInline() {
        let added = edit("$.activity", .array([.string("planning")]))
        #expect(added == text.replacingOccurrences(of: "  \"plan\": null\n", with: "  \"plan\": null,\n  \"activity\": [\"planning\"]\n"))
        let inline = edit("$.services.relationship", .string("provides"))
        #expect(inline == text.replacingOccurrences(of: "{ \"description\": \"Nursing\" }", with: "{ \"description\": \"Nursing\", \"relationship\": \"provides\" }"))
    }

    @Test func createsTheObjectsInBetween() {
        let created = edit("$.impact.rangeOfServices.answer", .string("no"))
        #expect(created?.contains("\"mannerOfDelivery\": { \"answer\": \"unknown\" },\n    \"rangeOfServices\": {\"answer\": \"no\"}\n") == true)
        let underNull = edit("$.plan.decisionDate", .string("2026-10-01"))
        #expect(underNull?.contains("\"plan\": {\"decisionDate\": \"2026-10-01\"}") == true)
    }

    @Test func refusesPathsItCannotFollow() {
        #expect(edit("$.changes[0].kind", .string("closure")) == nil)
        #expect(edit("$.id.part", .string("x")) == nil)
        #expect(edit("id", .string("x")) == nil)
    }

    @Test func everyQuestionPathHasASchemaNode() {
        #expect(ProjectSchema.node(at: "$.services.relationship") != nil)
        #expect(ProjectSchema.node(at: "$.plan.launchDate") != nil)
        #expect(ProjectSchema.node(at: "$.no.such") == nil)
    }
}
