import Testing
import _TestSupport
@testable import MCDACore

@Suite struct NormalizationTests {
    /// The column-by-column textbook computation (the table in Normalization's documentation),
    /// written out as plainly as possible, as the reference for the row-wise kernel.
    static func reference(_ x: DecisionMatrix, _ kind: Normalization) -> [Double] {
        let m = x.rowCount, n = x.columnCount
        var r = x.values
        for j in 0..<n {
            let col = x.column(j), benefit = x.criteria[j].isBenefit
            var lo = Double.infinity, hi = -Double.infinity, sum = 0.0, squares = 0.0, inverse = 0.0
            for v in col { lo = min(lo, v); hi = max(hi, v); sum += v; squares += v * v; inverse += 1 / v }
            for i in 0..<m {
                let v = col[i]
                switch (kind, benefit) {
                case (.vector, _) where squares == 0, (.minMax, _) where hi == lo, (.max, _) where hi == 0: r[i * n + j] = 1
                case (.vector, true): r[i * n + j] = v / squares.squareRoot()
                case (.vector, false): r[i * n + j] = 1 - v / squares.squareRoot()
                case (.minMax, true): r[i * n + j] = (v - lo) / (hi - lo)
                case (.minMax, false): r[i * n + j] = (hi - v) / (hi - lo)
                case (.max, true): r[i * n + j] = v / hi
                case (.max, false): r[i * n + j] = 1 - v / hi
                case (.linear, true): r[i * n + j] = v / hi
                case (.linear, false): r[i * n + j] = lo / v
                case (.sum, true): r[i * n + j] = v / sum
                case (.sum, false): r[i * n + j] = (1 / v) / inverse
                case (.none, true): r[i * n + j] = v
                case (.none, false): r[i * n + j] = 1 / v
                }
            }
        }
        return r
    }

    static func matrix(rows m: Int, seed: UInt64, positive: Bool) -> DecisionMatrix {
        var rng = TestRNG(seed: seed)
        let n = 5
        var values = (0..<(m * n)).map { _ in positive ? Double.random(in: 0.5...900, using: &rng) : Double.random(in: -50...50, using: &rng) }
        for i in 0..<m { values[i * n + 4] = 7 }  // a constant column
        return try! DecisionMatrix(alternatives: (0..<m).map { "a\($0)" },
                                   criteria: (0..<n).map { Criterion(id: "c\($0)", direction: $0 % 2 == 0 ? .benefit : .cost) },
                                   values: values)
    }

    /// Bit for bit the column-wise computation, on small and large (parallel) matrices.
    @Test func rowWiseKernelIsTheColumnWiseComputation() throws {
        for m in [1, 3, 50, 40_000] {
            for kind in Normalization.allCases {
                let x = Self.matrix(rows: m, seed: UInt64(m), positive: true)
                let r = try kind.apply(to: x)
                #expect(r.values.map(\.bitPattern) == Self.reference(x, kind).map(\.bitPattern), "\(kind), m = \(m)")
                #expect(r.constantColumns == (m == 1 ? [0, 1, 2, 3, 4] : [4]))
            }
            for kind in [Normalization.vector, .minMax, .max] {
                let x = Self.matrix(rows: m, seed: UInt64(m) + 1, positive: false)
                // max needs a positive maximum in every column that is not constant.
                let negativeMax = (0..<x.columnCount).first { j in
                    let c = x.column(j)
                    return c.min()! != c.max()! && c.max()! <= 0
                }
                if kind == .max, let j = negativeMax {
                    #expect(throws: MCDAError.nonPositiveScale(method: "max normalisation", criterion: x.criteria[j].id,
                                                               statistic: "maximum", value: x.column(j).max()!)) { try kind.apply(to: x) }
                    continue
                }
                #expect(try kind.apply(to: x).values.map(\.bitPattern) == Self.reference(x, kind).map(\.bitPattern))
            }
        }
    }

    /// The error names the first non-positive value column by column, as before.
    @Test func firstNonPositiveValueInColumnOrder() {
        let x = try! DecisionMatrix(alternatives: ["a", "b", "c"],
                                    criteria: [Criterion(id: "p", direction: .benefit), Criterion(id: "q", direction: .benefit)],
                                    values: [1, 2, 3, -1, 0, 5])
        #expect(throws: MCDAError.nonPositiveValue(method: "linear normalisation", alternative: "c", criterion: "p", value: 0)) {
            try Normalization.linear.apply(to: x)
        }
        // `none` needs positive values on cost columns only.
        let y = try! DecisionMatrix(alternatives: ["a", "b"],
                                    criteria: [Criterion(id: "p", direction: .benefit), Criterion(id: "q", direction: .cost)],
                                    values: [-1, 2, 3, 0])
        #expect(throws: MCDAError.nonPositiveValue(method: "none normalisation", alternative: "b", criterion: "q", value: 0)) {
            try Normalization.none.apply(to: y)
        }
    }

    /// x / max reverses a column whose maximum is negative (−1, −2, −3 would rank −3 first) and
    /// erases one whose maximum is 0: both are errors naming the criterion; a constant column is not.
    @Test func maxNeedsAPositiveMaximum() throws {
        func column(_ values: [Double]) -> DecisionMatrix {
            try! DecisionMatrix(alternatives: values.indices.map { "a\($0)" }, criteria: [Criterion(id: "c", direction: .benefit)], values: values)
        }
        #expect(throws: MCDAError.nonPositiveScale(method: "max normalisation", criterion: "c", statistic: "maximum", value: -1)) {
            try Normalization.max.apply(to: column([-1, -2, -3]))
        }
        #expect(throws: MCDAError.nonPositiveScale(method: "max normalisation", criterion: "c", statistic: "maximum", value: 0)) {
            try Normalization.max.apply(to: column([0, -5, -9]))
        }
        #expect(try Normalization.max.apply(to: column([-4, -4])).values == [1, 1])
        #expect(try Normalization.max.apply(to: column([-1, 2, 4])).values == [-0.25, 0.5, 1])
    }

    /// Vector normalisation is scale-free: columns up to 10¹⁵⁰ (the largest values a matrix takes) or
    /// 10⁻²⁰⁰ (whose squares underflow) normalise as the same column at ordinary magnitudes.
    @Test(arguments: [3e149, 1e-200, 1e-160])
    func vectorNormalisationSurvivesExtremeMagnitudes(scale: Double) throws {
        let base: [Double] = [1, 2, 3, 2, 2, 3]
        func matrix(_ f: Double) -> DecisionMatrix {
            try! DecisionMatrix(alternatives: ["a", "b", "c"],
                                criteria: [Criterion(id: "p", direction: .benefit), Criterion(id: "q", direction: .cost)],
                                values: base.map { $0 * f })
        }
        let expected = try Normalization.vector.apply(to: matrix(1)).values
        let got = try Normalization.vector.apply(to: matrix(scale))
        #expect(allClose(got.values, expected, tolerance: 1e-14), "\(got.values)")
        #expect(got.constantColumns.isEmpty)
    }
}
