/// How charts write numbers and which way they run: left to right, or mirrored for a right-to-left
/// language (bars grow from the right, labels sit on the right).
public struct ChartStyle: Sendable {
    /// Mirror horizontally for right-to-left text.
    public var rightToLeft: Bool
    /// A number with the given decimals, in the report's digits.
    public var number: @Sendable (Double, Int) -> String
    /// A share in [0, 1] as a percentage, in the report's digits.
    public var percent: @Sendable (Double) -> String

    public init(rightToLeft: Bool = false,
                number: @escaping @Sendable (Double, Int) -> String = { NumberFormat.fixed($0, $1) },
                percent: @escaping @Sendable (Double) -> String = { NumberFormat.percent($0) }) {
        self.rightToLeft = rightToLeft
        self.number = number
        self.percent = percent
    }

    /// Left to right, Western digits.
    public static let standard = ChartStyle()
}

/// A chart ready for a report: the SVG, and the numbers it shows as a table (for screen readers,
/// printing and copying).
public struct ChartFigure: Sendable {
    /// The chart's title (also its accessible name).
    public let title: String
    /// The `<svg>` element.
    public let svg: String
    /// Column headings of the data table.
    public let headers: [String]
    /// Rows of the data table, as the chart shows them.
    public let rows: [[String]]
}

/// The horizontal geometry shared by the bar charts: a label column and a plot area, mirrored for
/// right-to-left reports.
struct ChartFrame {
    let width: Double
    let labelWidth: Double
    let margin: Double
    let rightToLeft: Bool

    /// The plot area's left edge and width (in left-to-right terms).
    var plotStart: Double { labelWidth + margin }
    var plotWidth: Double { width - labelWidth - 2 * margin }

    /// The x coordinate of a value t ∈ [0, 1] along the plot axis.
    func x(_ t: Double) -> Double {
        let ltr = plotStart + max(0, min(1, t)) * plotWidth
        return rightToLeft ? width - ltr : ltr
    }

    /// The left edge and width of the span [a, b] ⊂ [0, 1].
    func span(_ a: Double, _ b: Double) -> (x: Double, width: Double) {
        let (p, q) = (x(a), x(b))
        return (min(p, q), abs(q - p))
    }

    /// Where row labels go, and how they are anchored.
    var labelX: Double { rightToLeft ? width - margin / 2 : margin / 2 }
    var labelAnchor: SVG.Anchor { rightToLeft ? .end : .start }

    /// The anchor of a text that starts at a legend swatch or after a bar end.
    var leadingAnchor: SVG.Anchor { rightToLeft ? .end : .start }

    /// `label` shortened with an ellipsis to fit the label column (about 7 px a column at 12 px);
    /// the chart's table and tooltips keep it whole.
    func fit(_ label: String) -> String { Self.mark(Self.shorten(label, toColumns: Int((labelWidth - 6) / 7)), rightToLeft: rightToLeft) }

    /// `text` between right-to-left marks (U+200F) in a right-to-left chart, so that a trailing
    /// ellipsis or parenthesis stays at the end of the text inside the SVG's left-to-right base.
    static func mark(_ text: String, rightToLeft: Bool) -> String { rightToLeft ? "\u{200F}" + text + "\u{200F}" : text }

    /// `text` cut to at most `columns` display columns, ending in "…" when cut.
    static func shorten(_ text: String, toColumns columns: Int) -> String {
        guard TextWidth.of(text).width > columns, columns > 1 else { return text }
        var out = "", used = 0
        for ch in text {
            let w = TextWidth.of(String(ch)).width
            if used + w > columns - 1 { break }
            out.append(ch)
            used += w
        }
        return out.trimmingTrailingSpaces + "…"
    }

    /// A legend along the top (y 6 … 18): a swatch and a name per entry, in reading order.
    func legend(on svg: inout SVG, _ entries: [(name: String, colour: String)]) {
        var offset = 0.0
        for entry in entries {
            let px = x(offset / plotWidth)
            svg.rect(x: rightToLeft ? px - 12 : px, y: 6, width: 12, height: 12, fill: entry.colour)
            svg.text(Self.mark(entry.name, rightToLeft: rightToLeft), x: rightToLeft ? px - 16 : px + 16, y: 16, anchor: leadingAnchor, size: 11)
            offset += 24 + Double(TextWidth.of(entry.name).width) * 6.5
        }
    }

    /// The label column width that fits `labels` (about 7 px a character at 12 px, within 90 … 220).
    static func labelWidth(_ labels: [String]) -> Double {
        // Long labels are shortened by fit(_:) rather than widening the column beyond 220 px.
        min(220, max(90, Double(labels.map { TextWidth.of($0).width }.max() ?? 0) * 7 + 10))
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
