import Foundation
import InvolveCore
import InvolveFormats
import Testing

/// Every output format for the same fixed inputs (Golden/inputs) and the same `--as-of`,
/// compared byte for byte with Golden/expected. Regenerate with
/// `INVOLVE_UPDATE_GOLDEN=1 swift test --filter Golden` and review the diff.
@Suite("Golden files") struct GoldenTests {
    let settings = ReportSettings(asOf: Fixtures.asOf, paths: Fixtures.paths)

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

    /// `--format html` for one file: the board paper.
    @Test func htmlForOneFile() throws {
        let outcome = try Fixtures.outcome("clinic-relocation.json")
        var single = settings
        single.singleFile = true
        try Golden.check(ReportFormat.html.render([outcome], settings: single), against: "single-clinic-relocation.html")
    }

    /// `--detail brief` with one file: the brief block alone, no summary.
    @Test func briefTextForOneFile() throws {
        let outcome = try Fixtures.outcome("clinic-relocation.json")
        let single = ReportSettings(asOf: Fixtures.asOf, singleFile: true, detail: .brief, paths: Fixtures.paths)
        try Golden.check(ReportFormat.text.render([outcome], settings: single), against: "single-clinic-relocation-brief.txt")
    }

    /// The default for a folder: brief text and Markdown (folder.txt, folder.md), every other
    /// format complete.
    @Test(arguments: ReportFormat.allCases)
    func folder(_ format: ReportFormat) throws {
        let output = format.render(try Fixtures.outcomes(), settings: settings)
        try Golden.check(output, against: "folder." + Self.fileExtension(format))
    }

    /// `--detail full` over a folder: every project's full report, as before `--detail` existed.
    @Test(arguments: [ReportFormat.text, .markdown])
    func folderInFull(_ format: ReportFormat) throws {
        var full = settings
        full.detail = .full
        let output = format.render(try Fixtures.outcomes(), settings: full)
        try Golden.check(output, against: "folder-full." + Self.fileExtension(format))
    }

    /// The brief report names the `--policy` file in its "full rationale" command, quoted for
    /// the shell when it needs to be, so that the command reproduces the assessment.
    @Test func briefRerunCommandReproducesTheAssessment() throws {
        var briefSettings = settings
        briefSettings.policyFile = "policies/our policy.json"
        let text = ReportFormat.text.render(try Fixtures.outcomes(), settings: briefSettings)
        #expect(text.contains("  full rationale: involve assess projects/clinic-relocation.json --as-of 2026-01-15 --policy 'policies/our policy.json'\n"))
        let markdown = ReportFormat.markdown.render(try Fixtures.outcomes(), settings: briefSettings)
        #expect(markdown.contains("Full rationale: `involve assess projects/clinic-relocation.json --as-of 2026-01-15 --policy 'policies/our policy.json'`"))
    }

    /// Stricter thresholds change JUnit failures, SARIF results and the summaries.
    @Test(arguments: [ReportFormat.sarif, .junit, .text, .codequality, .github])
    func folderFailingOnWarningsAndUndetermined(_ format: ReportFormat) throws {
        var strict = settings
        strict.policy = FailurePolicy(failOn: .warning, failOnUndetermined: true)
        let output = format.render(try Fixtures.outcomes(), settings: strict)
        try Golden.check(output, against: "folder-strict." + Self.fileExtension(format))
    }

    /// The GitHub job summary, whole and cut short to a small budget.
    @Test(arguments: [GitHubSummaryReport.defaultBudget, 300])
    func gitHubSummary(budget: Int) throws {
        var writer = GitHubSummaryReport(settings, budget: budget)
        let output = writer.render(try Fixtures.outcomes(), policy: settings.policy)
        try Golden.check(output, against: budget < 1000 ? "folder-summary-truncated.md" : "folder-summary.md")
        if budget < 1000 {
            #expect(output.contains("more not shown"))
            #expect(writer.warnings.count == 1)
        } else {
            #expect(writer.warnings.isEmpty)
        }
    }

    /// Leaving out advice (`--min-severity warning`) in the formats that list problems.
    @Test(arguments: [ReportFormat.sarif, .codequality, .github])
    func withoutNotes(_ format: ReportFormat) throws {
        var some = settings
        some.minimumSeverity = .warning
        let output = format.render(try Fixtures.outcomes(), settings: some)
        #expect(!output.contains("\"level\": \"note\""))
        #expect(!output.contains("\"severity\": \"info\""))
        #expect(!output.contains("::notice "))
        #expect(output.count < format.render(try Fixtures.outcomes(), settings: settings).count)
    }

    static func fileExtension(_ format: ReportFormat) -> String {
        switch format {
        case .text: return "txt"
        case .json: return "json"
        case .junit: return "junit.xml"
        case .sarif: return "sarif"
        case .markdown: return "md"
        case .html: return "html"
        case .codequality: return "codequality.json"
        case .github: return "github.txt"
        }
    }
}
