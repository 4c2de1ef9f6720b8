import Foundation
import Testing

/// The built `involve` binary, run as a new user would run it.
@Suite(.enabled(if: BuiltBinary.exists, "the involve binary is built by swift test"))
struct AssessEndToEndTests {
    /// `--format html` writes one page a board paper can use: the picture, then the rest.
    @Test func assessWritesOneAssessmentAsAPage() throws {
        let result = try BuiltBinary.run(["assess", "Examples/route-christmas-four-week-consultation.json", "--format", "html", "--as-of", "2026-11-01"])
        #expect(result.status == 1, "the example has an error-level finding")
        #expect(result.standardOutput.hasPrefix("<!DOCTYPE html>"))
        #expect(result.standardOutput.contains("<svg viewBox=\"0 0 720 260\""))
        #expect(result.standardOutput.contains("Route: Formal public consultation (required)"))
        #expect(result.standardOutput.hasSuffix("</html>\n"))
        #expect(!result.standardOutput.contains("<script"))
    }

    @Test func assessPrintsTheVerdictWhatToDoAndTheTrail() throws {
        let result = try BuiltBinary.run(["assess", "Examples/guidance/t5-gp-practice-closure.json", "--as-of", "2026-11-22"])
        #expect(result.status == 0)
        #expect(result.standardError.isEmpty)
        let lines = result.standardOutput.components(separatedBy: "\n")
        let verdict = try #require(lines.firstIndex(of: "THE DUTY TO INVOLVE IS LIKELY TO APPLY"))
        let whatToDo = try #require(lines.firstIndex(of: "What to do first"))
        let trail = try #require(lines.firstIndex(of: "Rationale trail"))
        #expect(verdict < whatToDo && whatToDo < trail, "a reader meets the verdict, then actions, then the trail")
        #expect(result.standardOutput.contains("[duty-step-3-impact]"))
        #expect(result.standardOutput.contains("Annex B1, Step 3, examples)"))
        #expect(!result.standardOutput.contains("\u{1B}["), "no colour when not on a terminal")
    }

    @Test func jsonOutputIsValidVersionedAndCarriesTheTrail() throws {
        let result = try BuiltBinary.run(["assess", "Examples/guidance/t1-diabetes-commissioning-policy.json", "--format", "json", "--as-of", "2026-11-22"])
        #expect(result.status == 0)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect(document["format"] as? String == "involve.assessment")
        #expect(document["formatVersion"] as? Int == 1)
        #expect((document["verdict"] as? [String: Any])?["value"] as? String == "applies")
        let trail = try #require(document["trail"] as? [[String: Any]])
        #expect(trail.first?["ruleId"] as? String == "duty-step-1-body")
        #expect(trail.first?["inferred"] as? Bool == true)
    }

    @Test func sameInputAndDateGiveByteIdenticalOutput() throws {
        let arguments = ["assess", "Examples/projects/walk-in-centre-digital-triage.json", "--format", "json", "--as-of", "2026-11-22"]
        #expect(try BuiltBinary.run(arguments).standardOutput == BuiltBinary.run(arguments).standardOutput)
    }

    @Test func standardInputIsReadWithDash() throws {
        let bytes = try Data(contentsOf: BuiltBinary.repositoryRoot.appendingPathComponent("Examples/guidance/t6-gp-retirement.json"))
        let result = try BuiltBinary.run(["assess", "-", "--as-of", "2026-11-22"], standardInput: bytes)
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("File          <stdin>"))
        #expect(result.standardOutput.contains("UNLIKELY TO APPLY"))
    }

    @Test func rulesListsEveryRuleAndExplainPrintsOne() throws {
        let rules = try BuiltBinary.run(["rules"])
        #expect(rules.status == 0)
        for id in ["duty-step-1-body", "duty-step-2-activity", "duty-step-3-impact", "people-commissioner-carers", "common-law-consult"] {
            #expect(rules.standardOutput.contains(id))
        }
        let explain = try BuiltBinary.run(["explain", "duty-step-2-activity"])
        #expect(explain.status == 0)
        #expect(explain.standardOutput.contains("regardless of the impact it may have at step 3"))
        // Sources are named as a reader finds them: section and public address, never a line
        // of the project's own copy.
        #expect(explain.standardOutput.contains("Annex B1, Step 2, Planning"))
        #expect(explain.standardOutput.contains("https://www.england.nhs.uk/long-read/working-in-partnership-with-people-and-communities-statutory-guidance/"))
        #expect(!explain.standardOutput.contains("seed"))
        #expect(!explain.standardOutput.contains("line 1064"))
    }

    @Test func explainGunning2ListsTheLeadingCasesAndHowEachWasVerified() throws {
        let explain = try BuiltBinary.run(["explain", "gunning-2-information"])
        #expect(explain.status == 0)
        #expect(explain.standardOutput.contains("Leading cases:"))
        for citation in ["[2014] UKSC 56", "[2008] EWCA Civ 438", "[2018] EWHC 2094 (Admin)", "[2013] EWHC 439 (Admin)"] {
            #expect(explain.standardOutput.contains(citation), "\(citation)")
        }
        #expect(explain.standardOutput.contains("Verified: read in a secondary source"))
        let json = try BuiltBinary.run(["rules", "--format", "json"])
        #expect(json.standardOutput.contains("\"citation\": \"[2008] EWCA Civ 438\""))
    }

    @Test func mistakesExitWithTwoAndSayWhatToDo() throws {
        let unknownRule = try BuiltBinary.run(["explain", "duty-step-3-impcat"])
        #expect(unknownRule.status == 2)
        #expect(unknownRule.standardError.contains("did you mean 'duty-step-3-impact'"))

        let missing = try BuiltBinary.run(["assess", "Examples/nope.json"])
        #expect(missing.status == 2)
        #expect(missing.standardError.contains("Examples/nope.json: error: the file does not exist"))

        let badOption = try BuiltBinary.run(["assess", "Examples/guidance/t6-gp-retirement.json", "--formt", "json"])
        #expect(badOption.status == 2)
        #expect(badOption.standardError.contains("did you mean --format?"))

        let badDate = try BuiltBinary.run(["assess", "Examples/guidance/t6-gp-retirement.json", "--as-of", "2026-02-30"])
        #expect(badDate.status == 2)
        #expect(badDate.standardError.contains("--as-of must be a real date"))

        let noCommand = try BuiltBinary.run([])
        #expect(noCommand.status == 2)
        #expect(noCommand.standardError.contains("Usage:"))
    }

    @Test func aMisspeltKeyIsReportedWithItsLineAndASuggestion() throws {
        let json = """
            {
              "formatVersion": 1,
              "id": "X",
              "title": "Typo",
              "organisation": { "name": "ICB", "kind": "icb" },
              "activty": ["planning"]
            }
            """
        let result = try BuiltBinary.run(["assess", "-"], standardInput: Data(json.utf8))
        #expect(result.status == 2)
        #expect(result.standardError.contains("<stdin>:6:3: error: $.activty: is not a known key here"))
        #expect(result.standardError.contains("did you mean \"activity\"?"))
        #expect(result.standardOutput.isEmpty)
    }

    @Test func aPolicyFileChangesTheThresholdsAndTheOutputNamesIt() throws {
        let file = "Examples/route-christmas-four-week-consultation.json"
        let builtIn = try BuiltBinary.run(["assess", file, "--as-of", "2026-11-22", "--fail-on", "none"])
        let local = try BuiltBinary.run(["assess", file, "--as-of", "2026-11-22", "--fail-on", "none", "--policy", "Examples/policy/involve-policy.json"])
        #expect(builtIn.status == 0 && local.status == 0)
        #expect(builtIn.standardOutput.contains("policy involve-default"))
        #expect(builtIn.standardOutput.contains("consultationMinimumWeeks = 6"))
        #expect(local.standardOutput.contains("policy northshire-icb-involvement"))
        #expect(local.standardOutput.contains("consultationMinimumWeeks = 8"))
    }

    @Test func aBadPolicyFileIsAnInputErrorNamingItsLine() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("involve-policy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let policy = directory.appendingPathComponent("policy.json")
        try Data(#"{"formatVersion": 1, "name": "x", "version": "1", "consultationNormWeek": 12}"#.utf8).write(to: policy)
        let result = try BuiltBinary.run(["assess", "Examples/guidance/t1-diabetes-commissioning-policy.json", "--policy", policy.path])
        #expect(result.status == 2)
        #expect(result.standardError.contains(":1:51: error: $.consultationNormWeek: is not a known key here"))
        #expect(result.standardError.contains("did you mean \"consultationNormWeeks\"?"))
        #expect(result.standardOutput.isEmpty)
    }
}
