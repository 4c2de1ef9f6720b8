/// The one place where parts of a project and its assessment that are still being built become
/// sections of the decision record. Each function is a hook: when the route, the Gunning
/// principles, waivers or the involvement plan's audiences and dates arrive in `Assessment` and
/// `Project`, only its body changes; the record format, the JSON writer and reader, the
/// Markdown and HTML renderers and the annual report already carry and show the section.
///
/// Until then each returns what exists now, and the record says plainly that the rest was not
/// assessed (`route: null`, `fairness: null`), rather than guessing.
public enum RecordSections {
    /// HOOK(route): map the assessment's route onto `RecordRouteKind`s and a one-line summary.
    /// The annual report counts engagement, consultations, scrutiny consultations and notices to
    /// the Secretary of State from these kinds; with nil it says "not recorded".
    public static func route(_ project: Project, _ assessment: Assessment) -> RecordRoute? {
        nil
    }

    /// HOOK(gunning): the four Gunning principles, each met / at risk / not met / not assessable.
    public static func fairness(_ project: Project, _ assessment: Assessment) -> RecordFairness? {
        nil
    }

    /// HOOK(waivers): the rules waived for this project. Today a waiver names only its rule; add
    /// the reason, who approved it and when it expires here when the waiver model has them.
    public static func waivers(_ project: Project, _ assessment: Assessment) -> [RecordWaiver] {
        project.waivers.map { RecordWaiver(ruleID: $0.rule) }
    }

    /// HOOK(plan): the involvement plan's approach, and how it reaches each audience (carers and
    /// representatives, groups with protected characteristics, those facing health inequalities,
    /// Healthwatch, staff). Today the plan has only its approach, so `reach` is empty and the
    /// annual report shows the affected groups with "how reached: not recorded".
    public static func plan(_ project: Project, _ assessment: Assessment) -> RecordPlan? {
        guard let plan = project.plan else { return nil }
        return RecordPlan(approach: plan.approach?.rawValue, reach: [])
    }

    /// HOOK(plan dates): dates for the annual report's table. Today: the decision and the
    /// expected end of a temporary change; add the plan's launch and close dates here.
    public static func keyDates(_ project: Project, _ assessment: Assessment) -> [RecordKeyDate] {
        var dates: [RecordKeyDate] = []
        if let decision = project.decision {
            dates.append(RecordKeyDate(label: "Decision", date: decision.date))
        }
        if let change = project.temporaryChange, change.isTemporary, let end = change.expectedEnd {
            dates.append(RecordKeyDate(label: "Temporary change expected to end", date: end))
        }
        return dates
    }
}
