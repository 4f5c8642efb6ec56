import MCDACore

/// Reads per-value distributions for a decision matrix from a CSV of the same shape: the header
/// `alternative,<criterion 1>,…` with the matrix's criteria in its order, then one row per
/// alternative in the matrix's order. A cell holds `beta(α, β)`, `normal(mean, sd)`,
/// `lognormal(μ, σ)` or `uniform(lower, upper)` (quoted, since it contains a comma), or is empty
/// (or `exact`) for a value known exactly, which keeps the matrix's value.
///
/// Example (`thrombolytics-distributions.csv` for a 2 × 2 matrix):
/// ```
/// alternative,proxDVT,bleed
/// Heparin,"beta(20, 116)","beta(1, 135)"
/// Enoxaparin,"beta(8, 121)",
/// ```
/// Complexity: O(m·n) for an m × n matrix.
public enum DistributionTableCSV {
    /// The data uncertainty of `matrix` described by the file at `path`: `DataUncertainty/distributions(_:)`.
    /// - Throws: ``InputError`` naming the file, line, alternative and criterion of the first problem.
    public static func read(path: String, for matrix: DecisionMatrix) throws -> DataUncertainty {
        try read(CSVTable(contentsOf: path), for: matrix)
    }

    /// The same from a parsed table.
    public static func read(_ table: CSVTable, for matrix: DecisionMatrix) throws -> DataUncertainty {
        let file = table.file, m = matrix.rowCount, n = matrix.columnCount
        guard let header = table.rows.first else { throw InputError.emptyFile(file: file) }
        let expectedHeader = ["alternative"] + matrix.criteria.map(\.id)
        guard header.fields.count == n + 1 else {
            throw InputError.fieldCount(file: file, line: header.line, expected: n + 1, found: header.fields.count)
        }
        for (k, name) in header.fields.enumerated().dropFirst() where name.trimmingSpaces() != expectedHeader[k] {
            throw InputError.dataset(file: file, line: header.line, column: nil,
                                     message: "column \(k + 1) is '\(name)'; the matrix's criterion \(k) is '\(expectedHeader[k])' (same criteria, same order)")
        }
        let body = table.rows.dropFirst()
        guard body.count == m else {
            throw InputError.invalid(file: file, message: "\(body.count) rows of alternatives; the matrix has \(m) (\(matrix.alternatives.prefix(3).joined(separator: ", "))\(m > 3 ? ", …" : ""))")
        }
        var cells: [ValueDistribution] = []
        cells.reserveCapacity(m * n)
        for (i, row) in body.enumerated() {
            guard row.fields.count == n + 1 else {
                throw InputError.fieldCount(file: file, line: row.line, expected: n + 1, found: row.fields.count)
            }
            let name = row.fields[0].trimmingSpaces()
            guard name == matrix.alternatives[i] else {
                throw InputError.dataset(file: file, line: row.line, column: nil,
                                         message: "row \(i + 1) is '\(name)'; the matrix's alternative \(i + 1) is '\(matrix.alternatives[i])' (same alternatives, same order)")
            }
            for j in 0..<n {
                let text = row.fields[j + 1].trimmingSpaces()
                if text.isEmpty || text.lowercased() == "exact" {
                    cells.append(.exact)
                    continue
                }
                if NumberParsing.decimal(text) != nil {
                    throw InputError.dataset(file: file, line: row.line, column: nil,
                                             message: "\(matrix.alternatives[i]), \(matrix.criteria[j].id): '\(text)' is a number; values come from the matrix, so leave the cell empty for an exact value or write \(ValueDistributionSyntax.forms)")
                }
                switch ValueDistributionSyntax.parse(text) {
                case .success(let d): cells.append(d)
                case .failure(let message):
                    throw InputError.dataset(file: file, line: row.line, column: nil,
                                             message: "\(matrix.alternatives[i]), \(matrix.criteria[j].id): \(message.text)")
                }
            }
        }
        return .distributions(cells)
    }
}
