import FuzzSupport
import MCDACore
import MCDAInput

let scratch = ScratchFolder("pairwise")

/// The pairwise CSV reader, as `mcda ahp FILE.csv` uses it: read, complete the missing judgments
/// (Harker), analyse. An error of the reader names the file; the analysis refuses only with an
/// ``AHPError`` (which the command reports under the file's name). A completed matrix is positive
/// and reciprocal with a unit diagonal; its priorities are positive and sum to 1, and λmax ≥ n.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPairwiseCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    scratch.reset()
    let file = scratch.path + "/judgments.csv"
    scratch.write(UnsafeBufferPointer(start: data, count: size), to: "judgments.csv")
    let matrix: PairwiseComparisonMatrix
    do { matrix = try PairwiseCSV.readMatrix(path: file) } catch {
        Property.namesFile(error, file)
        return 0
    }
    let n = matrix.order
    for i in 0..<n {
        Property.check(matrix[i, i] == 1, "a diagonal entry is \(matrix[i, i])")
        for j in 0..<n {
            let (a, b) = (matrix[i, j], matrix[j, i])
            Property.check(a > 0 && a.isFinite, "entry (\(i), \(j)) is \(a)")
            Property.check(abs(a * b - 1) <= PairwiseComparisonMatrix.reciprocityTolerance, "entries (\(i), \(j)) and (\(j), \(i)) are \(a) and \(b)")
        }
    }
    for method in PriorityMethod.allCases {
        do {
            let result = try AHP.analyze(matrix, method: method)
            let total = result.priorities.reduce(0, +)
            Property.check(result.priorities.allSatisfy { $0 >= 0 && $0.isFinite } && abs(total - 1) < 1e-9,
                           "\(method) priorities \(result.priorities)")
            Property.check(result.consistency.lambdaMax >= Double(n) * (1 - 1e-9), "λmax \(result.consistency.lambdaMax) < n = \(n)")
        } catch {
            Property.check(error is AHPError, "\(type(of: error)) from AHP.analyze: \(error)")
        }
    }
    return 0
}
