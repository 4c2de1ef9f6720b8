import Foundation
import Testing
@testable import InvolveCore

/// No headline, route or next step may contradict another, for every example file and for a
/// generated corpus that crosses every kind of body, service, change, stage and scrutiny status.
@Suite struct ConsistencyInvariantTests {
    static let asOf = CalendarDate(year: 2026, month: 12, day: 1) ?? CalendarDate(dayNumber: 0)

    @Test func noExampleContradictsItself() throws {
        let folder = TestSupport.repositoryRoot.appendingPathComponent("Examples")
        let files = try Self.projectFiles(in: folder)
        #expect(files.count >= 30)
        var problems: [String] = []
        for file in files {
            let project = try TestSupport.loadExample(file)
            let assessment = Assessor.assess(project, options: AssessmentOptions(asOf: Self.asOf))
            problems += Consistency.contradictions(assessment, project: project, asOf: Self.asOf).map { "\(file): \($0)" }
        }
        #expect(problems.isEmpty, Comment(rawValue: problems.prefix(20).joined(separator: "\n")))
    }

    @Test func noGeneratedProjectContradictsItself() {
        let corpus = GeneratedCorpus.projects()
        #expect(corpus.count > 2000)
        var problems: [String] = []
        var routes: [RouteKind: Int] = [:]
        var history = 0
        for (label, project) in corpus {
            let assessment = Assessor.assess(project, options: AssessmentOptions(asOf: Self.asOf))
            routes[assessment.route.kind, default: 0] += 1
            if project.plan.map({ ExerciseStage.of($0, asOf: Self.asOf).isHistory }) ?? false { history += 1 }
            problems += Consistency.contradictions(assessment, project: project, asOf: Self.asOf).map { "\(label): \($0)" }
        }
        print("consistency corpus: \(corpus.count) projects, routes \(routes.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key.rawValue) \($0.value)" }), \(history) judged as history")
        // The corpus must reach every route and the history stage, or the checks prove little.
        #expect(RouteKind.allCases.allSatisfy { (routes[$0] ?? 0) > 0 })
        #expect(history > corpus.count / 4)
        #expect(problems.isEmpty, Comment(rawValue: "\(problems.count) contradictions; first:\n" + problems.prefix(20).joined(separator: "\n")))
    }

    /// The benchmark generator's corpus, half of it in format 2 (parties, several exercises,
    /// promises, implementation, bodies outside the NHS duties). Needs python3, as the script does.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/python3"), "scripts/generate-projects.py needs python3"))
    func noScriptGeneratedProjectContradictsItself() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("involve-consistency-\(ProcessInfo.processInfo.processIdentifier)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let generator = Process()
        generator.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        generator.arguments = [TestSupport.repositoryRoot.appendingPathComponent("scripts/generate-projects.py").path,
                               "--count", "1500", "--seed", "12", "--format2-share", "0.5", "--out", folder.path]
        generator.standardError = FileHandle.nullDevice
        try generator.run()
        generator.waitUntilExit()
        #expect(generator.terminationStatus == 0)
        var problems: [String] = []
        var format2 = 0
        let files = (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".json") }.sorted()
        #expect(files.count == 1500)
        for file in files {
            let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(file)))
            guard case .success(let project) = ProjectLoader.load(bytes, file: file) else {
                problems.append("\(file): does not load")
                continue
            }
            if project.formatVersion == 2 { format2 += 1 }
            let assessment = Assessor.assess(project, options: AssessmentOptions(asOf: Self.asOf))
            problems += Consistency.contradictions(assessment, project: project, asOf: Self.asOf).map { "\(file): \($0)" }
        }
        #expect(format2 > 500)
        #expect(problems.isEmpty, Comment(rawValue: "\(problems.count) contradictions; first:\n" + problems.prefix(20).joined(separator: "\n")))
    }

    @Test func theCheckerCatchesAContradiction() {
        let project = GeneratedCorpus.projects().first { $0.1.organisation.kind == .localAuthority }?.1
            ?? TestSupport.icbProposal()
        let honest = Assessor.assess(project, options: AssessmentOptions(asOf: Self.asOf))
        let tampered = Assessment(
            projectID: honest.projectID, projectTitle: honest.projectTitle, organisation: honest.organisation, asOf: honest.asOf,
            verdict: .doesNotApply, verdictReason: honest.verdictReason, statutoryDuty: nil, openQuestions: [], audiences: [],
            findings: [], trail: [], nextSteps: ["Notify the Secretary of State of the reconfiguration (notifiable since 31 January 2024)."],
            sourceMap: honest.sourceMap, route: honest.route, fairness: honest.fairness, policy: honest.policy,
            dutyPath: honest.dutyPath)
        #expect(!Consistency.contradictions(tampered, project: project, asOf: Self.asOf).isEmpty)
    }

    static func projectFiles(in folder: URL) throws -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var found: [String] = []
        while let relative = walker.nextObject() as? String {
            guard relative.hasSuffix(".json"), !relative.hasPrefix("policy"), !relative.hasPrefix("records") else { continue }
            let text = try String(contentsOf: folder.appendingPathComponent(relative), encoding: .utf8)
            if text.contains("\"formatVersion\"") { found.append(relative) }
        }
        return found.sorted()
    }
}

/// What "contradict" means, as checks a reader would make.
enum Consistency {
    static func contradictions(_ assessment: Assessment, project: Project, asOf: CalendarDate) -> [String] {
        var problems: [String] = []
        let route = assessment.route
        let steps = assessment.nextSteps
        func stepSays(_ text: String) -> Bool { steps.contains { $0.contains(text) } }
        let nhsRoutes: [(String, RouteRequirement)] = [("scrutiny", route.scrutiny), ("notification", route.notification), ("assurance", route.assurance)]

        // A body the NHS routes do not bind, or a service that is not a health service, never gets them.
        let bound = project.bodies.contains { $0.kind.isBoundByScrutinyRegulations }
        let healthService = project.services?.nature?.isHealthService ?? true
        if !bound || !healthService {
            for (name, requirement) in nhsRoutes where requirement.level == .required || requirement.level == .likely || requirement.level == .urgencyExemption {
                problems.append("\(name) is \(requirement.level.rawValue) for a body or service the NHS routes do not bind")
            }
        }
        // Information only means no NHS route is required or likely.
        if route.kind == .informationOnly {
            for (name, requirement) in nhsRoutes where requirement.level == .required || requirement.level == .likely {
                problems.append("the route is information only but \(name) is \(requirement.level.rawValue)")
            }
            if stepSays("Plan how to involve") { problems.append("the route is information only but a next step plans involvement") }
        }
        // The headline and the route.
        if (assessment.verdict == .applies || assessment.verdict == .likelyApplies) && route.kind == .informationOnly {
            problems.append("the duty \(assessment.verdict.rawValue) but the route is information only")
        }
        if assessment.verdict == .undetermined && route.kind == .informationOnly {
            problems.append("the verdict is undetermined but the route is settled as information only")
        }
        if assessment.verdict == .doesNotApply && stepSays("Plan how to involve") {
            problems.append("the duty does not apply but a next step says to plan involvement under it")
        }
        // Next steps follow the route's requirements.
        if stepSays("Notify the Secretary of State") && route.notification.level != .required {
            problems.append("a next step notifies the Secretary of State, but notification is \(route.notification.level.rawValue)")
        }
        if stepSays("Agree NHS England service change assurance") && !(route.assurance.level == .required || route.assurance.level == .likely) {
            problems.append("a next step agrees NHS England assurance, but assurance is \(route.assurance.level.rawValue)")
        }
        if (stepSays("health scrutiny committee formally (reg 23)") || stepSays("formally (reg 23), giving")) && route.scrutiny.level != .required {
            problems.append("a next step consults the scrutiny committee, but scrutiny is \(route.scrutiny.level.rawValue)")
        }
        if stepSays("Agree with the health scrutiny committee whether") && route.scrutiny.level != .likely {
            problems.append("a next step agrees substance with the committee, but scrutiny is \(route.scrutiny.level.rawValue)")
        }
        // History is judged as history: nothing that has closed is told to change.
        let closed = project.plan.map { ExerciseStage.of($0, asOf: asOf).isHistory } ?? false
        if closed {
            let advice = ["Lengthen it", "lengthen it", "move or lengthen", "met before launch", "before the consultation launches",
                          "Carry out pre-consultation engagement", "while options are still open", "Discuss it with the local authority's health scrutiny committee now"]
            let said = steps + assessment.findings.map(\.message)
            for text in advice where said.contains(where: { $0.contains(text) }) {
                problems.append("the exercise has closed but the assessment says \"\(text)\"")
            }
        }
        return problems
    }
}

/// A deterministic corpus: every kind of body, service nature, change, stage and scrutiny status,
/// with and without common-law triggers, in format 1's shape and format 2's.
enum GeneratedCorpus {
    static func projects() -> [(String, Project)] {
        var corpus: [(String, Project)] = []
        let kinds = OrganisationKind.allCases
        let natures: [ServiceNature?] = [nil] + ServiceNature.allCases
        let changes: [ChangeKind] = [.closure, .relocation, .staffChange, .eligibility, .newProviderSameSpecification]
        let stages: [(String, InvolvementPlan?)] = [
            ("no-plan", nil),
            ("planning", plan(launch: "2027-03-01", close: "2027-05-23", decision: "2027-07-15")),
            ("open", plan(launch: "2026-11-02", close: "2027-01-24", decision: "2027-03-18")),
            ("closed-short", plan(launch: "2026-07-20", close: "2026-08-16", decision: "2026-12-17")),
            ("decided", plan(launch: "2026-01-12", close: "2026-02-08", decision: "2026-04-16")),
        ]
        let statuses: [ScrutinyStatus?] = [nil, .notContacted, .agreedSubstantial, .agreedNotSubstantial]
        var index = 0
        for kind in kinds {
            for nature in natures {
                for change in changes {
                    for (stageName, stagePlan) in stages {
                        for status in statuses {
                            index += 1
                            var exercise = stagePlan
                            if let status { exercise?.healthScrutiny = HealthScrutiny(status: status) }
                            let promise = index % 3 == 0
                            let twoBodies = index % 4 == 0
                            let format2 = nature != nil || twoBodies
                            let project = Project(
                                formatVersion: format2 ? 2 : 1, id: "GEN-\(index)", title: "Generated \(index)",
                                organisation: Organisation(name: "Body \(index)", kind: kind),
                                services: Services(relationship: index % 11 == 0 ? nil : index % 5 == 0 ? .provides : .commissionsAndProvides, nature: nature,
                                                   localAuthorityAreas: index % 7 == 0 ? ["A", "B"] : nil),
                                activities: [.proposalForChange], changes: [ServiceChange(kind: change, peopleAffected: 1000)],
                                commonLaw: CommonLawTriggers(promiseToConsult: promise, establishedPracticeOfConsulting: false),
                                affectedGroups: [AffectedGroup(name: "Group", protectedCharacteristics: [.age])],
                                staffAffected: true,
                                plan: format2 ? nil : exercise,
                                parties: twoBodies ? [Party(name: "Partner trust", kind: .nhsTrust, role: .provider, relationship: .provides)] : [],
                                exercises: format2 ? (exercise.map { [$0] } ?? []) : [])
                            corpus.append(("\(kind.rawValue)/\(nature?.rawValue ?? "-")/\(change.rawValue)/\(stageName)/\(status?.rawValue ?? "-")#\(index)", project))
                        }
                    }
                }
            }
        }
        return corpus
    }

    private static func plan(launch: String, close: String, decision: String) -> InvolvementPlan {
        InvolvementPlan(approach: .consult, planningStartDate: CalendarDate(iso: "2025-06-01"),
                        launchDate: CalendarDate(iso: launch), closeDate: CalendarDate(iso: close), decisionDate: CalendarDate(iso: decision),
                        audiences: [PlannedAudience(kind: .generalPublic), PlannedAudience(kind: .carers)],
                        optionsGenuinelyOpen: true, optionsDeliverable: true, decisionAlreadyTaken: false,
                        preConsultationEngagementDone: false)
    }
}
