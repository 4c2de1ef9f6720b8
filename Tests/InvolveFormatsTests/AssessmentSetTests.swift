import Foundation
import InvolveCore
import InvolveFormats
import Testing

/// The `involve.assessment-set` document (version 2) lists each rule once in `rules`, and its
/// trail steps name their rule by id. Nothing may be lost: a set entry resolved through `rules`
/// must give back, byte for byte, the single-file `involve.assessment` document of the same
/// project.
@Suite struct AssessmentSetTests {
    let settings = ReportSettings(asOf: Fixtures.asOf)

    func setDocument() throws -> (JSONOutput, [FileOutcome]) {
        let outcomes = try Fixtures.outcomes()
        let text = ReportFormat.json.render(outcomes, settings: settings)
        return (StreamingTests.output(try JSONParser.parse(Array(text.utf8))), outcomes)
    }

    @Test func rulesListEveryRuleOnceInRulebookOrderBeforeFiles() throws {
        let (document, _) = try setDocument()
        let keys = try members(document).map(\.0)
        #expect(keys == ["format", "formatVersion", "tool", "rulebookVersion", "asOf", "failurePolicy", "rules", "files", "summary"])
        #expect(try member(document, "formatVersion") == .int(2))
        let rules = try elements(member(document, "rules"))
        #expect(try rules.map { try member($0, "id") } == Rulebook.all.map { .string($0.id) })
        for (json, rule) in zip(rules, Rulebook.all) {
            #expect(try members(json).map(\.0) == ["id", "title", "question", "inferred", "citations"])
            #expect(try member(json, "title") == .string(rule.title))
            #expect(try member(json, "question") == .string(rule.question))
            #expect(try member(json, "inferred") == .bool(rule.inferred))
            #expect(try elements(member(json, "citations")).count == rule.citations.count)
        }
    }

    @Test func everyTrailStepNamesARuleInRulesAndResolvesToTheSingleFileCitations() throws {
        let (document, outcomes) = try setDocument()
        let rules = try Dictionary(uniqueKeysWithValues: elements(member(document, "rules")).map { (try string(member($0, "id")), $0) })
        let entries = try elements(member(document, "files"))
        #expect(entries.count == outcomes.count)
        var stepsChecked = 0
        for (entry, outcome) in zip(entries, outcomes) {
            guard case .assessed = outcome else {
                #expect(try member(entry, "assessment") == .null)
                continue
            }
            let single = try singleFileDocument(outcome)
            let singleSteps = try elements(member(single, "trail"))
            let steps = try elements(member(member(entry, "assessment"), "trail"))
            #expect(steps.count == singleSteps.count)
            #expect(!steps.isEmpty)
            for (step, singleStep) in zip(steps, singleSteps) {
                #expect(try members(step).map(\.0) == ["step", "ruleId", "answer", "facts"], "only what varies by project")
                let id = try string(member(step, "ruleId"))
                let rule = try #require(rules[id], "trail step names \(id), which is not in rules")
                #expect(try member(rule, "citations") == member(singleStep, "citations"), "\(id)")
                #expect(try member(rule, "citations") != .array([]), "\(id) cites something")
                for key in ["title", "question", "inferred"] {
                    #expect(try member(rule, key) == member(singleStep, key), "\(id).\(key)")
                }
                for key in ["step", "ruleId", "answer", "facts"] {
                    #expect(try member(step, key) == member(singleStep, key), "\(id).\(key)")
                }
                stepsChecked += 1
            }
        }
        #expect(stepsChecked > 50)
    }

    /// The strongest form: each set entry's assessment, with `format` and `formatVersion` put
    /// back and its steps resolved through `rules`, renders to exactly the bytes of the
    /// single-file document. So the set drops repetition and nothing else.
    @Test func aResolvedEntryIsTheSingleFileDocumentByteForByte() throws {
        let (document, outcomes) = try setDocument()
        let rules = try Dictionary(uniqueKeysWithValues: elements(member(document, "rules")).map { (try string(member($0, "id")), $0) })
        for (entry, outcome) in zip(try elements(member(document, "files")), outcomes) {
            guard case .assessed = outcome else { continue }
            let assessment = try members(member(entry, "assessment"))
            var rebuilt: [(String, JSONOutput)] = [("format", .string("involve.assessment")), ("formatVersion", .int(1))]
            for (key, value) in assessment {
                guard key == "trail" else { rebuilt.append((key, value)); continue }
                rebuilt.append((key, .array(try elements(value).map { step in
                    let rule = try #require(rules[try string(member(step, "ruleId"))])
                    return .object([
                        ("step", try member(step, "step")), ("ruleId", try member(step, "ruleId")),
                        ("title", try member(rule, "title")), ("question", try member(rule, "question")),
                        ("answer", try member(step, "answer")), ("inferred", try member(rule, "inferred")),
                        ("facts", try member(step, "facts")), ("citations", try member(rule, "citations")),
                    ])
                })))
            }
            var single = settings
            single.singleFile = true
            #expect(JSONOutput.object(rebuilt).rendered() == ReportFormat.json.render([outcome], settings: single), "\(outcome.file)")
        }
    }

    /// The Python snippet in docs/output-json.md resolves citations through `rules`: run it on
    /// a folder report and check it prints one line per citation of every step.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/python3"), "needs python3"))
    func theDocumentedSnippetResolvesCitations() throws {
        let docs = try String(contentsOf: RecordFixtures.packageRoot.appendingPathComponent("docs/output-json.md"), encoding: .utf8)
        let marker = try #require(docs.range(of: "<!-- resolve-citations -->\n```python\n"), "the snippet is in the docs")
        let end = try #require(docs.range(of: "\n```", range: marker.upperBound..<docs.endIndex))
        let snippet = String(docs[marker.upperBound..<end.lowerBound])

        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("involve-set-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let report = directory.appendingPathComponent("report.json")
        let script = directory.appendingPathComponent("resolve.py")
        let outcomes = try Fixtures.outcomes()
        try ReportFormat.json.render(outcomes, settings: settings).write(to: report, atomically: true, encoding: .utf8)
        try snippet.write(to: script, atomically: true, encoding: .utf8)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [script.path, report.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)

        var expected: [String] = []
        for case .assessed(let report) in outcomes {
            for (index, step) in report.assessment.trail.enumerated() {
                for citation in step.rule.citations {
                    expected.append([report.file, String(index + 1), step.rule.id, citation.document.rawValue, citation.section]
                        .joined(separator: "\t"))
                }
            }
        }
        #expect(!expected.isEmpty)
        #expect(output.split(separator: "\n").map(String.init) == expected)
    }

    // MARK: Helpers

    func singleFileDocument(_ outcome: FileOutcome) throws -> JSONOutput {
        var single = settings
        single.singleFile = true
        let text = ReportFormat.json.render([outcome], settings: single)
        return StreamingTests.output(try JSONParser.parse(Array(text.utf8)))
    }

    func members(_ value: JSONOutput) throws -> [(String, JSONOutput)] {
        guard case .object(let members) = value else { throw FixtureError("not an object: \(value.rendered().prefix(80))") }
        return members
    }

    func member(_ value: JSONOutput, _ key: String) throws -> JSONOutput {
        guard let found = try members(value).first(where: { $0.0 == key }) else { throw FixtureError("no key \(key)") }
        return found.1
    }

    func elements(_ value: JSONOutput) throws -> [JSONOutput] {
        guard case .array(let elements) = value else { throw FixtureError("not an array: \(value.rendered().prefix(80))") }
        return elements
    }

    func string(_ value: JSONOutput) throws -> String {
        guard case .string(let text) = value else { throw FixtureError("not a string: \(value.rendered().prefix(80))") }
        return text
    }
}
