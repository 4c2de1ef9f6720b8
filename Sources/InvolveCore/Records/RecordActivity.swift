/// What an organisation did about involvement on one project, as its decision record says,
/// beside the route the assessment gave. Annual reports "must show how their public
/// involvement duties have been met" and should include "the key involvement activities that
/// have taken place" (seed 001 lines 1340, 1346): that is what was done, which is not always
/// what the assessment said was needed (a consultation where engagement was enough,
/// engagement where the indicators of a substantial change pointed to consultation).
///
/// What was done comes from the facts the project file states, never from the words of the
/// decision: the involvement plan's approach, where the organisation stands with the health
/// scrutiny committee, and whether the Secretary of State was notified. A fact the file does
/// not state is "not recorded", never assumed either way. An approach whose plan opens after
/// the end of the reporting period was chosen in it but not run in it, and is not counted as
/// done.
public struct RecordActivity: Sendable, Equatable {
    /// The approach in the involvement plan, or nil when the plan does not give one (or there
    /// is no plan).
    public let approach: InvolvementApproach?
    /// When the plan opens, if it says.
    public let launchDate: CalendarDate?
    /// The plan opens after the end of the period being reported on.
    public let beginsAfterPeriod: Bool
    /// Where the organisation stands with the health scrutiny committee, or nil when not recorded.
    public let scrutiny: ScrutinyStatus?
    /// Whether the Secretary of State was notified, or nil when not recorded.
    public let secretaryOfStateNotified: Bool?
    /// The main kind of the assessed route (public consultation, engagement or information
    /// only), or nil when the route was not assessed or could not be settled.
    public let assessed: RecordRouteKind?
    /// The route kinds beside the main one that the assessment gave (scrutiny consultation,
    /// notice to the Secretary of State, assurance).
    public let assessedKinds: [RecordRouteKind]

    /// - Parameter periodEnd: the last day of the period reported on, or nil for no period
    ///   (one record on its own).
    public init(_ record: DecisionRecord, periodEnd: CalendarDate? = nil) {
        self.init(approach: record.plan?.approach.flatMap(InvolvementApproach.init(rawValue:)),
                  launchDate: record.plan?.launchDate,
                  scrutiny: record.plan?.scrutinyStatus.flatMap(ScrutinyStatus.init(rawValue:)),
                  secretaryOfStateNotified: record.plan?.secretaryOfStateNotified,
                  routeKinds: record.route?.kinds, periodEnd: periodEnd)
    }

    /// From what a record says, as the annual report keeps it (`ReportedRecord`).
    public init(approach: InvolvementApproach?, launchDate: CalendarDate?, scrutiny: ScrutinyStatus?,
                secretaryOfStateNotified: Bool?, routeKinds: [RecordRouteKind]?, periodEnd: CalendarDate?) {
        self.approach = approach
        self.launchDate = launchDate
        beginsAfterPeriod = launchDate.map { launch in periodEnd.map { launch > $0 } ?? false } ?? false
        self.scrutiny = scrutiny
        self.secretaryOfStateNotified = secretaryOfStateNotified
        let kinds = routeKinds ?? []
        assessedKinds = kinds
        assessed = RecordActivity.mainKinds.first { kinds.contains($0) }
    }

    /// The main route kinds, the most demanding first: a consultation route also lists the
    /// engagement before it, and the consultation is what it is.
    static let mainKinds: [RecordRouteKind] = [.publicConsultation, .engagement, .informationOnly]

    /// The route kind the approach run corresponds to: co-production is a way of involving
    /// people at least as full as engagement (seed 001 line 540), so it answers an engagement
    /// route; information only involves no one. Nil when no approach is recorded or it opens
    /// after the period.
    public var done: RecordRouteKind? { beginsAfterPeriod ? nil : chosen }

    /// The route kind of the approach chosen, whenever it runs.
    public var chosen: RecordRouteKind? {
        switch approach {
        case .inform?: return .informationOnly
        case .engage?, .coProduce?: return .engagement
        case .consult?: return .publicConsultation
        case nil: return nil
        }
    }

    /// Whether what was done differs from the route assessed; nil when either is not recorded.
    public var differs: Bool? {
        guard let done, let assessed else { return nil }
        return done != assessed
    }

    /// The health scrutiny committee has been (or is being) formally consulted (reg 23).
    public var scrutinyConsulted: Bool { scrutiny == .consulted }

    /// The assessment gave consultation of the health scrutiny committee as part of the route.
    public var scrutinyAssessed: Bool { assessedKinds.contains(.scrutinyConsultation) }

    /// The assessment gave notice to the Secretary of State as part of the route.
    public var notificationAssessed: Bool { assessedKinds.contains(.secretaryOfStateNotification) }
}
