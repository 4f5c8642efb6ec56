import Foundation
import Hummingbird
import HummingbirdTesting
import MCDAServer
import Testing

/// Every route through Hummingbird's router test framework (no network).
@Suite struct WorkbenchRoutesTests {
    let app = Application(router: WorkbenchRoutes.router(Rafsanjan.workbench))

    @Test func thePageNamesEveryAlternativeInBothLanguages() async throws {
        try await app.test(.router) { client in
            let en = try await client.get("/")
            #expect(en.status == 200)
            for name in Rafsanjan.workbench.dataset.alternatives.map(\.name) { #expect(en.text.contains(name)) }
            #expect(en.text.contains("id=\"w-copper\""))
            #expect(en.text.components(separatedBy: "<select id=\"j-").count - 1 == 15, "one control per judgment of the manifest")
            #expect(!en.text.contains("http://") && !en.text.contains("https://"), "the page loads nothing from the network")
            let fa = try await client.get("/?lang=fa")
            #expect(fa.text.contains("dir=\"rtl\""))
            #expect(fa.text.contains("میز کار تصمیم"))
        }
    }

    @Test func getAnalysisIsTheAnalyzeJSON() async throws {
        let expected = Rafsanjan.workbench.analysisJSON(try Rafsanjan.workbench.outcome(body: []))
        try await app.test(.router) { client in
            let answer = try await client.get("/api/analysis")
            #expect(answer.status == 200)
            #expect(Array(answer.text.utf8) == expected)
            let posted = try await client.post("/api/analysis", "{}")
            #expect(posted.text == answer.text)
        }
    }

    @Test func postAnalysisAppliesTheWhatIf() async throws {
        try await app.test(.router) { client in
            let answer = try await client.post("/api/analysis", #"{"weights": {"copper": 0, "pistachio": 1}, "exclude": ["siirt"], "methods": ["wsm"], "primary": "wsm", "samples": 200}"#)
            #expect(answer.status == 200)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(answer.text.utf8)) as? [String: Any])
            let ids = (json["alternatives"] as? [[String: Any]])?.compactMap { $0["id"] as? String } ?? []
            #expect(!ids.contains("siirt") && ids.count == 13)
            #expect((json["rankings"] as? [String: Any])?.keys.sorted() == ["wsm"])
            let weights = (json["criteria"] as? [[String: Any]])?.compactMap { $0["weight"] as? Double }
            #expect(weights == [0, 0, 0, 0, 1, 0])
        }
    }

    @Test func figuresReportAndSettings() async throws {
        try await app.test(.router) { client in
            let figures = try await client.post("/api/figures?lang=fa", #"{"samples": 200}"#)
            #expect(figures.status == 200)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(figures.text.utf8)) as? [String: Any])
            let list = try #require(json["figures"] as? [[String: Any]])
            #expect(list.count >= 4)
            #expect(list.allSatisfy { ($0["svg"] as? String)?.hasPrefix("<svg") == true })
            #expect((json["verdict"] as? String)?.isEmpty == false)
            #expect(json["consistencyRatio"] is Double)
            #expect(json["analysis"] is [String: Any])
            let report = try await client.post("/api/report", #"{"samples": 200}"#)
            #expect(report.status == 200 && report.text.hasPrefix("<!DOCTYPE html>"))
            let settings = try await client.post("/api/settings", #"{"weights": {"copper": 1, "adobe": 3}}"#)
            #expect(settings.text.contains("method: given") && settings.text.contains("adobe: 0.75") && settings.text.contains("copper: 0.25"))
            let judged = try await client.post("/api/settings", #"{"judgments": [["copper", "adobe", "1/3"], ["copper", "culture", "2"], ["copper", "economy", "2"], ["copper", "pistachio", "1"], ["copper", "population", "3"]], "exclude": ["siirt"], "methods": ["wsm"]}"#)
            #expect(judged.text.contains("method: ahp") && judged.text.contains("- [copper, adobe, \"1/3\"]"))
            #expect(judged.text.contains("methods: [wsm]") && judged.text.contains("left out") && judged.text.contains("siirt"))
        }
    }

    @Test func errorsAreJSONAndTheServerKeepsServing() async throws {
        try await app.test(.router) { client in
            let bad: [(String, String, Int)] = [
                ("/api/analysis", "not json", 400), ("/api/analysis", #"{"weights": {"copper": -1}}"#, 400),
                ("/api/analysis", #"{"weights": {"copper": 0}}"#, 400), ("/api/analysis", #"{"weights": {"gold": 1}}"#, 400),
                ("/api/analysis", #"{"exclude": ["atlantis"]}"#, 400), ("/api/analysis", #"{"methods": ["astrology"]}"#, 400),
                ("/api/analysis", #"{"samples": 0}"#, 400), ("/api/analysis", #"{"samples": "ten"}"#, 400),
                ("/api/analysis", #"{"judgments": [["copper", "adobe", "3"]]}"#, 400),
                ("/api/figures", #"{"seed": -3}"#, 400), ("/api/report", "[]", 400), ("/api/settings", #"{"x": 1}"#, 400), ("/api/settings", #"{"judgments": [["copper", "adobe", "3"]]}"#, 400),
                ("/api/analysis", String(repeating: " ", count: (1 << 20) + 10), 413),
            ]
            for (uri, body, status) in bad {
                let answer = try await client.post(uri, body)
                #expect(answer.status == status, "\(body.prefix(60))")
                #expect(errorMessage(answer.text) != nil)
            }
            for path in ["/nothing", "/api", "/api/../api/analysis", "/api/%2e%2e/Datasets", "/%2e%2e/%2e%2e/etc/passwd", "/./api/analysis",
                         "/manifest.yaml", "/Datasets/rafsanjan-sister-cities/manifest.yaml"] {
                let answer = try await client.get(path)
                #expect(answer.status == 404, "\(path)")
                #expect(errorMessage(answer.text)?.hasPrefix("not found") == true)
            }
            let wrongMethod = try await client.execute(uri: "/api/figures", method: .get) { ($0.status.code, $0.headers[.allow]) }
            #expect(wrongMethod.0 == 405 && wrongMethod.1 == "POST")
            #expect(try await client.get("/api/analysis").status == 200)
        }
    }

    @Test func noRequestChangesTheDatasetFolder() async throws {
        func snapshot() throws -> [String: Data] {
            let files = FileManager.default.enumerator(atPath: Rafsanjan.folder)?.compactMap { $0 as? String } ?? []
            return Dictionary(uniqueKeysWithValues: try files.sorted().map { name -> (String, Data) in
                let path = Rafsanjan.folder + "/" + name
                var isDirectory: ObjCBool = false
                FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
                return (name, isDirectory.boolValue ? Data() : try Data(contentsOf: URL(fileURLWithPath: path)))
            })
        }
        let before = try snapshot()
        try await app.test(.router) { client in
            _ = try await client.post("/api/settings", #"{"weights": {"copper": 1}}"#)
            _ = try await client.post("/api/analysis", #"{"judgments": [["copper", "adobe", "3"]]}"#)
            _ = try await client.post("/api/analysis", #"{"exclude": ["siirt"], "samples": 50}"#)
        }
        #expect(try snapshot() == before)
    }
}
