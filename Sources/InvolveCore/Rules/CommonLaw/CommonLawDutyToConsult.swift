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
            beside it, and a consultation it requires must be fair (the Gunning principles).
            """,
        citations: [
            .guidance("Annex B1", lines: "1038",
                      "a duty to consult may also arise where there has been a promise to consult, where there has been an established practice of consultation"),
            .guidance("Annex B1", lines: "1038", "whether or not the involvement duties apply is not the only consideration"),
        ])
}

enum CommonLawDutyToConsult {
    /// True when a common-law trigger is present.
    @discardableResult
    static func evaluate(_ project: Project, verdict: DutyVerdict, _ recorder: inout AssessmentRecorder) -> Bool {
        let triggers = project.commonLaw
        let facts = [
            Fact("$.commonLaw.promiseToConsult", triggers?.promiseToConsult.map { String($0) } ?? Fact.notStated),
            Fact("$.commonLaw.establishedPracticeOfConsulting", triggers?.establishedPracticeOfConsulting.map { String($0) } ?? Fact.notStated),
            Fact("$.commonLaw.conspicuousUnfairnessConcern", triggers?.conspicuousUnfairnessConcern.map { String($0) } ?? Fact.notStated),
        ] + (triggers?.details.map { [Fact("$.commonLaw.details", $0)] } ?? [])

        var present: [String] = []
        if triggers?.promiseToConsult == true { present.append("a promise to consult") }
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
        let allStated = triggers?.promiseToConsult != nil && triggers?.establishedPracticeOfConsulting != nil
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
}
