/// The rules that place a project in its life and judge each stage as it should be judged: a
/// plan before launch, what ran after the close, the decision at decision, and implementation
/// against what people were involved on.
extension Rule {
    static let stageOfProject = Rule(
        id: "stage-of-project",
        area: .route,
        title: "The stage of the project, from its dates",
        question: "Where does the project stand on the as-of date, and how is each exercise judged?",
        explanation: """
            Each exercise's stage comes from its own dates against the as-of date: not yet launched (its plan gets \
            advice), open, closed awaiting decision, or decided (what ran is a past fact, judged as history: it met \
            the principles or fell short, and is never told to change). The project's stage is that of its latest \
            exercise under way or done: early idea, planning, pre-consultation engagement, engagement or \
            consultation open, closed awaiting decision, decided, or implementing (from the implementation start \
            date). Nothing is measured from the as-of date in place of a missing date: an exercise with no launch \
            date has not launched. This reading of the stages is the project's own (inferred).
            """,
        citations: [
            .guidance("Annex B1, The Gunning Principles", lines: "1137", "Meaningful consultation cannot take place about a decision that has already been made"),
            Citation(.gunningCaseLaw, "Gunning (1985) 84 LGR 168: consultation at a formative stage; the product conscientiously taken into account"),
        ],
        inferred: true)

    static let stageExerciseHistory = Rule(
        id: "stage-exercise-history",
        area: .fairness,
        title: "An exercise that has closed is judged as history",
        question: "Did the exercise that ran meet the Gunning principles and the law on whom to involve?",
        explanation: """
            Once an exercise has closed before the as-of date, its dates, audiences and documents are past facts. \
            Where it fell short, the assessment says so and what that means for the decision that rests on it \
            (weigh whether the decision can fairly rest on it, or involve people again on what was missing); it \
            never advises changing what already ran. The shortfalls are those the Gunning and plan rules find, \
            named by their rule ids in the trail.
            """,
        citations: [
            Citation(.gunningCaseLaw, "Gunning (1985) 84 LGR 168; Moseley [2014] UKSC 56 at [25]"),
            .guidance("Annex B1, The Gunning Principles", lines: "1137", "Meaningful consultation cannot take place about a decision that has already been made"),
        ],
        inferred: true)

    static let stageEarlierExercises = Rule(
        id: "stage-earlier-exercises",
        area: .route,
        title: "Earlier exercises the project relies on, and what they covered",
        question: "Does each earlier exercise cover this proposal?",
        explanation: """
            An earlier exercise counts for this proposal only as far as it covered it. Engagement on a strategy in \
            general does not by itself involve people in the development and consideration of a specific proposal \
            for change (s14Z45(2)(b), s13Q(2)(b), s242(1B)(b)); an earlier version of the proposal counts only if the \
            proposal has not changed fundamentally since. An exercise that does not say what it covered is an open \
            question.
            """,
        citations: [
            .statute("s14Z45(2)(b)"),
            Citation(.reconsultationCaseLaw, "fresh consultation where there is a fundamental difference between the proposals consulted on and those the body wishes to adopt"),
        ],
        inferred: true)

    static let stageImplementation = Rule(
        id: "stage-implementation",
        area: .route,
        title: "Implementing long after the involvement behind it",
        question: "Have the proposal or the circumstances changed since people were involved, so that fresh involvement is needed?",
        explanation: """
            A decision carried out on the strength of earlier involvement is fair only if what is carried out is \
            still what people were involved on. When the proposal has changed fundamentally, or the circumstances \
            have changed so that the earlier responses no longer speak to it, fresh involvement (and, for a \
            consultation, re-consultation) is needed on what changed. The file must say whether either has changed; \
            the gap between the close and the start of implementation is reported as a fact.
            """,
        citations: [
            Citation(.reconsultationCaseLaw, "fresh consultation where there is a fundamental difference between the proposals consulted on and those the body wishes to adopt"),
            .statute("s14Z45(2)(c)"),
        ],
        inferred: true)

    static let stageDecisions = Rule(
        id: "stage-decisions",
        area: .fairness,
        title: "Each decision on the proposal, and the involvement it rests on",
        question: "Does each decision rest on involvement that had closed, left time to consider the responses, and covered what was decided?",
        explanation: """
            A decision can take the responses into account conscientiously only after the exercise it relies on \
            has closed, with time to analyse them (the policy's analysisMinimumWeeks). A decision that names an \
            exercise the file does not hold, relies on none while the duty applies, or relies only on engagement \
            about a strategy in general, is a finding. A decision dated on or before the as-of date has been taken \
            and is judged as history.
            """,
        citations: [
            Citation(.gunningCaseLaw, "Gunning (1985) 84 LGR 168: the product of consultation must be conscientiously taken into account"),
            .guidance("Annex B3", lines: "1220", "independently consolidated and considered"),
        ],
        inferred: true)
}
