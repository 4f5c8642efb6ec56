#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A result could not be written (a missing folder, a full disk): a runtime error, exit status 1,
/// not a usage error.
struct OutputError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Writing results: standard output, or a file written to a temporary name and renamed into place,
/// so that a failure never leaves half a file behind.
enum Output {
    static func write(_ text: String, to path: String?) throws {
        try write(Array(text.utf8), to: path)
    }

    static func write(_ bytes: [UInt8], to path: String?) throws {
        guard let path else {
            try writeAll(bytes, to: 1, name: "standard output")
            return
        }
        // Devices, pipes and other special files (/dev/null, /dev/stdout) are written in place: a
        // rename would replace them. Regular files get a temporary sibling renamed into place.
        var info = stat()
        if stat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG {
            let fd = open(path, O_WRONLY)
            guard fd >= 0 else { throw OutputError("cannot write \(path): \(String(cString: strerror(errno)))") }
            defer { close(fd) }
            try writeAll(bytes, to: fd, name: path)
            return
        }
        // A short hidden sibling (a long file name plus a suffix could exceed the name limit).
        let slash = path.lastIndex(of: "/")
        let temporary = (slash.map { String(path[...$0]) } ?? "") + ".mcda-\(getpid()).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw OutputError("cannot write \(path): \(String(cString: strerror(errno)))") }
        do {
            try writeAll(bytes, to: fd, name: path)
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        guard close(fd) == 0, rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw OutputError("cannot write \(path): \(reason)")
        }
    }

    private static func writeAll(_ bytes: [UInt8], to fd: Int32, name: String) throws {
        try bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { throw OutputError("cannot write \(name): \(String(cString: strerror(errno)))") }
                offset += n
            }
        }
    }
}
