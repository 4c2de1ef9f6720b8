import Foundation
import Testing

/// The formats code-review systems read, tried on the Examples with the built binary as a new
/// user would: an absolute path, several reports from one run, the conventions of other tools.
@Suite(.enabled(if: BuiltBinary.exists, "needs the built involve binary"))
struct CodeReviewFormatsEndToEndTests {
    let examples = BuiltBinary.repositoryRoot.appendingPathComponent("Examples").path

    func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("involve-cr-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func json(_ text: String) throws -> Any { try JSONSerialization.jsonObject(with: Data(text.utf8)) }

    /// `involve assess /abs/path/Examples --format sarif`: relative URIs with a base id, the
    /// base and working directory given, line hashes and end positions on every result.
    @Test func sarifFromAnAbsolutePathIsRelative() throws {
        let run = try BuiltBinary.run(["assess", examples, "--format", "sarif", "--as-of", "2026-01-15", "--fail-on", "none"])
        #expect(run.status == 0, "\(run.standardError)")
        let log = try #require(try json(run.standardOutput) as? [String: Any])
        let sarifRun = try #require((log["runs"] as? [[String: Any]])?.first)
        let base = try #require(((sarifRun["originalUriBaseIds"] as? [String: Any])?["%SRCROOT%"] as? [String: Any])?["uri"] as? String)
        #expect(base == "file://" + BuiltBinary.repositoryRoot.standardizedFileURL.path + "/")
        let working = try #require(((sarifRun["invocations"] as? [[String: Any]])?.first?["workingDirectory"] as? [String: Any])?["uri"] as? String)
        #expect(working == base)
        let results = try #require(sarifRun["results"] as? [[String: Any]])
        #expect(results.count > 50)
        for result in results {
            let physical = try #require(((result["locations"] as? [[String: Any]])?.first)?["physicalLocation"] as? [String: Any])
            let artifact = try #require(physical["artifactLocation"] as? [String: Any])
            let uri = try #require(artifact["uri"] as? String)
            #expect(uri.hasPrefix("Examples/"), "\(uri)")
            #expect(artifact["uriBaseId"] as? String == "%SRCROOT%")
            let region = try #require(physical["region"] as? [String: Any])
            #expect(region["endLine"] as? Int != nil && region["endColumn"] as? Int != nil || region["endLine"] as? Int != nil)
            let fingerprints = try #require(result["partialFingerprints"] as? [String: Any])
            #expect((fingerprints["primaryLocationLineHash"] as? String)?.contains(":") == true)
        }
        // Leaving notes out: fewer results, none a note.
        let fewer = try BuiltBinary.run(["assess", examples, "--format", "sarif", "--as-of", "2026-01-15", "--fail-on", "none",
                                         "--min-severity", "warning"])
        let fewerResults = try #require(((try json(fewer.standardOutput) as? [String: Any])?["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
        #expect(fewerResults.count < results.count)
        #expect(!fewerResults.contains { $0["level"] as? String == "note" })
    }

    @Test func codeQualityAndGitHubOnTheExamples() throws {
        let quality = try BuiltBinary.run(["assess", "Examples", "--format", "codequality", "--as-of", "2026-01-15"])
        #expect(quality.status == 1)
        let issues = try #require(try json(quality.standardOutput) as? [[String: Any]])
        #expect(!issues.isEmpty)
        for issue in issues {
            for key in ["description", "check_name", "fingerprint", "severity"] { #expect(issue[key] as? String != nil, "\(key)") }
            #expect(["info", "minor", "major", "critical", "blocker"].contains(issue["severity"] as? String ?? ""))
            let location = try #require(issue["location"] as? [String: Any])
            #expect((location["path"] as? String)?.hasPrefix("Examples/") == true)
            #expect((location["lines"] as? [String: Any])?["begin"] as? Int != nil)
        }
        #expect(Set(issues.compactMap { $0["fingerprint"] as? String }).count == issues.count)

        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let summary = directory.appendingPathComponent("summary.md").path
        try Data("earlier step\n".utf8).write(to: URL(fileURLWithPath: summary))
        let github = try BuiltBinary.run(["assess", "Examples", "--format", "github", "--as-of", "2026-01-15"],
                                         environment: ["GITHUB_STEP_SUMMARY": summary])
        #expect(github.status == 1)
        let lines = github.standardOutput.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("::error file=Examples/") && $0.contains(",line=") && $0.contains(",title=involve ") })
        #expect(lines.allSatisfy { $0.hasPrefix("::") || $0.hasPrefix("involve: ") })
        let written = try String(contentsOfFile: summary, encoding: .utf8)
        #expect(written.hasPrefix("earlier step\n## involve: the duty to involve\n"))
        #expect(github.standardError.contains("GitHub shows only the first 10"))
    }

    /// One run, several reports, each the same as its own run would give.
    @Test func severalReportsFromOneRun() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let sarif = directory.appendingPathComponent("a.sarif").path
        let junit = directory.appendingPathComponent("b.xml").path
        // --fail-on none: the guidance examples include an error-level finding (t9), and this test is about the files written.
        let run = try BuiltBinary.run(["assess", "Examples/guidance", "--as-of", "2026-01-15", "--fail-on", "none", "--format", "sarif", "--output", sarif,
                                       "--report", "junit=" + junit, "--report", "codequality=" + directory.appendingPathComponent("c.json").path])
        #expect(run.status == 0)
        #expect(run.standardError.contains("involve: wrote \(sarif), \(junit), "))
        let alone = try BuiltBinary.run(["assess", "Examples/guidance", "--as-of", "2026-01-15", "--fail-on", "none", "--format", "junit"])
        #expect(try String(contentsOfFile: junit, encoding: .utf8) == alone.standardOutput)
        let sarifAlone = try BuiltBinary.run(["assess", "Examples/guidance", "--as-of", "2026-01-15", "--fail-on", "none", "--format", "sarif"])
        #expect(try String(contentsOfFile: sarif, encoding: .utf8) == sarifAlone.standardOutput)

        let same = try BuiltBinary.run(["assess", "Examples/guidance", "--report", "sarif=" + sarif, "--output", sarif])
        #expect(same.status == 2)
        #expect(same.standardError.contains("two reports would be written to"))
        // A report that cannot be written stops the run before anything is assessed, and the
        // reports opened before it leave no temporary file.
        let unwritable = try BuiltBinary.run(["assess", "Examples/guidance", "--format", "json", "--output", junit + ".json",
                                              "--report", "sarif=" + directory.appendingPathComponent("none/x.sarif").path])
        #expect(unwritable.status == 2)
        #expect(unwritable.standardError.contains("does not exist"))
        let left = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".tmp") }
        #expect(left.isEmpty, "\(left)")
        let bad = try BuiltBinary.run(["assess", "Examples/guidance", "--report", "sarf=x.sarif"])
        #expect(bad.status == 2)
        #expect(bad.standardError.contains("did you mean 'sarif'?"))
    }

    /// JUnit test names are the rule and project ids: a verdict that changes keeps its test.
    @Test func junitNamesDoNotChangeWithTheVerdict() throws {
        let file = "Examples/guidance/t5-gp-practice-closure.json"
        let before = try BuiltBinary.run(["assess", file, "--format", "junit", "--as-of", "2026-01-15", "--fail-on", "none"])
        let names = before.standardOutput.components(separatedBy: "<testcase name=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(names.contains { $0.hasPrefix("duty-verdict [") })
        #expect(names.allSatisfy { $0.range(of: #"^[a-z0-9-]+ \[[^\]]+\]$"#, options: .regularExpression) != nil })
        #expect(before.standardOutput.contains(" file=\"Examples/guidance/t5-gp-practice-closure.json\""))
    }

    /// The root element carries the run's totals, the same whether written to a file (the
    /// totals are put in front of the suites at the end) or to standard output.
    @Test func junitTotalsOnTheRoot() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("involve-junit-\(UUID()).xml").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        let run = try BuiltBinary.run(["assess", "Examples", "--format", "junit", "--as-of", "2026-01-15", "--output", file])
        #expect(run.status == 1)
        let xml = try String(contentsOfFile: file, encoding: .utf8)
        let cases = xml.components(separatedBy: "<testcase ").count - 1
        let failures = xml.components(separatedBy: "<failure ").count - 1
        #expect(xml.contains("<testsuites name=\"involve assess\" tests=\"\(cases)\" failures=\"\(failures)\" errors=\"0\" skipped=\"0\">\n"))
        #expect(failures > 0)
        let stdout = try BuiltBinary.run(["assess", "Examples", "--format", "junit", "--as-of", "2026-01-15"])
        #expect(stdout.standardOutput == xml)
    }

    @Test func conventions() throws {
        let version = try BuiltBinary.run(["-V"])
        #expect(version.status == 0 && version.standardOutput.hasPrefix("involve "))
        let unknown = try BuiltBinary.run(["help", "asess"])
        #expect(unknown.status == 2)
        #expect(unknown.standardError.contains("did you mean 'assess'?"))
        let quiet = try BuiltBinary.run(["assess", "Examples/guidance", "--as-of", "2026-01-15", "--fail-on", "none", "--quiet", "--format", "json",
                                         "--output", FileManager.default.temporaryDirectory.appendingPathComponent("q-\(UUID()).json").path])
        #expect(quiet.status == 0)
        #expect(quiet.standardError.isEmpty)
        let always = try BuiltBinary.run(["assess", "Examples/guidance/t5-gp-practice-closure.json", "--as-of", "2026-01-15",
                                          "--color", "always"], environment: ["NO_COLOR": "1"])
        #expect(always.standardOutput.contains("\u{1B}["))
        let never = try BuiltBinary.run(["assess", "Examples/guidance/t5-gp-practice-closure.json", "--as-of", "2026-01-15",
                                         "--color", "never"])
        #expect(!never.standardOutput.contains("\u{1B}["))
        let badColour = try BuiltBinary.run(["assess", "Examples", "--color", "sometimes"])
        #expect(badColour.status == 2)
        #expect(try BuiltBinary.run(["help", "help"]).status == 0)
        #expect(try BuiltBinary.run(["help", "completions"]).status == 0)
        let summary = try BuiltBinary.run(["assess", "Examples", "--summary", "s.md"])
        #expect(summary.status == 2)
        #expect(summary.standardError.contains("--summary is the job summary of --format github"))
        let notes = try BuiltBinary.run(["assess", "Examples", "--min-severity", "warning"])
        #expect(notes.status == 2)
        #expect(notes.standardError.contains("--min-severity applies only to sarif, codequality and github"))
    }
}

/// `--write-baseline` then `--baseline`: a pipeline adopted on a folder with old findings fails
/// only on new ones, and still reports the old.
@Suite(.enabled(if: BuiltBinary.exists, "needs the built involve binary"))
struct BaselineEndToEndTests {
    @Test func failsOnlyOnNewFindings() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("involve-baseline-\(UUID().uuidString)")
        let projects = directory.appendingPathComponent("projects")
        try FileManager.default.createDirectory(at: projects, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let examples = BuiltBinary.repositoryRoot.appendingPathComponent("Examples/guidance")
        try FileManager.default.copyItem(at: examples.appendingPathComponent("t2-urgent-emergency-care-reconfiguration.json"),
                                         to: projects.appendingPathComponent("a.json"))
        let baseline = projects.appendingPathComponent("involve-baseline.json").path
        let first = try BuiltBinary.run(["assess", projects.path, "--as-of", "2026-01-15", "--fail-on", "warning",
                                         "--write-baseline", baseline])
        #expect(first.status == 1, "\(first.standardError)")
        let written = try String(contentsOfFile: baseline, encoding: .utf8)
        #expect(written.contains("\"format\": \"involve.baseline\""))

        // The same folder against its baseline passes, and SARIF marks the results unchanged.
        let again = try BuiltBinary.run(["assess", projects.path, "--as-of", "2026-01-15", "--fail-on", "warning",
                                         "--baseline", baseline, "--format", "sarif"])
        #expect(again.status == 0, "\(again.standardError)")
        #expect(again.standardOutput.contains("\"baselineState\": \"unchanged\""))
        #expect(!again.standardOutput.contains("\"baselineState\": \"new\""))

        let text = try BuiltBinary.run(["assess", projects.path, "--as-of", "2026-01-15", "--fail-on", "warning",
                                        "--baseline", baseline])
        #expect(text.standardOutput.contains(" in the baseline (not failing)"))

        // A new project's findings are new and fail the run.
        try FileManager.default.copyItem(at: examples.appendingPathComponent("t5-gp-practice-closure.json"),
                                         to: projects.appendingPathComponent("b.json"))
        let withNew = try BuiltBinary.run(["assess", projects.path, "--as-of", "2026-01-15", "--fail-on", "warning",
                                           "--baseline", baseline, "--format", "sarif"])
        #expect(withNew.status == 1)
        #expect(withNew.standardOutput.contains("\"baselineState\": \"new\""))

        let notABaseline = try BuiltBinary.run(["assess", projects.path, "--baseline", projects.appendingPathComponent("a.json").path])
        #expect(notABaseline.status == 2)
        #expect(notABaseline.standardError.contains("this is not an involve baseline"))
    }
}
