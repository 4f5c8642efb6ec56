/// The alternative rows of one block of a decision-matrix CSV — the whole body after the header,
/// or a piece of it cut at line ends — parsed until the block's first error.
///
/// Each row is checked in the order the serial reader always used: field count, empty name,
/// then (later, across blocks, by ``DuplicateNames``) a repeated name, then the numbers. So the
/// failing row's name is among the names stored (``nameCount``) exactly when it passed, a bad
/// number: only then can a repeat of that name come first.
struct MatrixRowBlock {
    /// Alternative names written (initialised) at the destination, in order: one per complete
    /// row, plus the failing row's when accepted.
    private(set) var nameCount = 0
    /// Every name is ASCII.
    private(set) var ascii = true
    /// Rows whose values were all written.
    private(set) var rowCount = 0
    /// The first error, if any (then the rows after it were not read).
    private(set) var failure: InputError?

    /// Parses the rows of `bytes`, whose first byte is on line `firstLine`, writing row i's n values
    /// at `values[i·n ..< i·n + n]`, its name into uninitialised memory at `names[k]` and the name's
    /// ``DuplicateNames/hash(_:)`` at `hashes[k]` for the k-th name (room for every row of the block
    /// must be there: `rows` of each). The caller owns the names written (``nameCount``).
    init(bytes: UnsafeBufferPointer<UInt8>, file: String, firstLine: Int, criteria: [String],
         values: UnsafeMutablePointer<Double>, names: UnsafeMutablePointer<String>, hashes: UnsafeMutablePointer<UInt64>, rows: Int) {
        var scanner = CSVScanner(bytes: bytes, file: file, firstLine: firstLine, skipsByteOrderMark: false)
        var fields: [CSVField] = []
        fields.reserveCapacity(criteria.count + 1)
        let n = criteria.count
        var out = values
        do {
            while true {
                if nameCount < rows, let plain = scanner.nextPlainRow(numbers: n, into: out) {
                    let span = UnsafeBufferPointer(rebasing: scanner.bytes[plain.name])
                    hashes[nameCount] = DuplicateNames.hash(span)
                    ascii = ascii && Self.isASCII(span)
                    (names + nameCount).initialize(to: String(decoding: span, as: UTF8.self))
                    nameCount += 1
                    out += n
                    rowCount += 1
                    continue
                }
                guard let line = try scanner.nextRow(into: &fields) else { break }
                precondition(nameCount < rows, "more rows than the block's room")  // room counts every line
                guard fields.count == n + 1 else {
                    throw InputError.fieldCount(file: file, line: line, expected: n + 1, found: fields.count)
                }
                let name = accept(fields[0], of: scanner, hash: hashes + nameCount)
                if name.isEmpty { throw InputError.emptyName(file: file, line: line, kind: "alternative") }
                (names + nameCount).initialize(to: name)
                nameCount += 1
                for j in 0..<n {
                    guard let x = scanner.number(fields[j + 1]) else {
                        throw InputError.notANumber(file: file, line: line, column: criteria[j], text: scanner.string(fields[j + 1]),
                                                    expected: "a finite number (alternative '\(name)')")
                    }
                    out[j] = x
                }
                out += n
                rowCount += 1
            }
        } catch let error as InputError {
            failure = error
        } catch {
            preconditionFailure("the CSV scanner throws only InputError: \(error)")
        }
    }

    /// The name in `field`, with its hash stored at `hash` and its ASCII-ness recorded (the name
    /// itself is stored by the caller once it is known to be non-empty).
    private mutating func accept(_ field: CSVField, of scanner: CSVScanner, hash: UnsafeMutablePointer<UInt64>) -> String {
        var name = scanner.string(field)
        if field.hasEscapedQuote {
            name.withUTF8 { hash.pointee = DuplicateNames.hash($0); ascii = ascii && Self.isASCII($0) }
        } else {
            let span = UnsafeBufferPointer(rebasing: scanner.bytes[field.start..<field.end])
            hash.pointee = DuplicateNames.hash(span)
            ascii = ascii && Self.isASCII(span)
        }
        return name
    }

    @inline(__always)
    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var any: UInt8 = 0
        for b in bytes { any |= b }
        return any < 0x80
    }
}
