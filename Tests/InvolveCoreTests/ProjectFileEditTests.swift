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

    @Test func schemaLookupFollowsArrayIndices() throws {
        let launch = try #require(ProjectSchema.node(at: "$.exercises[0].launchDate"))
        guard case .date = launch.kind else { Issue.record("launchDate is a date, found \(launch.kind)"); return }
        let nested = try #require(ProjectSchema.node(at: "$.exercises[3].settledInPractice.contractsSigned"))
        guard case .boolean = nested.kind else { Issue.record("contractsSigned is yes or no, found \(nested.kind)"); return }
        #expect(ProjectSchema.node(at: "$.exercises[0]") != nil)
        #expect(ProjectSchema.node(at: "$.id[0]") == nil, "an index into a value that is not an array")
        #expect(ProjectSchema.node(at: "$.exercises[x].launchDate") == nil)
        #expect(ProjectSchema.node(at: "$.exercises[-1].launchDate") == nil)
        #expect(ProjectSchema.node(at: "$.exercises[0.launchDate") == nil)
    }

    @Test func questionPathsParseIntoKeysAndIndices() {
        #expect(JSONPath.components(parsing: "$.exercises[1].audiences[0].kind")
                == [.key("exercises"), .index(1), .key("audiences"), .index(0), .key("kind")])
        #expect(JSONPath.components(parsing: "$") == [])
        #expect(JSONPath.components(parsing: "$..id") == nil)
        #expect(JSONPath.components(parsing: "$[\"id\"]") == nil)
        #expect(JSONPath.components(parsing: "exercises[0]") == nil)
    }
}

/// Answers to a format 2 file's questions go into the exercise they are about.
@Suite struct ProjectFileEditArrayTests {
    let text = """
    {
      "exercises": [
        { "name": "Engagement", "launchDate": null },
        {
          "name": "Consultation",
          "launchDate": "2026-09-07"
        }
      ]
    }

    """

    func edit(_ path: String, _ value: JSONTree) -> String? {
        ProjectFileEdit.setting(path, to: value, in: Array(text.utf8)).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func replacesAValueInAnArrayElement() {
        #expect(edit("$.exercises[0].launchDate", .string("2026-06-01"))
                == text.replacingOccurrences(of: "\"launchDate\": null", with: "\"launchDate\": \"2026-06-01\""))
        #expect(edit("$.exercises[1].launchDate", .string("2026-09-14"))
                == text.replacingOccurrences(of: "2026-09-07", with: "2026-09-14"))
    }

    @Test func addsAMissingKeyToTheElementNamed() {
        let added = edit("$.exercises[1].closeDate", .string("2026-11-30"))
        #expect(added == text.replacingOccurrences(of: "\"launchDate\": \"2026-09-07\"\n",
                                                   with: "\"launchDate\": \"2026-09-07\",\n      \"closeDate\": \"2026-11-30\"\n"))
        let created = edit("$.exercises[0].settledInPractice.contractsSigned", .bool(false))
        #expect(created?.contains("\"launchDate\": null, \"settledInPractice\": {\"contractsSigned\": false} }") == true)
    }

    @Test func neverCreatesAnArrayElement() {
        #expect(edit("$.exercises[2].launchDate", .string("2026-06-01")) == nil)
        #expect(edit("$.decisions[0].date", .string("2026-06-01")) == nil)
        #expect(edit("$.exercises.launchDate", .string("2026-06-01")) == nil, "a key into an array")
        #expect(edit("$.exercises[0][0]", .string("x")) == nil, "an index into an object")
    }
}
