import Testing
@testable import InvolveCore

/// The report holds one copy of the texts records repeat; the records keep their values.
@Suite struct SharedRecordTextTests {
    @Test func sharingLeavesEveryRecordAsItWas() {
        var originals: [DecisionRecord] = []
        for (index, organisation) in ["NHS Test Integrated Care Board", "NHS Other Integrated Care Board", "NHS Test Integrated Care Board"].enumerated() {
            var record = InvolvementReportTests.record("r\(index)", asOf: "2025-05-01", decided: "2025-06-01",
                                                       route: RecordRoute(kinds: [.engagement], summary: "Engagement with the people affected, proportionate to the change"),
                                                       organisation: organisation)
            record.keyDates = [RecordKeyDate(label: "Decision on the proposal due", date: InvolvementReportTests.day("2025-06-01"))]
            record.plan = RecordPlan(approach: "an eight-week public consultation", reach: [RecordReach(audience: "local Healthwatch", how: "named in the plan, without details of how")],
                                     scrutinyStatus: nil, secretaryOfStateNotified: nil, launchDate: nil)
            originals.append(record)
        }
        var shared = SharedRecordText()
        let kept = originals.map { record in
            var record = record
            shared.share(&record)
            return record
        }
        #expect(kept == originals)
    }
}
