#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import MCDACore

/// The rows after the header of a decision-matrix CSV: alternative names and row-major values,
/// read on every core when the file is large.
///
/// A body of at least ``parallelThreshold`` bytes with no double quote (so no row can span two
/// lines) is cut at line ends into blocks; the newlines of each block are counted (and quotes
/// looked for) in one parallel pass, which gives every block its first line number and an upper
/// bound on its rows, hence where its values, names and name hashes go in the joined lists; the
/// blocks are then parsed concurrently (``MatrixRowBlock``) and their gaps closed in file order. Any other body is one block, read serially. The result does not depend on the number
/// of blocks or threads: the same names, the same doubles, and on bad input the same error — the
/// first in file order, with its line.
enum MatrixBody {
    /// Bodies smaller than this are read serially.
    static let parallelThreshold = 1 << 20

    /// Reads the body. `firstLine` is the line number of its first byte.
    /// - Throws: ``InputError`` for the first bad row in file order.
    /// Complexity: O(size) time; memory: m names and m·n doubles.
    static func read(_ body: UnsafeBufferPointer<UInt8>, firstLine: Int, file: String,
                     criteria: [String]) throws -> (alternatives: [String], values: [Double]) {
        if body.count >= parallelThreshold {
            // Newlines and quotes are counted in one parallel pass; a quote anywhere means serial.
            let blocks = cut(body, into: ParallelLoop.pieces(work: body.count, grain: 1 << 20))
            let (newlines, quoted) = count(body, blocks: blocks)
            if !quoted {
                return try read(body, blocks: blocks, newlines: newlines, firstLine: firstLine, file: file, criteria: criteria)
            }
        }
        return try read(body, blocks: [0..<body.count], firstLine: firstLine, file: file, criteria: criteria)
    }

    /// The newlines of each block, and whether any block holds a double quote.
    private static func count(_ body: UnsafeBufferPointer<UInt8>, blocks: [Range<Int>]) -> (newlines: [Int], quoted: Bool) {
        var newlines = [Int](repeating: 0, count: blocks.count), quotes = [Bool](repeating: false, count: blocks.count)
        newlines.withUnsafeMutableBufferPointer { counts in
            quotes.withUnsafeMutableBufferPointer { quotes in
                ParallelLoop.forEach(blocks.count) { b in
                    (counts[b], quotes[b]) = countNewlines(UnsafeBufferPointer(rebasing: body[blocks[b]]), findingQuotes: true)
                }
            }
        }
        return (newlines, quotes.contains(true))
    }

    /// Reads `body` cut into `blocks` (consecutive ranges, each ending at a line end or the end).
    static func read(_ body: UnsafeBufferPointer<UInt8>, blocks: [Range<Int>], firstLine: Int, file: String,
                     criteria: [String]) throws -> (alternatives: [String], values: [Double]) {
        try read(body, blocks: blocks, newlines: count(body, blocks: blocks).newlines, firstLine: firstLine, file: file, criteria: criteria)
    }

    /// ``read(_:blocks:firstLine:file:criteria:)`` with each block's newlines counted.
    private static func read(_ body: UnsafeBufferPointer<UInt8>, blocks: [Range<Int>], newlines: [Int], firstLine: Int, file: String,
                             criteria: [String]) throws -> (alternatives: [String], values: [Double]) {
        let n = criteria.count
        let k = blocks.count
        // Room for the rows of a block that write values: at most one per line (c newlines: c lines
        // when the block ends with its last newline, as every block but the last does, else c + 1),
        // and as each has n + 1 fields, hence n commas, at most (bytes / n) of them, which keeps a
        // file of blank lines under a wide header from asking for more memory than 8 × its size.
        // Without blank lines the blocks' rows then fill their room exactly, and no values move
        // below.
        let room = (0..<k).map { b -> Int in
            let block = blocks[b]
            let endsWithNewline = !block.isEmpty && body[block.upperBound - 1] == 0x0A
            return min(newlines[b] + (endsWithNewline ? 0 : 1), block.count / n + 1)
        }
        var firstRow = [0], firstLines = [firstLine]
        for b in 0..<k { firstRow.append(firstRow[b] + room[b]); firstLines.append(firstLines[b] + newlines[b]) }
        // Each block writes its values, names and name hashes straight into the joined lists at
        // its first row; a block that holds fewer rows than its room leaves a gap, closed after.
        let capacity = firstRow[k]
        var done: [MatrixRowBlock] = []
        var used = 0  // the blocks up to the first failing one
        var hashes: [UInt64] = [], values: [Double] = []
        let alternatives = [String](unsafeUninitializedCapacity: capacity) { names, nameTotal in
            hashes = [UInt64](unsafeUninitializedCapacity: capacity) { hashBuffer, hashTotal in
                values = [Double](unsafeUninitializedCapacity: capacity * n) { valueBuffer, valueTotal in
                    var parsed = [MatrixRowBlock?](repeating: nil, count: k)
                    parsed.withUnsafeMutableBufferPointer { parsed in
                        ParallelLoop.forEach(k) { b in
                            parsed[b] = MatrixRowBlock(bytes: UnsafeBufferPointer(rebasing: body[blocks[b]]), file: file,
                                                       firstLine: firstLines[b], criteria: criteria,
                                                       values: valueBuffer.baseAddress! + firstRow[b] * n,
                                                       names: names.baseAddress! + firstRow[b], hashes: hashBuffer.baseAddress! + firstRow[b],
                                                       rows: room[b])
                        }
                    }
                    done = parsed.map { $0! }
                    // Blocks after the first failing one do not count: their names are let go.
                    used = (done.firstIndex { $0.failure != nil } ?? k - 1) + 1
                    for b in used..<k { (names.baseAddress! + firstRow[b]).deinitialize(count: done[b].nameCount) }
                    // Close the gaps: block b's names, hashes and values follow block b − 1's.
                    var joinedNames = 0, joinedRows = 0
                    for b in 0..<used {
                        let block = done[b], start = firstRow[b]
                        if joinedNames != start {
                            (names.baseAddress! + joinedNames).moveInitialize(from: names.baseAddress! + start, count: block.nameCount)
                            (hashBuffer.baseAddress! + joinedNames).moveInitialize(from: hashBuffer.baseAddress! + start, count: block.nameCount)
                        }
                        if joinedRows != start {
                            (valueBuffer.baseAddress! + joinedRows * n).moveInitialize(from: valueBuffer.baseAddress! + start * n, count: block.rowCount * n)
                        }
                        joinedNames += block.nameCount
                        joinedRows += block.rowCount
                    }
                    valueTotal = joinedRows * n
                    hashTotal = joinedNames
                    nameTotal = joinedNames
                }
            }
        }
        if let r = DuplicateNames.firstRepeat(alternatives, hashes: hashes, ascii: done[..<used].allSatisfy(\.ascii)) {
            throw InputError.duplicateName(file: file, line: try line(ofRow: r, in: body, firstLine: firstLine, file: file),
                                           kind: "alternative", name: alternatives[r])
        }
        if let failure = done[used - 1].failure { throw failure }
        return (alternatives, values)
    }

    /// `body` cut into `count` consecutive ranges of about equal size, each ending just after a
    /// newline (or at the end); some may be empty.
    static func cut(_ body: UnsafeBufferPointer<UInt8>, into count: Int) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for b in 1...count {
            var end = b == count ? body.count : max(start, body.count / count * b)
            if end < body.count, end > 0, body[end - 1] != 0x0A {
                let rest = body.count - end
                if let p = memchr(body.baseAddress! + end, 0x0A, rest) {
                    end = UnsafeRawPointer(p).assumingMemoryBound(to: UInt8.self) - body.baseAddress! + 1
                } else {
                    end = body.count
                }
            }
            ranges.append(start..<end)
            start = end
        }
        return ranges
    }

    /// The number of 0x0A bytes, eight at a time: in t = word ⊕ 0x0A0A…, a byte is zero exactly
    /// when its high bit is set in ¬(((t ∧ 0x7F…) + 0x7F…) ∨ t ∨ 0x7F…) (no carry crosses bytes).
    static func countNewlines(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        countNewlines(bytes, findingQuotes: false).newlines
    }

    /// ``countNewlines(_:)``, and whether a double quote (0x22) occurs, found in the same read
    /// when `findingQuotes`.
    @inline(__always)
    static func countNewlines(_ bytes: UnsafeBufferPointer<UInt8>, findingQuotes: Bool) -> (newlines: Int, quote: Bool) {
        let count = bytes.count
        var newlines = 0, k = 0
        var quotes: UInt64 = 0
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F, newline: UInt64 = 0x0A0A_0A0A_0A0A_0A0A, quote: UInt64 = 0x2222_2222_2222_2222
            while k + 8 <= count {
                let word = raw.loadUnaligned(fromByteOffset: k, as: UInt64.self)
                let t = word ^ newline
                newlines += (~(((t & low) &+ low) | t | low)).nonzeroBitCount
                if findingQuotes {
                    let q = word ^ quote
                    quotes |= ~(((q & low) &+ low) | q | low)
                }
                k += 8
            }
        }
        var quoted = quotes != 0
        while k < count { if bytes[k] == 0x0A { newlines += 1 }; if bytes[k] == 0x22 { quoted = true }; k += 1 }
        return (newlines, findingQuotes && quoted)
    }

    /// The line of the `row`-th (0-based) non-blank row of `body`; only called to report an error.
    private static func line(ofRow row: Int, in body: UnsafeBufferPointer<UInt8>, firstLine: Int, file: String) throws -> Int {
        var scanner = CSVScanner(bytes: body, file: file, firstLine: firstLine, skipsByteOrderMark: false)
        var fields: [CSVField] = []
        var k = 0
        while let line = try scanner.nextRow(into: &fields) {
            if k == row { return line }
            k += 1
        }
        preconditionFailure("row \(row) is past the end of the body")
    }
}
