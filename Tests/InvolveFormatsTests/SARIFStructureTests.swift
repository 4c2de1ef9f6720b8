import Foundation
import InvolveCore
@testable import InvolveFormats
import Testing

/// The SARIF log checked against what SARIF 2.1.0 and code scanning require, independently
/// of the golden file: required keys, `ruleIndex` pointing at the rule of the same id, levels,
/// and each result's line and column matching where the finding's first fact was read.
@Suite struct SARIFStructureTests {
    func log(policy: FailurePolicy = .standard) throws -> (log: [String: Any], outcomes: [FileOutcome]) {
        let outcomes = try Fixtures.outcomes()
        let text = ReportFormat.sarif.render(outcomes, settings: ReportSettings(asOf: Fixtures.asOf, policy: policy, paths: Fixtures.paths))
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        guard let log = object as? [String: Any] else { throw FixtureError("the SARIF log is not an object") }
        return (log, outcomes)
    }

    @Test func topLevelKeys() throws {
        let (log, _) = try log()
        #expect(log["version"] as? String == "2.1.0")
        #expect((log["$schema"] as? String)?.hasPrefix("https://") == true)
        let runs = try #require(log["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        let driver = try #require((runs[0]["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "involve")
        #expect(driver["version"] as? String == ToolVersion.current)
        let invocations = try #require(runs[0]["invocations"] as? [[String: Any]])
        #expect(invocations.count == 1)
        // The fixtures include a file that is not valid: the run did not succeed (exit 2).
        #expect(invocations[0]["executionSuccessful"] as? Bool == false)
        #expect(invocations[0]["exitCode"] as? Int == 2)
    }

    @Test func everyRuleIsDescribedOnce() throws {
        let (log, _) = try log()
        let rules = try rules(log)
        let ids = rules.compactMap { $0["id"] as? String }
        let pseudoRules = [SARIFReport.verdictRuleID, SARIFReport.inputErrorRuleID]
        #expect(ids == Rulebook.all.map(\.id) + pseudoRules)
        #expect(Set(ids).count == ids.count)
        for rule in rules {
            let id = try #require(rule["id"] as? String)
            #expect((rule["shortDescription"] as? [String: Any])?["text"] as? String != nil)
            #expect((rule["fullDescription"] as? [String: Any])?["text"] as? String != nil)
            let help = try #require(rule["help"] as? [String: Any])
            let text = try #require(help["text"] as? String)
            #expect(text.contains("Sources:") || pseudoRules.contains(id))
            // What code scanning shows: a name that is not the id, Markdown help, a default level.
            let name = try #require(rule["name"] as? String)
            #expect(!name.isEmpty && name != id && !name.contains("-"))
            #expect((help["markdown"] as? String)?.contains(id) == true)
            #expect(["error", "warning", "note"].contains((rule["defaultConfiguration"] as? [String: Any])?["level"] as? String ?? ""))
            if let uri = rule["helpUri"] as? String { #expect(uri.hasPrefix("https://")) }
        }
        #expect(RuleHelp.name("duty-step-3-impact") == "DutyStep3Impact")
        let driver = try #require(((log["runs"] as? [[String: Any]])?.first?["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect((driver["informationUri"] as? String)?.hasPrefix("https://") == true)
    }

    @Test(arguments: [FailurePolicy.standard, FailurePolicy(failOn: .warning, failOnUndetermined: true)])
    func resultsPointAtTheirRuleAndTheirFact(policy: FailurePolicy) throws {
        let (log, outcomes) = try log(policy: policy)
        let rules = try rules(log)
        let results = try #require((log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])

        // The findings in the order they are written, with the report each came from.
        var expected: [(ReviewedFinding?, ProjectReport)] = []
        var inputErrors = 0
        for outcome in outcomes {
            switch outcome {
            case .assessed(let report):
                expected += report.review.findings.map { ($0, report) }
                if policy.blocks(verdict: report.assessment.verdict) { expected.append((nil, report)) }
            case .invalid(_, let errors):
                inputErrors += errors.diagnostics.count
            }
        }
        // Input errors are results of their own rule, so that code scanning shows them.
        let inputErrorResults = results.filter { $0["ruleId"] as? String == SARIFReport.inputErrorRuleID }
        #expect(inputErrors > 0 && inputErrorResults.count == inputErrors)
        let findingResults = results.filter { $0["ruleId"] as? String != SARIFReport.inputErrorRuleID }
        #expect(findingResults.count == expected.count)

        for (result, (reviewed, report)) in zip(findingResults, expected) {
            let ruleID = try #require(result["ruleId"] as? String)
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules.indices.contains(index))
            #expect(rules[index]["id"] as? String == ruleID)
            #expect(["error", "warning", "note"].contains(result["level"] as? String ?? ""))
            let message = try #require((result["message"] as? [String: Any])?["text"] as? String)
            #expect(!message.isEmpty)

            let physical = try #require(((result["locations"] as? [[String: Any]])?.first)?["physicalLocation"] as? [String: Any])
            let artifact = try #require(physical["artifactLocation"] as? [String: Any])
            #expect(artifact["uri"] as? String == report.file)
            #expect(artifact["uriBaseId"] as? String == SARIFReport.sourceRoot)
            let region = try #require(physical["region"] as? [String: Any])
            let line = try #require(region["startLine"] as? Int)
            let column = try #require(region["startColumn"] as? Int)
            let endLine = try #require(region["endLine"] as? Int)
            let endColumn = try #require(region["endColumn"] as? Int)
            #expect(endLine > line || (endLine == line && endColumn > column))
            let fingerprints = try #require(result["partialFingerprints"] as? [String: Any])
            let lineHashes = GitHubLineHash.lines(of: report.source)
            #expect(fingerprints["primaryLocationLineHash"] as? String == lineHashes[line - 1])
            #expect((fingerprints["involveFinding/v2"] as? String)?.count == 32)

            if let reviewed {
                #expect(ruleID == reviewed.finding.rule.id)
                #expect(result["level"] as? String == SARIFReport.level(reviewed.finding.severity))
                #expect(message.contains(reviewed.finding.message))
                let path = reviewed.finding.primaryPath
                let location = try #require(report.assessment.sourceMap.location(of: path))
                #expect(line == location.line, "\(ruleID) in \(report.file): startLine")
                #expect(column == location.column, "\(ruleID) in \(report.file): startColumn")
                let suppressions = result["suppressions"] as? [[String: Any]]
                if let waiver = reviewed.waiver {
                    let suppression = try #require(suppressions?.first)
                    #expect(suppression["kind"] as? String == "external")
                    #expect(suppression["status"] as? String == "accepted")
                    #expect((suppression["justification"] as? String)?.contains(waiver.justification) == true)
                } else {
                    #expect(suppressions == nil)
                }
            } else {
                #expect(ruleID == SARIFReport.verdictRuleID)
                #expect(result["level"] as? String == "error")
            }
        }
    }

    @Test func everyVerdictIsInTheRunProperties() throws {
        let (log, outcomes) = try log()
        let properties = try #require((log["runs"] as? [[String: Any]])?.first?["properties"] as? [String: Any])
        let verdicts = try #require(properties["verdicts"] as? [[String: Any]])
        let reports = outcomes.compactMap { outcome -> ProjectReport? in
            if case .assessed(let report) = outcome { return report }
            return nil
        }
        #expect(verdicts.map { $0["file"] as? String } == reports.map(\.file))
        #expect(verdicts.map { $0["verdict"] as? String } == reports.map(\.assessment.verdict.rawValue))
    }

    /// Past GitHub's limit on results per run, the writer warns (the CLI prints it).
    @Test func warnsBeforeGitHubsResultLimit() throws {
        let outcomes = try Fixtures.outcomes()
        var small = SARIFReport(ReportSettings(asOf: Fixtures.asOf), resultLimit: 5)
        _ = small.render(outcomes, policy: .standard)
        #expect(small.warnings.count == 1)
        #expect(small.warnings.first?.contains("GitHub code scanning rejects more than 5 in one run") == true)
        var full = SARIFReport(ReportSettings(asOf: Fixtures.asOf))
        _ = full.render(outcomes, policy: .standard)
        #expect(full.warnings.isEmpty)
        #expect(SARIFReport.gitHubResultLimit == 25_000)
    }

    @Test func warnsOfFilesOutsideTheBaseDirectory() throws {
        let outcomes = try Fixtures.outcomes()
        var elsewhere = SARIFReport(ReportSettings(asOf: Fixtures.asOf, paths: ArtifactPaths(workingDirectory: "/srv/x",
                                                                                              baseDirectory: "/srv/x/sub")))
        let text = elsewhere.render(outcomes, policy: .standard)
        #expect(elsewhere.warnings.contains { $0.contains("lie outside the base directory") })
        #expect(text.contains("\"uri\": \"file:///srv/x/projects/clinic-relocation.json\""))
    }

    @Test func uris() {
        #expect(SARIFReport.uri("projects/a b.json") == "projects/a%20b.json")
        #expect(SARIFReport.uri("./projects/a.json") == "projects/a.json")
        #expect(SARIFReport.uri("/srv/repo/é.json") == "file:///srv/repo/%C3%A9.json")
    }

    private func rules(_ log: [String: Any]) throws -> [[String: Any]] {
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        return try #require(driver["rules"] as? [[String: Any]])
    }
}

/// JUnit test names are the rule and project ids: when a fact changes the verdict, each test
/// keeps its name, so a CI system's history of it is not broken.
@Suite struct JUnitStableNamesTests {
    func names(_ outcome: FileOutcome) -> [String] {
        let xml = ReportFormat.junit.render([outcome], settings: ReportSettings(asOf: Fixtures.asOf))
        return xml.components(separatedBy: "<testcase name=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    @Test func verdictTestKeepsItsName() throws {
        let data = try Data(contentsOf: Fixtures.inputDirectory.appendingPathComponent("clinic-relocation.json"))
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"answer\": \"no\""))
        let changed = text.replacingOccurrences(of: "\"answer\": \"no\"", with: "\"answer\": \"yes\"")
        func outcome(_ text: String) throws -> FileOutcome {
            guard case .success(let project) = ProjectLoader.load(Array(text.utf8), file: "projects/clinic-relocation.json") else {
                throw FixtureError("not a valid project file")
            }
            return .assessed(ProjectReport.assess(project, file: "projects/clinic-relocation.json",
                                                  options: AssessmentOptions(asOf: Fixtures.asOf)))
        }
        let before = try outcome(text), after = try outcome(changed)
        guard case .assessed(let first) = before, case .assessed(let second) = after else { return }
        #expect(first.assessment.verdict != second.assessment.verdict)
        let verdictNames = { (names: [String]) in names.filter { $0.hasPrefix("duty-verdict") } }
        #expect(verdictNames(names(before)) == ["duty-verdict [EAST-CLINIC-1]"])
        #expect(verdictNames(names(after)) == verdictNames(names(before)))
        #expect(names(before).allSatisfy { $0.hasSuffix(" [EAST-CLINIC-1]") })
    }
}
