import MCDACore

/// Reads a decision matrix from CSV.
///
/// Format: a header row `alternative,<criterion 1>,…,<criterion n>` (the first cell's text is
/// free), then one row per alternative: its name, then one decimal number per criterion. Criterion
/// directions are not part of the file; they come from the command line (`--directions=+,-,…`) or
/// from a dataset's criterion files, and default to benefit.
///
/// Example:
/// ```
/// alternative,price,speed
/// A1,250,16
/// A2,200,12
/// ```
public enum DecisionMatrixCSV {
    /// Reads the file at `path`. `directions`, when given, must have one entry per criterion.
    public static func read(path: String, directions: [Direction]? = nil) throws -> DecisionMatrix {
        try parse(CSVTable(contentsOf: path), directions: directions)
    }

    /// Parses a table already read.
    public static func parse(_ table: CSVTable, directions: [Direction]? = nil) throws -> DecisionMatrix {
        let file = table.file
        guard let header = table.rows.first else { throw InputError.emptyFile(file: file) }
        let names = Array(header.fields.dropFirst())
        guard !names.isEmpty else {
            throw InputError.invalid(file: file, message: "the header row names no criteria (expected 'alternative,<criterion 1>,…')")
        }
        var seen = Set<String>()
        for name in names {
            if name.isEmpty { throw InputError.emptyName(file: file, line: header.line, kind: "criterion") }
            if !seen.insert(name).inserted { throw InputError.duplicateName(file: file, line: header.line, kind: "criterion", name: name) }
        }
        let n = names.count
        if let directions, directions.count != n {
            throw InputError.invalid(file: file, message: "\(directions.count) directions were given for \(n) criteria (\(names.joined(separator: ", ")))")
        }
        let body = table.rows.dropFirst()
        guard !body.isEmpty else { throw InputError.invalid(file: file, message: "no alternatives: the file has only a header row") }
        var alternatives: [String] = []
        alternatives.reserveCapacity(body.count)
        var values: [Double] = []
        values.reserveCapacity(body.count * n)
        seen.removeAll(keepingCapacity: true)
        for row in body {
            guard row.fields.count == n + 1 else {
                throw InputError.fieldCount(file: file, line: row.line, expected: n + 1, found: row.fields.count)
            }
            let name = row.fields[0]
            if name.isEmpty { throw InputError.emptyName(file: file, line: row.line, kind: "alternative") }
            if !seen.insert(name).inserted { throw InputError.duplicateName(file: file, line: row.line, kind: "alternative", name: name) }
            alternatives.append(name)
            for j in 0..<n {
                let text = row.fields[j + 1]
                guard let x = NumberParsing.decimal(text) else {
                    throw InputError.notANumber(file: file, line: row.line, column: names[j], text: text,
                                                expected: "a finite number (alternative '\(name)')")
                }
                values.append(x)
            }
        }
        let criteria = names.enumerated().map { j, name in
            Criterion(id: name, direction: directions?[j] ?? .benefit)
        }
        do { return try DecisionMatrix(alternatives: alternatives, criteria: criteria, values: values) } catch let error as MCDAError {
            throw InputError.invalid(file: file, message: error.description)
        }
    }
}
