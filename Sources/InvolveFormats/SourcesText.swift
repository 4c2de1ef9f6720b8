import InvolveCore

/// The Sources section that closes a report: every document the trail cites, by full title,
/// publisher and date, with its public address, so that a reader can check each citation.
enum SourcesText {
    /// The documents the trail's rules cite, in the order SourceDocument lists them.
    static func documents(_ assessment: Assessment) -> [SourceDocument] {
        let cited = Set(assessment.trail.flatMap { $0.rule.citations.map(\.document) })
        return SourceDocument.allCases.filter(cited.contains)
    }

    static func append(_ assessment: Assessment, _ lines: inout TextLines, _ style: TextStyle) {
        let documents = documents(assessment)
        guard !documents.isEmpty else { return }
        lines.append("")
        lines.append(style.bold("Sources"))
        for document in documents {
            lines.append("  - \(document.title). \(document.publisher).")
            if let address = document.address { lines.append("    \(address)") }
        }
    }
}
