/// Every exercise gets its own plan and Gunning checks at its own stage: advice before it
/// launches and while it runs, history once it has closed. The project's fairness is that of its
/// latest exercise (the one the route is judged with).
enum ExerciseAssessment {
    static func evaluate(_ project: Project, exercises: [StagedExercise], planPath: String, verdict: DutyVerdict,
                         route: RouteAssessment, options: AssessmentOptions, _ recorder: inout AssessmentRecorder,
                         each: inout [ExerciseFairness]) -> FairnessAssessment {
        guard !exercises.isEmpty else {
            // No exercise yet: the rules say what is missing.
            var noExercise = AssessmentRecorder()
            PlanChecks.evaluate(project, verdict: verdict, route: route, options: options, &noExercise)
            let fairness = GunningEvaluation.evaluate(project, verdict: verdict, route: route, options: options, &noExercise)
            recorder.absorb(noExercise, path: planPath)
            return fairness.moved(to: planPath)
        }
        var latest: FairnessAssessment?
        // With several exercises, one is the consultation: the last that calls itself one, else the latest.
        let consultation = exercises.count > 1 ? (exercises.last { $0.plan.approach == .consult } ?? exercises.last) : nil
        for exercise in exercises {
            var judged = project
            judged.plan = exercise.plan
            // An exercise judged as history is retold from its rules' trail answers, so it keeps them.
            var exerciseRecorder = AssessmentRecorder(keepsTrail: recorder.keepsTrail || exercise.stage.isHistory)
            PlanChecks.evaluate(judged, verdict: verdict, route: route, options: options, &exerciseRecorder)
            let other = consultation.flatMap { $0.path == exercise.path ? nil : $0.named }
            let fairness = GunningEvaluation.evaluate(judged.plan, of: judged, verdict: verdict, route: route, options: options,
                                                      consultation: other, &exerciseRecorder)
            let moved = fairness.moved(to: exercise.path)
            latest = moved
            each.append(ExerciseFairness(label: exercise.named, stage: exercise.stage, fairness: moved))
            if exercise.stage.isHistory {
                let history = ExerciseHistory.findings(exerciseRecorder, exercise: exercise, fairness: fairness, asOf: options.asOf)
                recorder.absorb(exerciseRecorder, exercise: exercise, findings: history)
                ExerciseHistory.step(exercise, shortfalls: history.count, asOf: options.asOf, &recorder)
            } else {
                recorder.absorb(exerciseRecorder, exercise: exercise)
            }
        }
        return latest ?? FairnessAssessment(application: .advisory, applicationReason: "", principles: [])
    }
}
