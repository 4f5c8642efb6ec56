#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whole-file reads with POSIX calls, with errors that name the file.
enum FileReader {
    /// Regular files from this size up are mapped rather than read (``withBytes(of:_:)``).
    static let mappingThreshold = 1 << 20

    /// Calls `body` with the bytes of a file.
    ///
    /// A regular file of at least ``mappingThreshold`` bytes is mapped read-only (`mmap`) for the
    /// duration of `body`: its pages come straight from the page cache, so a 95 MB matrix costs
    /// neither the copy of `read` nor the zeroing of 95 MB of fresh memory (about a third of the
    /// system time of `mcda rank` on a million rows; Benchmarks/README.md). Smaller files, pipes and
    /// special files, and a file the system will not map, go through ``bytes(of:)``.
    ///
    /// The bytes must not escape `body`. As with any mapped read (grep, ripgrep), a file cut short
    /// by another process while `body` runs ends the process with SIGBUS; a file that is replaced
    /// (renamed over) or appended to is read as it was when mapped.
    static func withBytes<R>(of path: String, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) throws -> R {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw InputError.unreadable(file: path, reason: String(cString: strerror(errno))) }
        var info = stat()
        let size = fstat(fd, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG ? Int(info.st_size) : 0
        if size >= mappingThreshold, let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), base != MAP_FAILED {
            close(fd)
            defer { munmap(base, size) }
            return try body(UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: size))
        }
        close(fd)
        return try bytes(of: path).withUnsafeBufferPointer(body)
    }

    /// The bytes of a file.
    ///
    /// A regular file is read straight into one buffer of its size (`fstat`), so a 100 MB matrix
    /// costs one allocation and no copying; pipes and other special files, whose size is unknown,
    /// and a file that grows while it is read, are read in 64 KiB chunks.
    static func bytes(of path: String) throws -> [UInt8] {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw InputError.unreadable(file: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var info = stat()
        let size = fstat(fd, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG ? Int(info.st_size) : 0
        var failed = false
        // Not for size 0: `Array(unsafeUninitializedCapacity: 0)` stores its count into the shared
        // empty-array singleton, which ThreadSanitizer reports when two threads read such files.
        var result = size == 0 ? [] : [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            initialized = 0
            while initialized < size {
                let n = read(fd, buffer.baseAddress! + initialized, size - initialized)
                if n < 0 && errno == EINTR { continue }
                if n < 0 { failed = true }
                if n <= 0 { break }
                initialized += n
            }
        }
        guard !failed else { throw InputError.unreadable(file: path, reason: "read error") }
        // The rest: everything when the size was unknown, new bytes when the file grew.
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { throw InputError.unreadable(file: path, reason: "read error") }
            if n == 0 { break }
            result.append(contentsOf: chunk[0..<n])
        }
        return result
    }
}
