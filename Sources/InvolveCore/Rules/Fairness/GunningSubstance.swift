/// Gunning 1 and 2 on substance: what has actually been done before the consultation, and what
/// consultees actually have. Split from GunningEvaluation so that each file has one job.
extension GunningEvaluation {
    /// Substance over the label `decisionAlreadyTaken`: money committed, contracts signed or services
    /// already moved settle an option in practice (not met); a decision in principle puts the
    /// formative stage at risk unless the organisation shows it is still open to change (DAT v West
    /// Berkshire [2016] EWHC 1876 (Admin): members told they could not change course showed a clear
    /// appearance of predetermination).
    static func settled(_ settled: SettledInPractice?, _ checks: inout PrincipleChecks, _ recorder: inout AssessmentRecorder) {
        let why = "Gunning 1 asks whether the proposal is still formative in substance, whatever the file calls the decision."
        let base = "$.plan.settledInPractice."
        let items: [(key: String, value: Bool?, level: PrincipleStatus, problem: String, pass: String, missing: String, question: String)] = [
            ("spendingCommitted", settled?.spendingCommitted, .notMet, "money is already committed to one option, so it is settled in practice before people are asked",
             "no money is committed to an option", "whether any money is committed to an option", "Has money already been committed to one option?"),
            ("contractsSigned", settled?.contractsSigned, .notMet, "contracts for one option are already signed, so it is settled in practice before people are asked",
             "no contract for an option is signed", "whether any contract for an option is signed", "Have contracts for one option already been signed?"),
            ("servicesAlreadyMoved", settled?.servicesAlreadyMoved, .notMet, "services have already moved as one option requires, so the consultation would follow the change rather than inform it",
             "no service has already moved", "whether any service has already moved", "Have services already moved, or staff been redeployed, as one option would require?"),
            ("decisionInPrinciple", settled?.decisionInPrinciple, .atRisk, "a decision in principle has been taken: a preferred option is allowed, but the decision-makers must show they can still change course (DAT [2016] EWHC 1876 (Admin): a clear appearance of predetermination)",
             "no decision in principle has been taken", "whether a decision in principle has been taken", "Has the board or a committee taken a decision in principle?"),
        ]
        for item in items {
            checks.yesNo(item.value, at: base + item.key, failing: true, item.level, problem: item.problem, pass: item.pass,
                         missing: item.missing, question: item.question, because: why, &recorder)
        }
    }

    /// What consultees actually have: the proposal stated plainly, its practical effect, the options
    /// ruled out and why, and each piece of evidence the decision relies on in a form they can use.
    /// Graded from the case law: withheld evidence the proposal rests on is not met (Law Society;
    /// Save Our Surgery; Eisai), a summary or an unusable form is at risk.
    static func substance(_ documents: PublishedDocuments?, _ checks: inout PrincipleChecks,
                          _ recorder: inout AssessmentRecorder) {
        let why = "Gunning 2 asks whether people have what they need to respond intelligently: what is proposed, its effect on them, and the evidence it rests on."
        let base = "$.plan.publishedDocuments."
        checks.yesNo(documents?.proposalStatedPlainly, at: base + "proposalStatedPlainly", failing: false, .notMet,
                     problem: "the proposal is not stated plainly, so people cannot tell what they are responding to (Greenpeace [2007] EWHC 311 (Admin) at [116]: a document with \"no proposals as such\" was manifestly inadequate)",
                     pass: "the proposal is stated plainly", missing: "whether the proposal is stated plainly",
                     question: "Is the proposal stated plainly, so that people can tell what is proposed?", because: why, &recorder)
        checks.yesNo(documents?.practicalEffect, at: base + "practicalEffect", failing: false, .atRisk,
                     problem: "the practical effect on the people affected is not explained (statutory guidance, Annex B1, The Gunning Principles: information \"to allow for intelligent consideration and response\"; inferred)",
                     pass: "the practical effect on the people affected is explained",
                     missing: "whether the practical effect on the people affected is explained",
                     question: "Does the consultation explain what would change in practice for the people affected?", because: why, &recorder)
        checks.yesNo(documents?.optionsRuledOut, at: base + "optionsRuledOut", failing: false, .atRisk,
                     problem: "options ruled out as unviable or unaffordable are not named with the reasons: they need not be consulted on (Nettleship [2020] EWCA Civ 46), but fairness may require saying they were considered and why they were discarded (Moseley [2014] UKSC 56 at [27]-[28])",
                     pass: "options ruled out as unviable or unaffordable are named, with the reasons",
                     missing: "whether options ruled out as unviable or unaffordable are named, with the reasons",
                     question: "Are the options ruled out as unviable or unaffordable named, with the reasons?", because: why, &recorder)
        guard let evidence = documents?.evidence else {
            checks.facts.append(Fact(base + "evidence", Fact.notStated))
            checks.lack("the evidence the decision relies on and whether people have it")
            recorder.ask(base + "evidence", "What evidence does the decision rely on (analysis, modelling, scoring and sub-scores, the financial case), and is each published in a form people can use, summarised, or withheld?",
                         because: "Withholding the analysis a proposal rests on made consultations unfair in R (Law Society) v Lord Chancellor [2018] EWHC 2094 (Admin) and R (Save Our Surgery) v JCPCT [2013] EWHC 439 (Admin).")
            return
        }
        if evidence.isEmpty {
            checks.facts.append(Fact(base + "evidence", "[]"))
            checks.pass("the file states that the decision relies on no evidence beyond what is published")
        }
        for (index, item) in evidence.enumerated() {
            let path = base + "evidence[\(index)]"
            let name = item.kind.displayName + (item.description.stated.map { " (\($0))" } ?? "")
            checks.facts.append(Fact(path + ".kind", item.kind.rawValue))
            checks.facts.append(Fact(path + ".availability", item.availability?.rawValue ?? Fact.notStated))
            switch item.availability {
            case .withheld?:
                checks.fail(.notMet, "\(name), which the decision relies on, is withheld: failing to disclose the analysis a proposal rests on was \"a fundamental flaw in the consultation process which made it so unfair as to be unlawful\" (Law Society [2018] EWHC 2094 (Admin) at [97]; Save Our Surgery [2013] EWHC 439 (Admin))")
            case .publishedNotUsable?:
                checks.fail(.atRisk, "\(name) is published but not in a form people can use: fairness required a model consultees could test, not a read-only version (Eisai [2008] EWCA Civ 438 at [65])")
            case .summaryOnly?:
                checks.fail(.atRisk, "only a summary of \(name) is published: where the decision turns on the detail (for example close scores), withholding it was unfair (Save Our Surgery [2013] EWHC 439 (Admin)); consultees need not have everything material (Copson [2013] EWHC 732 (Admin)), so say why the summary is enough")
            case .publishedUsable?:
                checks.pass("\(name) is published in a form people can use")
            case nil:
                checks.lack("whether \(name) is published")
                recorder.ask(path + ".availability", "Is \(name) published in a form people can use, summarised, or withheld?", because: why)
            }
        }
    }
}
