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

/// Step 1 for each body in the project: the organisation and, in format 2, every party. Each
/// bound body is "accountable and liable" for its own duty (guidance line 1030), so a project of
/// two commissioners and a provider has three answers; the project is bound when any body is.
enum Step1BodyAndServices {
    static func evaluate(_ project: Project, _ recorder: inout AssessmentRecorder) -> Step1Outcome {
        let bodies = project.bodies
        let several = bodies.count > 1
        let outcomes = bodies.map { body in
            (body, evaluate(body, services: project.services, named: several,
                            nhsBodyAlsoInFile: bodies.contains { $0 != body && ($0.kind.isCommissioner || $0.kind.isTrust) }, &recorder))
        }
        let bound = outcomes.compactMap { body, outcome -> String? in
            if case .bound(let duty) = outcome { return several ? "\(duty) (\(body.name))" : duty }
            return nil
        }
        if !bound.isEmpty { return .bound(duty: bound.joined(separator: "; ")) }
        if outcomes.contains(where: { if case .unknown = $0.1 { return true }; return false }) { return .unknown }
        let reasons = outcomes.compactMap { body, outcome -> String? in
            if case .notBound(let reason) = outcome { return several ? "\(body.name): \(reason)" : reason }
            return nil
        }
        return .notBound(reason: (several ? "none of the bodies is bound (" : "") + reasons.joined(separator: "; ") + (several ? ")" : ""))
    }

    /// Step 1 for one body. With several bodies, each answer starts with the body's name and role.
    static func evaluate(_ body: BodyInProject, services: Services?, named: Bool, nhsBodyAlsoInFile: Bool = false,
                         _ recorder: inout AssessmentRecorder) -> Step1Outcome {
        let kind = body.kind
        let relationship = body.relationship
        var facts = [Fact(body.path + ".kind", kind.rawValue),
                     Fact(body.relationshipPath, relationship?.rawValue ?? Fact.notStated)]
        if let description = services?.description { facts.append(Fact("$.services.description", description)) }
        if let nature = services?.nature { facts.append(Fact("$.services.nature", nature.rawValue)) }
        if let funder = services?.fundedBy { facts.append(Fact("$.services.fundedBy", funder)) }
        if let provider = services?.providedBy { facts.append(Fact("$.services.providedBy", provider)) }
        let who = named ? "\(body.name) (\(body.role.displayName)): " : ""
        // The answer is composed only when the trail is kept (as `recorder.step` composes it).
        func step(_ answer: @autoclosure () -> String) { recorder.step(.dutyStep1, who + answer(), facts: facts) }
        func finding(_ severity: Severity, _ message: String) { recorder.finding(.dutyOtherBody, severity, who + message, facts: facts) }

        // The NHS Act duties concern health services: a social care or other public service is
        // outside them whatever the body says it does (a label contradicted by the facts).
        if let nature = services?.nature, !nature.isHealthService,
           kind.isCommissioner || kind.isTrust {
            let duty = kind.isCommissioner ? (kind == .nhsEngland ? "NHS Act 2006 s13Q" : "NHS Act 2006 s14Z45") : "NHS Act 2006 s242(1B)"
            step("No, for these services. \(duty) covers health services, and the file says the service is \(nature.displayName).")
            if relationship != nil && relationship != .neither {
                finding(.warning, "The file says the body \(relationship?.rawValue ?? "") the services, but also that they are \(nature.displayName), not a health service. \(duty) concerns health services: check \(body.relationshipPath) and $.services.nature; if the service is jointly funded, say so (jointly-funded).")
            }
            return .notBound(reason: "\(duty) covers health services, and the service is \(nature.displayName)")
        }

        switch kind {
        case .nhsEngland, .integratedCareBoard:
            let duty = kind == .nhsEngland ? "NHS Act 2006 s13Q" : "NHS Act 2006 s14Z45"
            switch relationship {
            case .commissions, .commissionsAndProvides:
                step("Yes. As \(kind.displayName) it is bound by \(duty), and the services are ones it commissions.")
                return .bound(duty: duty)
            case .provides, .neither:
                step("No, for these services. \(duty) covers the body's commissioning arrangements, and the file says it does not commission these services.")
                finding(.warning, "The duty under \(duty) covers services the body commissions. Check who commissions and who provides these services: their duties apply instead, and if this body does commission them, correct \(body.relationshipPath).")
                return .notBound(reason: "\(duty) covers commissioning arrangements, and the file says the body does not commission these services")
            case nil:
                step("Cannot tell. The body is bound by \(duty), but the file does not say whether it commissions the services concerned.")
                recorder.ask(body.relationshipPath, named ? "Does \(body.name) commission the services this project concerns?" : "Does the organisation commission the services this project concerns?",
                             because: "\(duty) covers the body's commissioning arrangements; step 1 cannot be answered without it.",
                             decides: .verdict)
                return .unknown
            }
        case .nhsTrust, .nhsFoundationTrust:
            let duty = "NHS Act 2006 s242(1B)"
            switch relationship {
            case .provides, .commissionsAndProvides, .commissions:
                step("Yes. As an \(kind.displayName) it is bound by \(duty) for the health services for which it is responsible.")
                return .bound(duty: duty)
            case .neither:
                step("No, for these services. \(duty) covers the services for which the trust is responsible, and the file says it neither provides nor commissions them.")
                finding(.warning, "The trust's duty under \(duty) covers services for which it is responsible. The duty of the body that commissions or provides these services applies instead.")
                return .notBound(reason: "\(duty) covers the services for which the trust is responsible, and it is not responsible for these")
            case nil:
                step("Cannot tell. The trust is bound by \(duty), but the file does not say whether it is responsible for the services concerned.")
                recorder.ask(body.relationshipPath, named ? "Does \(body.name) provide (or otherwise hold responsibility for) the services this project concerns?" : "Does the trust provide (or otherwise hold responsibility for) the services this project concerns?",
                             because: "\(duty) covers the health services for which the trust is responsible.",
                             decides: .verdict)
                return .unknown
            }
        case .gpPractice, .independentProvider:
            step("No. \(kind.withArticle.capitalisedFirst) is not bound by s13Q, s14Z45 or s242(1B); its involvement duty is a service condition of the NHS Standard Contract.")
            finding(.warning, "The statutory duty does not bind this organisation, but the NHS Standard Contract requires it to involve the public, and the commissioner (the ICB or NHS England) may hold the statutory duty for the same change. " + (nhsBodyAlsoInFile ? "The NHS bodies named in the file are assessed for themselves below." : "Assess the project as the commissioner too."))
            return .notBound(reason: "\(kind.withArticle) is bound by a contractual requirement to involve the public, not by the statutory duty")
        case .integratedCarePartnership:
            step("No. The guidance lists ICPs as \"Status: Good practice Public involvement duty: N/A\".")
            finding(.warning, "ICPs are not bound by the NHS Act involvement duties, but they must involve people when developing their integrated care strategy, and the ICB and partner trusts remain bound for the services they commission and provide.")
            return .notBound(reason: "ICPs are not bound by the statutory involvement duty (the guidance applies to them as good practice)")
        case .placeBasedPartnership, .providerCollaborative:
            step("No. The guidance lists \(kind.displayName)s as good practice with no public involvement duty of their own.")
            finding(.warning, "\(kind.withArticle.capitalisedFirst) has no involvement duty of its own, but each member organisation is accountable for its own duty. " + (nhsBodyAlsoInFile ? "The members named in the file are assessed for themselves; name any other ICB or trust taking part in parties." : "Assess the project for each ICB and trust taking part."))
            return .notBound(reason: "\(kind.withArticle) has no involvement duty of its own; its member ICBs and trusts each keep theirs")
        case .localAuthority, .governmentDepartment, .nhsArmsLengthBody:
            return outsideTheNHSDuties(kind, nature: services?.nature, step: { step($0) }, finding: finding)
        }
    }

    /// Bodies the NHS Act involvement duties never bind. Whose duty it is turns on the service:
    /// an NHS health service has an NHS commissioner or provider who holds the duty; a council's
    /// own service or a government scheme has none, and the body's own duties apply (common law,
    /// the public sector equality duty, any statute for the service), which the trail assesses.
    private static func outsideTheNHSDuties(_ kind: OrganisationKind, nature: ServiceNature?,
                                            step: (String) -> Void, finding: (Severity, String) -> Void) -> Step1Outcome {
        let body = kind.withArticle.capitalisedFirst
        let statute = kind == .nhsArmsLengthBody
            ? "s13Q, s14Z45 and s242(1B) bind NHS England, ICBs, NHS trusts and NHS foundation trusts only (the project's reading for other arm's-length bodies: inferred)"
            : "it is not bound by the NHS Act involvement duties (s13Q, s14Z45, s242(1B))"
        let ownDuties = "its own duties remain: the common-law duty to consult where it arises, fair consultation (Gunning) whenever it consults, and the public sector equality duty (Equality Act 2010 s149)"
        switch nature {
        case .nhsHealthService?, .jointlyFunded?, .publicHealth?:
            step("No. \(body): \(statute). The service is \(nature?.displayName ?? ""): an ICB, NHS England or NHS trust that commissions or provides it holds the NHS duty for it.")
            finding(.info, "\(body) is not bound by the NHS involvement duties. If an ICB, NHS England or an NHS trust commissions or provides this service, that body holds the NHS duty for it: name it in parties and assess it too. For the body itself, \(ownDuties).")
            return .notBound(reason: "\(kind.withArticle) is not bound by the NHS Act involvement duties; an NHS body that commissions or provides the service holds them")
        case let other?:
            step("No. \(body): \(statute), and the service is \(other.displayName), so no NHS involvement duty reaches it. \(ownDuties.capitalisedFirst).")
            finding(.info, "No NHS involvement duty applies: the body is \(kind.withArticle) and the service is \(other.displayName). \(ownDuties.capitalisedFirst); see the trail.")
            return .notBound(reason: "\(kind.withArticle) is not bound by the NHS Act involvement duties, and the service is \(other.displayName), so no NHS body holds them either")
        case nil:
            if kind == .localAuthority {
                step("No. Local authorities are not bound by the NHS Act involvement duties; the guidance is of interest to them as good practice.")
                finding(.info, "A local authority is not bound by these NHS duties. If the matter changes NHS services, the NHS commissioner or provider holds the duty; the authority's health scrutiny committee is consulted on substantial changes.")
                return .notBound(reason: "local authorities are not bound by the NHS Act involvement duties")
            }
            step("No. \(body): \(statute). \(ownDuties.capitalisedFirst).")
            finding(.info, "\(body) is not bound by the NHS involvement duties. If the matter changes NHS services, the NHS commissioner or provider holds the duty; state the service's nature ($.services.nature) to settle it. \(ownDuties.capitalisedFirst).")
            return .notBound(reason: "\(kind.withArticle) is not bound by the NHS Act involvement duties")
        }
    }
}
