import Dispatch
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

    static func write(_ bytes: [UInt8], to given: String?) throws {
        try write([bytes], to: given)
    }

    /// Writes the concatenation of `chunks` (`JSONValue.chunks(pretty:)`) as one file, like the
    /// single buffer of `write(_:to:)`.
    static func write(_ chunks: [[UInt8]], to given: String?) throws {
        try write(to: given) { fd, name in try writeAll(chunks, to: fd, name: name) }
    }

    /// Writes the batches that `produce` hands to its argument, in order, as one file: each batch
    /// is written on a writer thread while `produce` goes on (formatting the next list of a large
    /// JSON document, `JSONValue.stream(pretty:_:)`), so writing overlaps formatting. After a write
    /// fails, later batches are dropped and the failure is thrown once `produce` returns.
    static func write(streaming produce: (@escaping ([[UInt8]]) -> Void) -> Void, to given: String?) throws {
        try write(to: given) { fd, name in
            let queue = DispatchQueue(label: "mcda.output")
            let failure = FailureBox()
            produce { batch in
                queue.async {
                    guard failure.error == nil else { return }
                    do { try writeAll(batch, to: fd, name: name) } catch { failure.error = error }
                }
            }
            try queue.sync { if let error = failure.error { throw error } }
        }
    }

    /// The first write error of a streamed output; touched only on its writer queue.
    private final class FailureBox: @unchecked Sendable {
        var error: Error?
    }

    /// Opens the destination of `given` (standard output when nil) and calls `body` with its file
    /// descriptor and the name to use in messages.
    private static func write(to given: String?, _ body: (Int32, String) throws -> Void) throws {
        guard let given else {
            try body(1, "standard output")
            return
        }
        // Devices, pipes and other special files (/dev/null, /dev/stdout, also through links) are
        // written in place: a rename would replace them. Regular files get a temporary sibling
        // renamed into place, with the permissions of the file it replaces. A symbolic link keeps
        // pointing where it did: the file it leads to is replaced, not the link.
        var info = stat()
        let exists = stat(given, &info) == 0
        if exists, (info.st_mode & S_IFMT) != S_IFREG {
            let fd = open(given, O_WRONLY)
            guard fd >= 0 else { throw OutputError("cannot write \(given): \(String(cString: strerror(errno)))") }
            defer { close(fd) }
            try body(fd, given)
            return
        }
        let path = exists ? (resolvedPath(given) ?? given) : (linkTarget(given) ?? given)
        // A short hidden sibling (a long file name plus a suffix could exceed the name limit).
        let slash = path.lastIndex(of: "/")
        let temporary = (slash.map { String(path[...$0]) } ?? "") + ".mcda-\(getpid()).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw OutputError("cannot write \(path): \(String(cString: strerror(errno)))") }
        do {
            if exists { _ = fchmod(fd, info.st_mode & 0o7777) }
            try body(fd, path)
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        // On the disk before the rename: after a crash the name holds the old file or the new one,
        // never an empty or short one.
        guard fsync(fd) == 0 || errno == EINVAL, close(fd) == 0, rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw OutputError("cannot write \(path): \(reason)")
        }
    }

    /// The canonical path of an existing `path` (links followed), or nil.
    private static func resolvedPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The path a dangling symbolic link `path` leads to (following chains of links, up to 40), or
    /// nil when `path` is not a link: the file is created where the link points.
    private static func linkTarget(_ path: String) -> String? {
        var current = path, followed = 0
        var info = stat()
        while lstat(current, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK, followed < 40 {
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let n = readlink(current, &buffer, buffer.count - 1)
            guard n > 0 else { return nil }
            let target = String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if target.hasPrefix("/") {
                current = target
            } else {
                let slash = current.lastIndex(of: "/")
                current = (slash.map { String(current[...$0]) } ?? "") + target
            }
            followed += 1
        }
        return followed > 0 && followed < 40 ? current : nil  // a loop: replace the link as given
    }

    private static func writeAll(_ chunks: [[UInt8]], to fd: Int32, name: String) throws {
        for chunk in chunks { try writeAll(chunk, to: fd, name: name) }
    }

    private static func writeAll(_ bytes: [UInt8], to fd: Int32, name: String) throws {
        try bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = systemWrite(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { throw OutputError("cannot write \(name): \(String(cString: strerror(errno)))") }
                offset += n
            }
        }
    }
}

/// write(2) under its module's name: inside ``Output`` the bare name `write` is `Output.write`.
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.write(fd, buffer, count)
    #elseif canImport(Darwin)
    return Darwin.write(fd, buffer, count)
    #else
    #error("mcda writes files through Glibc or Darwin")
    #endif
}
