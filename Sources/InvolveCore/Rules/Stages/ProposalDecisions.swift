/// Each decision on the proposal (format 2: `decisions`), against the exercises it relies on.
enum ProposalDecisions {
    static func evaluate(_ project: Project, exercises: [StagedExercise], verdict: DutyVerdict, options: AssessmentOptions,
                         _ recorder: inout AssessmentRecorder) {
        let rule = Rule.stageDecisions
        let minimumDays = options.policy.analysisMinimumWeeks * 7
        for (index, decision) in project.decisions.enumerated() {
            let path = "$.decisions[\(index)]"
            let taken = decision.date <= options.asOf
            let name = "The decision of \(decision.date)" + (decision.what.map { " (\($0))" } ?? "") + (taken ? ", taken" : ", planned")
            var facts = [Fact(path + ".date", decision.date.description), Fact("assessment.asOf", options.asOf.description)]
            facts += decision.reliesOn.enumerated().map { Fact("\(path).reliesOn[\($0.offset)]", $0.element) }
            var problems: [String] = []
            var notes: [String] = []
            if decision.reliesOn.isEmpty && (verdict == .applies || verdict == .likelyApplies) {
                problems.append("it does not say which involvement it rests on (reliesOn)")
            }
            for relied in decision.reliesOn {
                guard let exercise = exercises.first(where: { $0.plan.name == relied }) else {
                    problems.append("it relies on \"\(relied)\", which is not the name of any exercise in the file")
                    continue
                }
                facts += [Fact(exercise.path + ".closeDate", exercise.plan.closeDate?.description ?? Fact.notStated),
                          Fact(exercise.path + ".covers", exercise.plan.covers?.rawValue ?? Fact.notStated)]
                guard let close = exercise.plan.closeDate else {
                    problems.append("\(exercise.named) has no close date, so the time to consider its responses cannot be shown")
                    continue
                }
                let gap = close.days(until: decision.date)
                if gap <= 0 {
                    problems.append("\(exercise.named) closes on \(close), not before the decision: its responses \(taken ? "could not be" : "cannot be") taken into account")
                } else if gap < minimumDays {
                    problems.append("only \(WeeksText.of(days: gap)) after \(exercise.named) closed on \(close), less than the \(options.policy.analysisMinimumWeeks) weeks the policy asks for (\(options.policy.cite(.analysisMinimumWeeks)))")
                } else {
                    notes.append("\(WeeksText.of(days: gap)) after \(exercise.named) closed")
                }
            }
            // Engagement on a strategy may inform a decision; it cannot be all the decision rests on.
            let relied = exercises.filter { decision.reliesOn.contains($0.plan.name ?? "") }
            if !relied.isEmpty && relied.allSatisfy({ $0.plan.covers == .strategyInGeneral }) {
                problems.append("every exercise it relies on covered a strategy in general, not this proposal")
            }
            if problems.isEmpty {
                recorder.step(rule, "\(name): it rests on involvement that had closed in time" + (notes.isEmpty ? "." : " (" + notes.joined(separator: "; ") + ")."), facts: facts)
            } else {
                let text = problems.joined(separator: "; ")
                recorder.step(rule, "\(name): \(text).", facts: facts)
                recorder.finding(rule, taken ? .error : .warning,
                                 taken
                                    ? "\(name): \(text). It has been taken: take legal advice on whether it can stand, or whether to involve people again and decide afresh."
                                    : "\(name): \(text). Move the decision, or the exercise, so that the responses can be analysed and considered first.",
                                 facts: facts)
            }
        }
    }
}
