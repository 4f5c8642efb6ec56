import FuzzSupport
import MCDACore
import MCDAInput

/// The matrix the distributions describe: one alternative, one criterion.
let matrix = try! DecisionMatrix(alternatives: ["a"], criteria: [Criterion(id: "c", direction: .benefit)], values: [0.5])

/// The distribution syntax (`beta(α, β)`, `normal(mean, sd)`, `lognormal(μ, σ)`,
/// `uniform(lower, upper)`), as `mcda smaa --distributions FILE.csv` reads it: the input is the one
/// cell of a 1 × 1 table. An error names the file and its line; a distribution read has parameters
/// it accepts (``ValueDistribution/problem`` is nil), a mean and a variance that are not NaN, and it passes the
/// matrix's own validation or is refused with an error, never a trap.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDistribution(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let file = "fuzz/distributions.csv"
    let cell = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let text = "alternative,c\na,\"" + cell.replacing("\"", with: "\"\"") + "\"\n"
    let uncertainty: DataUncertainty
    do {
        uncertainty = try DistributionTableCSV.read(CSVTable(text: text, file: file), for: matrix)
    } catch {
        Property.namesFile(error, file)
        return 0
    }
    guard case .distributions(let cells) = uncertainty else { Property.fail("\(uncertainty) is not a table of distributions") }
    Property.check(cells.count == 1, "\(cells.count) cells for a 1 × 1 matrix")
    let d = cells[0]
    Property.check(d.problem == nil, "\(d) was read although \(d.problem ?? "")")
    // A log-normal's mean and variance may exceed the largest double (σ = 23: variance e^1058) while
    // every draw stays finite (exp(μ + 13σ) is checked): +∞ is their value, never NaN.
    Property.check(!d.mean(value: 0.5).isNaN && !d.variance.isNaN && d.variance >= 0, "\(d): mean \(d.mean(value: 0.5)), variance \(d.variance)")
    do { try uncertainty.validate(for: matrix) } catch {
        Property.check(error is MCDAError, "\(type(of: error)) from validate: \(error)")
    }
    return 0
}
