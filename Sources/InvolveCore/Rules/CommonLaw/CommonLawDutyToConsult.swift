/// The common-law duty to consult (seed 001 line 1038): separate from the statutory test,
/// and able to require consultation where the statutory duty does not apply.
extension Rule {
    static let commonLawConsultation = Rule(
        id: "common-law-consult",
        area: .commonLaw,
        title: "A duty to consult at common law",
        question: "Has there been a promise to consult, an established practice of consulting, or would it be conspicuously unfair not to consult?",
        explanation: """
            Statutory duties are not the only source of a duty to consult. At common law a duty may arise from a \
            promise to consult, an established practice of consultation, or, exceptionally, where it would be \
            conspicuously unfair not to consult. This does not change the statutory verdict; it is reported \
            beside it, and a consultation it requires must be fair (the Gunning principles). Promises are read from \
            `commonLaw` and, in format 2, from `promises`: a promise to consult counts as one; a promise about the \
            service or the place itself is a substantive legitimate expectation, which may be broken only where an \
            overriding public interest justifies it, and those it was made to should be consulted first.
            """,
        citations: [
            .guidance("Annex B1", lines: "1038",
                      "a duty to consult may also arise where there has been a promise to consult, where there has been an established practice of consultation"),
            .guidance("Annex B1", lines: "1038", "whether or not the involvement duties apply is not the only consideration"),
            Citation(.legitimateExpectationCaseLaw, "Coughlan [1999] EWCA Civ 1871, [2001] QB 213: frustrating a substantive legitimate expectation must be justified by an overriding public interest"),
        ])
}

enum CommonLawDutyToConsult {
    /// True when a common-law trigger is present.
    @discardableResult
    static func evaluate(_ project: Project, verdict: DutyVerdict, _ recorder: inout AssessmentRecorder) -> Bool {
        let triggers = project.commonLaw
        let triggerFacts = [
            Fact("$.commonLaw.promiseToConsult", triggers?.promiseToConsult.map { String($0) } ?? Fact.notStated),
            Fact("$.commonLaw.establishedPracticeOfConsulting", triggers?.establishedPracticeOfConsulting.map { String($0) } ?? Fact.notStated),
            Fact("$.commonLaw.conspicuousUnfairnessConcern", triggers?.conspicuousUnfairnessConcern.map { String($0) } ?? Fact.notStated),
        ] + (triggers?.details.map { [Fact("$.commonLaw.details", $0)] } ?? [])

        var present: [String] = []
        let promises = project.promises.enumerated()
        let promiseFacts = promises.map { index, promise in
            Fact("$.promises[\(index)].about", promise.about.rawValue + Self.described(promise))
        }
        let facts = triggerFacts + promiseFacts
        let toConsult = promises.filter { $0.element.about == .consultation }
        if triggers?.promiseToConsult == true || !toConsult.isEmpty {
            present.append("a promise to consult" + toConsult.map { Self.described($0.element) }.joined())
        }
        let substantive = promises.filter { $0.element.about != .consultation }
        for (index, promise) in substantive {
            recorder.step(.commonLawConsultation, "\(promise.about.displayName.capitalisedFirst) was made\(Self.described(promise)): a substantive legitimate expectation. Breaking it is lawful only where an overriding public interest justifies it (Coughlan).", facts: [promiseFacts[index]])
            recorder.finding(.commonLawConsultation, .warning,
                             "\(promise.about.displayName.capitalisedFirst) was made\(Self.described(promise))\(promise.details.map { ": \"\($0)\"" } ?? ""). Breaking it needs an overriding public interest, weighed fairly against the unfairness to those who relied on it (Coughlan): consult them before deciding, and record the justification. Take legal advice.",
                             facts: [promiseFacts[index]])
        }
        if triggers?.establishedPracticeOfConsulting == true { present.append("an established practice of consulting") }
        if triggers?.conspicuousUnfairnessConcern == true { present.append("a concern that not consulting would be conspicuously unfair") }

        if !present.isEmpty {
            let statutoryNo = verdict == .doesNotApply || verdict == .unlikelyToApply
            recorder.step(.commonLawConsultation, "Yes: \(present.joined(separator: ", ")). A duty to consult may arise at common law (Plantagenet Alliance [2014] EWHC 1662 (QB) at [98]: a promise, an established practice or conspicuous unfairness)" + (statutoryNo ? ", even though the statutory duty to involve does not apply or is unlikely to." : ", in addition to the statutory duty."), facts: facts)
            recorder.finding(.commonLawConsultation, statutoryNo ? .warning : .info,
                             "A duty to consult may arise at common law from \(present.joined(separator: " and ")). Take legal advice on whether it does; if so, consult fairly (Gunning principles)" + (statutoryNo ? ", whatever the statutory test says." : "."),
                             facts: facts)
            return true
        }
        let allStated = (triggers?.promiseToConsult != nil || !project.promises.isEmpty) && triggers?.establishedPracticeOfConsulting != nil
        if allStated {
            recorder.step(.commonLawConsultation, "No promise to consult or established practice of consulting is recorded, and there is no general duty to consult at common law (Plantagenet Alliance [2014] EWHC 1662 (QB) at [98]).", facts: facts)
        } else {
            recorder.step(.commonLawConsultation, "Not fully stated. The file does not say whether there has been a promise to consult or an established practice of consulting.", facts: facts)
            recorder.finding(.commonLawConsultation, .info,
                             "State whether there has been a promise to consult or an established practice of consulting on this service (commonLaw): either may create a duty to consult whatever the statutory test says.",
                             facts: facts)
        }
        return false
    }

    /// " (by the council, on 2023-04-01, to grant holders)", or empty when none is stated.
    static func described(_ promise: Promise) -> String {
        let parts = [promise.madeBy.map { "by \($0)" }, promise.date.map { "on \($0)" }, promise.madeTo.map { "to \($0)" }].compactMap { $0 }
        return parts.isEmpty ? "" : " (" + parts.joined(separator: ", ") + ")"
    }
}
