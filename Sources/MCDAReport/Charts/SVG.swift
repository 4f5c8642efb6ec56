/// A small SVG writer: elements appended as text, every attribute value and text node escaped.
/// The charts build on it; nothing here knows about decisions.
///
/// Example:
/// ```swift
/// var svg = SVG(width: 200, height: 40, title: "One bar")
/// svg.rect(x: 0, y: 10, width: 120, height: 20, fill: ChartPalette.okabeIto[0])
/// svg.text("60%", x: 124, y: 24)
/// svg.rendered   // "<svg …><title>One bar</title><rect …/>…</svg>"
/// ```
public struct SVG: Sendable {
    public let width: Double
    public let height: Double
    private var body: [String] = []
    private let title: String

    /// - Parameters:
    ///   - width: the width in CSS pixels (the chart scales to its container).
    ///   - height: the height in CSS pixels.
    ///   - title: the accessible name, read by screen readers (`<title>`).
    public init(width: Double, height: Double, title: String) {
        self.width = width
        self.height = height
        self.title = title
    }

    /// A rectangle.
    public mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String,
                              stroke: String? = nil, tooltip: String? = nil) {
        let strokeText = stroke.map { " stroke=\"\(XML.escape($0))\"" } ?? ""
        let open = "<rect x=\"\(Self.n(x))\" y=\"\(Self.n(y))\" width=\"\(Self.n(max(0, width)))\" height=\"\(Self.n(max(0, height)))\" fill=\"\(XML.escape(fill))\"\(strokeText)"
        if let tooltip { body.append(open + "><title>\(XML.escape(tooltip))</title></rect>") } else { body.append(open + "/>") }
    }

    /// A straight line.
    public mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1, dash: String? = nil) {
        let dashText = dash.map { " stroke-dasharray=\"\($0)\"" } ?? ""
        body.append("<line x1=\"\(Self.n(x1))\" y1=\"\(Self.n(y1))\" x2=\"\(Self.n(x2))\" y2=\"\(Self.n(y2))\" stroke=\"\(XML.escape(stroke))\" stroke-width=\"\(Self.n(width))\"\(dashText)/>")
    }

    /// A circle.
    public mutating func circle(cx: Double, cy: Double, r: Double, fill: String, stroke: String? = nil) {
        let strokeText = stroke.map { " stroke=\"\(XML.escape($0))\"" } ?? ""
        body.append("<circle cx=\"\(Self.n(cx))\" cy=\"\(Self.n(cy))\" r=\"\(Self.n(r))\" fill=\"\(XML.escape(fill))\"\(strokeText)/>")
    }

    /// Where a text's anchor point is.
    public enum Anchor: String, Sendable { case start, middle, end }

    /// A text node.
    public mutating func text(_ content: String, x: Double, y: Double, anchor: Anchor = .start, size: Double = 12,
                              fill: String = "#222", weight: String? = nil, rotate: Double? = nil) {
        var weightText = weight.map { " font-weight=\"\($0)\"" } ?? ""
        if let rotate { weightText += " transform=\"rotate(\(Self.n(rotate)) \(Self.n(x)) \(Self.n(y)))\"" }
        body.append("<text x=\"\(Self.n(x))\" y=\"\(Self.n(y))\" text-anchor=\"\(anchor.rawValue)\" font-size=\"\(Self.n(size))\" fill=\"\(XML.escape(fill))\"\(weightText)>\(XML.escape(content))</text>")
    }

    /// The SVG element, scaling to its container's width. Its base direction is left to right, so
    /// that anchors mean the same in a right-to-left page (charts mirror their own geometry).
    public var rendered: String {
        "<svg viewBox=\"0 0 \(Self.n(width)) \(Self.n(height))\" width=\"100%\" "
            + "style=\"max-width:\(Self.n(width))px;direction:ltr\" role=\"img\" aria-label=\"\(XML.escape(title))\">"
            + "<title>\(XML.escape(title))</title>" + body.joined() + "</svg>"
    }

    /// A coordinate with at most two decimals.
    static func n(_ x: Double) -> String {
        guard x.isFinite else { return "0" }
        let r = (x * 100).rounded() / 100
        return r == r.rounded() ? String(Int(r)) : "\(r)"
    }
}

/// Escaping for XML and HTML text and attribute values.
public enum XML {
    /// `&`, `<`, `>`, `"` and `'` as entities: an alternative called `<script>` shows as text.
    public static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
