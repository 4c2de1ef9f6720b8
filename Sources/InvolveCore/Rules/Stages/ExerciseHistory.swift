/// An exercise that closed before the as-of date is a past fact. Its shortfalls are retold as
/// history: what fell short, and what that means for the decision resting on it, never advice to
/// change what already ran ("lengthen it", "publish it at launch"). An exception to the plan and
/// Gunning rules' advice, written as one.
enum ExerciseHistory {
    /// The findings for a closed exercise, built from the descriptive answers the plan and Gunning
    /// rules gave in `recorded` (their trail steps), not from their advice.
    static func findings(_ recorded: AssessmentRecorder, exercise: StagedExercise, fairness: FairnessAssessment,
                         asOf: CalendarDate) -> [Finding] {
        var findings: [Finding] = []
        var seen = Set<String>()
        func answer(_ ruleID: String) -> String? { recorded.trail.last { $0.rule.id == ruleID }?.answer }
        // Plan rules: one finding per rule that found a risk or a problem.
        for finding in recorded.findings where finding.rule.area != .fairness && finding.severity >= .warning {
            guard seen.insert(finding.rule.id).inserted, let said = answer(finding.rule.id) else { continue }
            findings.append(Finding(rule: finding.rule, severity: finding.severity,
                                    message: retold(said, exercise: exercise, asOf: asOf), facts: finding.facts,
                                    location: finding.location))
        }
        // Gunning: one finding per principle not met or at risk, from the principle's own answer.
        let formal = fairness.application == .formal
        for principle in fairness.principles where principle.status == .notMet || principle.status == .atRisk {
            guard let said = answer(principle.ruleID), let rule = Rulebook.rule(id: principle.ruleID) else { continue }
            let severity: Severity = principle.status == .notMet ? (formal ? .error : .warning) : (formal ? .warning : .info)
            findings.append(Finding(rule: rule, severity: severity,
                                    message: retold(said, exercise: exercise, asOf: asOf), facts: principle.facts))
        }
        return findings
    }

    /// The trail step saying the exercise is judged as history, with how many shortfalls.
    static func step(_ exercise: StagedExercise, shortfalls: Int, asOf: CalendarDate, _ recorder: inout AssessmentRecorder) {
        let verdict = shortfalls == 0
            ? "nothing the rules check fell short"
            : "\(shortfalls) shortfall\(shortfalls == 1 ? "" : "s") (see the findings under the rules named)"
        recorder.step(.stageExerciseHistory, "\(ran(exercise, asOf: asOf)); it is judged as history: \(verdict).",
                      facts: exercise.dateFacts + [Fact("assessment.asOf", asOf.description)])
    }

    private static func ran(_ exercise: StagedExercise, asOf: CalendarDate) -> String {
        let plan = exercise.plan
        let period = [plan.launchDate.map { "from \($0)" }, plan.closeDate.map { "to \($0)" }].compactMap { $0 }.joined(separator: " ")
        return "\(exercise.subject) ran \(period.isEmpty ? "(dates not stated)" : period) and closed before \(asOf)"
    }

    private static func retold(_ said: String, exercise: StagedExercise, asOf: CalendarDate) -> String {
        let consequence: String
        if exercise.stage == .decided, let decided = exercise.plan.decisionDate {
            consequence = "The decision of \(decided) rested on it: take legal advice on the risk of challenge, and on whether to involve people again on what it lacked before implementing."
        } else {
            consequence = "What ran cannot be changed now: before deciding, weigh whether the decision can fairly rest on it, or involve people again on what it lacked."
        }
        var said = Substring(said)
        for lead in ["No: ", "No. "] where said.hasPrefix(lead) { said = said.dropFirst(lead.count) }
        return "\(ran(exercise, asOf: asOf)), so this is history. It fell short: \(String(said).capitalisedFirst) \(consequence)"
    }
}
