import Dispatch
import Synchronization

/// Deterministic parallel execution of a simulation cut into fixed blocks of samples.
///
/// Workers take the next block from a shared counter, in increasing block order, so a worker
/// slowed down by the machine takes fewer blocks instead of holding up the end of the run. Which
/// worker runs which block is therefore not fixed, and results are bit-for-bit independent of the
/// thread count and of scheduling as long as each block's work depends only on its block index
/// (its RNG stream is derived from the seed and the block index) and per-worker partial results
/// are combined in an order-independent way (integer counts) or stored per block. On failure the
/// error of the lowest failing block is rethrown — the same one a single thread would meet first —
/// because blocks are handed out in order and every block below a failure is still run.
enum ParallelBlocks {
    /// A per-run shared record of progress and failures.
    private final class Shared: @unchecked Sendable {  // state behind its lock, the counter atomic
        struct State {
            var done = 0
            var failedBlock = Int.max
            var error: (any Error)?
        }
        let state = LockedValue(State())
        /// The next block to hand out.
        let nextBlock = Atomic<Int>(0)
    }

    /// Runs `body(worker, block)` for every block in 0..<blockCount on `threads` workers.
    /// - Parameters:
    ///   - progress: called after each block with the fraction of `progressTotal` blocks done,
    ///     `progressOffset` blocks counted as done before this run; calls are serialised.
    static func run(blockCount: Int, threads: Int, progress: (@Sendable (Double) -> Void)? = nil,
                    progressOffset: Int = 0, progressTotal: Int? = nil,
                    _ body: @Sendable (_ worker: Int, _ block: Int) throws -> Void) throws {
        let shared = Shared()
        let workers = max(1, min(threads, blockCount))
        let total = Double(progressTotal ?? blockCount)
        @Sendable func work(_ worker: Int) {
            while true {
                let block = shared.nextBlock.wrappingAdd(1, ordering: .relaxed).oldValue
                if block >= blockCount || shared.state.withLock({ block > $0.failedBlock }) { return }
                do {
                    try body(worker, block)
                } catch {
                    shared.state.withLock { state in
                        if block < state.failedBlock { state.failedBlock = block; state.error = error }
                    }
                }
                if let progress {
                    shared.state.withLock { state in
                        state.done += 1
                        progress(Double(progressOffset + state.done) / total)
                    }
                }
            }
        }
        if workers == 1 { work(0) } else { DispatchQueue.concurrentPerform(iterations: workers) { work($0) } }
        if let error = shared.state.withLock({ $0.error }) { throw error }
    }

    /// The number of blocks of `blockSize` needed for `samples` samples.
    static func blockCount(samples: Int, blockSize: Int) -> Int { (samples + blockSize - 1) / blockSize }
}
