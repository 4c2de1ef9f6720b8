/// The public sector equality duty binds every public body, inside the NHS or not: it is
/// assessed whether or not the NHS involvement duty applies, so that a council closing a
/// leisure centre, or a department changing a grant scheme, still gets its equality answer.
extension Rule {
    static let otherDutyEquality = Rule(
        id: "other-duty-equality",
        area: .otherDuties,
        title: "The public sector equality duty (Equality Act 2010 s149)",
        question: "Has the body shown due regard to the equality aims for this decision, whoever it is?",
        explanation: """
            Public authorities (NHS bodies, local authorities, government departments and arm's-length bodies), \
            and others when they exercise public functions, must have due regard to the need to eliminate \
            discrimination, advance equality of opportunity and foster good relations between people who share a \
            protected characteristic and those who do not. The duty does not depend on the NHS involvement duty. \
            An equality impact assessment, complete before the decision, is the usual way to show due regard; an \
            assessment not started, or not stated, is a finding when the project changes something.
            """,
        citations: [
            Citation(.equalityAct2010, "s149(1)"),
            .guidance("Annex B2, The Equality Act 2010", lines: "1157", "requires public sector organisations to have 'due regard' to the need to"),
            .guidance("Annex B2, The Equality Act 2010", lines: "1163", "This is known as the 'public sector equality duty' (section 149 of the Equality Act 2010)."),
        ])
}

enum PublicSectorEqualityDuty {
    static func evaluate(_ project: Project, _ recorder: inout AssessmentRecorder) {
        let rule = Rule.otherDutyEquality
        let assessment = project.plan?.equalityImpactAssessment
        let groups = (project.affectedGroups ?? []).enumerated().filter { !$0.element.protectedCharacteristics.isEmpty }
        let eiaPath = project.formatVersion >= 2 && project.exercises.isEmpty ? "$.exercises"
            : "\(project.planPath).equalityImpactAssessment"
        var facts = [Fact(eiaPath, assessment?.rawValue ?? Fact.notStated)]
        facts += groups.map { Fact("$.affectedGroups[\($0.offset)].protectedCharacteristics",
                                   $0.element.protectedCharacteristics.map(\.rawValue).joined(separator: ", ")) }
        let body = project.bodies.count == 1 ? project.organisation.kind.withArticle : "each public body in the project"
        let changes = !project.changes.isEmpty
        let groupsText = groups.isEmpty ? "" : " Groups with protected characteristics are affected: \(groups.map(\.element.name).joined(separator: ", "))."
        switch assessment {
        case .complete?:
            recorder.step(rule, "Applies to \(body). The equality impact assessment is complete: keep it with the decision papers, and revisit it if the proposal changes." + groupsText, facts: facts)
        case .inProgress?:
            recorder.step(rule, "Applies to \(body). The equality impact assessment is in progress; it must be complete, and considered, before the decision." + groupsText, facts: facts)
        case .notStarted?:
            recorder.step(rule, "Applies to \(body). The equality impact assessment has not started." + groupsText, facts: facts)
            if changes {
                recorder.finding(rule, .warning, "Start the equality impact assessment: \(body) must have due regard to the equality aims (Equality Act 2010 s149) before deciding, whatever the NHS involvement duty says." + groupsText, facts: facts)
            }
        case nil:
            recorder.step(rule, "Applies to \(body). The file does not say where the equality impact assessment stands." + groupsText, facts: facts)
            if changes {
                recorder.finding(rule, groups.isEmpty ? .info : .warning,
                                 "State where the equality impact assessment stands (\(eiaPath)): \(body) must have due regard to the equality aims (Equality Act 2010 s149) before deciding, whatever the NHS involvement duty says." + groupsText,
                                 facts: facts)
            }
        }
    }
}
