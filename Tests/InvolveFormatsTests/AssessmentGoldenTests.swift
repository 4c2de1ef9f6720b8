import Foundation
import Testing
import InvolveCore
@testable import InvolveFormats

/// Golden files for the assessment's text and JSON outputs. A change to wording or structure
/// shows as a diff here; INVOLVE_UPDATE_GOLDEN=1 swift test rewrites them after review.
@Suite struct AssessmentGoldenTests {
    static let cases = [
        "guidance/t5-gp-practice-closure.json",
        "projects/walk-in-centre-digital-triage.json",
        "projects/early-draft-community-nursing.json",
        "route-christmas-four-week-consultation.json",
        "bodies/council-leisure-centre-closure.json",
        "bodies/two-commissioners-and-a-provider.json",
        "stages/phased-programme.json",
        "stages/consultation-closed-short.json",
    ]

    private func assess(_ relative: String) throws -> Assessment {
        let bytes = [UInt8](try Data(contentsOf: RecordFixtures.packageRoot.appendingPathComponent("Examples").appendingPathComponent(relative)))
        guard case .success(let project) = ProjectLoader.load(bytes, file: relative) else {
            throw GoldenError.invalidExample(relative)
        }
        return Assessor.assess(project, options: AssessmentOptions(asOf: RecordFixtures.day("2026-11-22")))
    }

    private func goldenURL(_ relative: String, _ ext: String) -> URL {
        let name = "assess-" + relative.replacingOccurrences(of: "/", with: "-").replacingOccurrences(of: ".json", with: "") + "." + ext
        return RecordFixtures.golden.appendingPathComponent(name)
    }

    @Test(arguments: cases)
    func textMatchesItsGoldenFile(_ relative: String) throws {
        let text = AssessmentText.render(try assess(relative), file: "Examples/" + relative)
        let problem = try RecordFixtures.compareGolden(text, goldenURL(relative, "txt"))
        #expect(problem == nil, "\(problem ?? "")")
    }

    @Test(arguments: cases)
    func jsonMatchesItsGoldenFile(_ relative: String) throws {
        let json = AssessmentJSON.render(try assess(relative), file: "Examples/" + relative)
        let problem = try RecordFixtures.compareGolden(json, goldenURL(relative, "json"))
        #expect(problem == nil, "\(problem ?? "")")
        #expect(try JSONSerialization.jsonObject(with: Data(json.utf8)) is [String: Any])
    }

    enum GoldenError: Error { case invalidExample(String) }
}
