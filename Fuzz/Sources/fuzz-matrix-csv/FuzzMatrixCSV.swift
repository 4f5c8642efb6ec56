import FuzzSupport
import MCDACore
import MCDAInput

/// The decision-matrix CSV reader: an error names the file; a matrix read has finite values within
/// the documented range and reads back, bit for bit, from the CSV that ``DecisionMatrixCSV/text(of:)``
/// writes of it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMatrixCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let file = "fuzz/matrix.csv"
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let matrix: DecisionMatrix
    do { matrix = try DecisionMatrixCSV.parse(bytes: bytes, file: file) } catch {
        Property.namesFile(error, file)
        return 0
    }
    Property.check(matrix.rowCount >= 1 && matrix.columnCount >= 1, "an empty matrix was read")
    Property.check(matrix.values.allSatisfy { abs($0) <= DecisionMatrix.magnitudeLimit }, "a value beyond the limit was read")
    let text = DecisionMatrixCSV.text(of: matrix)
    do {
        let again = try DecisionMatrixCSV.parse(text: text, file: file)
        Property.check(again.alternatives == matrix.alternatives, "alternatives changed: \(matrix.alternatives) → \(again.alternatives)")
        Property.check(again.criteria.map(\.id) == matrix.criteria.map(\.id), "criteria changed: \(matrix.criteria.map(\.id)) → \(again.criteria.map(\.id))")
        Property.check(again.values.map(\.bitPattern) == matrix.values.map(\.bitPattern), "values changed: \(matrix.values) → \(again.values)")
    } catch {
        Property.fail("the written CSV does not read back: \(error)\n\(text)")
    }
    return 0
}
