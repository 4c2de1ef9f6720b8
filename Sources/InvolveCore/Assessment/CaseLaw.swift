/// Where a case citation was checked: in the judgment itself, or only in a secondary source
/// (a law report digest, a chambers note, a law firm's note). A lawyer relying on a secondary
/// reading should read the paragraph in the judgment before citing it.
public enum CaseVerification: String, Sendable, Hashable {
    case judgment = "read in the judgment"
    case secondary = "read in a secondary source"
}

/// One judgment behind a rule: its name, neutral citation or law report, the paragraph where the
/// point was seen, a short quote where one was read, what it held, and how it was verified.
public struct CaseCitation: Sendable, Hashable {
    public let name: String
    /// Neutral citation or law report, for example "[2014] UKSC 56".
    public let citation: String
    /// The paragraph where the point was seen, for example "[27]", or nil when none was seen.
    public let paragraph: String?
    /// A short quote, under 40 words, where one was read; nil otherwise.
    public let quote: String?
    /// What the court held on the point, in one sentence.
    public let held: String
    public let verification: CaseVerification
    /// Where it was read: the judgment's publisher, or the secondary source by name.
    public let readIn: String

    public init(name: String, citation: String, paragraph: String? = nil, quote: String? = nil, held: String,
                verification: CaseVerification, readIn: String) {
        self.name = name
        self.citation = citation
        self.paragraph = paragraph
        self.quote = quote
        self.held = held
        self.verification = verification
        self.readIn = readIn
    }

    /// "R (Moseley) v Haringey LBC [2014] UKSC 56 at [27]" — how the trail names a case.
    public var shortName: String { name + " " + citation + (paragraph.map { " at " + $0 } ?? "") }
}

/// The leading cases behind the Gunning, urgency, common-law and route rules. Each was found in a
/// public source; `verification` says whether the paragraph was read in the judgment or only in a
/// secondary source. Cases that were looked for but not found are not cited (docs/route-and-fairness.md,
/// "Case law").
public enum CaseLaw {
    public static let gunning = CaseCitation(
        name: "R v Brent LBC, ex p Gunning", citation: "(1985) 84 LGR 168",
        held: "Formulated (from Stephen Sedley QC's argument) the four requirements of a fair consultation: a formative stage, sufficient reasons, adequate time, conscientious consideration.",
        verification: .secondary,
        readIn: "R. Clayton QC, UK Constitutional Law blog (16 March 2015); Bindmans LLP, 'Putting Moseley in a box? Recent cases on consultation' (2015). No public copy of the 1985 judgment was found")

    public static let coughlan = CaseCitation(
        name: "R v North and East Devon Health Authority, ex p Coughlan", citation: "[1999] EWCA Civ 1871, [2001] QB 213", paragraph: "[108], [117]",
        quote: "To be proper, consultation must be undertaken at a time when proposals are still at a formative stage",
        held: "Consultation, whether or not required, must if embarked upon be carried out properly, meeting the Gunning criteria; this health authority's consultation was not flawed by any significant non-compliance with them.",
        verification: .secondary,
        readIn: "Legal Action Group, Community Care Law Reports digest 3.13 (quoting [108] and [117]); good-government.info's copy of [108], which gives the neutral citation; R (Sumpter) v SSWP [2014] EWHC 2434 (Admin) at [94], as quoted by 11KBW, for [108]. No public copy of the judgment beyond the first page of the law report was found")

    public static let moseley = CaseCitation(
        name: "R (Moseley) v Haringey LBC", citation: "[2014] UKSC 56", paragraph: "[25], [27]-[28]",
        quote: "Consulting about a proposal does inevitably involve inviting and considering views about possible alternatives.",
        held: "The Supreme Court endorsed the Gunning criteria ([25]); fairness sometimes requires information about discarded alternatives ([27]-[28]), and Haringey's consultation was unfair because it gave the misleading impression that there were no other ways of meeting the shortfall; the quote is Pitchford LJ's words, which Lord Wilson approved.",
        verification: .secondary,
        readIn: "R (T) v Trafford MBC [2015] EWHC 369 (Admin) at [36], as digested by the Legal Action Group (3.42), for [27]-[28] and the quote; R. Clayton QC, UK Constitutional Law blog (16 March 2015), and Kebbell v Leeds CC [2018] EWCA Civ 450 (Singh LJ, quoting Lord Wilson \"at para. 25\"), for [25]; R (Robson) v Salford CC [2015] EWCA Civ 6 at [29], as quoted by 11KBW; the judgment's opening only (vdocuments copy of the UKSC judgment)")

    public static let robson = CaseCitation(
        name: "R (Robson) v Salford CC", citation: "[2015] EWCA Civ 6", paragraph: "[22], [29], [32]-[35]",
        quote: "the decision in Moseley is largely an endorsement at Supreme Court level of principles already established at the level of the Court of Appeal",
        held: "Moseley is largely an endorsement of settled principle ([22]); a consultation whose material lacked clarity was still fair where any sensible reader would have understood the proposal and its alternatives.",
        verification: .secondary,
        readIn: "11KBW Local Government Law blog, 'Consultation' (22 January 2015, quoting [22], [29], [34]-[35]); Legal Action Group digest 3.39 (quoting [32]); the judgment's opening (National Archives Find Case Law)")

    public static let eisai = CaseCitation(
        name: "R (Eisai Ltd) v National Institute for Health and Clinical Excellence", citation: "[2008] EWCA Civ 438", paragraph: "[65]",
        quote: "the court should in my view be very slow to allow administrative considerations of this kind to stand in the way of its release",
        held: "Fairness required NICE to release the fully executable economic model on which its appraisal rested, not only a read-only version, so that consultees could test it; the court should be very slow to let administrative considerations stand in the way ([65]).",
        verification: .secondary,
        readIn: "Legal Action Group digest 3.24 (quoting [65]); swarb.co.uk case note; the judgment's opening (BAILII, National Archives Find Case Law)")

    public static let lawSociety = CaseCitation(
        name: "R (Law Society) v Lord Chancellor", citation: "[2018] EWHC 2094 (Admin)", paragraph: "[86], [93]-[94], [97]",
        quote: "the failure to disclose this information was a fundamental flaw in the consultation process which made it so unfair as to be unlawful",
        held: "Consultees were not shown the analysis officials had prepared on the crucial question the proposal rested on; the consultation was unfair and the regulations were quashed.",
        verification: .secondary,
        readIn: "Blackstone Chambers news note on the judgment (quoting [86], [94], [97]; citing [93]); the judgment's opening (National Archives Find Case Law)")

    public static let saveOurSurgery = CaseCitation(
        name: "R (Save Our Surgery Ltd) v Joint Committee of Primary Care Trusts", citation: "[2013] EWHC 439 (Admin)",
        held: "Failing to disclose the quality sub-scores, a relevant consideration in choosing which surgical centres should remain, meant consultees could not respond meaningfully; the decision was later quashed in part, for re-consultation on Leeds.",
        verification: .secondary,
        readIn: "Jordan Publishing, (2013) PLLR 048; Halifax Courier (March 2013) on the quashing order; the judgment's opening (National Archives Find Case Law)")

    public static let greenpeace = CaseCitation(
        name: "R (Greenpeace Ltd) v Secretary of State for Trade and Industry", citation: "[2007] EWHC 311 (Admin)", paragraph: "[116]-[117]",
        quote: "the information given to consultees was wholly insufficient to enable them to make \"an intelligent response\"",
        held: "A consultation promised as the fullest public consultation was very seriously flawed: it contained no proposals, insufficient and misleading information, and the key material emerged only after it closed.",
        verification: .secondary,
        readIn: "reckon.co.uk note quoting [116]-[117]; Monckton Chambers news (2007); the judgment's opening (National Archives Find Case Law)")

    public static let nettleship = CaseCitation(
        name: "R (Nettleship) v NHS South Tyneside CCG", citation: "[2020] EWCA Civ 46", paragraph: "[56], [59]",
        held: "Under the NHS Act involvement duty (then s14Z2) a CCG need not consult on options it has judged unviable, unrealistic or unsustainable, because they are not proposals for change; the reconfiguration consultation was lawful.",
        verification: .secondary,
        readIn: "1 Crown Office Row, 'Judicial review and reconfiguration' (March 2020), for the holding at [56] and [59]; Mills & Reeve note (February 2020), for the discussion of the consultation grounds at [54]-[68]; the judgment's heading and opening (National Archives Find Case Law; BAILII)")

    public static let buckingham = CaseCitation(
        name: "R (Buckingham) v NHS Corby CCG", citation: "[2018] EWHC 2080 (Admin)",
        quote: "The limited opportunity to put questions (rather to provide information or to give views) and the absence of any opportunity to respond to the response did not, in my judgment, amount to the involvement contemplated by the subsection.",
        held: "Plain and unequivocal assurances that public consultation would follow engagement created a legitimate expectation; a public meeting allowing only questions, with no chance to respond, was not involvement under s14Z2; the decision was quashed.",
        verification: .secondary,
        readIn: "Local Government Lawyer (2018, quoting the judgment); Landmark Chambers news; zoomlaw.co.uk summary; the judgment's opening (National Archives Find Case Law)")

    public static let morris = CaseCitation(
        name: "R (Morris) v Trafford Healthcare NHS Trust", citation: "[2006] EWHC 2334 (Admin)",
        quote: "I do not accept that the need to close the wards at Altrincham General Hospital was so urgent that no public consultation should take place",
        held: "Inpatient wards closed \"with immediate effect\" without public consultation were closed unlawfully under the involvement duty (then s11 Health and Social Care Act 2001); the judge did not accept that the need was so urgent that no consultation should take place, but did not order the wards reopened.",
        verification: .secondary,
        readIn: "Legal Action Group digest 3.21; BBC News (22 September 2006) quoting Hodge J; the judgment's opening paragraphs [1]-[4] (sochealth.co.uk copy; BAILII)")

    public static let article39 = CaseCitation(
        name: "R (Article 39) v Secretary of State for Education", citation: "[2020] EWCA Civ 1577", paragraph: "[90]",
        held: "The court declared that, even for temporary amendments made in response to the pandemic, the Secretary of State acted unlawfully by failing to consult the Children's Commissioner and other bodies representing the rights of children in care; the urgency did not preclude a short informal consultation.",
        verification: .secondary,
        readIn: "Local Government Lawyer (2020, quoting Baker LJ); Article 39's report of the judgment (quoting the declaration at [90]); The Times law report (30 December 2020); BDB Pitmans note; the judgment's opening (National Archives Find Case Law)")

    public static let shaw = CaseCitation(
        name: "R (Shaw) v Secretary of State for Education", citation: "[2020] EWHC 2216 (Admin)",
        held: "Ministers were entitled to act urgently at the start of the pandemic; informal engagement with stakeholders was adequate in the circumstances, and the consultation ground failed.",
        verification: .secondary,
        readIn: "zoomlaw.co.uk summary; the judgment's opening paragraphs (National Archives Find Case Law)")

    public static let stephenson = CaseCitation(
        name: "Stephenson v Secretary of State for Housing, Communities and Local Government", citation: "[2019] EWHC 519 (Admin)",
        held: "Having consulted, the Secretary of State acted unlawfully by not taking into account consultees' scientific evidence that bore directly on the policy's evidence base.",
        verification: .secondary,
        readIn: "Matrix Chambers judgment note; 11KBW case note (citing [52]-[57] on the consultation's scope); the judgment's opening paragraphs (BAILII)")

    public static let dat = CaseCitation(
        name: "R (DAT) v West Berkshire Council", citation: "[2016] EWHC 1876 (Admin)",
        held: "A decision re-taken after members were told they could not rescind the earlier one showed a clear appearance of predetermination and had no effect.",
        verification: .secondary,
        readIn: "zoomlaw.co.uk summary; the judgment's opening (BAILII)")

    public static let plantagenet = CaseCitation(
        name: "R (Plantagenet Alliance Ltd) v Secretary of State for Justice", citation: "[2014] EWHC 1662 (QB)", paragraph: "[98]",
        quote: "There is no general duty to consult at Common Law.",
        held: "A duty to consult arises from statute, a promise, an established practice, or, exceptionally, conspicuous unfairness; none arose for the reburial decision.",
        verification: .secondary,
        readIn: "swarb.co.uk case note; 11KBW blog quoting R (NCCL) v SSHD [2024] EWHC 1181 (Admin) at [153]; the neutral citation and court (Divisional Court, QBD) from the judgment's heading (National Archives Find Case Law)")

    public static let copson = CaseCitation(
        name: "R (Copson) v Dorset Healthcare University NHS Foundation Trust", citation: "[2013] EWHC 732 (Admin)",
        held: "A trust's consultation on closing community mental health beds was lawful: it followed long engagement, and consultees need not be given all the information material to the decision.",
        verification: .secondary,
        readIn: "Jordan Publishing, (2013) PLLR 050; zoomlaw.co.uk summary; the judgment's opening (BAILII)")

    public static let helpRefugees = CaseCitation(
        name: "R (Help Refugees Ltd) v Secretary of State for the Home Department", citation: "[2018] EWCA Civ 2098",
        held: "A statutory consultation of local authorities, taken as a whole, was not so unfair as to be unlawful; the decision-maker has a broad discretion in how it gathers and treats the responses.",
        verification: .secondary,
        readIn: "zoomlaw.co.uk summary; the judgment's opening (BAILII)")

    public static let juttla = CaseCitation(
        name: "R (Juttla) v Hertfordshire Valleys CCG", citation: "[2018] EWHC 267 (Admin)", paragraph: "[1]",
        quote: "the defendant must now comply with its legal duty formally to consult Hertfordshire County Council (HCC) about its proposal to withdraw that funding",
        held: "A CCG's resolution to withdraw £600,000 a year of funding from a respite service for children with complex medical needs was set aside, and the CCG had to consult the county council formally about the proposal.",
        verification: .judgment,
        readIn: "National Archives Find Case Law, caselaw.nationalarchives.gov.uk/ewhc/admin/2018/267, at [1]. That the duty was reg 23 of the 2013 Regulations, because the services were health services, was read only in Local Government Lawyer (2018, quoting the judgment), the zoomlaw.co.uk summary and the 11KBW Local Government Law blog (2018)")

    public static let pow = CaseCitation(
        name: "R v North and East Devon Health Authority, ex p Pow", citation: "[1997] EWHC Admin 765, (1998) 1 CCLR 280",
        quote: "a proposal to close Lynton and Winsford's health services temporarily was of sufficient cogency by 9th April 1997 as to trigger the duty to consult",
        held: "A temporary closure proposed to make savings triggered the duty to consult the Community Health Council; the argument that the decision had to be taken without allowing time for consultation was rejected.",
        verification: .secondary,
        readIn: "swarb.co.uk case note (quoting Moses J); the judgment's opening paragraphs [1]-[4] (BAILII)")

    public static let glatter = CaseCitation(
        name: "R (Glatter) v NHS Herts Valleys CCG", citation: "[2021] EWHC 12 (Admin)", paragraph: "[1]-[2]",
        held: "A challenge to a CCG's decisions, made without public consultation, to rule out new-build hospital options as too expensive ([2]) and to support redeveloping the existing Watford site was dismissed: the options process met the duty to involve the public, which did not require full public consultation.",
        verification: .secondary,
        readIn: "the judgment's opening [1]-[2] (National Archives Find Case Law) for the decisions challenged; Capsticks insight (2021; Capsticks acted for the trust) and Local Government Lawyer (2021) for the outcome and reasons")

    /// The leading cases for a rule, by rule id; empty for rules no judgment found decides.
    public static func leading(for ruleID: String) -> [CaseCitation] {
        byRule[ruleID] ?? []
    }

    static let byRule: [String: [CaseCitation]] = [
        "gunning-scope": [coughlan, moseley],
        "gunning-1-formative": [gunning, coughlan, dat],
        "gunning-2-information": [moseley, eisai, lawSociety, saveOurSurgery, greenpeace, nettleship, glatter, robson, copson],
        "gunning-3-time": [gunning, coughlan],
        "gunning-3-length": [gunning, coughlan],
        "gunning-4-conscientious": [stephenson, coughlan, helpRefugees],
        "urgency-justification": [morris, pow, article39, shaw],
        "route-scrutiny-urgency": [morris, pow],
        "route-scrutiny-consultation": [juttla, pow],
        "common-law-consult": [plantagenet, buckingham, greenpeace],
        "route-plan-approach": [buckingham, nettleship],
        "plan-audience-left-out": [article39],
    ]
}

extension Rule {
    /// The leading judgments behind this rule (`CaseLaw`).
    public var cases: [CaseCitation] { CaseLaw.leading(for: id) }
}
