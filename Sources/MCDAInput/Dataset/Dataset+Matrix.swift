import MCDACore

extension Dataset {
    /// The decision matrix of the dataset under a missing-value policy, with notes on what the
    /// policy did.
    /// - Throws: for ``MissingValuePolicy/error``, an error naming the first missing
    ///   (alternative, criterion) pair and the file to fix.
    public func decisionMatrix(missing policy: MissingValuePolicy? = nil) throws -> (matrix: DecisionMatrix, notes: [DataNote]) {
        let policy = policy ?? analysis.missing
        let m = alternatives.count, n = criteria.count
        var keep = Array(0..<m)
        var notes: [DataNote] = []
        var fills = [Double?](repeating: nil, count: n)
        for (j, c) in criteria.enumerated() {
            for i in 0..<m where c.values[i] == nil {
                switch policy {
                case .error:
                    throw InputError.dataset(file: c.file, line: nil, column: nil,
                                             message: "no value for alternative '\(alternatives[i].id)' on criterion '\(c.criterion.id)'; "
                                                + "add `\(alternatives[i].id): <value>` under values, or choose `missing: drop-alternative` or `worst-value` in the manifest's analysis block (or --missing on the command line)")
                case .dropAlternative:
                    if keep.contains(i) {
                        keep.removeAll { $0 == i }
                        notes.append(.alternativeDropped(alternative: alternatives[i].name, criterion: c.criterion.id))
                    }
                case .worstValue:
                    let known = c.values.compactMap { $0 }
                    guard !known.isEmpty else {
                        throw InputError.dataset(file: c.file, line: nil, column: nil, message: "criterion '\(c.criterion.id)' has no values at all")
                    }
                    let worst: Double
                    switch c.criterion.direction {
                    case .benefit: worst = known.min()!
                    case .cost: worst = known.max()!
                    case .target(let t):
                        worst = known.max { abs($0 - t) < abs($1 - t) }!
                    }
                    fills[j] = worst
                    notes.append(.worstValueFilled(alternative: alternatives[i].name, criterion: c.criterion.id, value: worst))
                }
            }
        }
        guard !keep.isEmpty else {
            throw InputError.dataset(file: folder, line: nil, column: nil, message: "every alternative has a missing value; nothing is left to rank")
        }
        var values: [Double] = []
        values.reserveCapacity(keep.count * n)
        for i in keep { for j in 0..<n { values.append(criteria[j].values[i] ?? fills[j] ?? 0) } }
        do {
            let matrix = try DecisionMatrix(alternatives: keep.map { alternatives[$0].id }, criteria: criteria.map(\.criterion), values: values)
            return (matrix, notes)
        } catch let error as MCDAError {
            throw InputError.dataset(file: folder, line: nil, column: nil, message: error.description)
        }
    }

    /// The uncertainty of the values of `matrix` (this dataset's matrix, possibly without some
    /// alternatives): `DataUncertainty/exact` when no criterion file says anything,
    /// `DataUncertainty/relative(_:)` from the criteria's `uncertainty:` fractions, or, as soon
    /// as one value has a `distribution:`, `DataUncertainty/distributions(_:)` with every other
    /// value of a criterion with `uncertainty: p` uniform on x(1 ± p) (the same law as the
    /// relative model) and the rest exact.
    public func dataUncertainty(for matrix: DecisionMatrix) -> DataUncertainty {
        let index = Dictionary(alternatives.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let rows = matrix.alternatives.map { index[$0] }
        let n = matrix.columnCount
        guard criteria.count == n else { return .exact }
        let given = criteria.contains { c in rows.contains { $0.flatMap { c.distributions[$0] } != nil } }
        guard given else {
            return criteria.contains { $0.uncertainty != nil } ? .relative(criteria.map { $0.uncertainty ?? 0 }) : .exact
        }
        return .distributions(matrix.values.indices.map { k in
            let i = rows[k / n], c = criteria[k % n], x = matrix.values[k]
            if let i, let d = c.distributions[i] { return d }
            guard let p = c.uncertainty, p > 0 else { return .exact }
            return .uniform(lower: min(x * (1 - p), x * (1 + p)), upper: max(x * (1 - p), x * (1 + p)))
        })
    }

    /// The criteria pairwise judgments as an incomplete comparison matrix over all criteria (in
    /// dataset order), from the flat `judgments:` form.
    /// - Throws: for a criterion that no judgment involves, an error naming it and showing the lines
    ///   to add; for contradicting judgments, both lines.
    public func criteriaComparisons(_ spec: AHPJudgments) throws -> IncompleteComparisons {
        let ids = criteria.map(\.criterion.id)
        let comparisons = try Self.comparisons(over: ids, spec.judgments, file: spec.file)
        let n = ids.count
        for (i, id) in ids.enumerated() where !(0..<n).contains(where: { $0 != i && comparisons.entries[i * n + $0] != nil }) {
            let others = ids.filter { $0 != id }
            var message = "criterion '\(id)' (\(criteria[i].file)) is in no AHP judgment, so it cannot be weighed. Add at least one line under weights.judgments, for example:\n"
            for other in others.prefix(3) { message += "    - [\(id), \(other), \"1\"]   # how many times as important is \(id) as \(other)?\n" }
            message += "  or run with --weights equal (or entropy, critic) to weigh the criteria without judgments"
            throw InputError.dataset(file: spec.file, line: nil, column: nil, message: message)
        }
        return comparisons
    }

    /// Judgments `[a, b, v]` as an incomplete comparison matrix over `elements` (a judgment's
    /// reciprocal fills the mirror entry; pairs nobody judged stay missing).
    /// - Throws: for contradicting judgments of one pair, an error naming both lines.
    static func comparisons(over elements: [String], _ judgments: [AHPJudgments.Judgment], file: String) throws -> IncompleteComparisons {
        let n = elements.count
        let index = Dictionary(elements.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        var entries = [Double?](repeating: nil, count: n * n)
        var origin = [Int?](repeating: nil, count: n * n)
        for judgment in judgments {
            guard let i = index[judgment.a], let j = index[judgment.b] else { continue }
            for (r, c, v) in [(i, j, judgment.value), (j, i, 1 / judgment.value)] {
                if let existing = entries[r * n + c], abs(existing * (1 / v) - 1) > 1e-9 {
                    let other = origin[r * n + c].map { "line \($0)" } ?? "another judgment"
                    throw InputError.dataset(file: file, line: judgment.line, column: nil,
                                             message: "this judgment of \(judgment.a) vs \(judgment.b) (\(SaatyScale.label(judgment.value))) contradicts \(other); give each pair once")
                }
                entries[r * n + c] = v
                origin[r * n + c] = judgment.line
            }
        }
        do { return try IncompleteComparisons(elements: elements, entries: entries) } catch let error as AHPError {
            throw InputError.dataset(file: file, line: nil, column: nil, message: error.description)
        }
    }
}
