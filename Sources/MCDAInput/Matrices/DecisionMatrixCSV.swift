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
        try parse(bytes: FileReader.bytes(of: path), file: path, directions: directions)
    }

    /// Parses CSV text.
    public static func parse(text: String, file: String = "<input>", directions: [Direction]? = nil) throws -> DecisionMatrix {
        try parse(bytes: Array(text.utf8), file: file, directions: directions)
    }

    /// Parses CSV bytes in one pass: names become strings, numbers are read from the bytes.
    /// Complexity: O(size of the file); memory: the bytes plus m·n doubles and m names.
    public static func parse(bytes: [UInt8], file: String, directions: [Direction]? = nil) throws -> DecisionMatrix {
        var names: [String] = []
        var alternatives: [String] = []
        var values: [Double] = []
        var seen = Set<String>()
        var n = 0
        try bytes.withUnsafeBufferPointer { buffer in
            let scanner = CSVScanner(bytes: buffer, file: file)
            try scanner.scan { line, fields in
                if names.isEmpty {
                    names = fields.dropFirst().map(scanner.string)
                    n = names.count
                    guard n > 0 else {
                        throw InputError.invalid(file: file, message: "the header row names no criteria (expected 'alternative,<criterion 1>,…')")
                    }
                    var unique = Set<String>()
                    for name in names {
                        if name.isEmpty { throw InputError.emptyName(file: file, line: line, kind: "criterion") }
                        if !unique.insert(name).inserted { throw InputError.duplicateName(file: file, line: line, kind: "criterion", name: name) }
                    }
                    if let directions, directions.count != n {
                        throw InputError.invalid(file: file, message: "\(directions.count) directions were given for \(n) criteria (\(names.joined(separator: ", ")))")
                    }
                    let estimatedRows = max(16, bytes.count / max(1, 8 * (n + 1)))
                    values.reserveCapacity(estimatedRows * n)
                    alternatives.reserveCapacity(estimatedRows)
                    seen.reserveCapacity(estimatedRows)
                    return
                }
                guard fields.count == n + 1 else {
                    throw InputError.fieldCount(file: file, line: line, expected: n + 1, found: fields.count)
                }
                let name = scanner.string(fields[0])
                if name.isEmpty { throw InputError.emptyName(file: file, line: line, kind: "alternative") }
                if !seen.insert(name).inserted { throw InputError.duplicateName(file: file, line: line, kind: "alternative", name: name) }
                alternatives.append(name)
                for j in 0..<n {
                    guard let x = scanner.number(fields[j + 1]) else {
                        throw InputError.notANumber(file: file, line: line, column: names[j], text: scanner.string(fields[j + 1]),
                                                    expected: "a finite number (alternative '\(name)')")
                    }
                    values.append(x)
                }
            }
        }
        guard !names.isEmpty else { throw InputError.emptyFile(file: file) }
        guard !alternatives.isEmpty else { throw InputError.invalid(file: file, message: "no alternatives: the file has only a header row") }
        let criteria = names.enumerated().map { j, name in Criterion(id: name, direction: directions?[j] ?? .benefit) }
        // Every check of DecisionMatrix.init (finite values, unique names, m·n values) was made above, with lines.
        return DecisionMatrix(unchecked: alternatives, criteria: criteria, values: values)
    }
}
