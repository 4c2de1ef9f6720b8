/// The documents the rules rest on. Seeds are the copies kept in shared/seeds; statutes and
/// cases are cited by section and paragraph.
public enum SourceDocument: String, Sendable, CaseIterable {
    case statutoryGuidance = "guidance-2022"
    case nhsAct2006 = "nhs-act-2006"
    case healthScrutinyRegulations2013 = "health-scrutiny-regulations-2013"
    case reconfigurationRegulations2024 = "reconfiguration-regulations-2024"
    case equalityAct2010 = "equality-act-2010"
    case gunningCaseLaw = "gunning-case-law"
    case legitimateExpectationCaseLaw = "legitimate-expectation-case-law"
    case reconsultationCaseLaw = "reconsultation-case-law"
    case serviceChangeGuidance2018 = "nhse-service-change-2018"
    case northEastToolkit = "nenc-toolkit-2024"
    case southEastLondonToolkit = "sel-toolkit-2022"
    case involvePolicy = "involve-policy"

    public var title: String {
        switch self {
        case .statutoryGuidance:
            return "Working in partnership with people and communities: statutory guidance (NHS England, 4 July 2022, B1762)"
        case .nhsAct2006:
            return "National Health Service Act 2006, as amended by the Health and Care Act 2022"
        case .healthScrutinyRegulations2013:
            return "The Local Authority (Public Health, Health and Wellbeing Boards and Health Scrutiny) Regulations 2013 (SI 2013/218)"
        case .reconfigurationRegulations2024:
            return "NHS Act 2006 Schedule 10A and the reconfiguration regulations in force from 31 January 2024 (SI 2024/15, SI 2024/16)"
        case .equalityAct2010:
            return "Equality Act 2010"
        case .gunningCaseLaw:
            return "R v Brent LBC ex p Gunning (1985) 84 LGR 168; R (Moseley) v Haringey LBC [2014] UKSC 56"
        case .legitimateExpectationCaseLaw:
            return "R v North and East Devon HA ex p Coughlan [2001] QB 213 (promises and legitimate expectations)"
        case .reconsultationCaseLaw:
            return "R (Smith) v East Kent Hospital NHS Trust [2002] EWHC 2640 (Admin) (when a changed proposal needs fresh consultation)"
        case .serviceChangeGuidance2018:
            return "Planning, assuring and delivering service change for patients (NHS England, 2018)"
        case .northEastToolkit:
            return "North East and North Cumbria ICB Involvement Toolkit (March 2024)"
        case .southEastLondonToolkit:
            return "Engagement toolkit: working with people and communities (South East London ICS, August 2022)"
        case .involvePolicy:
            return "involve policy: the built-in involve-default or an organisation's own policy file (local good practice, not law)"
        }
    }
}

/// Where a rule comes from, precisely enough for a reader to check it without the code.
public struct Citation: Sendable, Hashable {
    public let document: SourceDocument
    /// Section, annex, regulation or paragraph, for example "Annex B1, Step 3" or "s14Z45(2)".
    public let section: String
    /// A short verbatim quote (under 40 words), or nil for statute sections cited by number.
    public let quote: String?
    /// Line numbers in the seed copy (shared/seeds), for example "1105-1106".
    public let lines: String?

    public init(_ document: SourceDocument, _ section: String, quote: String? = nil, lines: String? = nil) {
        self.document = document
        self.section = section
        self.quote = quote
        self.lines = lines
    }

    /// One line for people: `statutory guidance 2022, Annex B1, Step 2 (line 1064): "…"`.
    public var shortText: String {
        var text = document.rawValue + ", " + section
        if let lines { text += " (line\(lines.contains("-") || lines.contains(",") ? "s" : "") \(lines))" }
        if let quote { text += ": \"" + quote + "\"" }
        return text
    }
}

extension Citation {
    /// The statutory guidance (seed 001), the source of most rules.
    static func guidance(_ section: String, lines: String, _ quote: String) -> Citation {
        Citation(.statutoryGuidance, section, quote: quote, lines: lines)
    }

    static func statute(_ section: String, _ quote: String? = nil) -> Citation {
        Citation(.nhsAct2006, section, quote: quote)
    }
}
