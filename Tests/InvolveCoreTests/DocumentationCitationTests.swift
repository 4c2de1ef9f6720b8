import Foundation
import Testing

/// The documentation cites sources as the outputs do: by the document's title (or a short name
/// defined once) and its section heading. Readers do not have the project's text copies of the
/// sources, so a reference to a seed file or to a line of one is a reference they cannot follow
/// (issue 13, item 3).
@Suite struct DocumentationCitationTests {
    /// README.md and every docs/*.md, by their path from the repository root.
    static func documentationFiles() throws -> [(path: String, text: String)] {
        let root = TestSupport.repositoryRoot
        let docs = root.appendingPathComponent("docs")
        let names = try FileManager.default.contentsOfDirectory(atPath: docs.path)
            .filter { $0.hasSuffix(".md") }
            .sorted()
        var files = [(path: "README.md", text: try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8))]
        for name in names {
            files.append((path: "docs/" + name, text: try String(contentsOf: docs.appendingPathComponent(name), encoding: .utf8)))
        }
        return files
    }

    /// Phrases that only a reference to a seed file would use.
    static let forbiddenPhrases = ["seed 00", "guidance line", "seed line", "shared/seeds", "seeds/00"]

    /// "(line 709)", "lines 1143-1145;", "(lines 709, 713)": a bare line number closing a
    /// citation. A position in a project file ("line 25, column 1") is not one.
    static let bareLineCitation = try? NSRegularExpression(pattern: #"\blines? \d+(?:-\d+)?(?:, \d+)*[);]"#)

    @Test func theDocumentationIsReadAsADirectory() throws {
        let files = try Self.documentationFiles()
        #expect(files.count >= 5, "README.md and docs/*.md were not found")
        #expect(files.contains { $0.path == "docs/route-and-fairness.md" })
    }

    @Test func noDocumentRefersToASeedFileOrItsLines() throws {
        for file in try Self.documentationFiles() {
            let lines = file.text.components(separatedBy: "\n")
            for (index, line) in lines.enumerated() {
                let lower = line.lowercased()
                for phrase in Self.forbiddenPhrases where lower.contains(phrase) {
                    Issue.record("\(file.path):\(index + 1) mentions \"\(phrase)\": cite the document's title and section instead")
                }
                let range = NSRange(line.startIndex..., in: line)
                if let regex = Self.bareLineCitation, regex.firstMatch(in: line, range: range) != nil {
                    Issue.record("\(file.path):\(index + 1) cites a line number: cite the document's section instead")
                }
            }
        }
    }

    @Test func theCheckCatchesTheOldForms() throws {
        let regex = try #require(Self.bareLineCitation)
        let old = ["(seed 004 line 566)", "(guidance line 1198)", "(line 709)", "(lines 1143-1145, 1208)", "(line 1141; Moseley)"]
        for text in old {
            let lower = text.lowercased()
            let caught = Self.forbiddenPhrases.contains { lower.contains($0) }
                || regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
            #expect(caught, "\(text) is not caught")
        }
        let position = "Answer at $.impact.rangeOfServices (line 25, column 1)."
        #expect(regex.firstMatch(in: position, range: NSRange(position.startIndex..., in: position)) == nil)
    }
}
