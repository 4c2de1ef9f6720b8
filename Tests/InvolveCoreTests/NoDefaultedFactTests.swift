import Foundation
import Testing
@testable import InvolveCore

/// No missing fact may be replaced by a default (issue 11, item 6): removing any one optional fact
/// from a complete example must never make a conclusion firmer. The verdict may stay or become
/// less certain; each Gunning principle may stay, become not assessable or at most at risk, never
/// more favourable and never "not met"; the route never becomes lighter; the urgency exemption never
/// appears; a consultation is never downgraded to advice.
@Suite struct NoDefaultedFactTests {
    static let completeExamples = [
        "route-well-run-twelve-week-consultation.json",
        "route-urgent-temporary-closure.json",
        "route-christmas-four-week-consultation.json",
        "route-decision-already-taken.json",
    ]
    static let asOf = CalendarDate(iso: "2026-01-05") ?? CalendarDate(dayNumber: 0)

    struct Outcome {
        let verdict: DutyVerdict
        let route: RouteKind
        let scrutiny: RequirementLevel
        let application: GunningApplication
        let principles: [PrincipleStatus]
    }

    static func outcome(_ json: Any) -> Outcome? {
        guard let data = try? JSONSerialization.data(withJSONObject: json, options: [.sortedKeys]),
              case .success(let project) = ProjectLoader.load([UInt8](data), file: "removed.json") else { return nil }
        let assessment = Assessor.assess(project, options: AssessmentOptions(asOf: asOf))
        return Outcome(verdict: assessment.verdict, route: assessment.route.kind, scrutiny: assessment.route.scrutiny.level,
                       application: assessment.fairness.application, principles: assessment.fairness.principles.map(\.status))
    }

    /// Every way of removing one key from the tree, with the path removed.
    static func removals(_ node: Any, path: String = "$") -> [(String, Any)] {
        if let object = node as? [String: Any] {
            var result: [(String, Any)] = []
            for key in object.keys.sorted() {
                var without = object
                without.removeValue(forKey: key)
                result.append(("\(path).\(key)", without))
                for (inner, replaced) in removals(object[key] as Any, path: "\(path).\(key)") {
                    var copy = object
                    copy[key] = replaced
                    result.append((inner, copy))
                }
            }
            return result
        }
        if let array = node as? [Any] {
            var result: [(String, Any)] = []
            for (index, element) in array.enumerated() {
                for (inner, replaced) in removals(element, path: "\(path)[\(index)]") {
                    var copy = array
                    copy[index] = replaced
                    result.append((inner, copy))
                }
            }
            return result
        }
        return []
    }

    /// How certain a verdict is, and which way it points.
    static func certainty(_ verdict: DutyVerdict) -> (rank: Int, direction: Int) {
        switch verdict {
        case .applies: return (2, 1)
        case .likelyApplies: return (1, 1)
        case .unlikelyToApply: return (1, -1)
        case .doesNotApply: return (2, -1)
        case .undetermined: return (0, 0)
        }
    }

    static func weight(_ route: RouteKind) -> Int? {
        switch route {
        case .informationOnly: return 0
        case .engagement: return 1
        case .formalConsultation: return 2
        case .undetermined: return nil
        }
    }

    static func problems(before: Outcome, after: Outcome) -> [String] {
        var problems: [String] = []
        let (was, now) = (certainty(before.verdict), certainty(after.verdict))
        if now.rank > was.rank || (now.rank > 0 && now.direction != was.direction) {
            problems.append("verdict \(before.verdict.rawValue) → \(after.verdict.rawValue)")
        }
        if let was = weight(before.route), let now = weight(after.route), now < was {
            problems.append("route \(before.route.rawValue) → \(after.route.rawValue)")
        }
        if after.scrutiny == .urgencyExemption && before.scrutiny != .urgencyExemption {
            problems.append("urgency exemption gained")
        }
        if before.application == .formal && after.application == .advisory {
            problems.append("Gunning formal → advisory")
        }
        // A missing fact may leave a principle not assessable, or raise a risk (met → at risk: for
        // example an urgency no longer evidenced no longer excuses a short window); it may never
        // make a principle more favourable, nor prove it not met.
        for (index, (was, now)) in zip(before.principles, after.principles).enumerated()
        where was != now && now != .notAssessable && !(was == .met && now == .atRisk) {
            problems.append("G\(index + 1) \(was) → \(now)")
        }
        return problems
    }

    @Test(arguments: completeExamples)
    func removingAnOptionalFactNeverMakesAConclusionFirmer(_ file: String) throws {
        let url = TestSupport.repositoryRoot.appendingPathComponent("Examples").appendingPathComponent(file)
        let tree = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
        let baseline = try #require(Self.outcome(tree))
        var checked = 0
        for (path, removed) in Self.removals(tree) {
            guard let after = Self.outcome(removed) else { continue }  // a required fact: the file no longer loads
            checked += 1
            let problems = Self.problems(before: baseline, after: after)
            #expect(problems.isEmpty, "\(file) without \(path): \(problems.joined(separator: "; "))")
        }
        #expect(checked > 40, "\(file): only \(checked) optional facts were removed")
    }
}
