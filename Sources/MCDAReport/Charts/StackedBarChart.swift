/// Horizontal 100 % bars split into segments (the share of scenarios in rank 1, 2, 3, …), with a
/// legend; what the segments leave of 1 is drawn light grey.
public struct StackedBarChart: Sendable {
    public var title: String
    public var axisLabel: String
    /// The segment names, in order (rank 1 first).
    public var segments: [String]
    /// Each row's label and its shares, one per segment.
    public var rows: [(label: String, shares: [Double])]
    /// The name of the remainder (for example "later ranks").
    public var remainder: String

    public init(title: String, axisLabel: String, segments: [String], rows: [(label: String, shares: [Double])], remainder: String) {
        self.title = title
        self.axisLabel = axisLabel
        self.segments = segments
        self.rows = rows
        self.remainder = remainder
    }

    /// The colour of segment k of n: viridis from dark (rank 1) to light.
    static func colour(_ k: Int, of n: Int) -> String { ChartPalette.viridis(n <= 1 ? 0 : 0.85 * Double(k) / Double(n - 1)) }

    public func figure(style: ChartStyle) -> ChartFigure {
        let rowHeight = 24.0, legendHeight = 28.0
        let frame = ChartFrame(width: 720, labelWidth: ChartFrame.labelWidth(rows.map(\.label)), margin: 24, rightToLeft: style.rightToLeft)
        let height = legendHeight + Double(rows.count) * rowHeight + 44
        var svg = SVG(width: frame.width, height: height, title: title)
        frame.legend(on: &svg, (segments + [remainder]).enumerated().map { k, name in
            (name, k < segments.count ? Self.colour(k, of: segments.count) : "#ddd")
        })
        for (i, row) in rows.enumerated() {
            let y = legendHeight + Double(i) * rowHeight
            svg.text(frame.fit(row.label), x: frame.labelX, y: y + 16, anchor: frame.labelAnchor)
            var start = 0.0
            for (k, share) in row.shares.enumerated() where share > 0 {
                let span = frame.span(start, start + share)
                svg.rect(x: span.x, y: y + 4, width: span.width, height: 16, fill: Self.colour(k, of: segments.count),
                         tooltip: "\(row.label), \(segments[k]): \(style.percent(share))")
                start += share
            }
            if start < 1 - 1e-12 {
                let span = frame.span(start, 1)
                svg.rect(x: span.x, y: y + 4, width: span.width, height: 16, fill: "#ddd",
                         tooltip: "\(row.label), \(remainder): \(style.percent(1 - start))")
            }
        }
        Axis.draw(on: &svg, frame: frame, y: legendHeight + Double(rows.count) * rowHeight + 4, maximum: 100, label: axisLabel,
                  style: style, decimals: 0)
        let table = rows.map { row in [row.label] + row.shares.map(style.percent) }
        return ChartFigure(title: title, svg: svg.rendered, headers: [""] + segments, rows: table)
    }
}
