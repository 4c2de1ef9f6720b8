import Foundation
import Testing

/// Format 2 and format 1 side by side, through the built binary as a new user would run them.
@Suite(.enabled(if: BuiltBinary.exists, "the involve binary is built by swift test"))
struct StagesEndToEndTests {
    @Test func aCouncilLeisureCentreGetsNoNHSRoute() throws {
        let result = try BuiltBinary.run(["assess", "Examples/bodies/council-leisure-centre-closure.json", "--as-of", "2026-12-01"])
        #expect(result.status == 0)
        let out = result.standardOutput
        #expect(out.contains("THE DUTY TO INVOLVE DOES NOT APPLY"))
        #expect(out.contains("Route: Information only: no duty to involve or consult is indicated (not required)"))
        #expect(out.contains("Consultation of the health scrutiny committee: not required. Reg 23 binds NHS bodies"))
        #expect(out.contains("[other-duty-equality]"))
        let whatToDo = out.components(separatedBy: "What to do first")[1].components(separatedBy: "Below:")[0]
        #expect(!whatToDo.contains("Secretary of State") && !whatToDo.contains("reg 23"))
    }

    @Test func aClosedConsultationIsHistoryInEveryFormat() throws {
        for format in ["text", "json", "markdown", "sarif", "junit"] {
            let result = try BuiltBinary.run(["assess", "Examples/stages/consultation-closed-short.json", "--as-of", "2026-12-01", "--format", format])
            #expect(result.status == 1, "\(format): errors fail the run")
            #expect(result.standardOutput.contains("so this is history. It fell short"), "\(format)")
            #expect(!result.standardOutput.contains("engthen it"), "\(format)")
        }
    }

    @Test func bothFormatsValidateTogether() throws {
        let result = try BuiltBinary.run(["validate", "Examples/guidance/t5-gp-practice-closure.json", "Examples/stages/phased-programme.json",
                                          "Examples/route-christmas-four-week-consultation.json", "Examples/bodies/two-commissioners-and-a-provider.json"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.hasSuffix("4 files checked: all valid.\n"))
    }

    @Test func aFormat2KeyInAFormat1FileNamesTheFormat() throws {
        let bytes = Data("{\n  \"formatVersion\": 1,\n  \"id\": \"X\",\n  \"title\": \"T\",\n  \"organisation\": {\"name\": \"N\", \"kind\": \"icb\"},\n  \"exercises\": []\n}\n".utf8)
        let result = try BuiltBinary.run(["validate", "-"], standardInput: bytes)
        #expect(result.status == 2)
        #expect(result.standardError.hasPrefix("<stdin>:6:3: error: $.exercises: belongs to project file format 2, and this file declares format 1; expected \"formatVersion\": 2 to use it"))
    }

    @Test func theStarterFileIsFormat2AndTheSchemaSaysSo() throws {
        let starter = try BuiltBinary.run(["init"])
        #expect(starter.standardOutput.hasPrefix("{\n  \"formatVersion\": 2,\n"))
        #expect(starter.standardOutput.contains("\"exercises\": ["))
        let schema = try BuiltBinary.run(["schema"])
        #expect(schema.standardOutput.contains("\"$id\": \"urn:involve:schema:project-file:2\""))
    }

    @Test func whoWasLeftOutIsSaidAtTheExercisesAudiencesInEveryFormat() throws {
        for format in ["text", "json", "sarif"] {
            let result = try BuiltBinary.run(["assess", "Examples/bodies/nhs-arms-length-body-donor-centre.json", "--as-of", "2026-12-01", "--format", format])
            #expect(result.status == 0, "\(format): \(result.standardError)")
            #expect(result.standardOutput.contains("plan-audience-left-out"), "\(format)")
            #expect(result.standardOutput.contains("but leaves out the bodies that represent the people affected, if any"), "\(format)")
        }
        let json = try BuiltBinary.run(["assess", "Examples/bodies/nhs-arms-length-body-donor-centre.json", "--as-of", "2026-12-01", "--format", "json"])
        #expect(json.standardOutput.contains("\"path\": \"$.exercises[0].audiences\""))
    }

    @Test func severalBodiesAndExercisesAreEachShown() throws {
        let bodies = try BuiltBinary.run(["assess", "Examples/bodies/two-commissioners-and-a-provider.json", "--as-of", "2026-12-01"])
        #expect(bodies.standardOutput.contains("\nBodies        NHS Northshire Integrated Care Board (lead, "))
        #expect(bodies.standardOutput.contains("(member of a joint committee, NHS England): NHS Act 2006 s13Q; must involve"))
        let exercises = try BuiltBinary.run(["assess", "Examples/stages/phased-programme.json", "--as-of", "2026-12-01", "--format", "markdown"])
        #expect(exercises.standardOutput.contains("- Gunning, Exercise 1 of 3 (Phase 1: engagement on the community services strategy), closed, awaiting decision:"))
    }
}
