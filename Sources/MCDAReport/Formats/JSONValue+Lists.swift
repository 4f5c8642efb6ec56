import MCDACore

extension JSONValue {
    /// Lists shorter than this are written on one thread.
    static let parallelListThreshold = 16_384

    /// Writes a one-line list `[e₀, e₁, …]` (`[e₀,e₁,…]` when not pretty) of `count` scalars, the
    /// same bytes as `.array` writes for scalars. A long list is cut into pieces of consecutive
    /// elements that are formatted concurrently into their own buffers and appended in order, so the
    /// text does not depend on the number of threads.
    ///
    /// `elements(range, &sink)` writes the elements in `range`, each preceded by the separator
    /// (", " when pretty, else ",") unless it is element 0; it is called concurrently and must only
    /// read shared state. Complexity: O(count) work, about count / cores time.
    static func writeList(_ count: Int, pretty: Bool, into out: inout JSONSink,
                          elements writeRange: (Range<Int>, inout JSONSink) -> Void) {
        guard count > 0 else { out.append("[]"); return }
        out.bytes.append(0x5B)
        if count < parallelListThreshold {
            writeRange(0..<count, &out)
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
                    writeRange(count * p / pieces ..< count * (p + 1) / pieces, &parts[p])
                }
            }
            out.take(&parts, count: pieces)
            out.scratch = parts
        }
        out.bytes.append(0x5D)
    }

    /// Writes `values[range]` as list elements, each preceded by a separator (", " when pretty,
    /// else ",") except the list's first (index 0): the same bytes as ``write(_:into:)`` per element.
    ///
    /// Every number is stored straight into a 4 KB chunk that is appended to the sink when full
    /// (one append per hundred numbers or more instead of one per number): zeros, short decimals
    /// (``JSONSink/shortDecimal(_:)``, nearly all the numbers of an acceptability matrix), whole
    /// numbers below 10¹⁵ as integers, non-finite values as `null`, and the rest in Swift's
    /// shortest round-trip form (``JSONSink/shortestDigits(_:into:)``).
    static func writeNumbers(_ values: UnsafeBufferPointer<Double>, range: Range<Int>, pretty: Bool, into sink: inout JSONSink) {
        let separator: UInt16 = pretty ? 0x202C : 0x2C, separatorBytes = pretty ? 2 : 1  // ", " little-endian
        withUnsafeTemporaryAllocation(byteCount: 4096, alignment: 8) { chunk in
            let base = chunk.baseAddress!
            var used = 0
            for k in range {
                if used > 4096 - 48 {  // room for a separator and the longest number (24 bytes)
                    sink.bytes.append(contentsOf: UnsafeRawBufferPointer(start: base, count: used))
                    used = 0
                }
                if k > 0 {
                    base.storeBytes(of: separator, toByteOffset: used, as: UInt16.self)
                    used &+= separatorBytes
                }
                let x = values[k]
                if x == 0 {
                    base.storeBytes(of: 0x30, toByteOffset: used, as: UInt8.self)  // "0"
                    used &+= 1
                } else if let (text, count) = JSONSink.shortDecimal(x) {
                    base.storeBytes(of: text.0, toByteOffset: used, as: UInt64.self)
                    base.storeBytes(of: text.1, toByteOffset: used &+ 8, as: UInt64.self)
                    used &+= count
                } else if !x.isFinite {
                    base.storeBytes(of: 0x6C6C_756E, toByteOffset: used, as: UInt32.self)  // "null"
                    used &+= 4
                } else if x == x.rounded(), abs(x) < 1e15 {
                    used &+= JSONSink.integerDigits(Int(x), into: (base + used).assumingMemoryBound(to: UInt8.self))
                } else {
                    used &+= JSONSink.shortestDigits(x, into: (base + used).assumingMemoryBound(to: UInt8.self))
                }
            }
            sink.bytes.append(contentsOf: UnsafeRawBufferPointer(start: base, count: used))
        }
    }

    /// Writes a pretty array of short number lists (a matrix: a thousand rows of a thousand
    /// acceptabilities) with pieces of consecutive rows formatted concurrently, the same bytes as
    /// the one-thread path of `.array`. Returns false, writing nothing, when the array is not such a
    /// matrix or is too small to be worth it.
    static func writeRowsInParallel(_ rows: [JSONValue], indent: Int, into out: inout JSONSink) -> Bool {
        var total = 0
        for row in rows {
            guard case .numbers(let values) = row, values.count < parallelListThreshold else { return false }
            total += values.count
        }
        guard rows.count >= 2 && total >= parallelListThreshold else { return false }
        let pieces = ParallelLoop.pieces(work: total, grain: parallelListThreshold)
        var parts = [JSONSink](repeating: JSONSink(), count: pieces)
        parts.withUnsafeMutableBufferPointer { parts in
            ParallelLoop.forEach(pieces) { p in
                let range = rows.count * p / pieces ..< rows.count * (p + 1) / pieces
                parts[p].bytes.reserveCapacity(24 * total / pieces + 64)
                for k in range {
                    if k > 0 { parts[p].append(",") }
                    parts[p].newline(indent + 2)
                    rows[k].write(into: &parts[p], indent: indent + 2)
                }
            }
        }
        out.append("[")
        out.take(&parts, count: pieces)
        out.newline(indent)
        out.append("]")
        return true
    }
}
