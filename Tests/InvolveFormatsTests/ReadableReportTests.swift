import Foundation
import InvolveCore
@testable import InvolveFormats
import Testing

/// What a new user sees on each example: a first screen to act on, questions that say what
/// they decide, and sources named as a reader finds them (never a line of the project's own
/// copy of a document).
@Suite struct ReadableReportTests {
    /// "line 1064" or "lines 1022-1026" not followed by ", column": a line of a source
    /// document, not a position in the user's own file.
    static func namesASourceLine(_ text: String) -> String? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "(" })
        for (index, word) in words.enumerated() where word == "line" || word == "lines" {
            guard index + 1 < words.count, let first = words[index + 1].first, first.isNumber else { continue }
            if words[index + 1].hasSuffix(",") && index + 2 < words.count && words[index + 2] == "column" { continue }
            return words[max(0, index - 4)...min(words.count - 1, index + 3)].joined(separator: " ")
        }
        return nil
    }

    @Test func noOutputNamesASeedOrASourceLine() throws {
        let settings = ReportSettings(asOf: Fixtures.asOf, singleFile: true)
        for report in try ExampleProjects.reports() {
            for format in ReportFormat.allCases {
                let text = format.render([.assessed(report)], settings: settings)
                #expect(!text.lowercased().contains("seed"), "\(report.file) \(format)")
                // JSON keeps each citation's line numbers as data ("lines": "1064"), not as text.
                let prose = format == .json ? text.replacingOccurrences(of: "\"lines\": \"", with: "") : text
                #expect(Self.namesASourceLine(prose) == nil, "\(report.file) \(format): \(Self.namesASourceLine(prose) ?? "")")
            }
        }
        for rule in Rulebook.all {
            let explained = RulesText.explain(rule)
            #expect(!explained.lowercased().contains("seed"), "\(rule.id)")
            #expect(Self.namesASourceLine(explained) == nil, "\(rule.id)")
        }
    }

    /// Each report closes with its sources: every document the trail cites, with its address.
    @Test func everyReportListsItsSourcesWithTheirAddresses() throws {
        let settings = ReportSettings(asOf: Fixtures.asOf, singleFile: true, detail: .full)
        for report in try ExampleProjects.reports() {
            let documents = SourcesText.documents(report.assessment)
            #expect(documents.contains(.statutoryGuidance) && documents.contains(.nhsAct2006), "\(report.file)")
            for format in [ReportFormat.text, .markdown, .html] {
                let text = format.render([.assessed(report)], settings: settings)
                #expect(text.contains("Sources"), "\(report.file) \(format)")
                for document in documents {
                    if let address = document.address { #expect(text.contains(address), "\(report.file) \(format): \(document)") }
                    let title = format == .html ? HTMLText.escape(document.title) : format == .markdown ? MarkdownText.inline(document.title) : document.title
                    #expect(text.contains(title), "\(report.file) \(format)")
                }
            }
        }
    }

    /// The first screen (up to the rule under it) fits about 40 lines at 100 columns, and has
    /// the verdict, the route, what to do first and only the questions that decide.
    @Test func theFirstScreenIsEnoughToActOn() throws {
        for report in try ExampleProjects.reports() {
            let text = AssessmentText.render(report, style: TextStyle(enabled: false, width: 100))
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let end = try #require(lines.firstIndex { $0.hasPrefix("────") }, "\(report.file)")
            let screen = lines[..<end]
            #expect(screen.count <= 44, "\(report.file): \(screen.count) lines")
            let tooLong = lines.first { TextWrap.visibleCount($0) > 100 && $0.contains(where: { $0 != " " }) && $0.drop(while: { $0 == " " }).contains(" ") }
            #expect(tooLong == nil, "\(report.file): \(tooLong ?? "")")
            let assessment = report.assessment
            #expect(screen.contains { $0 == Substring(assessment.verdict.headline.uppercased()) })
            #expect(screen.contains { $0.hasPrefix("Route         " + assessment.route.kind.headline) })
            #expect(screen.contains("What to do first"))
            for question in assessment.decidingQuestions {
                #expect(screen.contains { $0.contains(question.path) }, "\(report.file): \(question.path)")
            }
            for question in assessment.planQuestions {
                #expect(!screen.contains { $0.contains("Answer at " + question.path + " ") }, "\(report.file): \(question.path)")
            }
        }
    }

    /// A settled verdict never says questions decide it; an undetermined one always has one.
    @Test func onlyAnOpenVerdictWaitsOnQuestions() throws {
        for report in try ExampleProjects.reports() {
            let assessment = report.assessment
            let verdictQuestions = assessment.openQuestions.filter { $0.decides == .verdict }
            let settled = assessment.verdict == .applies || assessment.verdict == .doesNotApply
            if settled { #expect(verdictQuestions.isEmpty, "\(report.file)") }
            if assessment.verdict == .undetermined { #expect(!verdictQuestions.isEmpty, "\(report.file)") }
            let text = AssessmentText.render(report)
            #expect(text.contains("could change the verdict") == !verdictQuestions.isEmpty, "\(report.file)")
        }
    }

    @Test func wrappingKeepsEveryWordAndIndentsContinuations() {
        let line = "  - " + Array(repeating: "word", count: 40).joined(separator: " ")
        let wrapped = TextWrap.wrap(line + "\nshort\n", width: 30)
        let lines = wrapped.split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 30 })
        #expect(lines.dropFirst().dropLast().allSatisfy { $0.hasPrefix("    word") })
        #expect(lines.last == "short")
        #expect(wrapped.split(whereSeparator: { $0 == " " || $0 == "\n" }).filter { $0 == "word" }.count == 40)
        #expect(TextWrap.wrap("Route         a b c d e f g h i j k l m n o p", width: 30)
                == "Route         a b c d e f g h\n              i j k l m n o p")
    }
}

/// Every finding points at the fact it concerns, and never at line 1, column 1 of a file
/// with content (a fact the file does not state points at where it would go).
@Suite struct FindingLocationTests {
    @Test func noFindingOrQuestionInTheExamplesPointsAtTheFirstCharacter() throws {
        var checked = 0
        for report in try ExampleProjects.reports() {
            let assessment = report.assessment
            let paths = assessment.findings.map(\.primaryPath) + assessment.openQuestions.map(\.path)
            for path in paths {
                let span = try #require(assessment.sourceMap.span(of: path), "\(report.file): \(path)")
                #expect(!(span.line == 1 && span.column == 1), "\(report.file): \(path)")
                #expect(span.endLine > span.line || span.endColumn > span.column, "\(report.file): \(path)")
                checked += 1
            }
        }
        #expect(checked > 100)
    }

    /// The SARIF a CI pipeline reads over every example: no region at line 1, column 1.
    @Test func noSARIFResultInTheExamplesPointsAtTheFirstCharacter() throws {
        let sarif = ReportFormat.sarif.render(try ExampleProjects.reports().map { .assessed($0) }, settings: ReportSettings(asOf: Fixtures.asOf))
        let root = try JSONParser.parse(Array(sarif.utf8))
        var regions = 0
        func walk(_ node: JSONNode) {
            switch node.value {
            case .object(let members):
                if let line = members.first(where: { $0.key == "startLine" })?.value, let column = members.first(where: { $0.key == "startColumn" })?.value,
                   case .number(let l) = line.value, case .number(let c) = column.value {
                    regions += 1
                    #expect(!(l.integer == 1 && c.integer == 1), "a SARIF region at 1:1")
                }
                members.forEach { walk($0.value) }
            case .array(let elements): elements.forEach(walk)
            default: break
            }
        }
        walk(root)
        #expect(regions > 50)
    }

    /// In a format 2 file every path names a key that file format has: the Gunning principles'
    /// facts are at the exercise judged, never at format 1's `$.plan`, and an exercise is indexed.
    @Test func format2PathsNameFormat2Keys() throws {
        var checked = 0
        for report in try ExampleProjects.reports() {
            let text = try String(contentsOf: RecordFixtures.packageRoot.appendingPathComponent(report.file), encoding: .utf8)
            guard text.contains("\"formatVersion\": 2") else { continue }
            checked += 1
            let paths = report.assessment.fairness.principles.flatMap(\.facts).map(\.path)
                + report.assessment.findings.flatMap(\.facts).map(\.path) + report.assessment.openQuestions.map(\.path)
            for path in paths where path.hasPrefix("$.") {
                #expect(!path.hasPrefix("$.plan"), "\(report.file): \(path)")
                #expect(!path.hasPrefix("$.exercises."), "\(report.file): \(path)")
            }
        }
        #expect(checked >= 10, "the format 2 examples were found")
    }

    @Test func planFindingsPointAtThePlan() throws {
        for report in try ExampleProjects.reports() {
            for finding in report.assessment.findings {
                if finding.rule.id == "plan-carers-representatives" || finding.rule.id == "plan-service-users" {
                    #expect(finding.primaryPath == "$.plan.audiences" || (finding.primaryPath.hasPrefix("$.exercises[") && finding.primaryPath.hasSuffix("].audiences")), "\(report.file): \(finding.primaryPath)")
                }
                if finding.rule.id == "gunning-2-information" {
                    #expect(finding.primaryPath.hasPrefix("$.plan.") || finding.primaryPath.hasPrefix("$.exercises["), "\(report.file): \(finding.primaryPath)")
                }
            }
        }
    }
}
