/// Step 1 of the three-step test. The guidance prints Step 1 only as a diagram (seed 001,
/// lines 1053-1055 are blank where the image was), so this is the project's reading of the
/// statute: the duty binds NHS England (s13Q), ICBs (s14Z45) and trusts (s242(1B)), each for
/// the services it commissions or provides.
extension Rule {
    static let dutyStep1 = Rule(
        id: "duty-step-1-body",
        area: .duty,
        title: "Step 1: a body the duty binds, about services it commissions or provides",
        question: "Is the organisation bound by a statutory duty to involve, and is the matter about health services it commissions or provides?",
        explanation: """
            NHS England (s13Q), integrated care boards (s14Z45) and NHS trusts and foundation trusts (s242(1B)) \
            must make arrangements to involve the public. Commissioners' duty covers their commissioning \
            arrangements; trusts' duty covers the health services for which they are responsible. Other bodies \
            are not bound by these sections: the answer names the duty that reaches them instead, if any. \
            The guidance prints this step only as a diagram, so this rule is the project's reading of the statute.
            """,
        citations: [
            .guidance("Annex B1, Involvement duties on commissioners and providers", lines: "1022-1026",
                      "section 13Q for NHS England … section 14Z45 for ICBs … section 242(1B) for NHS trusts and NHS foundation trusts"),
            .statute("s14Z45(2)", "in the planning of the commissioning arrangements by the board"),
            .statute("s242(1B)", "health services for which it is responsible"),
            .guidance("Who is this guidance for?", lines: "245", "Integrated Care System partners Status: Good practice Public involvement duty: N/A"),
        ],
        inferred: true)

    static let dutyOtherBody = Rule(
        id: "duty-other-body",
        area: .duty,
        title: "Whose duty it is when the organisation is not bound",
        question: "If this organisation is not bound by the statutory duty, whose duty covers the matter?",
        explanation: """
            GP practices and independent providers are bound by a contractual requirement in the NHS Standard \
            Contract, not by the statute; the commissioner's duty may still apply to the same change. ICPs, \
            place-based partnerships and provider collaboratives follow the guidance as good practice, but each \
            member organisation meets its own duties. Local authorities are not bound by these sections.
            """,
        citations: [
            .guidance("Annex B1", lines: "1028", "A requirement to involve the public is also included as a service condition in the NHS Standard Contract for providers."),
            .guidance("Annex B1", lines: "1030", "Each of the organisations listed above is accountable and liable for compliance with their public involvement obligations."),
            .guidance("Annex B4, Provider collaboratives", lines: "1311",
                      "each provider organisation within the collaborative will need to meet its own legal duties on public involvement"),
            .guidance("Who is this guidance for?", lines: "249", "to help inform their strategies, during the development of which they must involve people"),
        ])
}

/// The outcome of step 1: which duty binds the body for this matter, if any.
enum Step1Outcome {
    case bound(duty: String)
    case notBound(reason: String)
    case unknown
}

enum Step1BodyAndServices {
    static func evaluate(_ project: Project, _ recorder: inout AssessmentRecorder) -> Step1Outcome {
        let kind = project.organisation.kind
        let relationship = project.services?.relationship
        var facts = [Fact("$.organisation.kind", kind.rawValue),
                     Fact("$.services.relationship", relationship?.rawValue ?? Fact.notStated)]
        if let description = project.services?.description { facts.append(Fact("$.services.description", description)) }

        switch kind {
        case .nhsEngland, .integratedCareBoard:
            let duty = kind == .nhsEngland ? "NHS Act 2006 s13Q" : "NHS Act 2006 s14Z45"
            switch relationship {
            case .commissions, .commissionsAndProvides:
                recorder.step(.dutyStep1, "Yes. As \(kind.displayName) it is bound by \(duty), and the services are ones it commissions.", facts: facts)
                return .bound(duty: duty)
            case .provides, .neither:
                let answer = "No, for these services. \(duty) covers the body's commissioning arrangements, and the file says it does not commission these services."
                recorder.step(.dutyStep1, answer, facts: facts)
                recorder.finding(.dutyOtherBody, .warning,
                                 "The duty under \(duty) covers services the body commissions. Check who commissions and who provides these services: their duties apply instead, and if this body does commission them, correct $.services.relationship.",
                                 facts: facts)
                return .notBound(reason: "\(duty) covers commissioning arrangements, and the file says the body does not commission these services")
            case nil:
                recorder.step(.dutyStep1, "Cannot tell. The body is bound by \(duty), but the file does not say whether it commissions the services concerned.", facts: facts)
                recorder.ask("$.services.relationship", "Does the organisation commission the services this project concerns?",
                             because: "\(duty) covers the body's commissioning arrangements; step 1 cannot be answered without it.",
                             decides: .verdict)
                return .unknown
            }
        case .nhsTrust, .nhsFoundationTrust:
            let duty = "NHS Act 2006 s242(1B)"
            switch relationship {
            case .provides, .commissionsAndProvides, .commissions:
                recorder.step(.dutyStep1, "Yes. As an \(kind.displayName) it is bound by \(duty) for the health services for which it is responsible.", facts: facts)
                return .bound(duty: duty)
            case .neither:
                recorder.step(.dutyStep1, "No, for these services. \(duty) covers the services for which the trust is responsible, and the file says it neither provides nor commissions them.", facts: facts)
                recorder.finding(.dutyOtherBody, .warning,
                                 "The trust's duty under \(duty) covers services for which it is responsible. The duty of the body that commissions or provides these services applies instead.",
                                 facts: facts)
                return .notBound(reason: "\(duty) covers the services for which the trust is responsible, and it is not responsible for these")
            case nil:
                recorder.step(.dutyStep1, "Cannot tell. The trust is bound by \(duty), but the file does not say whether it is responsible for the services concerned.", facts: facts)
                recorder.ask("$.services.relationship", "Does the trust provide (or otherwise hold responsibility for) the services this project concerns?",
                             because: "\(duty) covers the health services for which the trust is responsible.", decides: .verdict)
                return .unknown
            }
        case .gpPractice, .independentProvider:
            recorder.step(.dutyStep1, "No. \(kind.withArticle.capitalisedFirst) is not bound by s13Q, s14Z45 or s242(1B); its involvement duty is a service condition of the NHS Standard Contract.", facts: facts)
            recorder.finding(.dutyOtherBody, .warning,
                             "The statutory duty does not bind this organisation, but the NHS Standard Contract requires it to involve the public, and the commissioner (the ICB or NHS England) may hold the statutory duty for the same change. Assess the project as the commissioner too.",
                             facts: facts)
            return .notBound(reason: "\(kind.withArticle) is bound by a contractual requirement to involve the public, not by the statutory duty")
        case .integratedCarePartnership:
            recorder.step(.dutyStep1, "No. The guidance lists ICPs as \"Status: Good practice Public involvement duty: N/A\".", facts: facts)
            recorder.finding(.dutyOtherBody, .warning,
                             "ICPs are not bound by the NHS Act involvement duties, but they must involve people when developing their integrated care strategy, and the ICB and partner trusts remain bound for the services they commission and provide.",
                             facts: facts)
            return .notBound(reason: "ICPs are not bound by the statutory involvement duty (the guidance applies to them as good practice)")
        case .placeBasedPartnership, .providerCollaborative:
            recorder.step(.dutyStep1, "No. The guidance lists \(kind.displayName)s as good practice with no public involvement duty of their own.", facts: facts)
            recorder.finding(.dutyOtherBody, .warning,
                             "\(kind.withArticle.capitalisedFirst) has no involvement duty of its own, but each member organisation is accountable for its own duty. Assess the project for each ICB and trust taking part.",
                             facts: facts)
            return .notBound(reason: "\(kind.withArticle) has no involvement duty of its own; its member ICBs and trusts each keep theirs")
        case .localAuthority:
            recorder.step(.dutyStep1, "No. Local authorities are not bound by the NHS Act involvement duties; the guidance is of interest to them as good practice.", facts: facts)
            recorder.finding(.dutyOtherBody, .info,
                             "A local authority is not bound by these NHS duties. If the matter changes NHS services, the NHS commissioner or provider holds the duty; the authority's health scrutiny committee is consulted on substantial changes.",
                             facts: facts)
            return .notBound(reason: "local authorities are not bound by the NHS Act involvement duties")
        }
    }
}
