import MCDACore

/// Reads a pairwise comparison matrix from CSV.
///
/// Format: a header row `,<element 1>,…,<element n>` (the first cell is ignored), then one row per
/// element, `<element i>,a_i1,…,a_in`, rows in the same order as the header. An entry is a decimal
/// (`0.25`, `3`) or a fraction (`1/3`). A missing judgment is an empty cell or `?`; a judgment given
/// on one side of the diagonal only implies its reciprocal on the other.
///
/// Example:
/// ```
/// ,cost,comfort,safety
/// cost,1,3,1/2
/// comfort,,1,1/4
/// safety,,,1
/// ```
public enum PairwiseCSV {
    /// Reads the file at `path`.
    public static func read(path: String) throws -> IncompleteComparisons {
        try parse(CSVTable(contentsOf: path))
    }

    /// Reads the file at `path` and completes missing judgments, with every error naming the file.
    public static func readMatrix(path: String, completion: CompletionMethod = .default) throws -> PairwiseComparisonMatrix {
        let comparisons = try read(path: path)
        do { return try comparisons.completed(by: completion) } catch let error as AHPError {
            throw InputError.invalid(file: path, message: error.description)
        }
    }

    /// Parses a table already read.
    public static func parse(_ table: CSVTable) throws -> IncompleteComparisons {
        let file = table.file
        guard let header = table.rows.first else { throw InputError.emptyFile(file: file) }
        let names = Array(header.fields.dropFirst())
        guard !names.isEmpty else {
            throw InputError.invalid(file: file, message: "the header row names no elements (expected ',<element 1>,<element 2>,…')")
        }
        var seen = Set<String>()
        for name in names {
            if name.isEmpty { throw InputError.emptyName(file: file, line: header.line, kind: "element") }
            if !seen.insert(name).inserted { throw InputError.duplicateName(file: file, line: header.line, kind: "element", name: name) }
        }
        let n = names.count
        let body = table.rows.dropFirst()
        guard body.count == n else {
            throw InputError.invalid(file: file, message: "the header names \(n) elements but there are \(body.count) rows; a pairwise matrix is square")
        }
        var entries = [Double?](repeating: nil, count: n * n)
        for (i, row) in body.enumerated() {
            guard row.fields.count == n + 1 else {
                throw InputError.fieldCount(file: file, line: row.line, expected: n + 1, found: row.fields.count)
            }
            guard row.fields[0] == names[i] else {
                throw InputError.dataset(file: file, line: row.line, column: nil,
                                         message: "row \(i + 1) is '\(row.fields[0])' but the header's element \(i + 1) is '\(names[i])'; rows must be in header order")
            }
            for j in 0..<n {
                let text = row.fields[j + 1]
                if text.isEmpty || text == "?" { continue }
                guard let x = NumberParsing.decimalOrFraction(text) else {
                    throw InputError.notANumber(file: file, line: row.line, column: names[j], text: text,
                                                expected: "a judgment (a positive number such as 3, 0.5 or 1/3; empty or ? when missing)")
                }
                entries[i * n + j] = x
            }
        }
        do { return try IncompleteComparisons(elements: names, entries: entries) } catch let error as AHPError {
            throw InputError.invalid(file: file, message: error.description)
        }
    }
}
