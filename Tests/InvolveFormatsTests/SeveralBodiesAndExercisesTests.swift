import Testing
import InvolveCore
@testable import InvolveFormats

/// A project of several bodies shows each body's own duty in the header; a project of several
/// exercises shows each one's Gunning principles at its stage (text and Markdown).
@Suite struct SeveralBodiesAndExercisesTests {
    func report(_ file: String) throws -> ProjectReport {
        let asOf = try #require(CalendarDate(iso: "2026-11-22"))
        return try #require(try ExampleProjects.reports(asOf: asOf).first { $0.file == "Examples/" + file }, "\(file)")
    }

    /// Unwrapped, so that each line can be read whole.
    func firstScreen(_ report: ProjectReport) -> [Substring] {
        let lines = AssessmentText.render(report).split(separator: "\n", omittingEmptySubsequences: false)
        return Array(lines.prefix { !$0.hasPrefix("────") })
    }

    @Test func everyBodysDutyIsInTheHeader() throws {
        let report = try report("bodies/two-commissioners-and-a-provider.json")
        #expect(report.assessment.bodies.count == 3)
        let screen = firstScreen(report).joined(separator: "\n")
        #expect(screen.contains("Bodies        NHS Northshire Integrated Care Board (lead, integrated care board (ICB)): NHS Act 2006 s14Z45;"))
        #expect(screen.contains("NHS England (specialised commissioning) (member of a joint committee, NHS England): NHS Act 2006 s13Q; must"))
        #expect(screen.contains("(provider, NHS foundation trust): NHS Act 2006 s242(1B); must involve users of the services, directly or through"))
        #expect(!screen.contains("Organisation  "))
        #expect(!screen.contains("Statutory duty:"), "each body's duty is on its own line")
        let markdown = ReportFormat.markdown.render([.assessed(report)], settings: ReportSettings(asOf: Fixtures.asOf, detail: .full))
        #expect(markdown.contains("- Body: NHS England (specialised commissioning) (member of a joint committee, NHS England): NHS Act 2006 s13Q; must involve"))
    }

    @Test func aBodyTheNHSDutiesDoNotBindSaysSo() throws {
        let report = try report("bodies/icb-and-council-committees-in-common.json")
        let screen = firstScreen(report).joined(separator: "\n")
        #expect(screen.contains("Northshire County Council (member of committees in common, local authority): a local authority is not bound by the NHS Act involvement duties"))
        #expect(screen.contains("s14Z45; must involve people who use or may use the services"))
    }

    @Test func oneBodyKeepsTheOrganisationLine() throws {
        let report = try report("guidance/t5-gp-practice-closure.json")
        let screen = firstScreen(report)
        #expect(screen.contains { $0.hasPrefix("Organisation  ") })
        #expect(!screen.contains { $0.hasPrefix("Bodies ") })
    }

    @Test func eachExerciseHasAGunningLineWithItsStage() throws {
        let report = try report("stages/phased-programme.json")
        let exercises = report.assessment.exercises
        #expect(exercises.count == 3)
        #expect(exercises.map(\.stage) == [.closedAwaitingDecision, .decided, .notYetLaunched])
        let text = AssessmentText.render(report)
        #expect(text.contains("Is the plan fair? The Gunning principles for each exercise"))
        #expect(text.contains("  - Exercise 1 of 3 (Phase 1: engagement on the community services strategy), closed, awaiting decision: as advice, G1 not assessable, G2 not assessable, G3 met, G4 not assessable"))
        // The engagement before the consultations is judged as advice: only a consultation is held to the 12-week norm.
        #expect(text.contains("  - Exercise 2 of 3 (Phase 2: consultation on the diabetes clinic), decided: formally,"))
        #expect(text.contains("  In detail, the latest (formally, for a consultation):"))
        #expect(text.contains("Gunning (3 exercises; latest: "))
        for format in [ReportDetail.full, .brief] {
            let markdown = ReportFormat.markdown.render([.assessed(report)], settings: ReportSettings(asOf: Fixtures.asOf, detail: format))
            #expect(markdown.contains("- Gunning, Exercise 3 of 3 (Phase 3: consultation on podiatry), not yet launched: formally, "), "\(format)")
        }
    }

    @Test func oneExerciseKeepsItsSection() throws {
        let report = try report("guidance/t5-gp-practice-closure.json")
        let text = AssessmentText.render(report)
        #expect(!text.contains("for each exercise"))
        #expect(!text.contains("In detail, the latest"))
    }
}
