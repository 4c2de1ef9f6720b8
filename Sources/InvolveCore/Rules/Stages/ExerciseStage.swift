/// Where one involvement exercise stands on the as-of date, derived from its own dates and never
/// stored: a date before `--as-of` is something that happened, to be judged as history.
public enum ExerciseStage: String, Sendable, CaseIterable {
    /// No launch date, or a launch after the as-of date: advice on the plan.
    case notYetLaunched = "not-yet-launched"
    /// Launched on or before the as-of date and not closed before it.
    case open
    /// Closed before the as-of date; no decision date on or before it.
    case closedAwaitingDecision = "closed-awaiting-decision"
    /// The decision date is on or before the as-of date.
    case decided

    /// True once people can no longer respond: what ran is a past fact.
    public var isHistory: Bool { self == .closedAwaitingDecision || self == .decided }

    public var displayName: String {
        switch self {
        case .notYetLaunched: return "not yet launched"
        case .open: return "open"
        case .closedAwaitingDecision: return "closed, awaiting decision"
        case .decided: return "decided"
        }
    }

    public static func of(_ plan: InvolvementPlan, asOf: CalendarDate) -> ExerciseStage {
        if let decision = plan.decisionDate, decision <= asOf, plan.launchDate.map({ $0 <= decision }) ?? true,
           plan.closeDate.map({ $0 < asOf }) ?? true {
            return .decided
        }
        guard let launch = plan.launchDate, launch <= asOf else { return .notYetLaunched }
        if let close = plan.closeDate, close < asOf { return .closedAwaitingDecision }
        return .open
    }
}

/// One exercise with its place in the file and its stage.
struct StagedExercise {
    let index: Int
    let count: Int
    /// `$.plan` (format 1) or `$.exercises[i]`.
    let path: String
    let plan: InvolvementPlan
    let stage: ExerciseStage

    /// "Exercise 2 of 3 (Consultation on the options)": empty when the file has one exercise.
    var label: String {
        guard count > 1 else { return "" }
        return "Exercise \(index + 1) of \(count)" + (plan.name.map { " (\($0))" } ?? "")
    }

    /// "Exercise 2 of 3 (…)", or with one exercise its name in quotes, else `subject`.
    var named: String {
        if count > 1 { return label }
        return plan.name.map { "\"\($0)\"" } ?? subject
    }

    /// "The consultation", "Exercise 2 of 3 (…)": the subject of a sentence.
    var subject: String {
        if count > 1 { return label }
        return plan.approach == .consult ? "The consultation" : "The involvement exercise"
    }

    var dateFacts: [Fact] {
        [Fact(path + ".launchDate", plan.launchDate?.description ?? Fact.notStated),
         Fact(path + ".closeDate", plan.closeDate?.description ?? Fact.notStated),
         Fact(path + ".decisionDate", plan.decisionDate?.description ?? Fact.notStated)]
    }

    static func all(_ project: Project, asOf: CalendarDate) -> [StagedExercise] {
        let exercises = project.allExercises
        return exercises.enumerated().map { index, entry in
            StagedExercise(index: index, count: exercises.count, path: entry.path, plan: entry.plan,
                           stage: ExerciseStage.of(entry.plan, asOf: asOf))
        }
    }
}
