extension AssessmentRecorder {
    /// Takes in what the rules recorded for one exercise: facts and questions the rules cite at
    /// `$.plan` are re-pointed at the exercise's place in the file (`$.exercises[1]`), each answer
    /// and question is headed with the exercise's name when the file has several, and the
    /// findings are `findings` when given (an exercise judged as history) or the rules' own.
    mutating func absorb(_ other: AssessmentRecorder, exercise: StagedExercise, findings replacement: [Finding]? = nil) {
        absorb(other, path: exercise.path, label: exercise.label, findings: replacement)
    }

    /// As above, for rules that cite `$.plan` when the exercise is at `path`, headed with `label`
    /// (empty for none).
    mutating func absorb(_ other: AssessmentRecorder, path: String, label: String = "", findings replacement: [Finding]? = nil) {
        // The usual case (format 1, one plan at `$.plan`, no label) changes nothing: taken as is.
        if label.isEmpty && path == "$.plan" && replacement == nil {
            absorbUnchanged(other)
            return
        }
        let prefix = label.isEmpty ? "" : label + ": "
        func moved(_ fact: Fact) -> Fact { Fact(ExercisePaths.move(fact.path, to: path), fact.value) }
        for step in other.trail {
            self.step(step.rule, prefix + step.answer, facts: step.facts.map(moved))
        }
        for finding in replacement ?? other.findings.map({ Finding(rule: $0.rule, severity: $0.severity, message: prefix + $0.message, facts: $0.facts, location: $0.location) }) {
            self.finding(finding.rule, finding.severity, finding.message, facts: finding.facts.map(moved),
                         at: finding.location.map { ExercisePaths.move($0, to: path) })
        }
        for question in other.openQuestions {
            ask(ExercisePaths.move(question.path, to: path), prefix + question.question, because: question.whyItMatters,
                decides: question.decides)
        }
    }
}

/// The rules cite the plan they judge at `$.plan`; in a format 2 file it is one of `exercises`.
enum ExercisePaths {
    /// `exercisePath` is `$.exercises` when a format 2 file has no exercise yet: the plan as a
    /// whole is then the missing array, and a fact of it is where the first exercise would hold it.
    static func move(_ path: String, to exercisePath: String) -> String {
        guard exercisePath != "$.plan", path.hasPrefix("$.plan") else { return path }
        let rest = path.dropFirst("$.plan".count)
        guard rest.isEmpty || rest.hasPrefix(".") || rest.hasPrefix("[") else { return path }
        if exercisePath == "$.exercises" && !rest.isEmpty { return "$.exercises[0]" + rest }
        return exercisePath + rest
    }
}
