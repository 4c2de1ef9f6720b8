import InvolveCore

/// The lines a report adds for a project of several bodies or several exercises: each body's own
/// duty (whom it must involve), and each exercise's Gunning principles at its stage. Shared by the
/// text and Markdown reports; `escape` makes the file's own text (names) safe for the format.
enum BodiesAndExercisesWording {
    /// "Northshire ICB (lead, integrated care board): NHS Act 2006 s14Z45; must involve people who
    /// use or may use the services, and their carers and representatives (if any)".
    static func body(_ body: BodyDuty, verdict: DutyVerdict, escape: (String) -> String) -> String {
        let who = "\(escape(body.name)) (\(body.role.displayName), \(body.kind.displayName)): "
        if let duty = body.duty {
            switch verdict {
            case .doesNotApply: return who + "bound by \(duty), but the duty does not apply to this project"
            case .unlikelyToApply: return who + "bound by \(duty); the duty is unlikely to apply to this project"
            case .undetermined: return who + "\(duty); if the duty applies, must involve \(body.mustInvolve ?? "the people it names")"
            case .applies, .likelyApplies: return who + "\(duty); must involve \(body.mustInvolve ?? "the people it names")"
            }
        }
        // Step 1's reason says which duty does not bind it, and why.
        if let reason = body.notBound { return who + reason }
        return who + "cannot tell yet whether an NHS Act involvement duty binds it (see the questions)"
    }

    /// "G1 met, G2 at risk, G3 met, G4 not assessable", or "not assessable" when none can be judged.
    static func gunning(_ fairness: FairnessAssessment) -> String {
        if fairness.principles.allSatisfy({ $0.status == .notAssessable }) { return "not assessable" }
        return fairness.principles.map { "\($0.principle.rawValue) \($0.status.displayName)" }.joined(separator: ", ")
    }

    /// "Exercise 1 of 2 (Engagement), closed, awaiting decision: as advice, G1 met, …".
    static func exercise(_ exercise: ExerciseFairness, escape: (String) -> String) -> String {
        let how = exercise.fairness.application == .formal ? "formally" : "as advice"
        return "\(escape(exercise.label)), \(exercise.stage.displayName): \(how), \(gunning(exercise.fairness))"
    }
}
