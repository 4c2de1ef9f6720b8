/// One copy of each text that a year of records repeats word for word, kept by `involve report`
/// while it holds the records: each record read holds its own copy of every string, and a
/// string longer than 15 bytes is an allocation of its own (its size plus about 50 bytes).
/// Only texts that repeat in real records are shared: the tool's own wording (the verdict's
/// headline and reason, the route's summary, key date labels, how an audience was reached),
/// versions, the organisation, and the few words plans use for their approach, the scrutiny
/// committee's status and who decided. Texts each project writes for itself (titles,
/// decisions, groups) are not, so that the pool stays small and the benchmark, whose
/// generated records repeat the example year's titles, does not look better than a real year.
public struct SharedRecordText {
    private var texts: Set<String> = []

    public init() {}

    /// `record` with its repeated texts replaced by the copies already held; the same values.
    public mutating func share(_ record: inout DecisionRecord) {
        share(&record.toolVersion)
        share(&record.rulebookVersion)
        share(&record.project.organisation.name)
        share(&record.verdict.headline)
        share(&record.verdict.reason)
        if var route = record.route {
            share(&route.summary)
            record.route = route
        }
        for index in record.keyDates.indices { share(&record.keyDates[index].label) }
        if var plan = record.plan {
            share(&plan.approach)
            share(&plan.scrutinyStatus)
            for index in plan.reach.indices {
                share(&plan.reach[index].audience)
                share(&plan.reach[index].how)
            }
            record.plan = plan
        }
        if var decision = record.decision {
            share(&decision.decidedBy)
            record.decision = decision
        }
    }

    private mutating func share(_ text: inout String?) {
        guard var value = text else { return }
        share(&value)
        text = value
    }

    private mutating func share(_ text: inout String) {
        // Short strings are held inside the value itself: nothing to share.
        guard text.utf8.count > 15 else { return }
        text = texts.insert(text).memberAfterInsert
    }
}
