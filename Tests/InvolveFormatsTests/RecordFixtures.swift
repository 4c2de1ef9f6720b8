import Foundation
import InvolveCore

/// Paths and records shared by the record and report tests.
enum RecordFixtures {
    /// The package root, found from this file's path (Tests/InvolveFormatsTests/…).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let examples = packageRoot.appendingPathComponent("Examples/records")
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static var updatingGolden: Bool { ProcessInfo.processInfo.environment["INVOLVE_UPDATE_GOLDEN"] == "1" }

    static func day(_ text: String) -> CalendarDate { CalendarDate(iso: text) ?? CalendarDate(dayNumber: 0) }

    static let year = CalendarDateRange(start: day("2025-04-01"), end: day("2026-03-31"))

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// The example decision records, by file name.
    static func exampleRecords() throws -> [(name: String, record: DecisionRecord)] {
        let names = try FileManager.default.contentsOfDirectory(atPath: examples.path).filter { $0.hasSuffix(".json") }.sorted()
        return try names.map { name in
            let bytes = try [UInt8](Data(contentsOf: examples.appendingPathComponent(name)))
            switch DecisionRecordLoader.load(bytes, file: name) {
            case .success(let record): return (name, record)
            case .failure(let errors): throw Failure(description: errors.diagnostics.map(\.rendered).joined(separator: "\n"))
            }
        }
    }

    static func exampleReport() throws -> InvolvementReport {
        guard let year else { throw Failure(description: "bad period") }
        return InvolvementReport(organisation: nil, period: year, allRecords: try exampleRecords().map(\.record))
    }

    /// Compares `actual` with the golden file `name`, or rewrites it when INVOLVE_UPDATE_GOLDEN=1.
    /// Returns nil when they match, or a description of the first difference.
    static func compareGolden(_ actual: String, _ url: URL) throws -> String? {
        if updatingGolden {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return nil
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return "\(url.path) is missing; run INVOLVE_UPDATE_GOLDEN=1 swift test to create it"
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard expected != actual else { return nil }
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(expectedLines.count, actualLines.count) {
            let want = index < expectedLines.count ? String(expectedLines[index]) : "<end of file>"
            let got = index < actualLines.count ? String(actualLines[index]) : "<end of file>"
            if want != got {
                return "\(url.lastPathComponent) differs at line \(index + 1):\n  expected: \(want)\n  actual:   \(got)\n(INVOLVE_UPDATE_GOLDEN=1 swift test regenerates golden files)"
            }
        }
        return "\(url.lastPathComponent) differs"
    }

    /// A record that uses every section, including those the hooks will fill in later, with
    /// hostile text in every field a person types.
    static func hostileRecord() -> DecisionRecord {
        let nasty = "<script>alert(\"x\")</script> & 'quoted' | pipe\nnew line *bold* [link](https://evil.example) `code` #"
        return DecisionRecord(
            recordID: "hostile-2025-06-01", asOf: day("2025-06-01"), toolVersion: "0.1.0", rulebookVersion: "test",
            input: RecordInput(file: "<b>.json", sha256: String(repeating: "a", count: 64), bytes: 10),
            project: RecordProject(id: nasty, title: "Title " + nasty, summary: nasty,
                                   organisation: Organisation(name: "Org " + nasty, kind: .integratedCareBoard)),
            verdict: RecordVerdict(value: .applies, headline: "The duty to involve applies", reason: nasty, statutoryDuty: nasty),
            route: RecordRoute(kinds: [.publicConsultation, .scrutinyConsultation], summary: nasty),
            fairness: RecordFairness(summary: nasty, principles: [RecordPrinciple(name: nasty, status: .atRisk, explanation: nasty)]),
            decision: Decision(decidedBy: nasty, date: day("2025-06-02"), decision: nasty, reasons: nasty,
                               departuresFromGuidance: [DepartureFromGuidance(guidance: nasty, explanation: nasty)],
                               evidence: [DecisionEvidence(kind: .equalityImpactAssessment, title: nasty, reference: "javascript:alert(1)"),
                                          DecisionEvidence(kind: .other, title: nasty, reference: "https://evil.example/x.js")]),
            keyDates: [RecordKeyDate(label: nasty, date: day("2025-06-02"))],
            audiences: [Audience(who: nasty, required: true, basis: nasty)],
            affectedGroups: [AffectedGroup(name: nasty, protectedCharacteristics: [.race], facesHealthInequalities: true, significantlyDisadvantaged: true)],
            plan: RecordPlan(approach: nasty, reach: [RecordReach(audience: nasty, how: nasty)]),
            findings: [RecordFinding(ruleID: nasty, severity: .error, message: nasty, facts: [RecordFact(path: nasty, value: nasty, line: 1, column: 2)])],
            waivers: [RecordWaiver(ruleID: nasty, reason: nasty, approvedBy: nasty, expires: day("2026-01-01"))],
            openQuestions: [RecordQuestion(path: nasty, question: nasty, whyItMatters: nasty)],
            nextSteps: [nasty],
            trail: [RecordStep(step: 1, ruleID: nasty, title: nasty, question: nasty, answer: nasty, inferred: true,
                               facts: [RecordFact(path: nasty, value: nasty)],
                               citations: [RecordCitation(document: nasty, documentTitle: nasty, section: nasty, lines: nasty, quote: nasty)])])
    }
}
