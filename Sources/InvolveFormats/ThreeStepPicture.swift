import InvolveCore

/// The picture at the top of the HTML assessment: NHS England's three-step test as three boxes
/// leading to the verdict, marked with the path this project took, then the route and the four
/// Gunning principles. Inline SVG with a title and a description; every mark is also a word
/// (never colour alone), the colours have at least 3:1 contrast with the page, and a list under
/// the picture says the same in text.
enum ThreeStepPicture {
    typealias W = HTMLWriter

    static let stepTitles = ["Step 1: a body the duty binds, for its services",
                             "Step 2: planning, a proposal or an operational decision",
                             "Step 3: an impact on delivery or range"]
    static let stepShortTitles = ["Step 1: body and services", "Step 2: type of activity", "Step 3: impact"]

    struct Look {
        let fill: String
        let stroke: String
        let dashed: Bool
        let word: String
    }

    static func look(_ mark: DutyPath.Mark) -> Look {
        switch mark {
        case .yes: return Look(fill: "#e6f4ea", stroke: "#007f3b", dashed: false, word: "Yes")
        case .likely: return Look(fill: "#e6f4ea", stroke: "#007f3b", dashed: true, word: "Likely")
        case .no: return Look(fill: "#eef1f3", stroke: "#425563", dashed: false, word: "No")
        case .unlikely: return Look(fill: "#eef1f3", stroke: "#425563", dashed: true, word: "Unlikely")
        case .unknown: return Look(fill: "#fff4d6", stroke: "#8a5a00", dashed: true, word: "Not stated")
        case .notReached: return Look(fill: "#ffffff", stroke: "#768692", dashed: true, word: "Not reached")
        }
    }

    static func look(_ status: PrincipleStatus) -> Look {
        switch status {
        case .met: return Look(fill: "#e6f4ea", stroke: "#007f3b", dashed: false, word: "Met")
        case .atRisk: return Look(fill: "#fff4d6", stroke: "#8a5a00", dashed: false, word: "At risk")
        case .notMet: return Look(fill: "#fbe3e1", stroke: "#d5281b", dashed: false, word: "Not met")
        case .notAssessable: return Look(fill: "#ffffff", stroke: "#768692", dashed: true, word: "Not assessable")
        }
    }

    static func verdictLook(_ verdict: DutyVerdict) -> Look {
        switch verdict {
        case .applies: return Look(fill: "#003087", stroke: "#003087", dashed: false, word: "Applies")
        case .likelyApplies: return Look(fill: "#005eb8", stroke: "#003087", dashed: false, word: "Likely to apply")
        case .unlikelyToApply: return Look(fill: "#425563", stroke: "#212b32", dashed: false, word: "Unlikely to apply")
        case .doesNotApply: return Look(fill: "#425563", stroke: "#212b32", dashed: false, word: "Does not apply")
        case .undetermined: return Look(fill: "#8a5a00", stroke: "#5c3c00", dashed: false, word: "Undetermined")
        }
    }

    /// A one-sentence text alternative for the whole picture.
    static func description(_ assessment: Assessment) -> String {
        let steps = assessment.dutyPath.steps.enumerated().map { index, step in
            "step \(index + 1) \(look(step.mark).word.lowercased())"
        }.joined(separator: ", ")
        let gunning = assessment.fairness.principles.map { "\($0.principle.rawValue) \($0.status.displayName)" }.joined(separator: ", ")
        return "The three-step test: \(steps); the duty \(verdictLook(assessment.verdict).word.lowercased()). "
            + "Route: \(assessment.route.kind.headline) (\(RouteAndFairnessText.label(assessment.route.level))). Gunning principles: \(gunning)."
    }

    static func write(_ assessment: Assessment, id: String, into html: inout HTMLWriter) {
        html.open("svg", ["viewBox": "0 0 720 260", "width": "100%", "role": "img",
                          "aria-labelledby": "\(id)-title \(id)-desc", "class": "picture"])
        html.element("title", ["id": "\(id)-title"], text: "The three-step test, the route and the Gunning principles for this project")
        html.element("desc", ["id": "\(id)-desc"], text: description(assessment))
        let path = assessment.dutyPath
        for (index, step) in path.steps.enumerated() {
            let x = 8 + index * 180
            box(x: x, y: 16, width: 160, height: 64, look(step.mark), lines: [stepShortTitles[index], look(step.mark).word], into: &html)
            arrow(fromX: x + 160, toX: x + 180, y: 48, into: &html)
        }
        let verdict = verdictLook(assessment.verdict)
        html.empty("rect", ["x": "548", "y": "16", "width": "164", "height": "64", "rx": "6",
                            "fill": verdict.fill, "stroke": verdict.stroke, "stroke-width": "2"])
        text(x: 630, y: 42, "The duty to involve", bold: false, colour: "#ffffff", into: &html)
        text(x: 630, y: 64, verdict.word, bold: true, colour: "#ffffff", into: &html)

        let route = assessment.route
        let routeLook = Look(fill: "#e8edee", stroke: "#005eb8", dashed: route.level == .undetermined, word: "")
        box(x: 8, y: 104, width: 704, height: 52, routeLook,
            lines: ["Route: \(route.kind.headline) (\(RouteAndFairnessText.label(route.level)))",
                    outside(route)], into: &html)

        let application = assessment.fairness.application == .formal ? "formally" : "as advice"
        text(x: 12, y: 182, "Gunning principles (\(application))", bold: true, colour: "#212b32", anchor: "start", into: &html)
        for (index, principle) in assessment.fairness.principles.enumerated() {
            let x = 8 + index * 178
            let principleLook = look(principle.status)
            box(x: x, y: 192, width: 170, height: 56, principleLook,
                lines: ["\(principle.principle.rawValue) \(shortTitle(principle.principle))", principleLook.word], into: &html)
        }
        html.close()
    }

    /// What the route needs from outside the organisation, in words short enough for the box.
    static func outside(_ route: RouteAssessment) -> String {
        [("health scrutiny committee", route.scrutiny), ("Secretary of State", route.notification), ("NHS England assurance", route.assurance)]
            .filter { $0.1.level == .required || $0.1.level == .likely }
            .map { "\($0.0): \(RouteAndFairnessText.label($0.1.level))" + ($0.1.done ? ", done" : "") }
            .joined(separator: " · ")
    }

    static func shortTitle(_ principle: GunningPrinciple) -> String {
        switch principle {
        case .formativeStage: return "formative stage"
        case .sufficientInformation: return "information"
        case .adequateTime: return "time"
        case .conscientiousConsideration: return "consideration"
        }
    }

    private static func box(x: Int, y: Int, width: Int, height: Int, _ look: Look, lines: [String], into html: inout HTMLWriter) {
        var attributes: [(String, String)] = [("x", "\(x)"), ("y", "\(y)"), ("width", "\(width)"), ("height", "\(height)"), ("rx", "6"),
                                              ("fill", look.fill), ("stroke", look.stroke), ("stroke-width", "2")]
        if look.dashed { attributes.append(("stroke-dasharray", "6 4")) }
        html.raw("<rect" + attributes.map { " \($0.0)=\"\(HTMLText.escape($0.1))\"" }.joined() + "/>")
        let lines = lines.filter { !$0.isEmpty }
        let lineHeight = 20
        let first = y + height / 2 - (lines.count - 1) * lineHeight / 2 + 5
        for (index, line) in lines.enumerated() {
            text(x: x + width / 2, y: first + index * lineHeight, line, bold: index > 0, colour: "#212b32", into: &html)
        }
    }

    private static func text(x: Int, y: Int, _ content: String, bold: Bool, colour: String, anchor: String = "middle", into html: inout HTMLWriter) {
        html.element("text", ["x": "\(x)", "y": "\(y)", "text-anchor": anchor, "fill": colour,
                              "font-size": "13", "font-weight": bold ? "bold" : "normal"], text: content)
    }

    private static func arrow(fromX: Int, toX: Int, y: Int, into html: inout HTMLWriter) {
        html.empty("path", ["d": "M\(fromX + 2) \(y) L\(toX - 4) \(y) M\(toX - 9) \(y - 5) L\(toX - 3) \(y) L\(toX - 9) \(y + 5)",
                            "stroke": "#425563", "stroke-width": "2", "fill": "none"])
    }
}
