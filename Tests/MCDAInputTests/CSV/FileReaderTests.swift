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

    /// Files from `mappingThreshold` up are mapped, smaller ones read: the same bytes either way,
    /// and a matrix parsed from a mapped file equals the one parsed from its bytes.
    @Test func mappedAndReadFilesGiveTheSameBytes() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("mcda-filereader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for size in [0, 10, FileReader.mappingThreshold - 1, FileReader.mappingThreshold, 3 * FileReader.mappingThreshold + 17] {
            let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 13 &+ 1) }
            let file = dir.appendingPathComponent("f\(size)")
            try Data(bytes).write(to: file)
            #expect(try FileReader.withBytes(of: file.path) { Array($0) } == bytes, "\(size) bytes")
        }
        var text = "alternative,c1,c2\n"
        for i in 0..<60_000 { text += "A\(i),\(Double(i) / 7),\(i % 13)\n" }
        let file = dir.appendingPathComponent("m.csv")
        try Data(text.utf8).write(to: file)
        #expect(text.utf8.count >= FileReader.mappingThreshold)
        #expect(try DecisionMatrixCSV.read(path: file.path) == DecisionMatrixCSV.parse(bytes: Array(text.utf8), file: file.path))
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
