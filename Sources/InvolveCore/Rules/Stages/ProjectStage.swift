/// Where the project as a whole stands on the as-of date (design.md, second generation: "stage
/// of each exercise derived from its dates and --as-of, never stored").
public enum ProjectStage: String, Sendable, CaseIterable {
    case earlyIdea = "early-idea"
    case planning
    case preConsultationEngagement = "pre-consultation-engagement"
    case engagementOpen = "engagement-open"
    case consultationOpen = "consultation-open"
    case closedAwaitingDecision = "closed-awaiting-decision"
    case decided
    case implementing

    public var displayName: String {
        switch self {
        case .earlyIdea: return "early idea"
        case .planning: return "planning"
        case .preConsultationEngagement: return "pre-consultation engagement"
        case .engagementOpen: return "engagement open"
        case .consultationOpen: return "consultation open"
        case .closedAwaitingDecision: return "closed, awaiting decision"
        case .decided: return "decided"
        case .implementing: return "implementing"
        }
    }

    /// What the assessment looks at in this stage, for the trail.
    var focus: String {
        switch self {
        case .earlyIdea: return "whether the duty applies and who must be involved, so that involvement can start while options are open"
        case .planning: return "advice on the plan before it launches"
        case .preConsultationEngagement: return "the engagement that shapes the options, and the plan for the consultation that follows"
        case .engagementOpen, .consultationOpen: return "the exercise as it runs: it can still be extended or improved"
        case .closedAwaitingDecision: return "whether the exercise that ran was fair (a past fact), and conscientious consideration of the responses before the decision"
        case .decided: return "whether the exercises the decision rested on were fair, and the record of the decision"
        case .implementing: return "whether the proposal or the circumstances have changed since people were involved, and what fresh involvement that calls for"
        }
    }
}

enum ProjectStageEvaluation {
    static func evaluate(_ project: Project, exercises: [StagedExercise], asOf: CalendarDate,
                         _ recorder: inout AssessmentRecorder) -> ProjectStage {
        let stage = stage(project, exercises: exercises, asOf: asOf)
        recorder.step(.stageOfProject, "\(stage.displayName.capitalisedFirst), on \(asOf).\(eachStage(exercises)) At this stage the assessment looks at \(stage.focus).",
                      facts: stepFacts(project, exercises: exercises, asOf: asOf))
        return stage
    }

    /// Each exercise's stage and dates, for the trail.
    private static func eachStage(_ exercises: [StagedExercise]) -> String {
        exercises.count > 1
            ? " " + exercises.map { "\($0.label): \($0.stage.displayName)\(dates($0.plan))." }.joined(separator: " ")
            : exercises.first.map { " \($0.subject): \($0.stage.displayName)\(dates($0.plan))." } ?? " The file has no involvement exercise yet."
    }

    /// What the stage rests on: every exercise's dates, the as-of date and when implementation starts.
    private static func stepFacts(_ project: Project, exercises: [StagedExercise], asOf: CalendarDate) -> [Fact] {
        var facts = exercises.flatMap(\.dateFacts) + [Fact("assessment.asOf", asOf.description)]
        if let start = project.implementation?.startDate { facts.append(Fact("$.implementation.startDate", start.description)) }
        return facts
    }

    static func stage(_ project: Project, exercises: [StagedExercise], asOf: CalendarDate) -> ProjectStage {
        if let start = project.implementation?.startDate, start <= asOf { return .implementing }
        guard let latest = exercises.last(where: { $0.stage != .notYetLaunched }) else {
            let planned = exercises.contains { $0.plan.launchDate != nil || ($0.plan.planningStartDate.map { $0 <= asOf } ?? false) }
            return planned ? .planning : .earlyIdea
        }
        let later = exercises.filter { $0.index > latest.index }
        let consultationFollows = later.contains { $0.plan.approach == .consult }
        let engaging = latest.plan.approach != .consult
        switch latest.stage {
        case .open:
            if !engaging { return .consultationOpen }
            return consultationFollows ? .preConsultationEngagement : .engagementOpen
        case .closedAwaitingDecision, .decided:
            if !later.isEmpty { return engaging && consultationFollows ? .preConsultationEngagement : .planning }
            // A decision on the proposal taken since the exercise launched: decided, even too soon.
            let decidedSince = project.decisions.contains { decision in
                decision.date <= asOf && (latest.plan.launchDate.map { $0 <= decision.date } ?? true)
            }
            return latest.stage == .decided || decidedSince ? .decided : .closedAwaitingDecision
        case .notYetLaunched:
            return .planning
        }
    }

    private static func dates(_ plan: InvolvementPlan) -> String {
        var parts: [String] = []
        if let launch = plan.launchDate { parts.append("launch \(launch)") }
        if let close = plan.closeDate { parts.append("close \(close)") }
        if let decision = plan.decisionDate { parts.append("decision \(decision)") }
        return parts.isEmpty ? " (no dates stated)" : " (" + parts.joined(separator: ", ") + ")"
    }
}
