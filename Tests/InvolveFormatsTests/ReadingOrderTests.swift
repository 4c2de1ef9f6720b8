import InvolveCore
@testable import InvolveFormats
import Testing

/// The order the text and Markdown reports list findings in: open ones before waived ones,
/// most severe first within each, and the assessment's own order between equals.
@Suite struct ReadingOrderTests {
    @Test func openBeforeWaivedMostSevereFirstTiesInOrder() {
        let rule = Rulebook.all[0]
        let waiver = Waiver(rule: rule.id, justification: "Agreed", approvedBy: "Board", expires: CalendarDate(dayNumber: 30000))
        func reviewed(_ number: Int, _ severity: Severity, waived: Bool = false) -> ReviewedFinding {
            ReviewedFinding(finding: Finding(rule: rule, severity: severity, message: "finding \(number)", facts: []),
                            waiver: waived ? waiver : nil)
        }
        let findings = [reviewed(1, .info), reviewed(2, .error, waived: true), reviewed(3, .warning), reviewed(4, .error),
                        reviewed(5, .info, waived: true), reviewed(6, .warning), reviewed(7, .error), reviewed(8, .warning, waived: true)]
        let review = WaiverReview(findings: findings, waivers: [])
        #expect(review.forReading.map(\.finding.message) == [4, 7, 3, 6, 1, 2, 8, 5].map { "finding \($0)" })
        #expect(WaiverReview(findings: [], waivers: []).forReading.isEmpty)
    }
}
