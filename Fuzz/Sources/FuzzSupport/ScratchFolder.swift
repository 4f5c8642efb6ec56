#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// A folder of this process under /dev/shm (memory, so that writing a file per input is cheap),
/// emptied before each input.
public struct ScratchFolder: Sendable {
    public let path: String

    public init(_ name: String) {
        let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        path = "\(base)/mcda-fuzz-\(name)-\(getpid())"
    }

    /// Removes what the last input left and creates the folder again.
    public func reset() {
        try? FileManager.default.removeItem(atPath: path)
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Writes `bytes` to `relative` inside the folder (creating its folders); false when the name
    /// cannot be a file there.
    @discardableResult
    public func write(_ bytes: some Collection<UInt8>, to relative: String) -> Bool {
        let url = URL(fileURLWithPath: path).appendingPathComponent(relative)
        guard url.standardizedFileURL.path.hasPrefix(path + "/") else { return false }
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        return FileManager.default.createFile(atPath: url.path, contents: Data(bytes))
    }
}
