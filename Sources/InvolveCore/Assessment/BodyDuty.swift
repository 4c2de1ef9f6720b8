/// One body's own duty, as the report's header shows it when a project names several: each bound
/// body is "accountable and liable" for its own involvement duty (statutory guidance, Annex B1),
/// so each gets its line, the statute that binds it and whom that statute says it must involve.
public struct BodyDuty: Sendable, Equatable {
    public let name: String
    public let kind: OrganisationKind
    public let role: PartyRole
    /// "NHS Act 2006 s14Z45" when step 1 found the body bound for these services.
    public let duty: String?
    /// Whom the statute names, when bound: the individuals (and, for NHS England and ICBs since
    /// 2022, their carers and representatives), or a trust's users.
    public let mustInvolve: String?
    /// Why the body is not bound, when step 1 says so; nil when bound or not yet known.
    public let notBound: String?

    /// Each body's step 1, answered again on its own (a few bodies, cheap) so that the header
    /// never restates the trail's wording; `audiences` says whether carers are required yet.
    static func all(_ project: Project, audiences: [Audience]) -> [BodyDuty] {
        let bodies = project.bodies
        let carersRequired = audiences.contains { $0.required && $0.who.hasPrefix("Their carers") }
        return bodies.map { body in
            var scratch = AssessmentRecorder(keepsTrail: false)
            let outcome = Step1BodyAndServices.evaluate(
                body, services: project.services, named: false,
                nhsBodyAlsoInFile: bodies.contains { $0 != body && ($0.kind.isCommissioner || $0.kind.isTrust) }, &scratch)
            switch outcome {
            case .bound(let duty):
                let who = body.kind.isCommissioner
                    ? "people who use or may use the services" + (carersRequired ? ", their carers and representatives (if any)" : "")
                    : "users of the services, directly or through representatives"
                return BodyDuty(name: body.name, kind: body.kind, role: body.role, duty: duty, mustInvolve: who, notBound: nil)
            case .notBound(let reason):
                return BodyDuty(name: body.name, kind: body.kind, role: body.role, duty: nil, mustInvolve: nil, notBound: reason)
            case .unknown:
                return BodyDuty(name: body.name, kind: body.kind, role: body.role, duty: nil, mustInvolve: nil, notBound: nil)
            }
        }
    }
}

/// One exercise's Gunning assessment at its own stage, for a project with several exercises.
public struct ExerciseFairness: Sendable {
    /// "Exercise 2 of 3 (Consultation on the options)".
    public let label: String
    public let stage: ExerciseStage
    public let fairness: FairnessAssessment
}
