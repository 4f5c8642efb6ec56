/// Per criterion, the interval of its weight within which the winner stays first, around the
/// current weight; the narrowest (the most critical) first. Bars are drawn on the weight axis 0–1.
public struct TornadoChart: Sendable {
    public struct Row: Sendable {
        public var label: String
        public var weight: Double
        public var lower: Double
        public var upper: Double

        public init(label: String, weight: Double, lower: Double, upper: Double) {
            self.label = label
            self.weight = weight
            self.lower = lower
            self.upper = upper
        }

        /// The smallest move of the weight that changes the winner.
        var room: Double { min(weight - lower, upper - weight) }
    }

    public var title: String
    public var axisLabel: String
    public var rows: [Row]
    public var tableHeaders: [String]

    public init(title: String, axisLabel: String, rows: [Row], tableHeaders: [String]) {
        self.title = title
        self.axisLabel = axisLabel
        self.rows = rows
        self.tableHeaders = tableHeaders
    }

    public func figure(style: ChartStyle) -> ChartFigure {
        let sorted = rows.enumerated().sorted { ($0.element.room, $0.offset) < ($1.element.room, $1.offset) }.map(\.element)
        let rowHeight = 26.0, top = 8.0
        let frame = ChartFrame(width: 720, labelWidth: ChartFrame.labelWidth(rows.map(\.label)), margin: 24, rightToLeft: style.rightToLeft)
        let height = top + Double(sorted.count) * rowHeight + 44
        var svg = SVG(width: frame.width, height: height, title: title)
        for (i, row) in sorted.enumerated() {
            let y = top + Double(i) * rowHeight
            svg.text(frame.fit(row.label), x: frame.labelX, y: y + 17, anchor: frame.labelAnchor)
            let below = frame.span(row.lower, row.weight), above = frame.span(row.weight, row.upper)
            svg.rect(x: below.x, y: y + 5, width: below.width, height: 16, fill: ChartPalette.category(1),
                     tooltip: "\(row.label): \(style.number(row.lower, 3))–\(style.number(row.weight, 3))")
            svg.rect(x: above.x, y: y + 5, width: above.width, height: 16, fill: ChartPalette.category(0),
                     tooltip: "\(row.label): \(style.number(row.weight, 3))–\(style.number(row.upper, 3))")
            let mark = frame.x(row.weight)
            svg.line(x1: mark, y1: y + 2, x2: mark, y2: y + 24, stroke: "#000", width: 2)
        }
        Axis.draw(on: &svg, frame: frame, y: top + Double(sorted.count) * rowHeight + 4, maximum: 1, label: axisLabel, style: style)
        let table = sorted.map { [$0.label, style.number($0.weight, 3), style.number($0.lower, 3), style.number($0.upper, 3), style.number($0.room, 3)] }
        return ChartFigure(title: title, svg: svg.rendered, headers: tableHeaders, rows: table)
    }
}
