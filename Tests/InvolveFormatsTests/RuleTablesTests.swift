import InvolveCore
@testable import InvolveFormats
import Testing

/// A run with one report composes its rules' headings and sources directly; a run with many
/// takes them from tables built once. The text must be the same either way.
@Suite struct RuleTablesTests {
    @Test func oneReportsTextIsTheSameWithoutTheTables() throws {
        var reports = 0
        for case .assessed(let report) in try Fixtures.outcomes() {
            let tables = AssessmentText.render(report, ruleTables: true)
            let composed = AssessmentText.render(report, ruleTables: false)
            #expect(composed == tables, "\(report.file)")
            #expect(tables.contains("     Sources:  "), "\(report.file): the trail names its sources")
            reports += 1
        }
        #expect(reports > 3)
    }
}
