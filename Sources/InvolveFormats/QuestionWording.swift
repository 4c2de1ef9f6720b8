import InvolveCore

/// How every report names the two kinds of open question: those whose answers could change
/// the verdict or the route, and what the plan still needs. One wording, so that the text,
/// Markdown, HTML and brief reports never disagree about what a question decides.
enum QuestionWording {
    /// "the answers could change the verdict", "… the route" or "… the verdict or the route".
    static func whatTheyDecide(_ questions: [OpenQuestion]) -> String {
        let verdict = questions.contains { $0.decides == .verdict }
        let route = questions.contains { $0.decides == .route }
        let decided = verdict && route ? "the verdict or the route" : verdict ? "the verdict" : "the route"
        return (questions.count == 1 ? "the answer could change " : "the answers could change ") + decided
    }

    static let decidingHeading = "Questions that decide"
    static let planHeading = "What the plan still needs"
    static let planNote = "the verdict and route stand whatever the answers"

    /// "2 questions decide the verdict; 5 about the plan", or nil when there are none.
    static func summary(_ assessment: Assessment) -> String? {
        let deciding = assessment.decidingQuestions
        // The plan's questions are the rest (`planQuestions`): counted without copying them out.
        let plan = assessment.openQuestions.count - deciding.count
        var parts: [String] = []
        if !deciding.isEmpty {
            parts.append(counted(deciding.count, "open question") + " (" + whatTheyDecide(deciding) + ")")
        }
        if plan > 0 { parts.append(counted(plan, "question") + " about the plan") }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }
}
