#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whole-file reads with POSIX calls, with errors that name the file.
enum FileReader {
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
        var result = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
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
