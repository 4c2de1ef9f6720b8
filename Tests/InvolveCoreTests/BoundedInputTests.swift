import Testing
@testable import InvolveCore

/// Reading a project file takes time and memory in proportion to the file, whatever is in it:
/// dates are kept to a documented range, long lists and many errors are cut short, and "did
/// you mean" is worked out only where it can help.
@Suite struct BoundedInputTests {
    private func load(_ members: String) -> Result<Project, InputErrors> {
        let json = """
        { "formatVersion": 1, "id": "p", "title": "t", "organisation": { "name": "o", "kind": "icb" }\(members) }
        """
        return ProjectLoader.load(Array(json.utf8), file: "p.json")
    }

    private func messages(_ result: Result<Project, InputErrors>) -> [String] {
        guard case .failure(let errors) = result else { return [] }
        return errors.diagnostics.map(\.rendered)
    }

    @Test func datesOutsideTheSupportedRangeAreInputErrors() {
        #expect(CalendarDate.supportedRange.lowerBound.description == "1900-01-01")
        #expect(CalendarDate.supportedRange.upperBound.description == "2200-12-31")
        let early = messages(load(#", "plan": { "launchDate": "1899-12-31", "closeDate": "9999-12-31" }"#))
        #expect(early == [
            "p.json:1:120: error: $.plan.launchDate: is outside the dates involve works with (from 1900-01-01 to 2200-12-31); expected a date from 1900-01-01 to 2200-12-31, found \"1899-12-31\"",
            "p.json:1:147: error: $.plan.closeDate: is outside the dates involve works with (from 1900-01-01 to 2200-12-31); expected a date from 1900-01-01 to 2200-12-31, found \"9999-12-31\"",
        ])
        guard case .success = load(#", "plan": { "launchDate": "1900-01-01", "closeDate": "2200-12-31" }"#) else {
            Issue.record("the first and last supported days must be accepted")
            return
        }
    }

    /// A plan spanning the whole supported range is assessed quickly: calendar work is bounded.
    @Test(.timeLimit(.minutes(1))) func aPlanSpanningTheWholeRangeIsAssessed() throws {
        let result = load(#", "activity": ["proposal-for-change"], "plan": { "approach": "consult", "planningStartDate": "1900-01-01", "launchDate": "1900-01-01", "closeDate": "2200-12-31", "decisionDate": "2200-12-31" }"#)
        guard case .success(let project) = result else {
            Issue.record("not loaded: \(messages(result))")
            return
        }
        let asOf = try #require(CalendarDate(iso: "2200-12-31"))
        let assessment = Assessor.assess(project, options: AssessmentOptions(asOf: asOf, policy: .builtIn))
        #expect(!assessment.trail.isEmpty)
    }

    @Test func atMostAHundredErrorsAreListedAndTheRestCounted() {
        let unknown = (0..<5000).map { ", \"unknown\($0)\": 1" }.joined()
        let listed = messages(load(unknown))
        #expect(listed.count == DecodingContext.listedLimit + 1)
        #expect(listed.last == "p.json: error: 4900 more errors not listed (only the first 100 in a file are)")
        // Suggestions only for the first few unknown keys of an object.
        #expect(listed.filter { $0.contains("did you mean") }.count <= ObjectReader.suggestedUnknownKeys)
    }

    @Test func repeatedKeysAreFoundInLargeObjectsToo() {
        let many = (0..<80).map { ", \"k\($0)\": 1" }.joined()
        let listed = messages(load(many + #", "title": "again""#))
        #expect(listed.contains { $0.contains("$.title: is given twice (first at line 1, column 34)") })
    }

    @Test func longListsAreRefused() {
        let changes = Array(repeating: #"{ "kind": "relocation", "description": "d" }"#, count: ProjectLoader.maximumItems + 1)
        let listed = messages(load(", \"changes\": [" + changes.joined(separator: ",") + "]"))
        #expect(listed == ["p.json:1:107: error: $.changes: has 1001 items, more than the 1000 a project file may have in one list; expected at most 1000 items (split the project into several files), found 1001 items"])
    }

    @Test func longWordsGetNoSuggestionAndAreShownShortened() {
        #expect(Suggestions.nearest(to: String(repeating: "a", count: 101), among: ["a"]) == nil)
        #expect(Suggestions.nearest(to: "titel", among: ["title"]) == "title")
        let rule = String(repeating: "x", count: 100_000)
        let listed = messages(load(#", "waivers": [{ "rule": "\#(rule)", "justification": "j", "approvedBy": "b", "expires": "2026-12-31" }]"#))
        #expect(listed.count == 1)
        #expect(listed.allSatisfy { $0.utf8.count < 1000 })
    }
}
