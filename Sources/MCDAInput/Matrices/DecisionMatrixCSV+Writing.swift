import MCDACore

extension DecisionMatrixCSV {
    /// The CSV text of `matrix` that ``parse(text:file:directions:)`` reads back to the same
    /// matrix: the header `alternative,<criterion ids>`, then one row per alternative, each number
    /// in Swift's shortest round-trip form (`0.1`, `1e-05`, `-0.0`), LF line ends. A name is quoted
    /// (RFC 4180, quotes doubled) when it holds a comma, a quote, a line break, or starts or ends with
    /// a space or tab (unquoted fields are trimmed). Directions are not written (they are not part of
    /// the format).
    ///
    /// Complexity: O(m·n).
    ///
    /// Example: a 1 × 2 matrix with alternative `a, b` and values 1 and 0.5 is written
    /// `alternative,c1,c2\n"a, b",1.0,0.5\n`.
    public static func text(of matrix: DecisionMatrix) -> String {
        var out = "alternative," + matrix.criteria.map { field($0.id) }.joined(separator: ",") + "\n"
        for (i, name) in matrix.alternatives.enumerated() {
            out += field(name)
            for j in 0..<matrix.columnCount { out += ",\(matrix[i, j])" }
            out += "\n"
        }
        return out
    }

    /// `name` as one CSV field, quoted where a reader would otherwise split or trim it. Checked by
    /// Unicode scalar, as the reader reads bytes: a quote or space followed by a combining mark is
    /// one `Character` that is neither (found by fuzzing).
    static func field(_ name: String) -> String {
        let scalars = name.unicodeScalars
        let special: Set<Unicode.Scalar> = [",", "\"", "\n", "\r"], blanks: Set<Unicode.Scalar> = [" ", "\t"]
        let needsQuotes = scalars.contains(where: special.contains)
            || scalars.first.map(blanks.contains) == true || scalars.last.map(blanks.contains) == true
        guard needsQuotes else { return name }
        var out = String.UnicodeScalarView()
        out.append("\"")
        for u in scalars {
            out.append(u)
            if u == "\"" { out.append(u) }
        }
        out.append("\"")
        return String(out)
    }
}
