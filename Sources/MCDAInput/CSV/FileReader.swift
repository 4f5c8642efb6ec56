#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whole-file reads with POSIX calls, with errors that name the file.
enum FileReader {
    /// The bytes of a file.
    static func bytes(of path: String) throws -> [UInt8] {
        guard let handle = fopen(path, "rb") else {
            throw InputError.unreadable(file: path, reason: String(cString: strerror(errno)))
        }
        defer { fclose(handle) }
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, handle) }
            if n > 0 { result.append(contentsOf: chunk[0..<n]) }
            if n < chunk.count {
                if ferror(handle) != 0 { throw InputError.unreadable(file: path, reason: "read error") }
                break
            }
        }
        return result
    }
}
