import Foundation
import Testing
@testable import InvolveCore

/// The statutory guidance's sections by the line of the project's text copy where each heading
/// stands: test data, read off the text (each heading is checked against its line below), so
/// that every citation's `lines` yields the section a reader finds in the published document,
/// and the section a rule names is checked against it.
@Suite struct GuidanceSectionsTests {
    /// (line of the heading, section as cited: annex or chapter, then heading).
    static let headings: [(line: Int, section: String)] = [
        (159, "Executive summary"),
        (189, "Terminology"),
        (208, "1. Introduction"),
        (225, "1. Introduction, Who is this guidance for?"),
        (259, "1. Introduction, Setting the ambition"),
        (278, "2. Legal duties and responsibilities"),
        (280, "2. Legal duties and responsibilities, Public involvement legal duties"),
        (294, "2. Legal duties and responsibilities, The triple aim duty"),
        (304, "2. Legal duties and responsibilities, Other relevant legal duties"),
        (316, "3. Why work in partnership?"),
        (376, "3. Why work in partnership?, Building a culture of partnership"),
        (389, "4. Ten principles for working with people and communities"),
        (397, "4. Ten principles for working with people and communities, principle 1"),
        (416, "4. Ten principles for working with people and communities, principle 2"),
        (425, "4. Ten principles for working with people and communities, principle 3"),
        (450, "4. Ten principles for working with people and communities, principle 4"),
        (469, "4. Ten principles for working with people and communities, principle 5"),
        (476, "4. Ten principles for working with people and communities, principle 6"),
        (486, "4. Ten principles for working with people and communities, principle 7"),
        (503, "4. Ten principles for working with people and communities, principle 8"),
        (519, "4. Ten principles for working with people and communities, principle 9"),
        (525, "4. Ten principles for working with people and communities, principle 10"),
        (532, "Annex A: Implementation"),
        (534, "Annex A1, Different ways of working with people and communities"),
        (684, "Annex A2, Key considerations for all approaches"),
        (688, "Annex A2, Fair and proportionate approaches"),
        (705, "Annex A2, Decisions in urgent situations"),
        (715, "Annex A2, Equality considerations"),
        (737, "Annex A2, Inclusion Health Groups"),
        (765, "Annex A2, The impact of wider experiences"),
        (791, "Annex A2, Supporting people to take part"),
        (821, "Annex A3, Collaboration between the NHS and other partners"),
        (879, "Annex A3, Healthwatch"),
        (921, "Annex A3, The voluntary, community and social enterprise (VCSE) sector"),
        (994, "Annex A3, Workforce"),
        (1002, "Annex A3, Other health and care partners"),
        (1012, "Annex B: Legal duties and responsibilities"),
        (1014, "Annex B1, Public involvement legal duties"),
        (1018, "Annex B1, Involvement duties on commissioners and providers"),
        (1040, "Annex B1, Individuals, carers and representatives"),
        (1050, "Annex B1, A process for assessing whether the legal duty to involve applies"),
        (1056, "Annex B1, Step 2"),
        (1095, "Annex B1, Step 3"),
        (1114, "Annex B1, Step 3, examples"),
        (1131, "Annex B1, The Gunning Principles"),
        (1151, "Annex B2, Other relevant legal duties"),
        (1153, "Annex B2, The Equality Act 2010"),
        (1167, "Annex B2, Health inequalities"),
        (1183, "Annex B3, Service reconfiguration and public consultation"),
        (1187, "Annex B3, Applying the principles to major service change"),
        (1242, "Annex B3, Health Overview and Scrutiny"),
        (1250, "Annex B3, Judicial Review"),
        (1254, "Annex B4, Integrated Care Systems' responsibilities"),
        (1262, "Annex B4, Integrated Care Boards"),
        (1283, "Annex B4, Integrated Care Partnerships"),
        (1296, "Annex B4, Place-based partnerships"),
        (1305, "Annex B4, Provider collaboratives"),
        (1314, "Annex B4, System Quality Groups"),
        (1330, "Annex B5, Strategies and reports"),
        (1338, "Annex B5, Annual reports"),
        (1353, "Annex B5, ICB strategies on working with people and communities"),
        (1385, "Annex B6, Resources and learning"),
    ]

    /// The words of the heading line that identify it (the text copy puts chapter numbers
    /// and step labels in its own way: "STEP 2", "B1. Public involvement legal duties").
    static func headingWords(_ section: String) -> String {
        let last = section.components(separatedBy: ", ").last ?? section
        if last.hasPrefix("principle "), let number = Int(last.dropFirst("principle ".count)) { return "\(number). " }
        if last.hasPrefix("Step ") { return last.uppercased() }
        if last == "examples" { return "Examples" }
        return last
    }

    static func section(ofLine line: Int) -> String? {
        headings.last { $0.line <= line }?.section
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: RulebookTests.seedURL.path)))
    func eachHeadingIsAtItsLine() throws {
        let lines = try String(contentsOf: RulebookTests.seedURL, encoding: .utf8).components(separatedBy: "\n")
        for heading in Self.headings {
            let text = lines[heading.line - 1]
            let words = Self.headingWords(heading.section)
            #expect(text.hasPrefix(words) || text.contains(words), "line \(heading.line) is \"\(text.prefix(60))\", not \(heading.section)")
        }
    }

    /// A rule's section for a guidance citation is the heading its lines fall under, or a
    /// part of it (more general: "Annex B1"; more specific: "Annex B1, Step 2, Planning").
    @Test func everyGuidanceCitationNamesTheSectionItsLinesAreIn() {
        var checked = 0
        for rule in Rulebook.all {
            for citation in rule.citations where citation.document == .statutoryGuidance {
                guard let lines = citation.lines, let first = Int(lines.prefix { $0.isNumber }),
                      let expected = Self.section(ofLine: first) else { continue }
                let cited = citation.section
                let agrees = cited.hasPrefix(expected) || expected.hasPrefix(cited) || expected.hasSuffix(cited)
                #expect(agrees, "\(rule.id): line \(first) is in \"\(expected)\", but the rule cites \"\(cited)\"")
                checked += 1
            }
        }
        #expect(checked > 60)
    }
}
