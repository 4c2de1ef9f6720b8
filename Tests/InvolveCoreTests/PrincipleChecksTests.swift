import Testing
@testable import InvolveCore

/// A principle's reasons: its problems, then what the file does not state, then its notes.
@Suite struct PrincipleChecksTests {
    @Test func reasonsInOrder() {
        var checks = PrincipleChecks()
        #expect(checks.reasons.isEmpty)
        checks.pass("the consultation runs 12 weeks")
        checks.lack("the close date")
        checks.fail(.atRisk, "it falls in a holiday window")
        checks.lack("the decision date")
        checks.fail(.notMet, "it is shorter than the floor")
        #expect(checks.reasons == ["it falls in a holiday window", "it is shorter than the floor",
                                   "not stated: the close date", "not stated: the decision date",
                                   "the consultation runs 12 weeks"])
    }
}
