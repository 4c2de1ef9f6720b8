/// The documents the rules rest on, named for readers by title, publisher and year, with
/// their public address. Guidance is cited by section heading; statutes by section and
/// regulation; cases by name and neutral citation.
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
            return "R v North and East Devon HA ex p Coughlan [1999] EWCA Civ 1871, [2001] QB 213 (promises and legitimate expectations)"
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

    /// How a citation names the document: short title, then publisher and year.
    public var citedAs: String {
        switch self {
        case .statutoryGuidance: return "Working in partnership with people and communities (NHS England, 2022)"
        case .nhsAct2006: return "NHS Act 2006"
        case .healthScrutinyRegulations2013: return "Health Scrutiny Regulations 2013 (SI 2013/218)"
        case .reconfigurationRegulations2024: return "NHS Act 2006 Schedule 10A and the reconfiguration regulations 2024"
        case .equalityAct2010: return "Equality Act 2010"
        case .gunningCaseLaw: return "R v Brent LBC ex p Gunning (1985); R (Moseley) v Haringey LBC [2014] UKSC 56"
        case .legitimateExpectationCaseLaw: return "R v North and East Devon HA, ex p Coughlan [1999] EWCA Civ 1871, [2001] QB 213"
        case .reconsultationCaseLaw: return "R (Smith) v East Kent Hospital NHS Trust [2002] EWHC 2640 (Admin)"
        case .serviceChangeGuidance2018: return "Planning, assuring and delivering service change for patients (NHS England, 2018)"
        case .northEastToolkit: return "Involvement Toolkit (North East and North Cumbria ICB, 2024)"
        case .southEastLondonToolkit: return "Engagement toolkit: working with people and communities (South East London ICS, 2022)"
        case .involvePolicy: return "involve policy (local good practice, not law)"
        }
    }

    /// Who publishes the document, and when.
    public var publisher: String {
        switch self {
        case .statutoryGuidance: return "NHS England, 4 July 2022"
        case .nhsAct2006, .equalityAct2010: return "UK Parliament (legislation.gov.uk), as amended"
        case .healthScrutinyRegulations2013: return "Department of Health, 2013 (legislation.gov.uk), as amended"
        case .reconfigurationRegulations2024: return "UK Parliament and Department of Health and Social Care, 2024 (legislation.gov.uk)"
        case .gunningCaseLaw: return "High Court 1985; UK Supreme Court 2014"
        case .legitimateExpectationCaseLaw: return "Court of Appeal, 1999"
        case .reconsultationCaseLaw: return "High Court (Administrative Court), 4 December 2002"
        case .serviceChangeGuidance2018: return "NHS England, March 2018 (with its May 2022 addendum)"
        case .northEastToolkit: return "NHS North East and North Cumbria Integrated Care Board, March 2024"
        case .southEastLondonToolkit: return "South East London Integrated Care System, August 2022"
        case .involvePolicy: return "the organisation using involve"
        }
    }

    /// Where a reader finds the document; nil for the policy, which is the organisation's own.
    /// A toolkit published by a local body is given by its publisher's site.
    public var address: String? {
        switch self {
        case .statutoryGuidance: return "https://www.england.nhs.uk/long-read/working-in-partnership-with-people-and-communities-statutory-guidance/"
        case .nhsAct2006: return "https://www.legislation.gov.uk/ukpga/2006/41/contents"
        case .healthScrutinyRegulations2013: return "https://www.legislation.gov.uk/uksi/2013/218/contents/made"
        case .reconfigurationRegulations2024: return "https://www.legislation.gov.uk/ukpga/2006/41/schedule/10A"
        case .equalityAct2010: return "https://www.legislation.gov.uk/ukpga/2010/15/contents"
        case .gunningCaseLaw: return "https://www.bailii.org/uk/cases/UKSC/2014/56.html"
        case .legitimateExpectationCaseLaw: return "https://www.bailii.org/ew/cases/EWCA/Civ/1999/1871.html"
        case .reconsultationCaseLaw: return "https://www.bailii.org/ew/cases/EWHC/Admin/2002/2640.html"
        case .serviceChangeGuidance2018: return "https://www.england.nhs.uk/publication/planning-assuring-and-delivering-service-change-for-patients/"
        case .northEastToolkit: return "https://northeastnorthcumbria.nhs.uk/about-us/publications/"
        case .southEastLondonToolkit: return "https://selondonics.org"
        case .involvePolicy: return nil
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
    /// Line numbers in the project's plain-text copy of the document, for example "1105-1106":
    /// test data that checks the quote is verbatim, never shown to readers (they have the
    /// published document, whose sections `section` names).
    public let lines: String?

    public init(_ document: SourceDocument, _ section: String, quote: String? = nil, lines: String? = nil) {
        self.document = document
        self.section = section
        self.quote = quote
        self.lines = lines
    }

    /// One line for people: the document by name, publisher and year, the section, and the
    /// quote: `Working in partnership with people and communities (NHS England, 2022), Annex B1,
    /// Step 2: "…"`.
    public var shortText: String {
        Citation.reference(document.citedAs, section, quote: quote)
    }

    /// The one-line form from its parts, shared with citations kept in decision records.
    public static func reference(_ citedAs: String, _ section: String, quote: String?) -> String {
        var text = citedAs + ", " + section
        if let quote { text += ": \"" + quote + "\"" }
        return text
    }
}

extension Citation {
    /// The statutory guidance, the source of most rules.
    static func guidance(_ section: String, lines: String, _ quote: String) -> Citation {
        Citation(.statutoryGuidance, section, quote: quote, lines: lines)
    }

    static func statute(_ section: String, _ quote: String? = nil) -> Citation {
        Citation(.nhsAct2006, section, quote: quote)
    }
}
