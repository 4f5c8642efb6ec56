/// Horizontal box plots on a common axis, one row each (the weighted Spearman r_w of a pair of
/// methods over many problems): the box spans the quartiles with the median as a thick line, the
/// whiskers reach the furthest values within 1.5 interquartile ranges of the box (Tukey 1977), the
/// mean is a dot.
///
/// Example:
/// ```swift
/// let row = BoxPlotChart.Row(label: "topsis – vikor", low: 0.62, q1: 0.88, median: 0.97, q3: 1, high: 1, mean: 0.92)
/// BoxPlotChart(title: "r_w per pair", axisLabel: "r_w", rows: [row], range: -1...1).figure(style: .standard).svg
/// ```
public struct BoxPlotChart: Sendable {
    public struct Row: Sendable {
        public var label: String
        public var low: Double, q1: Double, median: Double, q3: Double, high: Double
        public var mean: Double

        public init(label: String, low: Double, q1: Double, median: Double, q3: Double, high: Double, mean: Double) {
            self.label = label
            (self.low, self.q1, self.median, self.q3, self.high, self.mean) = (low, q1, median, q3, high, mean)
        }

    }

    public var title: String
    public var axisLabel: String
    public var rows: [Row]
    /// The axis, from its left end to its right end.
    public var range: ClosedRange<Double>

    public init(title: String, axisLabel: String, rows: [Row], range: ClosedRange<Double>) {
        self.title = title
        self.axisLabel = axisLabel
        self.rows = rows
        self.range = range
    }

    /// Where `v` falls on the axis, from 0 to 1.
    func position(_ v: Double) -> Double { range.upperBound > range.lowerBound ? (v - range.lowerBound) / (range.upperBound - range.lowerBound) : 0 }

    public func figure(style: ChartStyle) -> ChartFigure {
        let rowHeight = 26.0, top = 8.0
        let frame = ChartFrame(width: 720, labelWidth: ChartFrame.labelWidth(rows.map(\.label)), margin: 24, rightToLeft: style.rightToLeft)
        let height = top + Double(rows.count) * rowHeight + 44
        var svg = SVG(width: frame.width, height: height, title: title)
        let ink = ChartPalette.category(4), box = "#cfe3f2"
        for (i, row) in rows.enumerated() {
            let y = top + Double(i) * rowHeight, middle = y + 13
            svg.text(frame.fit(row.label), x: frame.labelX, y: y + 17, anchor: frame.labelAnchor)
            let (low, high) = (frame.x(position(row.low)), frame.x(position(row.high)))
            svg.line(x1: low, y1: middle, x2: high, y2: middle, stroke: ink)
            for x in [low, high] { svg.line(x1: x, y1: y + 8, x2: x, y2: y + 18, stroke: ink) }
            let span = frame.span(position(row.q1), position(row.q3))
            let summary = [("q1", row.q1), ("median", row.median), ("q3", row.q3), ("mean", row.mean)]
                .map { "\($0.0) \(style.number($0.1, 3))" }.joined(separator: ", ")
            svg.rect(x: span.x, y: y + 4, width: max(span.width, 1), height: 18, fill: box, stroke: ink, tooltip: "\(row.label): \(summary)")
            let median = frame.x(position(row.median))
            svg.line(x1: median, y1: y + 4, x2: median, y2: y + 22, stroke: ink, width: 3)
            svg.circle(cx: frame.x(position(row.mean)), cy: middle, r: 3, fill: ChartPalette.category(5))
        }
        let axisY = top + Double(rows.count) * rowHeight + 4
        svg.line(x1: frame.x(0), y1: axisY, x2: frame.x(1), y2: axisY, stroke: "#888")
        for k in 0...4 {
            let t = Double(k) / 4, x = frame.x(t)
            svg.line(x1: x, y1: axisY, x2: x, y2: axisY + 4, stroke: "#888")
            let value = range.lowerBound + t * (range.upperBound - range.lowerBound)
            svg.text(style.number(value, 2), x: x, y: axisY + 16, anchor: .middle, size: 10, fill: "#555")
        }
        svg.text(axisLabel, x: (frame.x(0) + frame.x(1)) / 2, y: axisY + 30, anchor: .middle, size: 11, fill: "#333")
        let table = rows.map { row in [row.label] + [row.low, row.q1, row.median, row.q3, row.high, row.mean].map { style.number($0, 3) } }
        return ChartFigure(title: title, svg: svg.rendered, headers: ["", "whisker", "q1", "median", "q3", "whisker", "mean"], rows: table)
    }
}
