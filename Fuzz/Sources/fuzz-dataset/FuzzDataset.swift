import FuzzSupport
import MCDACore
import MCDAInput

let scratch = ScratchFolder("dataset")

/// A dataset folder (manifest, alternatives, criterion files) cut from one input
/// (``SplitDataset``), loaded and turned into a problem as `mcda analyze` does. Every error is an
/// ``InputError`` whose message starts with a file of the folder; a problem read has finite values,
/// one per alternative and criterion, and one weight per criterion, finite, non-negative, not all 0.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDataset(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    scratch.reset()
    for (path, content) in SplitDataset.files(Array(UnsafeBufferPointer(start: data, count: size))) {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("..") else { return 0 }
        scratch.write(content, to: path)
    }
    let problem: DecisionProblem
    do { problem = try Dataset.load(folder: scratch.path).problem() } catch {
        Property.namesFile(error, scratch.path)
        return 0
    }
    let matrix = problem.matrix
    Property.check(matrix.values.count == matrix.rowCount * matrix.columnCount && matrix.values.allSatisfy(\.isFinite),
                   "the matrix holds \(matrix.values)")
    let weights = problem.baseWeights.weights
    Property.check(weights.count == matrix.columnCount && weights.allSatisfy { $0 >= 0 && $0.isFinite } && weights.contains { $0 > 0 },
                   "weights \(weights) for \(matrix.columnCount) criteria")
    return 0
}
