import Foundation
import Testing
@testable import MCDAInput

@Suite struct FileReaderTests {
    @Test func readsRegularFilesWhole() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("mcda-filereader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for size in [0, 1, 65_535, 65_536, 300_001] {
            let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
            let file = dir.appendingPathComponent("f\(size)")
            try Data(bytes).write(to: file)
            #expect(try FileReader.bytes(of: file.path) == bytes)
        }
    }

    /// Files whose size `stat` does not know (procfs) are read to their end.
    @Test func readsFilesOfUnknownSize() throws {
        #if os(Linux)
        let bytes = try FileReader.bytes(of: "/proc/self/status")
        #expect(String(decoding: bytes, as: UTF8.self).contains("Name:"))
        #endif
    }

    @Test func missingFileIsNamed() {
        #expect(throws: InputError.unreadable(file: "/no/such/file.csv", reason: "No such file or directory")) {
            try FileReader.bytes(of: "/no/such/file.csv")
        }
    }
}
