@testable import MCDACore
import Synchronization
import Testing

@Suite struct ParallelBlocksTests {
    struct Failure: Error, Equatable { let block: Int }

    @Test(arguments: [1, 2, 3, 8])
    func runsEveryBlockOnce(threads: Int) throws {
        let seen = Mutex([Int](repeating: 0, count: 37))
        try ParallelBlocks.run(blockCount: 37, threads: threads) { _, block in seen.withLock { $0[block] += 1 } }
        #expect(seen.withLock { $0 } == [Int](repeating: 1, count: 37))
    }

    /// Blocks 5, 9 and 30 fail: every thread count reports block 5, as one thread would.
    @Test(arguments: [1, 2, 4, 7])
    func reportsTheLowestFailingBlock(threads: Int) {
        #expect(throws: Failure(block: 5)) {
            try ParallelBlocks.run(blockCount: 40, threads: threads) { _, block in
                if [30, 9, 5].contains(block) { throw Failure(block: block) }
            }
        }
    }

    @Test func countsBlocks() {
        #expect(ParallelBlocks.blockCount(samples: 1, blockSize: 1024) == 1)
        #expect(ParallelBlocks.blockCount(samples: 1024, blockSize: 1024) == 1)
        #expect(ParallelBlocks.blockCount(samples: 1025, blockSize: 1024) == 2)
    }
}
