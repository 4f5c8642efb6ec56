import MCDACore

extension JSONValue {
    /// Lists shorter than this are written on one thread.
    static let parallelListThreshold = 16_384

    /// Writes a one-line list `[e₀, e₁, …]` (`[e₀,e₁,…]` when not pretty) of `count` scalars, the
    /// same bytes as `.array` writes for scalars. A long list is cut into pieces of consecutive
    /// elements that are formatted concurrently into their own buffers and appended in order, so the
    /// text does not depend on the number of threads.
    ///
    /// `element(k, &sink)` writes element k; it is called concurrently and must only read shared state.
    /// Complexity: O(count) work, about count / cores time.
    static func writeList(_ count: Int, pretty: Bool, into out: inout JSONSink,
                          element: (Int, inout JSONSink) -> Void) {
        guard count > 0 else { out.append("[]"); return }
        let separator: [UInt8] = pretty ? [0x2C, 0x20] : [0x2C]
        func writeRange(_ range: Range<Int>, into sink: inout JSONSink) {
            for k in range {
                if k > 0 { sink.bytes.append(contentsOf: separator) }
                element(k, &sink)
            }
        }
        out.bytes.append(0x5B)
        if count < parallelListThreshold {
            writeRange(0..<count, into: &out)
        } else {
            let pieces = ParallelLoop.pieces(work: count, grain: parallelListThreshold)
            // The piece buffers are kept in the sink and reused by the next list: memory already
            // touched, not fresh pages for every list of a million numbers.
            var parts = out.scratch
            out.scratch = []
            if parts.count < pieces { parts += [JSONSink](repeating: JSONSink(), count: pieces - parts.count) }
            parts.withUnsafeMutableBufferPointer { parts in
                ParallelLoop.forEach(pieces) { p in
                    parts[p].bytes.removeAll(keepingCapacity: true)
                    parts[p].bytes.reserveCapacity(24 * (count / pieces + 1))
                    writeRange(count * p / pieces ..< count * (p + 1) / pieces, into: &parts[p])
                }
            }
            out.reserve(parts[..<pieces].reduce(0) { $0 + $1.bytes.count } + 1)
            for part in parts[..<pieces] { out.bytes.append(contentsOf: part.bytes) }
            out.scratch = parts
        }
        out.bytes.append(0x5D)
    }
}
