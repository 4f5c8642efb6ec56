
/// Runs a ``BenchmarkDesign``: for every cell (m, n) it draws the problems, ranks each with every
/// method and summarises, for every pair of methods, the Spearman r_s, weighted Spearman r_w and
/// WS coefficients and how often the winners agree (``BenchmarkPair``), after Sałabun, Wątróbski &
/// Shekhovtsov (2020), "Are MCDA methods benchmarkable?", Symmetry 12(9) 1549,
/// doi:10.3390/sym12091549.
///
/// Determinism: a cell's problems are cut into blocks of ``blockSize``; block k of the cell of m
/// alternatives and n criteria draws from stream m·2⁴⁴ + n·2²⁴ + k of the seed
/// (``Xoshiro256StarStar/init(seed:stream:)``), so a cell's problems do not depend on which other
/// cells the grid has; the blocks run
/// on ``BenchmarkDesign/threads`` workers (the scheme of ``SMAA``), and their results are merged in
/// block order and summarised from sorted values (``SampleSummary``). Every number except the
/// seconds per method is therefore the same for any thread count.
///
/// Failures: a method that throws on a drawn problem is counted (``BenchmarkCell/failures``, with
/// the first error) and the problem is left out of that method's pairs, never scored as a tie.
///
/// Complexity: O(cells · problems · (Σ method costs + pairs · m)) time; O(cells · problems · pairs)
/// memory for the per-problem coefficients.
public enum Benchmark {
    /// Problems per block (and per random stream).
    public static let blockSize = 64

    /// Runs `design`.
    /// - Parameters:
    ///   - design: the grid (or the perturbed problem), the methods, the number of problems and the seed.
    ///   - progress: called after each block with the fraction done (serialised calls).
    /// - Throws: what a method's configuration throws for a cell's number of criteria
    ///   (``BenchmarkMethod/specification(criteria:)``), before any problem is drawn.
    public static func run(_ design: BenchmarkDesign, progress: (@Sendable (Double) -> Void)? = nil) throws -> BenchmarkResult {
        var configured: [Int: [MethodSpecification]] = [:]
        for n in design.criteria where configured[n] == nil {
            configured[n] = try design.methods.map { try $0.specification(criteria: n) }
        }
        let cells = design.cells
        let tasks = cells.map { BenchmarkCellTask(m: $0.alternatives, n: $0.criteria, methods: configured[$0.criteria]!, design: design) }
        let perCell = ParallelBlocks.blockCount(samples: design.problems, blockSize: blockSize)
        let store = BlockStore(count: cells.count * perCell)
        try ParallelBlocks.run(blockCount: cells.count * perCell, threads: design.threads, progress: progress) { _, index in
            let (c, k) = index.quotientAndRemainder(dividingBy: perCell)
            let first = k * blockSize
            let block = try tasks[c].run(problems: first ..< min(first + blockSize, design.problems),
                                         stream: BenchmarkDesign.stream(alternatives: cells[c].alternatives,
                                                                        criteria: cells[c].criteria, block: k))
            store.blocks.withLock { $0[index] = block }
        }
        let blocks = store.blocks.withLock { $0.map { $0! } }
        let results = cells.enumerated().map { c, cell in
            merge(blocks[c * perCell ..< (c + 1) * perCell], cell: cell, design: design)
        }
        return BenchmarkResult(design: design, cells: results)
    }

    /// One cell's blocks, in block order, summarised.
    static func merge(_ blocks: ArraySlice<BenchmarkBlock>, cell: (alternatives: Int, criteria: Int),
                      design: BenchmarkDesign) -> BenchmarkCell {
        let methods = design.methods.count
        let pairs = design.pairs.enumerated().map { k, pair in
            var rs: [Double] = [], rw: [Double] = [], ws: [Double] = [], same = 0
            for block in blocks {
                for i in 0..<block.count where !block.spearman[k * block.count + i].isNaN {
                    let slot = k * block.count + i
                    rs.append(block.spearman[slot])
                    rw.append(block.weightedSpearman[slot])
                    ws.append(block.ws[slot])
                    same += Int(block.sameWinner[slot])
                }
            }
            return BenchmarkPair(a: pair.a, b: pair.b, problems: rs.count, spearman: SampleSummary(rs),
                                 weightedSpearman: SampleSummary(rw), ws: SampleSummary(ws),
                                 sameWinner: rs.isEmpty ? .nan : Double(same) / Double(rs.count),
                                 weightedSpearmanValues: rw, wsValues: ws)
        }
        var failures = [Int](repeating: 0, count: methods), seconds = [Double](repeating: 0, count: methods)
        var first = [BenchmarkFailure?](repeating: nil, count: methods)
        for block in blocks {
            for q in 0..<methods {
                failures[q] += block.failures[q]
                seconds[q] += block.seconds[q]
                if first[q] == nil { first[q] = block.firstFailures[q] }
            }
        }
        return BenchmarkCell(alternatives: cell.alternatives, criteria: cell.criteria, problems: design.problems,
                             pairs: pairs, failures: failures, firstFailures: first, seconds: seconds)
    }

    /// Where workers leave their blocks' results.
    private final class BlockStore: Sendable {
        let blocks: LockedValue<[BenchmarkBlock?]>
        init(count: Int) { blocks = LockedValue([BenchmarkBlock?](repeating: nil, count: count)) }
    }
}
