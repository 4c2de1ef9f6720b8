import InvolveCore
@testable import InvolveFormats
import Testing

/// Text kept once per rulebook rule must never be used for a rule that says something else.
@Suite struct RuleMemoTests {
    @Test func theRulebooksRulesAreListedAndAChangedCopyIsNot() throws {
        let rule = try #require(Rulebook.all.first)
        #expect(Rulebook.listed(rule) === rule)
        let copy = Rule(id: rule.id, area: rule.area, title: rule.title, question: rule.question,
                        explanation: rule.explanation, citations: rule.citations, inferred: rule.inferred)
        #expect(Rulebook.listed(copy) === rule)
        let changed = Rule(id: rule.id, area: rule.area, title: rule.title, question: rule.question,
                           explanation: rule.explanation, citations: [], inferred: rule.inferred)
        #expect(Rulebook.listed(changed) == nil)
        let madeUp = Rule(id: "made-up", area: .duty, title: "T", question: "Q?", explanation: "E", citations: [])
        #expect(Rulebook.listed(madeUp) == nil)
    }

    @Test func aMemoBuildsAfreshForARuleThatDiffers() throws {
        let rule = try #require(Rulebook.all.first { !$0.citations.isEmpty })
        let memo = RuleMemo { "\($0.id): \($0.citations.count)" }
        #expect(memo[rule] == "\(rule.id): \(rule.citations.count)")
        let changed = Rule(id: rule.id, area: rule.area, title: rule.title, question: rule.question,
                           explanation: rule.explanation, citations: [], inferred: rule.inferred)
        #expect(memo[changed] == "\(rule.id): 0")
    }
}
