import InvolveCore

/// The report's chart: decision records per month, stacked by verdict, drawn as inline SVG with
/// role="img", a <title> and a <desc>. The colours each have at least 3:1 contrast against the
/// white background (WCAG 1.4.11), segments are separated by white lines, and a data table
/// follows the chart for anyone who cannot see it.
enum ReportChart {
    static let order: [DutyVerdict] = [.applies, .likelyApplies, .unlikelyToApply, .doesNotApply, .undetermined]

    static func colour(_ verdict: DutyVerdict) -> String {
        switch verdict {
        case .applies: return "#003087"
        case .likelyApplies: return "#007f3b"
        case .unlikelyToApply: return "#768692"
        case .doesNotApply: return "#425563"
        case .undetermined: return "#ae2573"
        }
    }

    static func write(_ report: InvolvementReport, into html: inout HTMLWriter) {
        let months = report.months
        let width = 720
        let height = 340
        let left = 44
        let right = 16
        let top = 20
        let plotBottom = 250
        let plotHeight = plotBottom - top
        let maxTotal = max(1, months.map(\.total).max() ?? 1)
        let step = tickStep(maxTotal)
        let axisMax = ((maxTotal + step - 1) / step) * step
        let slot = Double(width - left - right) / Double(max(1, months.count))
        let barWidth = max(2.0, slot * 0.62)
        let labelEvery = months.count > 24 ? (months.count + 11) / 12 : 1

        html.open("svg", ["viewBox": "0 0 \(width) \(height)", "width": "100%",
                          "role": "img", "aria-labelledby": "chart-title chart-desc", "class": "chart"])
        html.element("title", ["id": "chart-title"], text: ReportWording.chartTitle)
        html.element("desc", ["id": "chart-desc"], text: ReportWording.chartDescription(report))

        // Gridlines and the count axis.
        for tick in stride(from: 0, through: axisMax, by: step) {
            let y = Double(plotBottom) - Double(tick) / Double(axisMax) * Double(plotHeight)
            html.empty("line", ["x1": String(left), "x2": String(width - right), "y1": number(y), "y2": number(y),
                                "stroke": tick == 0 ? "#212b32" : "#d8dde0", "stroke-width": "1"])
            html.element("text", ["x": String(left - 8), "y": number(y + 4), "text-anchor": "end", "font-size": "12", "fill": "#212b32"],
                         text: String(tick))
        }

        for (index, month) in months.enumerated() {
            let x = Double(left) + slot * Double(index) + (slot - barWidth) / 2
            var base = Double(plotBottom)
            for verdict in order {
                let count = month.count(verdict)
                guard count > 0 else { continue }
                let segment = Double(count) / Double(axisMax) * Double(plotHeight)
                html.empty("rect", ["x": number(x), "y": number(base - segment), "width": number(barWidth), "height": number(segment),
                                    "fill": colour(verdict), "stroke": "#ffffff", "stroke-width": "1"])
                base -= segment
            }
            if month.total > 0 {
                html.element("text", ["x": number(x + barWidth / 2), "y": number(base - 5), "text-anchor": "middle", "font-size": "12",
                                       "font-weight": "bold", "fill": "#212b32"], text: String(month.total))
            }
            if index % labelEvery == 0 {
                html.element("text", ["x": number(x + barWidth / 2), "y": String(plotBottom + 16), "text-anchor": "middle",
                                      "font-size": "12", "fill": "#212b32"], text: month.shortName)
                if index == 0 || month.month == 1 {
                    html.element("text", ["x": number(x + barWidth / 2), "y": String(plotBottom + 31), "text-anchor": "middle",
                                          "font-size": "12", "fill": "#4c6272"], text: String(month.year))
                }
            }
        }

        // Legend, in the stacking order.
        var legendX = Double(left)
        let legendY = plotBottom + 58
        for verdict in order {
            let label = RecordWording.verdictShort(verdict)
            html.empty("rect", ["x": number(legendX), "y": String(legendY - 11), "width": "12", "height": "12", "fill": colour(verdict)])
            html.element("text", ["x": number(legendX + 17), "y": String(legendY), "font-size": "12", "fill": "#212b32"], text: label)
            legendX += 17 + Double(label.count) * 6.8 + 22
        }
        html.close()
    }

    static func tickStep(_ maximum: Int) -> Int {
        switch maximum {
        case ...5: return 1
        case ...10: return 2
        case ...25: return 5
        case ...50: return 10
        default: return max(1, (maximum + 4) / 5)
        }
    }

    /// Coordinates with at most one decimal place, written the same way on every platform.
    static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        return magnitude % 10 == 0 ? sign + String(magnitude / 10) : sign + String(magnitude / 10) + "." + String(magnitude % 10)
    }
}
