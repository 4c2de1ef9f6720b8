import Foundation
import Testing

/// `involve assess FILE --ask`: answers typed at a terminal are written into the file, and
/// questions the answers bring up are asked in turn.
@Suite struct AskCommandTests {
    @Test func answersAreWrittenIntoTheFileAndTheRestIsKept() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let original = try String(contentsOfFile: Repository.path("Examples/projects/early-draft-community-nursing.json"), encoding: .utf8)
        try folder.write("draft.json", original)
        let file = folder.file("draft.json")
        let result = involve(["assess", file, "--ask", "--as-of", "2026-06-01"], terminal: true, typed: [
            "provides",                 // $.services.relationship
            "sometimes",                // $.activity: not a choice, asked again
            "proposal-for-change",
            "yes",                      // $.impact.mannerOfDelivery
            "",                         // $.impact.rangeOfServices: don't know
        ] + Array(repeating: "", count: 40))
        #expect(result.code == 0, "\(result.err)")
        #expect(result.out.contains("'sometimes' is not one or more of planning"))
        #expect(result.out.contains("Wrote 3 answers to \(file)."))
        let written = try #require(folder.read("draft.json"))
        #expect(written.contains("\"services\": { \"description\": \"District and community nursing\", \"relationship\": \"provides\" }"))
        #expect(written.contains("\"mannerOfDelivery\": { \"answer\": \"yes\" }"))
        #expect(written.contains("\"activity\": [\"proposal-for-change\"]"))
        #expect(written.hasPrefix(String(original.prefix(300))), "the rest of the file is as it was")
        let assessed = involve(["assess", file, "--as-of", "2026-06-01"])
        #expect(assessed.out.contains("THE DUTY TO INVOLVE APPLIES"))
    }

    @Test func answersAFormat2ExerciseQuestionInItsExercise() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let original = try String(contentsOfFile: Repository.path("Examples/bodies/nhs-arms-length-body-donor-centre.json"), encoding: .utf8)
        try folder.write("donor.json", original)
        let file = folder.file("donor.json")
        let result = involve(["assess", file, "--ask", "--as-of", "2026-06-01"], terminal: true, typed: [
            "2027-04-01",               // $.exercises[0].decisionDate
            "",                         // $.exercises[0].planningStartDate: don't know
            "no",                       // $.exercises[0].decisionAlreadyTaken
        ] + Array(repeating: "", count: 60))
        #expect(result.code == 0, "\(result.err)")
        #expect(result.out.contains("($.exercises[0].decisionDate; a date written YYYY-MM-DD)"))
        #expect(!result.out.contains("cannot be written into the file automatically"))
        #expect(result.out.contains("Wrote 2 answers to \(file)."))
        let written = try #require(folder.read("donor.json"))
        #expect(written.contains("\"equalityImpactAssessment\": \"complete\",\n      \"decisionDate\": \"2027-04-01\",\n      \"decisionAlreadyTaken\": false\n    }"))
        let assessed = involve(["assess", file, "--as-of", "2026-06-01", "--format", "json"])
        #expect(assessed.code == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(assessed.out.utf8)) as? [String: Any])
        let open = (json["openQuestions"] as? [[String: Any]] ?? []).compactMap { $0["path"] as? String }
        #expect(open.contains("$.exercises[0].planningStartDate"), "the question left unanswered is still open")
        #expect(!open.contains("$.exercises[0].decisionDate"), "the answered questions are no longer open")
        #expect(!open.contains("$.exercises[0].decisionAlreadyTaken"))
    }

    @Test func needsATerminalAndOneFile() {
        let piped = involve(["assess", "Examples/projects/early-draft-community-nursing.json", "--ask"], terminal: false)
        #expect(piped.code == 2)
        #expect(piped.err.contains("--ask asks questions, so it needs a terminal"))
        let two = involve(["assess", "Examples/projects", "--ask"], terminal: true)
        #expect(two.code == 2)
    }
}
