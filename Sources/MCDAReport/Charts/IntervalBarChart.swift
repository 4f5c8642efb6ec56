/// Horizontal bars with an optional interval on each (a weight and its 5–95 % band under doubt).
///
/// Example:
/// ```swift
/// let chart = IntervalBarChart(title: "Criterion weights", axisLabel: "weight",
///                              rows: [.init(label: "Copper", value: 0.28, low: 0.21, high: 0.35)])
/// chart.figure(style: .standard).svg
/// ```
public struct IntervalBarChart: Sendable {
    public struct Row: Sendable {
        public var label: String
        public var value: Double
        public var low: Double?
        public var high: Double?

        public init(label: String, value: Double, low: Double? = nil, high: Double? = nil) {
            self.label = label
            self.value = value
            self.low = low
            self.high = high
        }
    }

    public var title: String
    public var axisLabel: String
    public var rows: [Row]
    /// Headings of the data table: label, value and (when any row has one) the interval.
    public var tableHeaders: [String]

    public init(title: String, axisLabel: String, rows: [Row], tableHeaders: [String] = ["", "value", "5–95 %"]) {
        self.title = title
        self.axisLabel = axisLabel
        self.rows = rows
        self.tableHeaders = tableHeaders
    }

    /// The chart, with values to three decimals.
    public func figure(style: ChartStyle) -> ChartFigure {
        let rowHeight = 26.0, top = 10.0
        let frame = ChartFrame(width: 720, labelWidth: ChartFrame.labelWidth(rows.map(\.label)), margin: 24, rightToLeft: style.rightToLeft)
        let scale = max(rows.map { max($0.value, $0.high ?? 0) }.max() ?? 1, 1e-12) * 1.1
        let height = top + Double(rows.count) * rowHeight + 40
        var svg = SVG(width: frame.width, height: height, title: title)
        for (i, row) in rows.enumerated() {
            let y = top + Double(i) * rowHeight
            svg.text(frame.fit(row.label), x: frame.labelX, y: y + 17, anchor: frame.labelAnchor)
            let bar = frame.span(0, row.value / scale)
            svg.rect(x: bar.x, y: y + 5, width: bar.width, height: 16, fill: ChartPalette.category(4),
                     tooltip: "\(row.label): \(style.number(row.value, 3))")
            if let low = row.low, let high = row.high {
                let (a, b) = (frame.x(low / scale), frame.x(high / scale))
                svg.line(x1: a, y1: y + 13, x2: b, y2: y + 13, stroke: ChartPalette.category(5), width: 2)
                svg.line(x1: a, y1: y + 8, x2: a, y2: y + 18, stroke: ChartPalette.category(5), width: 2)
                svg.line(x1: b, y1: y + 8, x2: b, y2: y + 18, stroke: ChartPalette.category(5), width: 2)
            }
            let end = frame.x(max(row.value, row.high ?? 0) / scale)
            svg.text(style.number(row.value, 3), x: end + (style.rightToLeft ? -4 : 4), y: y + 17,
                     anchor: style.rightToLeft ? .end : .start, size: 11, fill: "#444")
        }
        Axis.draw(on: &svg, frame: frame, y: top + Double(rows.count) * rowHeight + 4, maximum: scale, label: axisLabel, style: style)
        let banded = rows.contains { $0.low != nil }
        let table = rows.map { row -> [String] in
            var cells = [row.label, style.number(row.value, 3)]
            if banded { cells.append(row.low.flatMap { l in row.high.map { "\(style.number(l, 3))–\(style.number($0, 3))" } } ?? "") }
            return cells
        }
        return ChartFigure(title: title, svg: svg.rendered, headers: banded ? tableHeaders : Array(tableHeaders.prefix(2)), rows: table)
    }
}

/// A value axis under a horizontal chart: ticks at five even steps from 0 to `maximum`.
enum Axis {
    static func draw(on svg: inout SVG, frame: ChartFrame, y: Double, maximum: Double, label: String, style: ChartStyle,
                     decimals: Int = 2) {
        let (a, b) = (frame.x(0), frame.x(1))
        svg.line(x1: a, y1: y, x2: b, y2: y, stroke: "#888")
        for k in 0...4 {
            let t = Double(k) / 4, x = frame.x(t)
            svg.line(x1: x, y1: y, x2: x, y2: y + 4, stroke: "#888")
            svg.text(style.number(t * maximum, decimals), x: x, y: y + 16, anchor: .middle, size: 10, fill: "#555")
        }
        svg.text(label, x: (a + b) / 2, y: y + 30, anchor: .middle, size: 11, fill: "#333")
    }
}
