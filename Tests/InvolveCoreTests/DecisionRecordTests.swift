import Testing
@testable import InvolveCore

/// The decision section of the project file, the record-decision rule, record ids, the record
/// made from an assessment, and the record loader's errors.
@Suite struct DecisionRecordTests {
    static func project(_ decision: String?, activity: String = #"["planning"]"#) -> String {
        """
        {
          "formatVersion": 1,
          "id": "NFD/2025 #14",
          "title": "Test project",
          "organisation": { "name": "NHS Test ICB", "kind": "icb" },
          "services": { "relationship": "commissions" },
          "activity": \(activity),
          "affectedGroups": [ { "name": "Older people", "protectedCharacteristics": ["age"] } ],
          "commonLaw": { "promiseToConsult": false, "establishedPracticeOfConsulting": false }\(decision.map { ",\n  \"decision\": " + $0 } ?? "")
        }
        """
    }

    static let fullDecision = """
        {
            "decidedBy": "ICB Board",
            "date": "2025-06-11",
            "decision": "Consult for ten weeks",
            "reasons": "The closure changes where people are seen.",
            "departuresFromGuidance": [ { "guidance": "Annex A: accessible formats at launch", "explanation": "Translation two weeks late; consultation extended." } ],
            "evidence": [
              { "kind": "equality-impact-assessment", "title": "EIA", "reference": "https://example.org/eia" },
              { "kind": "board-paper", "title": "Paper 7" }
            ]
          }
        """

    static func load(_ text: String) throws -> Project {
        try ProjectLoader.load(Array(text.utf8), file: "p.json").get()
    }

    static func errors(_ text: String) -> [InputDiagnostic] {
        switch ProjectLoader.load(Array(text.utf8), file: "p.json") {
        case .success: return []
        case .failure(let errors): return errors.diagnostics
        }
    }

    static let asOf = CalendarDate(year: 2025, month: 6, day: 1) ?? CalendarDate(dayNumber: 0)

    // MARK: The decision section

    @Test func decodesEveryField() throws {
        let decision = try #require(try Self.load(Self.project(Self.fullDecision)).decision)
        #expect(decision.decidedBy == "ICB Board")
        #expect(decision.date == CalendarDate(year: 2025, month: 6, day: 11))
        #expect(decision.decision == "Consult for ten weeks")
        #expect(decision.reasons == "The closure changes where people are seen.")
        #expect(decision.departuresFromGuidance == [DepartureFromGuidance(guidance: "Annex A: accessible formats at launch",
                                                                          explanation: "Translation two weeks late; consultation extended.")])
        #expect(decision.evidence == [DecisionEvidence(kind: .equalityImpactAssessment, title: "EIA", reference: "https://example.org/eia"),
                                      DecisionEvidence(kind: .boardPaper, title: "Paper 7")])
    }

    @Test func unknownKeysAreErrorsWithASuggestion() {
        let diagnostics = Self.errors(Self.project(#"{ "decidedBy": "Board", "date": "2025-06-11", "decision": "x", "reason": "typo" }"#))
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.path.description == "$.decision.reason")
        #expect(diagnostics.first?.suggestion == "\"reasons\"")
    }

    @Test func whoWhenAndWhatAreRequired() {
        let diagnostics = Self.errors(Self.project(#"{ "reasons": "because" }"#))
        #expect(Set(diagnostics.map(\.path.description)) == ["$.decision.decidedBy", "$.decision.date", "$.decision.decision"])
    }

    @Test func departuresNeedAnExplanation() {
        let diagnostics = Self.errors(Self.project(#"{ "decidedBy": "B", "date": "2025-06-11", "decision": "x", "departuresFromGuidance": [ { "guidance": "Annex A" } ] }"#))
        #expect(diagnostics.map(\.path.description) == ["$.decision.departuresFromGuidance[0].explanation"])
    }

    @Test func evidenceKindsAreAClosedSet() {
        let diagnostics = Self.errors(Self.project(#"{ "decidedBy": "B", "date": "2025-06-11", "decision": "x", "evidence": [ { "kind": "board-papers", "title": "t" } ] }"#))
        #expect(diagnostics.map(\.path.description) == ["$.decision.evidence[0].kind"])
        #expect(diagnostics.first?.suggestion == "\"board-paper\"")
    }

    // MARK: The record-decision rule

    @Test func noDecisionIsAdviceCitingTheGuidance() throws {
        let assessment = Assessor.assess(try Self.load(Self.project(nil)), options: AssessmentOptions(asOf: Self.asOf))
        let findings = assessment.findings.filter { $0.rule.id == "record-decision" }
        #expect(findings.map(\.severity) == [.info])
        let step = try #require(assessment.trail.first { $0.rule.id == "record-decision" })
        #expect(step.answer == "No decision about involvement is recorded yet.")
        #expect(step.rule.citations.compactMap(\.lines).contains("1036"))
        #expect(step.rule.citations.compactMap(\.lines).contains("287"))
        #expect(Rulebook.rule(id: "record-decision") != nil)
    }

    @Test func aDecisionWithoutReasonsIsAWarning() throws {
        let project = try Self.load(Self.project(#"{ "decidedBy": "B", "date": "2025-06-11", "decision": "Engage for six weeks" }"#))
        let assessment = Assessor.assess(project, options: AssessmentOptions(asOf: Self.asOf))
        let findings = assessment.findings.filter { $0.rule.id == "record-decision" }
        #expect(findings.map(\.severity) == [.warning])
        #expect(findings.first?.facts.first?.path == "$.decision.reasons")
    }

    @Test func aFullDecisionHasNoFindingAndIsInTheTrail() throws {
        let assessment = Assessor.assess(try Self.load(Self.project(Self.fullDecision)), options: AssessmentOptions(asOf: Self.asOf))
        #expect(!assessment.findings.contains { $0.rule.id == "record-decision" })
        let step = try #require(assessment.trail.first { $0.rule.id == "record-decision" })
        #expect(step.answer.contains("ICB Board decided on 2025-06-11"))
        #expect(step.answer.contains("1 departure from the guidance"))
        #expect(step.facts.contains(Fact("$.decision.evidence[0].kind", "equality-impact-assessment")))
    }

    // MARK: Record ids

    @Test(arguments: [
        ("NFD/2025 #14", "nfd-2025-14-e2288c26-2025-06-01"),
        ("GUIDANCE-T1", "guidance-t1-623b1c0f-2025-06-01"),
        ("--x--", "x-cf0e7da1-2025-06-01"),
        ("../../etc/passwd", "etc-passwd-3754d6cb-2025-06-01"),
        ("<script>", "script-5b63e5b2-2025-06-01"),
        ("Café", "café-73473dcc-2025-06-01"),
        ("", "project-e3b0c442-2025-06-01"),
        ("///", "project-732c4e97-2025-06-01"),
        ("v1.2", "v1.2-0e4f5bce-2025-06-01"),
        ("nfd-2025-14", "nfd-2025-14-095bfa20-2025-06-01"),
        ("NFD 2025 14", "nfd-2025-14-1c9fd1f6-2025-06-01"),
        ("Ärzte-Zentrum", "ärzte-zentrum-2d2b8d6a-2025-06-01"),
        ("Cafe\u{0301}", "cafe\u{0301}-c42cc7a1-2025-06-01"),
    ])
    func recordIDsAreSafeFileNames(_ projectID: String, _ expected: String) {
        #expect(RecordID.make(projectID: projectID, asOf: Self.asOf) == expected)
    }

    @Test func longProjectIDsAreCut() {
        let id = RecordID.make(projectID: String(repeating: "a", count: 300), asOf: Self.asOf)
        #expect(id == String(repeating: "a", count: 80) + "-9835fa6b-2025-06-01")
        // Ids that share their first 80 characters still get different records.
        #expect(RecordID.make(projectID: String(repeating: "a", count: 301), asOf: Self.asOf) != id)
    }

    @Test func baseNameDropsDirectories() {
        #expect(RecordID.baseName("a/b/c.json") == "c.json")
        #expect(RecordID.baseName("c.json") == "c.json")
        #expect(RecordID.baseName("<stdin>") == "<stdin>")
    }

    // MARK: Making a record

    @Test func theRecordCarriesTheInputDigestAndTheAssessment() throws {
        let text = Self.project(Self.fullDecision)
        let bytes = Array(text.utf8)
        let project = try Self.load(text)
        let assessment = Assessor.assess(project, options: AssessmentOptions(asOf: Self.asOf))
        let record = DecisionRecord.make(project: project, assessment: assessment, inputBytes: bytes, inputName: "dir/p.json")
        #expect(record.input == RecordInput(file: "p.json", sha256: SHA256.hexDigest(bytes), bytes: bytes.count))
        #expect(record.recordID == "nfd-2025-14-e2288c26-2025-06-01")
        #expect(record.toolVersion == ToolVersion.current)
        #expect(record.rulebookVersion == Rulebook.version)
        #expect(record.verdict.value == .applies)
        #expect(record.trail.count == assessment.trail.count)
        #expect(record.trail.map(\.step) == Array(1...assessment.trail.count))
        #expect(record.findings.count == assessment.findings.count)
        #expect(record.decision == project.decision)
        #expect(record.keyDates == [RecordKeyDate(label: "Decision", date: try #require(CalendarDate(iso: "2025-06-11")))])
        // Planning with no changes listed: engagement, as the duty applies; no plan to judge.
        #expect(record.route?.kinds == [.engagement])
        #expect(record.fairness?.principles.map(\.status) == Array(repeating: .notAssessable, count: 4))
        #expect(record.plan == nil)
        #expect(record.reportingDate == CalendarDate(iso: "2025-06-11"))
        // Facts keep their place in the input file.
        let fact = try #require(record.trail.first?.facts.first { $0.path == "$.organisation.kind" })
        #expect(fact.line == 5)
    }

    @Test func withoutADecisionTheRecordIsPlacedByItsAsOfDate() throws {
        let text = Self.project(nil)
        let project = try Self.load(text)
        let record = DecisionRecord.make(project: project, assessment: Assessor.assess(project, options: AssessmentOptions(asOf: Self.asOf)),
                                         inputBytes: Array(text.utf8), inputName: "p.json")
        #expect(record.decision == nil)
        #expect(record.keyDates.isEmpty)
        #expect(record.reportingDate == Self.asOf)
    }

    // MARK: Loading records

    static func loadRecord(_ text: String) -> [InputDiagnostic] {
        switch DecisionRecordLoader.load(Array(text.utf8), file: "r.json") {
        case .success: return []
        case .failure(let errors): return errors.diagnostics
        }
    }

    @Test func aProjectFileIsNotARecord() {
        let diagnostics = Self.loadRecord(Self.project(nil))
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.path.description == "$.format")
        #expect(diagnostics.first?.message.contains("not a decision record") == true)
    }

    @Test func aWrongFormatIsNamed() {
        let diagnostics = Self.loadRecord(#"{ "format": "involve.assessment", "formatVersion": 1 }"#)
        #expect(diagnostics.map(\.found) == ["\"involve.assessment\""])
    }

    @Test func aNewerFormatVersionSaysToUpgrade() {
        let diagnostics = Self.loadRecord(#"{ "format": "involve.decision-record", "formatVersion": 99 }"#)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.path.description == "$.formatVersion")
        #expect(diagnostics.first?.message.contains("newer version") == true)
    }

    @Test func syntaxErrorsAndNonObjectsAreReported() {
        #expect(Self.loadRecord("{").count == 1)
        #expect(Self.loadRecord("[]").first?.message == "a decision record must be one JSON object")
    }

    @Test func missingPartsOfARecordAreListedWithPaths() {
        let diagnostics = Self.loadRecord(#"{ "format": "involve.decision-record", "formatVersion": 1, "recordId": "x", "asOf": "2025-13-01", "extra": 1 }"#)
        let paths = Set(diagnostics.map(\.path.description))
        #expect(paths.isSuperset(of: ["$.asOf", "$.tool", "$.input", "$.project", "$.verdict", "$.rulebookVersion"]))
        // A key this version does not know is no error: a newer involve may add keys.
        #expect(!paths.contains("$.extra"))
    }
}
