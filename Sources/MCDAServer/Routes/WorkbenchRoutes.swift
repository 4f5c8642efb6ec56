import Foundation
import Dispatch
import Hummingbird
import MCDAReport

/// The workbench's HTTP API over one ``Workbench``:
///
/// | route | answer |
/// | --- | --- |
/// | `GET /` | the page (`?lang=fa`: Persian, right to left) |
/// | `GET /api/analysis` | exactly `mcda analyze DIR --format json` |
/// | `POST /api/analysis` | the same JSON for the what-if of the body (``WorkbenchRequest``) |
/// | `POST /api/figures` | the verdict and the report's SVG charts for the body, and its analysis JSON |
/// | `POST /api/report` | the HTML report of the what-if (`?lang=fa`) |
/// | `POST /api/settings` | a manifest fragment (YAML) with the what-if's weights or judgments |
///
/// Bad bodies are 400 `{"error": …}`, bodies over 1 MB 413, anything else 404; nothing is written.
public enum WorkbenchRoutes {
    /// The router, ready for an `Application` or HummingbirdTesting.
    public static func router(_ workbench: Workbench) -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: ErrorMiddleware())
        router.get("/") { request, _ in
            let language = language(request)
            return Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(string: WorkbenchPage.html(workbench, language: language))))
        }
        router.get("/api/analysis") { _, _ in
            try await answer(workbench, body: [], contentType: "application/json") { workbench.analysisJSON($0) }
        }
        router.post("/api/analysis") { request, _ in
            try await answer(workbench, body: try await body(request), contentType: "application/json") { workbench.analysisJSON($0) }
        }
        router.post("/api/figures") { request, _ in
            let language = language(request)
            return try await answer(workbench, body: try await body(request), contentType: "application/json") {
                WorkbenchFigures.json($0, workbench: workbench, language: language)
            }
        }
        router.post("/api/report") { request, _ in
            let language = language(request)
            return try await answer(workbench, body: try await body(request), contentType: "text/html; charset=utf-8") {
                Array(workbench.reportHTML($0, language: language).utf8)
            }
        }
        router.post("/api/settings") { request, _ in
            let bytes = try await body(request)
            let whatIf = try WorkbenchRequest(body: bytes, dataset: workbench.dataset, catalogue: workbench.catalogue)
            _ = try workbench.changedDataset(whatIf)
            let settings = WorkbenchSettings.yaml(whatIf, dataset: workbench.dataset)
            return Response(status: .ok, headers: [.contentType: "application/yaml; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(string: settings)))
        }
        return router
    }

    /// `?lang=fa` or English.
    static func language(_ request: Request) -> ReportLanguage {
        request.uri.queryParameters["lang"].flatMap { ReportLanguage(rawValue: String($0)) } ?? .en
    }

    /// The body, at most ``WorkbenchRequest/maximumBodySize`` bytes.
    static func body(_ request: Request) async throws -> [UInt8] {
        do {
            let buffer = try await request.body.collect(upTo: WorkbenchRequest.maximumBodySize)
            return Array(buffer.readableBytesView)
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            throw WorkbenchError.tooLarge(limit: WorkbenchRequest.maximumBodySize)
        }
    }

    /// Analyses `body` away from the server's threads and renders the outcome.
    static func answer(_ workbench: Workbench, body: [UInt8], contentType: String,
                       render: @escaping @Sendable (Workbench.Outcome) -> [UInt8]) async throws -> Response {
        let result: Result<[UInt8], WorkbenchError> = await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(returning: Result { () throws(WorkbenchError) in render(try workbench.outcome(body: body)) })
            }
        }
        let bytes = try result.get()
        return Response(status: .ok, headers: [.contentType: contentType], body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}

/// Turns every refusal into JSON: ``WorkbenchError`` as 400 or 413, unknown paths (and any path
/// with a `.` or `..` segment, written plainly or percent-encoded) as 404.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let segments = request.uri.path.split(separator: "/").map { String($0).removingPercentEncoding ?? String($0) }
        if segments.contains(where: { $0 == "." || $0 == ".." || $0.contains("/") || $0.contains("\\") }) {
            return Self.json(404, "not found: \(request.uri.path)")
        }
        if let allowed = Self.methods[request.uri.path], !allowed.contains(request.method) {
            var answer = Self.json(405, "method not allowed: \(request.method) \(request.uri.path)")
            answer.headers[.allow] = allowed.map(\.rawValue).joined(separator: ", ")
            return answer
        }
        do {
            return try await next(request, context)
        } catch let error as WorkbenchError {
            return Self.json(error.status, error.description)
        } catch let error as HTTPError where error.status == .notFound {
            return Self.json(404, "not found: \(request.method) \(request.uri.path)")
        } catch let error as HTTPError where error.status == .methodNotAllowed {
            return Self.json(405, "method not allowed: \(request.method) \(request.uri.path)")
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            return Self.json(413, WorkbenchError.tooLarge(limit: WorkbenchRequest.maximumBodySize).description)
        }
    }

    /// The methods of each route (others are 405 with an `Allow` header).
    static let methods: [String: [HTTPRequest.Method]] = [
        "/": [.get, .head], "/api/analysis": [.get, .head, .post],
        "/api/figures": [.post], "/api/report": [.post], "/api/settings": [.post],
    ]

    /// `{"error": message}` with `status`.
    static func json(_ status: Int, _ message: String) -> Response {
        let body = JSONValue.object([("error", .string(message))]).bytes(pretty: false) + [0x0A]
        return Response(status: .init(code: status), headers: [.contentType: "application/json"],
                        body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }
}
