import Testing
import _TestSupport
@testable import MCDAReport

/// `.numbers` and `.strings` write exactly the bytes of the element-by-element `.array` form,
/// short or long (formatted in parallel pieces), pretty or compact.
@Suite struct JSONValueListsTests {
    /// Seeded doubles of every kind the writer distinguishes: whole numbers (printed as integers
    /// below 10^15), fractions, tiny and huge magnitudes, negative zero, non-finite values (null),
    /// and the zeros and shares k / 10⁵ that the chunked fast path writes (long runs of them cross
    /// its 4 KB chunks).
    static func doubles(_ count: Int, seed: UInt64) -> [Double] {
        var rng = TestRNG(seed: seed)
        return (0..<count).map { _ in
            switch Int.random(in: 0..<12, using: &rng) {
            case 0: return Double(Int.random(in: -1_000_000...1_000_000, using: &rng))
            case 1: return Double.random(in: 0...1, using: &rng)
            case 2: return Double(bitPattern: rng.next() & 0x7FEF_FFFF_FFFF_FFFF) * (Bool.random(using: &rng) ? 1 : -1)
            case 3: return [0.0, -0.0, 1e15, -1e15, 999_999_999_999_999, 1e16, .nan, .infinity, -.infinity, .leastNonzeroMagnitude][Int.random(in: 0..<10, using: &rng)]
            case 4: return Double.random(in: -1e-5...1e-5, using: &rng)
            case 5: return Double(Int.random(in: 0...9, using: &rng)) / 10
            case 8, 9: return Double(Int.random(in: 0...100_000, using: &rng)) / 100_000
            case 10: return 0
            default: return Double.random(in: -1e6...1e6, using: &rng)
            }
        }
    }

    @Test func numbersWriteTheSameBytesAsArraysOfNumbers() {
        for count in [0, 1, 2, 100, JSONValue.parallelListThreshold - 1, JSONValue.parallelListThreshold, 150_001] {
            let xs = Self.doubles(count, seed: UInt64(count))
            let fast = JSONValue.object([("x", .numbers(xs)), ("n", .integer(count))])
            let slow = JSONValue.object([("x", .array(xs.map(JSONValue.number))), ("n", .integer(count))])
            #expect(fast.bytes(pretty: true) == slow.bytes(pretty: true), "\(count) numbers, pretty")
            #expect(fast.bytes(pretty: false) == slow.bytes(pretty: false), "\(count) numbers, compact")
        }
    }

    @Test func stringsWriteTheSameBytesAsArraysOfStrings() {
        var rng = TestRNG(seed: 4)
        let alphabet = ["a", "Z", "7", " ", "\"", "\\", "\n", "\t", "\u{1}", "é", "∑", "😀", "\r", "/"]
        for count in [0, 1, 3, 40_000] {
            let names = (0..<count).map { _ in (0..<Int.random(in: 0...6, using: &rng)).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &rng)] }.joined() }
            let fast = JSONValue.strings(names), slow = JSONValue.array(names.map(JSONValue.string))
            #expect(fast.bytes(pretty: true) == slow.bytes(pretty: true))
            #expect(fast.bytes(pretty: false) == slow.bytes(pretty: false))
        }
    }

    /// Large matrices of number rows are formatted in parallel pieces of rows: the same bytes as
    /// the element-by-element form, nested in an object, for sizes around the threshold.
    @Test func largeMatricesWriteTheSameBytesInParallel() {
        for (rows, columns) in [(2, JSONValue.parallelListThreshold / 2), (1000, 40), (33, 1000), (3, 5)] {
            let values = (0..<rows).map { Self.doubles(columns, seed: UInt64(rows * 7 + $0)) }
            let fast = JSONValue.object([("m", .array(values.map(JSONValue.numbers))), ("k", .integer(rows))])
            let slow = JSONValue.object([("m", .array(values.map { .array($0.map(JSONValue.number)) })), ("k", .integer(rows))])
            #expect(fast.bytes(pretty: true) == slow.bytes(pretty: true), "\(rows) × \(columns)")
            #expect(fast.bytes(pretty: false) == slow.bytes(pretty: false), "\(rows) × \(columns), compact")
        }
    }

    /// `chunks` hands over the pieces of long lists instead of copying them: joined, they are the
    /// bytes of `bytes`, for documents with several long lists, a parallel matrix and short parts.
    @Test func chunksJoinToTheSameBytes() {
        let n = JSONValue.parallelListThreshold
        let rows = (0..<40).map { Self.doubles(1000, seed: UInt64(100 + $0)) }
        let documents: [JSONValue] = [
            .object([("a", .strings((0..<(n + 5)).map { "A\($0)" })), ("s", .numbers(Self.doubles(3 * n, seed: 1))),
                     ("r", .numbers(Self.doubles(n + 1, seed: 2))), ("t", .string("end"))]),
            .object([("m", .array(rows.map(JSONValue.numbers))), ("x", .numbers(Self.doubles(10, seed: 3)))]),
            .numbers(Self.doubles(5, seed: 4)),
            .array([]),
        ]
        for (k, document) in documents.enumerated() {
            for pretty in [true, false] {
                let chunks = document.chunks(pretty: pretty)
                #expect(Array(chunks.joined()) == document.bytes(pretty: pretty), "document \(k), pretty \(pretty)")
                if k == 0 { #expect(chunks.count > 3, "long lists are handed over in pieces") }
                // Streamed: the same bytes, delivered in order, a batch per long list.
                var batches: [[[UInt8]]] = []
                document.stream(pretty: pretty) { batches.append($0) }
                #expect(Array(batches.joined().joined()) == document.bytes(pretty: pretty), "streamed document \(k), pretty \(pretty)")
                if k == 0 { #expect(batches.count == 4, "one batch per long list (3) and the rest") }
            }
        }
    }

    /// A matrix of number rows still prints one row per line.
    @Test func rowsOfNumbersStayRows() {
        let rows: [[Double]] = [[1, 0.5], [2, 0.25]]
        let fast = JSONValue.array(rows.map(JSONValue.numbers)), slow = JSONValue.array(rows.map { .array($0.map(JSONValue.number)) })
        #expect(fast.serialized() == slow.serialized())
        #expect(fast.serialized() == "[\n  [1, 0.5],\n  [2, 0.25]\n]")
    }

    /// Each number in a list is written as `write(_:into:)` writes it alone, whose last resort is
    /// `description`: the runtime formatter called directly gives the same bytes, for doubles of
    /// every magnitude (bit patterns across the whole range) and the integers and shares in between.
    @Test func directFormattingEqualsDescription() {
        var rng = TestRNG(seed: 2026)
        var xs = Self.doubles(50_000, seed: 5)
        xs += (0..<50_000).map { _ in Double(bitPattern: rng.next() & 0x7FEF_FFFF_FFFF_FFFF) * (Bool.random(using: &rng) ? 1 : -1) }
        xs += [1e15, 1e15 - 1, -1e15 + 1, 1e16, 0.1, 1e-5, 123456789012345680, .leastNonzeroMagnitude, .greatestFiniteMagnitude, Double(Int.max), -Double(Int.max)]
        for x in xs where x.isFinite {
            var sink = JSONSink()
            JSONValue.write(x, into: &sink)
            var listed = JSONSink()
            [x].withUnsafeBufferPointer { JSONValue.writeNumbers($0, range: 0..<1, pretty: false, into: &listed) }
            #expect(listed.bytes == sink.bytes, "\(x)")
            if x != x.rounded() || abs(x) >= 1e15, JSONSink.shortDecimal(x) == nil {
                var digits = [UInt8](repeating: 0, count: 32)
                let count = digits.withUnsafeMutableBufferPointer { JSONSink.shortestDigits(x, into: $0.baseAddress!) }
                #expect(String(decoding: digits[..<count], as: UTF8.self) == x.description, "\(x)")
            }
        }
        var digits = [UInt8](repeating: 0, count: 20)
        for v in [0, 7, -7, Int.max, Int.min + 1, 999_999_999_999_999] {
            let count = digits.withUnsafeMutableBufferPointer { JSONSink.integerDigits(v, into: $0.baseAddress!) }
            #expect(String(decoding: digits[..<count], as: UTF8.self) == String(v))
        }
    }

    /// The digits are Swift's shortest round-trip form: they read back to the same double.
    @Test func numbersRoundTrip() {
        let xs = Self.doubles(20_000, seed: 99).filter(\.isFinite)
        let text = JSONValue.numbers(xs).serialized(pretty: false)
        let back = text.dropFirst().dropLast().split(separator: ",").map { Double(String($0))! }
        #expect(back.map(\.bitPattern) == xs.map { $0 == 0 ? 0.0.bitPattern : $0.bitPattern })  // -0 prints as the integer 0
    }
}
