/// An append-only UTF-8 buffer that Swift's number formatting can write into directly.
struct JSONSink: TextOutputStream {
    var bytes: [UInt8] = []
    /// Buffers for the pieces of long lists, reused from one list to the next (``JSONValue/writeList``).
    var scratch: [JSONSink] = []

    mutating func write(_ string: String) { bytes.append(contentsOf: string.utf8) }

    /// The standard library's hook for ASCII text (the digits of a `Double`): copying the bytes
    /// directly skips the `String` that `write(_:)` would need, which halves the cost of a number.
    mutating func _writeASCII(_ buffer: UnsafeBufferPointer<UInt8>) { bytes.append(contentsOf: buffer) }

    /// Room for `extra` more bytes, growing geometrically (an exact `reserveCapacity` per call would
    /// copy the whole buffer every time).
    mutating func reserve(_ extra: Int) {
        let needed = bytes.count + extra
        if needed > bytes.capacity { bytes.reserveCapacity(Swift.max(needed, 2 * bytes.capacity)) }
    }

    mutating func append(_ string: String) { bytes.append(contentsOf: string.utf8) }

    /// Decimal digits of `value`, without creating a string.
    mutating func append(integer value: Int) {
        if value < 0 { bytes.append(0x2D) }
        var magnitude = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { d in
            repeat {
                d[count] = UInt8(truncatingIfNeeded: magnitude % 10) + 0x30
                magnitude /= 10
                count += 1
            } while magnitude > 0
            for k in stride(from: count - 1, through: 0, by: -1) { bytes.append(d[k]) }
        }
    }

    mutating func newline(_ indent: Int) {
        bytes.append(0x0A)
        bytes.append(contentsOf: repeatElement(0x20, count: indent))
    }
}
