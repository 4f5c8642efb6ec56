import Dispatch

/// Runs the iterations of a loop on every core (Grand Central Dispatch's `concurrentPerform`), for
/// the package's large kernels: reading a million-row CSV, formatting a million numbers.
///
/// Callers keep results deterministic by giving each iteration its own, disjoint part of the
/// output and combining the parts in index order afterwards, so the answer never depends on the
/// number of threads or on their timing.
package enum ParallelLoop {
    /// Calls `body(0)`, …, `body(count − 1)`, concurrently when `count > 1`, and returns when all
    /// have finished. `body` may write through pointers only to memory no other iteration touches.
    ///
    /// Example: `ParallelLoop.forEach(4) { k in partial[k] = sum(of: block(k)) }`
    package static func forEach(_ count: Int, _ body: (Int) -> Void) {
        guard count > 1 else {
            if count == 1 { body(0) }
            return
        }
        withoutActuallyEscaping(body) { body in
            let shared = UncheckedSendable(body)
            DispatchQueue.concurrentPerform(iterations: count) { shared.value($0) }
        }
    }

    /// A number of pieces for `work` units cut into pieces of about `grain` units: at least 1, at
    /// most ``maxPieces`` (enough to keep a few cores busy when one of them is slowed down).
    package static func pieces(work: Int, grain: Int) -> Int {
        max(1, min(work / max(1, grain), maxPieces))
    }

    /// The most pieces ``pieces(work:grain:)`` suggests.
    package static let maxPieces = 16
}

/// A value handed to concurrent iterations whose accesses the caller keeps disjoint.
private struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
