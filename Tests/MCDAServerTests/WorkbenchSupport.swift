import Foundation
import HummingbirdTesting
import MCDAServer
import NIOCore

/// The Rafsanjan dataset's workbench, read once for all tests.
enum Rafsanjan {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let folder = root.appendingPathComponent("Datasets/rafsanjan-sister-cities").path
    static let workbench: Workbench = try! Workbench(folder: folder)
    static let criteria = ["adobe", "copper", "culture", "economy", "pistachio", "population"]
}

extension TestClientProtocol {
    /// POSTs `body` to `uri` and returns the status and the body text.
    func post(_ uri: String, _ body: String) async throws -> (status: Int, text: String) {
        try await execute(uri: uri, method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(string: body)) {
            (Int($0.status.code), String(buffer: $0.body))
        }
    }

    /// GETs `uri`.
    func get(_ uri: String) async throws -> (status: Int, text: String) {
        try await execute(uri: uri, method: .get) { (Int($0.status.code), String(buffer: $0.body)) }
    }
}

/// The `error` of a JSON error answer.
func errorMessage(_ text: String) -> String? {
    (try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])?["error"] as? String
}
