/// Earlier exercises and what they covered. Only files that say what an exercise covered, or
/// hold several exercises (format 2), get this step: a format 1 plan is this proposal's own.
enum EarlierExercises {
    static func evaluate(_ project: Project, exercises: [StagedExercise], verdict: DutyVerdict,
                         _ recorder: inout AssessmentRecorder) {
        guard exercises.count > 1 || exercises.contains(where: { $0.plan.covers != nil }) else { return }
        let rule = Rule.stageEarlierExercises
        var covering: [String] = []
        for exercise in exercises {
            let facts = [Fact(exercise.path + ".covers", exercise.plan.covers?.rawValue ?? Fact.notStated)] + exercise.dateFacts
            let name = exercise.label.isEmpty ? exercise.subject : exercise.label
            switch exercise.plan.covers {
            case .thisProposal?, .partOfThisProposal?:
                covering.append(name)
                recorder.step(rule, "\(name) covers \(exercise.plan.covers?.displayName ?? ""): it counts for this proposal\(exercise.plan.covers == .partOfThisProposal ? " as far as that part goes" : "").", facts: facts)
            case .earlierVersionOfThisProposal?:
                recorder.step(rule, "\(name) covered an earlier version of this proposal: it counts only if the proposal has not changed fundamentally since (see stage-implementation and implementation.proposalChangedSinceInvolvement).", facts: facts)
                if project.implementation?.proposalChangedSinceInvolvement == nil {
                    recorder.ask("$.implementation.proposalChangedSinceInvolvement", "Has the proposal changed since people were involved on the earlier version of it?",
                                 because: "An exercise on an earlier version counts for this proposal only if the difference is not fundamental; otherwise people must be involved again.")
                }
            case .strategyInGeneral?:
                recorder.step(rule, "\(name) covered a strategy in general, not this proposal: it informs the proposal but does not by itself involve people in developing and considering it.", facts: facts)
            case nil:
                recorder.step(rule, "\(name) does not say what it covered.", facts: facts)
                recorder.ask(exercise.path + ".covers", "What did \(name.hasPrefix("The ") ? "the " + name.dropFirst(4) : name) cover: this proposal, part of it, an earlier version of it, or a strategy in general?",
                             because: "An earlier exercise counts for this proposal only as far as it covered it.")
            }
        }
        let stated = exercises.allSatisfy { $0.plan.covers != nil }
        if stated && covering.isEmpty && (verdict == .applies || verdict == .likelyApplies) {
            recorder.finding(rule, .warning,
                             "No exercise in the file covers this proposal itself: engagement on a strategy, or on an earlier version, does not by itself involve people in developing and considering this proposal. Plan involvement on the proposal (NHS Act 2006 s14Z45(2)(b), s13Q(2)(b), s242(1B)(b)).",
                             facts: exercises.map { Fact($0.path + ".covers", $0.plan.covers?.rawValue ?? Fact.notStated) })
        }
    }
}

/// Implementation long after the involvement behind it (format 2: `implementation`).
enum ImplementationReview {
    static func evaluate(_ project: Project, exercises: [StagedExercise], stage: ProjectStage,
                         _ recorder: inout AssessmentRecorder) {
        guard let implementation = project.implementation else { return }
        let rule = Rule.stageImplementation
        var facts = [Fact("$.implementation.startDate", implementation.startDate?.description ?? Fact.notStated),
                     Fact("$.implementation.proposalChangedSinceInvolvement", implementation.proposalChangedSinceInvolvement.map { String($0) } ?? Fact.notStated),
                     Fact("$.implementation.circumstancesChangedSinceInvolvement", implementation.circumstancesChangedSinceInvolvement.map { String($0) } ?? Fact.notStated)]
        var gapText = ""
        if let start = implementation.startDate, let close = exercises.compactMap(\.plan.closeDate).max() {
            let days = close.days(until: start)
            facts.append(Fact("assessment.daysFromLastCloseToImplementation", String(days)))
            gapText = " Implementation \(stage == .implementing ? "started" : "starts") on \(start), \(WeeksText.of(days: max(days, 0))) after the last exercise closed (\(close))."
        }
        var changed: [String] = []
        if implementation.proposalChangedSinceInvolvement == true { changed.append("the proposal has changed") }
        if implementation.circumstancesChangedSinceInvolvement == true { changed.append("the circumstances have changed") }
        if !changed.isEmpty {
            recorder.step(rule, "Yes: \(changed.joined(separator: " and ")) since people were involved.\(gapText)", facts: facts)
            recorder.finding(rule, .warning,
                             "Since people were involved, \(changed.joined(separator: " and "))" + (implementation.details.map { " (\($0))" } ?? "") + ". Where the difference is fundamental, involve people again (for a consultation, re-consult) on what changed before carrying it out; record why if it is not.",
                             facts: facts)
            return
        }
        let unknown = implementation.proposalChangedSinceInvolvement == nil || implementation.circumstancesChangedSinceInvolvement == nil
        recorder.step(rule, (unknown ? "Not fully stated." : "No: neither the proposal nor the circumstances have changed since people were involved.") + gapText, facts: facts)
        if implementation.proposalChangedSinceInvolvement == nil {
            recorder.ask("$.implementation.proposalChangedSinceInvolvement", "Has the proposal changed since people were involved on it?",
                         because: "What is carried out must be what people were involved on; a fundamental change needs fresh involvement.")
        }
        if implementation.circumstancesChangedSinceInvolvement == nil {
            recorder.ask("$.implementation.circumstancesChangedSinceInvolvement", "Have the circumstances (need, finances, the services around it) changed since people were involved?",
                         because: "Responses given in other circumstances may no longer speak to the decision being carried out.")
        }
    }
}
