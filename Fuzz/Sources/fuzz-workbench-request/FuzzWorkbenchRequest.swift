import Foundation
import FuzzSupport
import MCDAInput
import MCDAServer

/// The Rafsanjan dataset, which the bodies are checked against.
let workbench: Workbench = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    do { return try Workbench(folder: root.appendingPathComponent("Datasets/rafsanjan-sister-cities").path) } catch {
        Property.fail("the dataset does not load: \(error)")
    }
}()

/// The keys an error may name: a body key, one of its entries (`weights.copper`, `judgments[2]`),
/// or `body` for the body as a whole.
func namesAKey(_ key: String) -> Bool {
    key == "body" || WorkbenchRequest.keys.contains { key == $0 || key.hasPrefix($0 + ".") || key.hasPrefix($0 + "[") }
}

/// The workbench's request decoder (`POST /api/analysis` bodies), then the dataset change it asks
/// for. A refusal is a ``WorkbenchError`` answered with 400 or 413 whose key is a key of the body
/// (the message says which key and what was found); a request read has one weight per criterion (finite,
/// non-negative, one positive), samples within range and known methods.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWorkbenchRequest(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let body = Array(UnsafeBufferPointer(start: data, count: size))
    let request: WorkbenchRequest
    do { request = try WorkbenchRequest(body: body, dataset: workbench.dataset) } catch {
        check(error, body: body)
        return 0
    }
    if let w = request.weights {
        Property.check(w.count == workbench.dataset.criteria.count && w.allSatisfy { $0 >= 0 && $0.isFinite } && w.contains { $0 > 0 },
                       "weights \(w)")
    }
    if let samples = request.samples { Property.check(WorkbenchRequest.sampleRange.contains(samples), "samples \(samples)") }
    for name in (request.methods ?? []) + [request.primary].compactMap({ $0 }) {
        Property.check(workbench.catalogue.names.contains(name), "method \(name)")
    }
    do { _ = try workbench.changedDataset(request) } catch { check(error, body: body) }
    return 0
}

/// A refusal names a key and has a 4xx status: a body key or one of its entries, `body`, or, for
/// an unknown key, that key as the body writes it.
func check(_ error: WorkbenchError, body: [UInt8]) {
    Property.check(error.status == 400 || error.status == 413, "status \(error.status) for \(error)")
    if case .invalid(let key, let message) = error {
        // An unknown key is one of the body's: JSONSerialization's reading, or (it refuses bodies
        // the decoder reads, such as invalid UTF-8 in a string) the key as written or as escaped.
        let given = (try? JSONSerialization.jsonObject(with: Data(body))) as? [String: Any]
        let escaped = (try? JSONEncoder().encode(key)).map { Array($0) } ?? []
        let inBody = given?[key] != nil || [Array("\"\(key)\"".utf8), escaped].contains { written in
            body.indices.contains { body[$0...].starts(with: written) }
        }
        Property.check((namesAKey(key) || inBody) && !message.isEmpty, "the key '\(key)' is not one of the body's: \(error)")
    }
}
