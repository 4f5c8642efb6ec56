/// A grid of coloured cells with their values written in (ranks of alternatives under each method,
/// or the rank correlations between methods), coloured by viridis.
public struct HeatMap: Sendable {
    public var title: String
    public var rowLabels: [String]
    public var columnLabels: [String]
    /// values[row][column].
    public var values: [[Double]]
    /// The value shown darkest and the one shown lightest (for ranks: 1 and m).
    public var darkest: Double
    public var lightest: Double
    /// Decimals of the values written in the cells.
    public var decimals: Int

    public init(title: String, rowLabels: [String], columnLabels: [String], values: [[Double]], darkest: Double, lightest: Double,
                decimals: Int) {
        self.title = title
        self.rowLabels = rowLabels
        self.columnLabels = columnLabels
        self.values = values
        self.darkest = darkest
        self.lightest = lightest
        self.decimals = decimals
    }

    /// Where `v` falls between ``darkest`` (0) and ``lightest`` (1).
    func position(_ v: Double) -> Double {
        lightest == darkest ? 0 : max(0, min(1, (v - darkest) / (lightest - darkest)))
    }

    public func figure(style: ChartStyle) -> ChartFigure {
        let labelWidth = ChartFrame.labelWidth(rowLabels), cell = 44.0, header = 80.0
        let width = labelWidth + 16 + cell * Double(columnLabels.count) + 8, height = header + cell * 0.6 * Double(rowLabels.count) + 8
        let rowHeight = cell * 0.6
        var svg = SVG(width: width, height: height, title: title)
        func x(_ column: Int) -> Double {
            let ltr = labelWidth + 16 + cell * Double(column)
            return style.rightToLeft ? width - ltr - cell : ltr
        }
        for (c, label) in columnLabels.enumerated() {
            // Headings at an angle so that long method names fit above narrow columns.
            let cx = x(c) + cell / 2
            svg.text(ChartFrame.shorten(label, toColumns: 14), x: cx, y: header - 6, anchor: style.rightToLeft ? .end : .start, size: 10,
                     rotate: style.rightToLeft ? 45 : -45)
        }
        for (r, label) in rowLabels.enumerated() {
            let y = header + rowHeight * Double(r)
            svg.text(ChartFrame.mark(ChartFrame.shorten(label, toColumns: Int((labelWidth - 6) / 7)), rightToLeft: style.rightToLeft), x: style.rightToLeft ? width - 8 : 8,
                     y: y + rowHeight * 0.7, anchor: style.rightToLeft ? .end : .start, size: 11)
            for (c, v) in values[r].enumerated() {
                let t = position(v)
                svg.rect(x: x(c) + 1, y: y + 1, width: cell - 2, height: rowHeight - 2, fill: ChartPalette.viridis(t),
                         tooltip: "\(label), \(columnLabels[c]): \(style.number(v, decimals))")
                svg.text(style.number(v, decimals), x: x(c) + cell / 2, y: y + rowHeight * 0.7, anchor: .middle, size: 10,
                         fill: ChartPalette.textOnViridis(t))
            }
        }
        let table = rowLabels.indices.map { r in [rowLabels[r]] + values[r].map { style.number($0, decimals) } }
        return ChartFigure(title: title, svg: svg.rendered, headers: [""] + columnLabels, rows: table)
    }
}
