import Foundation
import Testing
@testable import InvolveCore

/// The rulebook's integrity: stable unique ids, every rule cited, and every quote from the
/// statutory guidance found verbatim at the lines it cites in the seed copy.
@Suite struct RulebookTests {
    @Test func idsAreUniqueAndKebabCase() {
        let ids = Rulebook.all.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { $0.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" } })
    }

    @Test func everyRuleHasACitationAQuestionAndAnExplanation() {
        for rule in Rulebook.all {
            #expect(!rule.citations.isEmpty, "\(rule.id) cites nothing")
            #expect(rule.question.hasSuffix("?"), "\(rule.id) question")
            #expect(rule.explanation.count > 80, "\(rule.id) explanation is too thin")
        }
    }

    @Test func guidanceCitationsGiveLinesAndShortQuotes() {
        for rule in Rulebook.all {
            for citation in rule.citations where citation.document == .statutoryGuidance {
                #expect(citation.lines != nil, "\(rule.id) cites the guidance without line numbers")
                let words = citation.quote?.split(separator: " ").count ?? 0
                #expect(words > 0 && words < 40, "\(rule.id) quote has \(words) words")
            }
        }
    }

    @Test func lookupFindsEveryRuleById() {
        for rule in Rulebook.all { #expect(Rulebook.rule(id: rule.id) == rule) }
        #expect(Rulebook.rule(id: "no-such-rule") == nil)
    }

    static let seedURL = TestSupport.repositoryRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/seeds/001_671be9e8a2b40e71.txt")

    /// Runs where the seeds sit beside the checkout (the team's machines and CI).
    @Test(.enabled(if: FileManager.default.fileExists(atPath: seedURL.path)))
    func guidanceQuotesAppearVerbatimAtTheirLines() throws {
        let seedLines = try String(contentsOf: Self.seedURL, encoding: .utf8).components(separatedBy: "\n")
        for rule in Rulebook.all {
            for citation in rule.citations where citation.document == .statutoryGuidance {
                guard let quote = citation.quote, let lines = citation.lines else { continue }
                let text = normalise(try seedText(lines, seedLines))
                // An ellipsis marks a cut: each part must appear, in order.
                var searchFrom = text.startIndex
                for part in quote.components(separatedBy: "…").map(normalise) where !part.isEmpty {
                    let found = text.range(of: part, range: searchFrom..<text.endIndex)
                    #expect(found != nil, "\(rule.id): \"\(part)\" is not at line(s) \(lines) of the guidance")
                    if let found { searchFrom = found.upperBound }
                }
            }
        }
    }

    private func seedText(_ lines: String, _ seedLines: [String]) throws -> String {
        var text = ""
        for piece in lines.split(separator: ",") {
            let bounds = piece.split(separator: "-").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
            let first = try #require(bounds.first), last = bounds.last ?? first
            text += seedLines[(first - 1)...(last - 1)].joined(separator: " ") + " "
        }
        return text
    }

    /// Folds whitespace, curly quotes and markup so a quote matches its line as printed.
    private func normalise(_ text: String) -> String {
        text.replacingOccurrences(of: "<u>", with: "").replacingOccurrences(of: "</u>", with: "")
            .replacingOccurrences(of: "’", with: "'").replacingOccurrences(of: "‘", with: "'")
            .replacingOccurrences(of: "*", with: "")
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
            .trimmingCharacters(in: CharacterSet(charactersIn: " .,;:"))
    }
}
