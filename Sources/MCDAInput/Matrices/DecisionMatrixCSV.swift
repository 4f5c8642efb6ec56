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
        try FileReader.withBytes(of: path) { try parse(buffer: $0, file: path, directions: directions) }
    }

    /// Parses CSV text.
    public static func parse(text: String, file: String = "<input>", directions: [Direction]? = nil) throws -> DecisionMatrix {
        try parse(bytes: Array(text.utf8), file: file, directions: directions)
    }

    /// Parses CSV bytes: names become strings, numbers are read from the bytes, and a large file
    /// without double quotes is read on every core (`MatrixBody`), with the same result and the
    /// same first error as a serial read.
    /// Complexity: O(size of the file); memory: the bytes plus m·n doubles and m names.
    public static func parse(bytes: [UInt8], file: String, directions: [Direction]? = nil) throws -> DecisionMatrix {
        try bytes.withUnsafeBufferPointer { try parse(buffer: $0, file: file, directions: directions) }
    }

    /// ``parse(bytes:file:directions:)`` of bytes in memory that the caller owns (a mapped file).
    static func parse(buffer: UnsafeBufferPointer<UInt8>, file: String, directions: [Direction]?) throws -> DecisionMatrix {
        var scanner = CSVScanner(bytes: buffer, file: file)
        var fields: [CSVField] = []
        guard let line = try scanner.nextRow(into: &fields) else { throw InputError.emptyFile(file: file) }
        let names = fields.dropFirst().map(scanner.string)
        try checkHeader(names, line: line, file: file, directions: directions)
        let body = UnsafeBufferPointer(rebasing: buffer[scanner.position...])
        let (alternatives, values) = try MatrixBody.read(body, firstLine: scanner.line, file: file, criteria: names)
        guard !alternatives.isEmpty else { throw InputError.invalid(file: file, message: "no alternatives: the file has only a header row") }
        let criteria = names.enumerated().map { j, name in Criterion(id: name, direction: directions?[j] ?? .benefit) }
        let limit = DecisionMatrix.magnitudeLimit, n = names.count
        if let k = firstOutOfRange(values, limit: limit) {
            throw InputError.invalid(file: file, message: "\(MCDAError.valueOutOfRange(alternative: alternatives[k / n], criterion: names[k % n], value: values[k]))")
        }
        // Every check of DecisionMatrix.init (finite values, unique names, m·n values) was made, with lines.
        return DecisionMatrix(unchecked: alternatives, criteria: criteria, values: values)
    }

    /// The first index whose value is not within ±`limit`, looked for on every core in large
    /// matrices (each piece finds its first; the smallest is the answer).
    private static func firstOutOfRange(_ values: [Double], limit: Double) -> Int? {
        let count = values.count, pieces = ParallelLoop.pieces(work: count, grain: 1 << 18)
        var firsts = [Int](repeating: Int.max, count: pieces)
        values.withUnsafeBufferPointer { v in
            firsts.withUnsafeMutableBufferPointer { firsts in
                ParallelLoop.forEach(pieces) { p in
                    for k in count * p / pieces ..< count * (p + 1) / pieces where !(abs(v[k]) <= limit) { firsts[p] = k; return }
                }
            }
        }
        return firsts.first { $0 != Int.max }
    }

    /// The header's criterion names: at least one, none empty, no repeats, one per direction given.
    private static func checkHeader(_ names: [String], line: Int, file: String, directions: [Direction]?) throws {
        guard !names.isEmpty else {
            throw InputError.invalid(file: file, message: "the header row names no criteria (expected 'alternative,<criterion 1>,…')")
        }
        var unique = Set<String>()
        for name in names {
            if name.isEmpty { throw InputError.emptyName(file: file, line: line, kind: "criterion") }
            if !unique.insert(name).inserted { throw InputError.duplicateName(file: file, line: line, kind: "criterion", name: name) }
        }
        if let directions, directions.count != names.count {
            throw InputError.invalid(file: file, message: "\(directions.count) directions were given for \(names.count) criteria (\(names.joined(separator: ", ")))")
        }
    }
}
