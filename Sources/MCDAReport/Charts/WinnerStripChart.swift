/// One strip per criterion: as that criterion's weight moves from 0 to 1 (the others rescaled in
/// proportion), which alternative wins, in colour, with the current weight marked.
public struct WinnerStripChart: Sendable {
    /// A criterion's strip: its label, current weight and the winners along the axis.
    public struct Strip: Sendable {
        public var label: String
        public var weight: Double
        /// (from, to, index into ``WinnerStripChart/winners``).
        public var segments: [(from: Double, to: Double, winner: Int)]

        public init(label: String, weight: Double, segments: [(from: Double, to: Double, winner: Int)]) {
            self.label = label
            self.weight = weight
            self.segments = segments
        }
    }

    public var title: String
    public var axisLabel: String
    /// Names of the alternatives that win somewhere (legend, in colour order).
    public var winners: [String]
    public var strips: [Strip]
    /// The table's headings: criterion, current weight, winners along the axis.
    public var tableHeaders: [String]

    public init(title: String, axisLabel: String, winners: [String], strips: [Strip], tableHeaders: [String]) {
        self.title = title
        self.axisLabel = axisLabel
        self.winners = winners
        self.strips = strips
        self.tableHeaders = tableHeaders
    }

    public func figure(style: ChartStyle) -> ChartFigure {
        let rowHeight = 28.0, legendHeight = 28.0
        let frame = ChartFrame(width: 720, labelWidth: ChartFrame.labelWidth(strips.map(\.label)), margin: 24, rightToLeft: style.rightToLeft)
        let height = legendHeight + Double(strips.count) * rowHeight + 44
        var svg = SVG(width: frame.width, height: height, title: title)
        frame.legend(on: &svg, winners.enumerated().map { ($1, ChartPalette.category($0)) })
        for (i, strip) in strips.enumerated() {
            let y = legendHeight + Double(i) * rowHeight
            svg.text(frame.fit(strip.label), x: frame.labelX, y: y + 18, anchor: frame.labelAnchor)
            for s in strip.segments {
                let span = frame.span(s.from, s.to)
                svg.rect(x: span.x, y: y + 6, width: span.width, height: 16, fill: ChartPalette.category(s.winner),
                         tooltip: "\(strip.label) \(style.number(s.from, 2))–\(style.number(s.to, 2)): \(winners[s.winner])")
            }
            let mark = frame.x(strip.weight)
            svg.line(x1: mark, y1: y + 2, x2: mark, y2: y + 26, stroke: "#000", width: 2)
        }
        Axis.draw(on: &svg, frame: frame, y: legendHeight + Double(strips.count) * rowHeight + 4, maximum: 1, label: axisLabel, style: style)
        let table = strips.map { strip in
            [strip.label, style.number(strip.weight, 2),
             strip.segments.map { "\(winners[$0.winner]) \(style.number($0.from, 2))–\(style.number($0.to, 2))" }.joined(separator: style.rightToLeft ? "، " : ", ")]
        }
        return ChartFigure(title: title, svg: svg.rendered, headers: tableHeaders, rows: table)
    }
}
