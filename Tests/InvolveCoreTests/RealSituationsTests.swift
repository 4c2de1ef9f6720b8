import Foundation
import Testing
@testable import InvolveCore

/// Real situations from public judgments (issue 11, item 8): each file in RealSituations/ is a
/// project as its lead would have described it before the decision, with the court's outcome,
/// the source and what the tool should conclude under `extensions.realSituation`. The rules
/// encode each judgment's principle, never its facts; where tool and court differ, the file's
/// `agreement` says how and why (docs/real-situations.md lists them).
@Suite struct RealSituationsTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("RealSituations")

    static var files: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
    }

    struct Situation {
        let asOf: CalendarDate
        let outcome: String
        let verdict: String
        let route: String
        let failing: [String]
        let findings: [String]
        let urgencyExemption: Bool?
        let agreement: String
        let source: String
    }

    static func situation(_ file: String) throws -> (Project, Situation) {
        let data = try Data(contentsOf: folder.appendingPathComponent(file))
        guard case .success(let project) = ProjectLoader.load([UInt8](data), file: file) else {
            throw TestSupport.ExampleError(message: "\(file) does not load")
        }
        let tree = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let real = try #require((tree?["extensions"] as? [String: Any])?["realSituation"] as? [String: Any])
        let expected = try #require(real["expected"] as? [String: Any])
        let asOf = try #require(CalendarDate(iso: real["asOf"] as? String ?? ""))
        return (project, Situation(asOf: asOf, outcome: real["outcome"] as? String ?? "",
                                   verdict: expected["verdict"] as? String ?? "", route: expected["route"] as? String ?? "",
                                   failing: expected["failing"] as? [String] ?? [], findings: expected["findings"] as? [String] ?? [],
                                   urgencyExemption: expected["urgencyExemption"] as? Bool,
                                   agreement: real["agreement"] as? String ?? "", source: real["source"] as? String ?? ""))
    }

    @Test func theCorpusHasAtLeastTwentySituations() {
        #expect(Self.files.count >= 20)
    }

    @Test(arguments: files)
    func theToolReachesTheExpectedConclusion(_ file: String) throws {
        let (project, situation) = try Self.situation(file)
        let assessment = Assessor.assess(project, options: AssessmentOptions(asOf: situation.asOf))
        #expect(assessment.verdict.rawValue == situation.verdict, "\(file): verdict")
        #expect(assessment.route.kind.rawValue == situation.route, "\(file): route")
        for ruleID in situation.failing {
            let status = assessment.fairness.principles.first { $0.ruleID == ruleID }?.status
            #expect(status == .notMet || status == .atRisk, "\(file): \(ruleID) is \(String(describing: status))")
        }
        if situation.failing.isEmpty && situation.outcome != "unlawful" {
            // The court upheld the consultation: nothing the lead stated may fail a principle.
            #expect(!assessment.fairness.principles.contains { $0.status == .notMet }, "\(file): a principle is not met")
        }
        for ruleID in situation.findings {
            #expect(assessment.findings.contains { $0.rule.id == ruleID }, "\(file): no \(ruleID) finding")
        }
        if let exemption = situation.urgencyExemption {
            #expect((assessment.route.scrutiny.level == .urgencyExemption) == exemption, "\(file): urgency exemption")
        }
        #expect(!situation.agreement.isEmpty && !situation.source.isEmpty, "\(file): agreement and source")
    }
}
