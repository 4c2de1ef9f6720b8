import Foundation
import InvolveCore
import InvolveFormats
import Testing

/// Every output format for the same fixed inputs (Golden/inputs) and the same `--as-of`,
/// compared byte for byte with Golden/expected. Regenerate with
/// `INVOLVE_UPDATE_GOLDEN=1 swift test --filter Golden` and review the diff.
@Suite("Golden files") struct GoldenTests {
    let settings = ReportSettings(asOf: Fixtures.asOf)

    @Test func textForOneFile() throws {
        let outcome = try Fixtures.outcome("clinic-relocation.json")
        var single = settings
        single.singleFile = true
        try Golden.check(ReportFormat.text.render([outcome], settings: single), against: "single-clinic-relocation.txt")
    }

    @Test func jsonForOneFile() throws {
        let outcome = try Fixtures.outcome("clinic-relocation.json")
        var single = settings
        single.singleFile = true
        try Golden.check(ReportFormat.json.render([outcome], settings: single), against: "single-clinic-relocation.json")
    }

    @Test(arguments: ReportFormat.allCases)
    func folder(_ format: ReportFormat) throws {
        let output = format.render(try Fixtures.outcomes(), settings: settings)
        try Golden.check(output, against: "folder." + Self.fileExtension(format))
    }

    /// Stricter thresholds change JUnit failures, SARIF results and the summaries.
    @Test(arguments: [ReportFormat.sarif, .junit, .text])
    func folderFailingOnWarningsAndUndetermined(_ format: ReportFormat) throws {
        var strict = settings
        strict.policy = FailurePolicy(failOn: .warning, failOnUndetermined: true)
        let output = format.render(try Fixtures.outcomes(), settings: strict)
        try Golden.check(output, against: "folder-strict." + Self.fileExtension(format))
    }

    static func fileExtension(_ format: ReportFormat) -> String {
        switch format {
        case .text: return "txt"
        case .json: return "json"
        case .junit: return "junit.xml"
        case .sarif: return "sarif"
        case .markdown: return "md"
        }
    }
}
