import Foundation
import Testing
import InvolveCore
@testable import InvolveFormats

/// The annual report for the example year: golden files, well-formed accessible HTML,
/// escaping of hostile text, and the JSON record format's round trip.
@Suite struct ReportTests {
    // MARK: Golden files

    @Test func markdownReportMatchesGolden() throws {
        let report = try RecordFixtures.exampleReport()
        let difference = try RecordFixtures.compareGolden(ReportMarkdown.render(report), RecordFixtures.golden.appendingPathComponent("annual-report-2025-26.md"))
        #expect(difference == nil, "\(difference ?? "")")
    }

    @Test func htmlReportMatchesGolden() throws {
        let report = try RecordFixtures.exampleReport()
        let difference = try RecordFixtures.compareGolden(ReportHTML.render(report), RecordFixtures.golden.appendingPathComponent("annual-report-2025-26.html"))
        #expect(difference == nil, "\(difference ?? "")")
    }

    /// The reports committed beside the examples are the ones the tool makes today.
    @Test func committedExampleReportsAreCurrent() throws {
        let report = try RecordFixtures.exampleReport()
        for (name, text) in [("annual-report-2025-26.md", ReportMarkdown.render(report)), ("annual-report-2025-26.html", ReportHTML.render(report))] {
            let difference = try RecordFixtures.compareGolden(text, RecordFixtures.examples.appendingPathComponent(name))
            #expect(difference == nil, "\(difference ?? "")")
        }
        let docx = FileManager.default.contents(atPath: RecordFixtures.examples.appendingPathComponent("annual-report-2025-26.docx").path)
        #expect(docx == Data(ReportDocx.render(report)), "Examples/records/annual-report-2025-26.docx is current (make-records.sh)")
    }

    /// Each example record's Markdown is what the renderer makes from its JSON: the JSON holds
    /// everything the Markdown shows.
    @Test func exampleRecordMarkdownComesFromItsJSON() throws {
        let records = try RecordFixtures.exampleRecords()
        #expect(records.count >= 12)
        for (name, record) in records {
            let markdownName = String(name.dropLast(".json".count)) + ".md"
            let difference = try RecordFixtures.compareGolden(DecisionRecordMarkdown.render(record), RecordFixtures.examples.appendingPathComponent(markdownName))
            #expect(difference == nil, "\(difference ?? "")")
        }
    }

    @Test func theExampleYearIsAYear() throws {
        let report = try RecordFixtures.exampleReport()
        #expect(report.records.count >= 12 && report.records.count <= 20)
        #expect(report.excludedCount == 1, "the 2024/25 record is left out")
        // A showcase, not a test fixture: no markup in what a person typed (the hostile-title
        // fixture lives in Tests/InvolveCLITests/Fixtures).
        #expect(!(try RecordFixtures.exampleRecords()).contains { $0.record.project.title.contains("<") || $0.record.project.summary?.contains("<") == true })
        #expect(Set(report.records.map(\.verdict)) == Set(DutyVerdict.allCases), "every verdict appears in the example year")
    }

    // MARK: The HTML

    @Test func htmlIsWellFormedAndSelfContained() throws {
        let html = ReportHTML.render(try RecordFixtures.exampleReport())
        let checker = HTMLChecker(html)
        #expect(checker.problems.isEmpty, "\(checker.problems.prefix(10).joined(separator: "\n"))")
        #expect(checker.sawDoctype)
        #expect(!html.lowercased().contains("<script"))
        #expect(checker.all("script").isEmpty)
        for element in checker.elements {
            for (name, value) in element.attributes where ["src", "href", "action", "srcset", "xlink:href", "data"].contains(name) {
                #expect(value.hasPrefix("#"), "only in-page links: <\(element.name) \(name)=\"\(value)\">")
            }
            #expect(!element.attributes.keys.contains { $0.hasPrefix("on") }, "no event handlers on <\(element.name)>")
        }
        #expect(checker.all("link").isEmpty && checker.all("img").isEmpty && checker.all("iframe").isEmpty)
        let style = checker.all("style").map(\.text).joined()
        #expect(!style.contains("url(") && !style.contains("@import"))
    }

    @Test func htmlIsAccessible() throws {
        let checker = HTMLChecker(ReportHTML.render(try RecordFixtures.exampleReport()))
        #expect(checker.all("html").first?.attributes["lang"] == "en-GB")
        #expect(checker.all("title").first { !$0.ancestors.contains("svg") }?.text.isEmpty == false)

        // Headings start at h1, there is one h1, and no level is skipped on the way down.
        let levels = checker.headingLevels
        #expect(levels.first == 1)
        #expect(levels.filter { $0 == 1 }.count == 1)
        for (previous, next) in zip(levels, levels.dropFirst()) {
            #expect(next <= previous + 1, "heading h\(next) follows h\(previous)")
        }

        // Tables: a caption first, and every header cell has a scope.
        for table in checker.all("table") {
            #expect(table.children.first == "caption")
        }
        for header in checker.all("th") {
            #expect(["col", "row"].contains(header.attributes["scope"] ?? ""))
        }

        // The chart is an image with a title and a description, followed by its data as a table.
        let svg = try #require(checker.all("svg").first)
        #expect(svg.attributes["role"] == "img")
        let labelledBy = (svg.attributes["aria-labelledby"] ?? "").split(separator: " ").map(String.init)
        let ids = checker.elements.compactMap { $0.attributes["id"] }
        #expect(labelledBy.count == 2 && labelledBy.allSatisfy(ids.contains))
        #expect(svg.children.prefix(2) == ["title", "desc"])
        #expect(checker.all("caption").contains { $0.text.contains("The figures in the chart") })

        // Ids are unique and every in-page link and label points at one.
        #expect(Set(ids).count == ids.count)
        for element in checker.elements {
            if let href = element.attributes["href"] { #expect(ids.contains(String(href.dropFirst()))) }
            if element.name != "svg", let label = element.attributes["aria-labelledby"] { #expect(ids.contains(label)) }
        }
    }

    @Test func aRecordFoundTwiceStillGivesUniqueIDs() throws {
        let period = try #require(RecordFixtures.year)
        let record = RecordFixtures.hostileRecord()
        let checker = HTMLChecker(ReportHTML.render(InvolvementReport(organisation: nil, period: period, allRecords: [record, record])))
        let ids = checker.elements.compactMap { $0.attributes["id"] }
        #expect(Set(ids).count == ids.count)
        #expect(checker.all("article").count == 2)
    }

    @Test func htmlPrintsOnA4() throws {
        let html = ReportHTML.render(try RecordFixtures.exampleReport())
        #expect(html.contains("@page { size: A4;"))
        #expect(html.contains("tr, figure, dl { break-inside: avoid;"))
        #expect(html.contains("thead { display: table-header-group; }"))
    }

    // MARK: Escaping

    @Test func hostileTextIsTextInHTML() throws {
        let period = try #require(RecordFixtures.year)
        let report = InvolvementReport(organisation: "Org <i>", period: period, allRecords: [RecordFixtures.hostileRecord()])
        let html = ReportHTML.render(report)
        let checker = HTMLChecker(html)
        #expect(checker.problems.isEmpty, "\(checker.problems.prefix(10).joined(separator: "\n"))")
        #expect(!html.contains("<script"))
        #expect(!html.contains("<i>") && !html.contains("<b>"))
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39;"))
        #expect(!html.contains("href=\"javascript") && !html.contains("href=\"https"))
        #expect(checker.all("a").allSatisfy { $0.attributes["href"]?.hasPrefix("#") == true })
    }

    @Test func hostileTextIsTextInMarkdown() throws {
        let period = try #require(RecordFixtures.year)
        let report = InvolvementReport(organisation: nil, period: period, allRecords: [RecordFixtures.hostileRecord()])
        for markdown in [ReportMarkdown.render(report), DecisionRecordMarkdown.render(RecordFixtures.hostileRecord())] {
            #expect(markdown.contains("\\<script\\>alert(\"x\")\\</script\\> & 'quoted'"))
            // No raw HTML or live links from the input: outside code spans every '<' and every
            // "](" is escaped; our own <br> in table cells is the only tag.
            for line in markdown.split(separator: "\n").map(String.init) {
                let outsideCode = Self.strippingCodeSpans(line).replacingOccurrences(of: "<br>", with: "")
                let scalars = Array(outsideCode)
                for (index, character) in scalars.enumerated() where character == "<" {
                    #expect(index > 0 && scalars[index - 1] == "\\", "unescaped '<' in: \(line)")
                }
                #expect(!outsideCode.replacingOccurrences(of: "\\]", with: "").contains("]("), "a live link in: \(line)")
            }
            // Table rows keep their cells: pipes and line breaks in the text are escaped.
            var columns: Int?
            for line in markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
                guard line.hasPrefix("|") else { columns = nil; continue }
                let pipes = Self.unescapedPipes(line)
                if columns == nil { columns = pipes }
                #expect(pipes == columns, "a row with \(pipes - 1) cells under a header of \((columns ?? 1) - 1): \(line)")
            }
        }
    }

    /// The line with each code span replaced by "C" (CommonMark: a run of n backticks up to
    /// the next run of exactly n; a backslash escapes a backtick outside a span).
    static func strippingCodeSpans(_ line: String) -> String {
        let characters = Array(line)
        var output = ""
        var index = 0
        func run(at position: Int) -> Int {
            var length = 0
            while position + length < characters.count && characters[position + length] == "`" { length += 1 }
            return length
        }
        while index < characters.count {
            let character = characters[index]
            if character == "\\", index + 1 < characters.count {
                output.append(character)
                output.append(characters[index + 1])
                index += 2
                continue
            }
            if character == "`" {
                let length = run(at: index)
                var cursor = index + length
                var close: Int?
                while cursor < characters.count {
                    if characters[cursor] == "`" {
                        let other = run(at: cursor)
                        if other == length { close = cursor; break }
                        cursor += other
                    } else {
                        cursor += 1
                    }
                }
                if let close {
                    output += "C"
                    index = close + length
                } else {
                    output += String(repeating: "`", count: length)
                    index += length
                }
                continue
            }
            output.append(character)
            index += 1
        }
        return output
    }

    static func unescapedPipes(_ line: String) -> Int {
        var count = 0
        var escaped = false
        for character in line {
            if character == "|" && !escaped { count += 1 }
            escaped = character == "\\" && !escaped
        }
        return count
    }

    @Test func markdownEscapes() {
        #expect(MarkdownText.cell("a | b\nc") == "a \\| b<br>c")
        #expect(MarkdownText.inline("<b>*x*</b>") == "\\<b\\>\\*x\\*\\</b\\>")
        #expect(MarkdownText.inline("A&E and &amp;") == "A&E and \\&amp;")
        #expect(MarkdownText.lineStart("- not a list") == "\\- not a list")
        #expect(MarkdownText.lineStart("1. not a list") == "1\\. not a list")
        #expect(MarkdownText.code("a`b") == "``a`b``")
        #expect(MarkdownText.code("`x`") == "`` `x` ``")
        #expect(MarkdownText.paragraphs("one\ntwo\n\nthree") == ["one two", "three"])
    }

    @Test func htmlEscapes() {
        #expect(HTMLText.escape("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
    }

    // MARK: Record JSON

    @Test func recordJSONRoundTrips() throws {
        var records = try RecordFixtures.exampleRecords().map(\.record)
        records.append(RecordFixtures.hostileRecord())
        for record in records {
            let json = DecisionRecordJSON.render(record)
            let loaded = DecisionRecordLoader.load(Array(json.utf8), file: "r.json")
            switch loaded {
            case .success(let back):
                #expect(back == record)
                #expect(DecisionRecordJSON.render(back) == json)
            case .failure(let errors):
                Issue.record("\(errors.diagnostics.map(\.rendered).joined(separator: "\n"))")
            }
        }
    }

    @Test func recordJSONKeysAreInTheDocumentedOrder() {
        let json = DecisionRecordJSON.render(RecordFixtures.hostileRecord())
        let keys = json.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        #expect(keys == ["format", "formatVersion", "recordId", "asOf", "tool", "rulebookVersion", "input", "project", "verdict", "route",
                         "fairness", "decision", "keyDates", "audiences", "affectedGroups", "plan", "findings", "waivers",
                         "openQuestions", "nextSteps", "trail", "recordSHA256"])
    }

    /// A record carries the digest of its own content: an edit after writing is refused with
    /// a message, a key added by a newer version is read with a note.
    @Test func aRecordIsCheckedAgainstItsOwnDigest() throws {
        let json = DecisionRecordJSON.render(RecordFixtures.hostileRecord())
        #expect(RecordDigest.check(Array(json.utf8)) == .intact)
        guard case .success = DecisionRecordLoader.load(Array(json.utf8), file: "r.json") else {
            Issue.record("a record just written must load")
            return
        }
        let tampered = json.replacingOccurrences(of: "\"applies\"", with: "\"does-not-apply\"")
        #expect(tampered != json)
        #expect(RecordDigest.check(Array(tampered.utf8)) == .changed)
        guard case .failure(let errors) = DecisionRecordLoader.load(Array(tampered.utf8), file: "r.json") else {
            Issue.record("an edited record must be refused")
            return
        }
        #expect(errors.diagnostics.map(\.path.description) == ["$.recordSHA256"])
        #expect(errors.diagnostics.first?.message.contains("changed after it was written") == true)

        // A newer involve's record: an extra key, and a digest over it.
        let newer = json.replacingOccurrences(of: "  \"trail\":", with: "  \"fromTheFuture\": 1,\n  \"trail\":")
            .replacing(#/"recordSHA256": "[0-9a-f]{64}"/#, with: "\"recordSHA256\": \"\(RecordDigest.placeholder)\"")
        let sealed = RecordDigest.seal(newer)
        guard case .success(let record) = DecisionRecordLoader.load(Array(sealed.utf8), file: "r.json") else {
            Issue.record("a record with an extra key must load")
            return
        }
        #expect(record.readingNotes == ["r.json: $.fromTheFuture is not a key this version of involve knows (a newer version may have written it); it was ignored"])

        // Written before records carried a digest: nothing to check.
        let old = json.replacing(#/,\n  "recordSHA256": "[0-9a-f]{64}"/#, with: "")
        #expect(RecordDigest.check(Array(old.utf8)) == .absent)
    }

    // MARK: Hooks

    @Test func whatWasDoneIsCountedBesideTheRouteAssessed() throws {
        let period = try #require(RecordFixtures.year)
        let report = InvolvementReport(organisation: "X", period: period, allRecords: [RecordFixtures.hostileRecord()])
        let table = ReportWording.activityTable(report)
        // The hostile record's plan gives no approach it could run, and its route is a consultation.
        #expect(table.rows.first { $0[0] == "Formal public consultation" } == ["Formal public consultation", "0", "1"])
        #expect(table.rows.first { $0[0].hasPrefix("No approach") } == ["No approach recorded / route not settled", "1", "0"])
        #expect(!ReportMarkdown.render(report).contains(ReportWording.routeNote))
        // Records with no route say so instead of counting zero.
        var older = RecordFixtures.hostileRecord()
        older.route = nil
        let old = InvolvementReport(organisation: "X", period: period, allRecords: [older])
        #expect(ReportWording.activityTable(old).rows.allSatisfy { $0[2] == "Not recorded" || $0[2] == "—" })
        #expect(ReportWording.activityNote(old).contains(ReportWording.routeNote))
        // The plan's reach gets its own column when any project records it.
        #expect(ReportWording.reachRows(report).showsHow)
    }

    /// The example year counts what each project did, and says where it differs from the route.
    @Test func theExampleYearCountsWhatWasDone() throws {
        let report = try RecordFixtures.exampleReport()
        let rows = ReportWording.activityTable(report).rows
        #expect(rows.first { $0[0] == "Formal public consultation" } == ["Formal public consultation", "5", "4"])
        #expect(rows.first { $0[0].hasPrefix("Health overview") }?[1] == "1", "the stroke committee was consulted")
        #expect(rows.first { $0[0].hasPrefix("Secretary of State") }?[1] == "1", "and the Secretary of State notified")
        let markdown = ReportMarkdown.render(report)
        // Riverside ran a consultation where engagement was assessed; Eastgate the other way round.
        #expect(markdown.contains("| Riverside urgent treatment centre: closing overnight | Applies | Done: formal public consultation. Assessed: engagement. |"))
        #expect(markdown.contains("Done: engagement. Assessed: public consultation. Health scrutiny committee: not recorded (assessed: consult it)."))
        #expect(markdown.contains("differs from the route assessed for 6 projects"))
        #expect(ReportWording.yearTable(report) == nil, "one reporting year: no year-on-year table")
    }

    /// Over two reporting years (the 2024/25 record is then in the period), a year-on-year table.
    @Test func twoReportingYearsAreCompared() throws {
        let period = try #require(CalendarDateRange(start: RecordFixtures.day("2024-04-01"), end: RecordFixtures.day("2026-03-31")))
        let report = InvolvementReport(organisation: nil, period: period, allRecords: try RecordFixtures.exampleRecords().map(\.record))
        let rows = Array(try #require(ReportWording.yearTable(report)).rows)
        #expect(rows.map { $0[0] } == ["2024/25", "2025/26"])
        #expect(rows[0] == ["2024/25", "1", "1", "0", "0", "0", "1 of 1"])
        #expect(rows[1][1] == "17" && rows[1][5] == "5")
        #expect(ReportMarkdown.render(report).contains("### Year on year"))
        #expect(HTMLChecker(ReportHTML.render(report)).problems.isEmpty)
    }

    @Test func anApproachOpeningAfterThePeriodIsChosenNotDone() throws {
        var record = RecordFixtures.hostileRecord()
        record.plan = RecordPlan(approach: "engage", launchDate: RecordFixtures.day("2026-04-13"))
        let text = RecordWording.doneAndAssessed(record, periodEnd: RecordFixtures.day("2026-03-31"))
        #expect(text.hasPrefix("Chosen: engagement, opening 13 April 2026, after the period, so not counted as done. Assessed: public consultation."))
        #expect(RecordWording.doneAndAssessed(record).hasPrefix("Done: engagement. Assessed: public consultation."))
    }

    /// Files keep working: a record made before the plan kept the committee's status, the
    /// notice and the launch date still loads, and reads them as not recorded.
    @Test func aRecordMadeBeforeWhatWasDoneWasKeptStillLoads() throws {
        let path = RecordFixtures.examples.appendingPathComponent("nfd-2025-004-76340476-2026-01-20.json")
        var text = String(decoding: try Data(contentsOf: path), as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let kept = lines.filter { line in !["\"scrutinyStatus\":", "\"secretaryOfStateNotified\":", "\"launchDate\":"].contains { line.hasPrefix("    " + $0) } }
        #expect(lines.count - kept.count == 3)
        text = kept.joined(separator: "\n").replacingOccurrences(of: "}\n    ],\n  },", with: "}\n    ]\n  },")
        // Records of that time carried no digest of themselves either.
        text = text.replacingOccurrences(of: #",\n  "recordSHA256": "[0-9a-f]{64}""#, with: "", options: .regularExpression)
        guard case .success(let record) = DecisionRecordLoader.load(Array(text.utf8), file: "old.json") else {
            Issue.record("an older record no longer loads")
            return
        }
        let activity = RecordActivity(record)
        #expect(activity.scrutiny == nil && activity.secretaryOfStateNotified == nil && activity.launchDate == nil)
        #expect(activity.approach == .consult)
        #expect(RecordWording.doneAndAssessed(record).contains("Health scrutiny committee: not recorded (assessed: consult it)."))
    }

    @Test func theAppendixIsChosen() throws {
        let report = try RecordFixtures.exampleReport()
        let none = ReportHTML.render(report, appendix: .none)
        let summary = ReportHTML.render(report)
        let full = ReportHTML.render(report, appendix: .full)
        #expect(!none.contains("Appendix") && !none.contains("href=\"#"), "no appendix, and no links to one")
        #expect(summary.contains(ReportWording.briefAppendixTitle) && !summary.contains("Rationale trail"))
        #expect(HTMLChecker(summary).all("article").count == report.records.count)
        #expect(full.contains(ReportWording.fullAppendixTitle) && full.contains("Rationale trail"))
        #expect(summary.utf8.count < full.utf8.count / 5, "the summary is a fraction of the full records")
        for html in [none, summary, full] { #expect(HTMLChecker(html).problems.isEmpty) }
        let markdown = ReportMarkdown.render(report, appendix: .none)
        #expect(!markdown.contains("## Appendix"))
        #expect(ReportMarkdown.render(report).contains("- **What was done:** Done: formal public consultation. Assessed: engagement."))
    }

    @Test func tablesScrollInsideTheirBoxNotThePage() throws {
        let html = ReportHTML.render(try RecordFixtures.exampleReport())
        let checker = HTMLChecker(html)
        for table in checker.all("table") {
            #expect(table.ancestors.last == "div", "every table sits in its scroll box")
        }
        #expect(html.contains(".scroll { overflow-x: auto;"))
        #expect(checker.all("div").allSatisfy { $0.attributes["tabindex"] == "0" && $0.attributes["aria-label"]?.isEmpty == false })
    }

    @Test func anEmptyPeriodStillMakesAReport() throws {
        let period = try #require(CalendarDateRange(start: RecordFixtures.day("2030-01-01"), end: RecordFixtures.day("2030-12-31")))
        let report = InvolvementReport(organisation: nil, period: period, allRecords: try RecordFixtures.exampleRecords().map(\.record))
        #expect(report.records.isEmpty)
        let html = ReportHTML.render(report)
        #expect(HTMLChecker(html).problems.isEmpty)
        #expect(ReportMarkdown.render(report).contains("No decision records fall in the period."))
    }

    @Test func renderingIsDeterministic() throws {
        let report = try RecordFixtures.exampleReport()
        #expect(ReportHTML.render(report) == ReportHTML.render(try RecordFixtures.exampleReport()))
        #expect(ReportMarkdown.render(report) == ReportMarkdown.render(try RecordFixtures.exampleReport()))
    }
}
