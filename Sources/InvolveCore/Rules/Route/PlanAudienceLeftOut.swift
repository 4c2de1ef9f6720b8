/// Who was left out when others with an interest were asked. The statutory audience rules
/// (plan-service-users, plan-carers-representatives, plan-equality-groups, plan-healthwatch-staff)
/// say whom the law and guidance name; this rule says who else the file shows has an interest and
/// the exercise does not ask, for any body that involves people, NHS or not. Each gap is reported
/// once: what another audience rule already reports is left to it.
extension Rule {
    static let planAudienceLeftOut = Rule(
        id: "plan-audience-left-out",
        area: .route,
        title: "No one with an interest is left out when others are asked",
        question: "When the exercise asks some of those with an interest, does it leave out others the file shows are affected?",
        explanation: """
            An exercise that asks people (engagement, consultation or co-production) and lists its audiences is \
            compared with those the file shows have an interest: each affected group (reached when an audience names \
            it in its details, or when it has protected characteristics or faces health inequalities and the audiences \
            include such groups, which plan-equality-groups checks), the users of the services (reached by \
            people-using-services or the general public), and the bodies that represent the people affected (if any). \
            Users and representative bodies are left to the NHS Act audience rules where those apply. The guidance asks \
            plans to include all groups affected and names the people an NHS body must involve; the reading that asking \
            some of those with an interest but not others can make the exercise unfair at common law is the project's, \
            from R (Article 39) v Secretary of State for Education, and is inferred. Leaving someone out is a warning; \
            once the exercise has closed it is judged as history.
            """,
        citations: [
            .guidance("Annex A2, Equality considerations", lines: "723",
                      "Involvement plans should consider how to include all groups affected… and prioritise hearing from those affected by the greatest inequalities."),
            .guidance("Annex B1, Individuals, carers and representatives", lines: "1044",
                      "young carers, individual patients' advocates or family members who help organise their care, as well as councillors and community leaders, VCSE sector organisations, local Healthwatch"),
        ],
        inferred: true)
}

enum AudienceLeftOut {
    static func evaluate(_ project: Project, plan: InvolvementPlan, verdict: DutyVerdict, _ recorder: inout AssessmentRecorder) {
        let rule = Rule.planAudienceLeftOut
        guard let audiences = plan.audiences, !audiences.isEmpty,
              let approach = plan.approach, approach != .inform else { return }
        let kinds = Set(audiences.map(\.kind))
        var facts = [Fact("$.plan.approach", approach.rawValue)] + PlanChecks.audienceFacts(plan)
        var leftOut: [String] = []

        // Where the NHS Act audience rules judge the plan, they report users and representatives.
        let nhsBody = project.bodies.contains { $0.kind.isCommissioner || $0.kind.isTrust }
        let nhsRulesJudge = nhsBody && verdict != .doesNotApply && verdict != .unlikelyToApply
        let changesServices = project.services != nil || !project.changes.isEmpty
        if changesServices && !nhsRulesJudge {
            if !kinds.contains(where: \.reachesServiceUsers) { leftOut.append("the people who use or may use the services") }
            if !kinds.contains(where: \.canRepresent) {
                leftOut.append("the bodies that represent the people affected, if any (patient or user groups, local Healthwatch, VCSE organisations)")
            }
        }

        let details = audiences.compactMap { $0.details?.lowercased() }
        for (index, group) in (project.affectedGroups ?? []).enumerated() {
            let named = details.contains { $0.contains(group.name.lowercased()) }
            let flagged = !group.protectedCharacteristics.isEmpty || group.facesHealthInequalities == true
            // A flagged group is plan-equality-groups' to judge, reached or not.
            guard !named && !flagged else { continue }
            leftOut.append(group.name)
            facts.append(Fact("$.affectedGroups[\(index)].name", group.name))
        }

        let asked = audiences.map { $0.details ?? $0.kind.displayName }
        guard !leftOut.isEmpty else {
            recorder.step(rule, "Yes, as far as the file shows: no one with an interest is left out beyond what the statutory and equality audience rules report (the exercise reaches \(list(asked))).", facts: facts)
            return
        }
        recorder.step(rule, "No: of those the file shows have an interest, \(list(leftOut)) \(leftOut.count == 1 ? "is" : "are") not among the exercise's audiences (it reaches \(list(asked))).", facts: facts)
        recorder.finding(rule, .warning,
                         "The exercise asks \(list(asked)) but leaves out \(list(leftOut)), whom the file shows have an interest. Ask them too, or record why they need not be asked: the guidance asks plans to include all groups affected (Annex A2, Equality considerations), and asking some of those with an interest but not others can make the exercise unfair (R (Article 39) v Secretary of State for Education [2020] EWCA Civ 1577; the project's reading, inferred).",
                         facts: facts, at: "$.plan.audiences")
    }

    private static func list(_ items: [String]) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: "; ") + " and " + last
    }
}
