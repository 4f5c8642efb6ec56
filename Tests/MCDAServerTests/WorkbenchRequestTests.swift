import MCDAInput
import MCDAServer
import Testing

/// Bodies read into typed what-ifs, and every bad one refused with the key and the value named.
@Suite struct WorkbenchRequestTests {
    let dataset = Rafsanjan.workbench.dataset

    func refusal(_ body: String) -> WorkbenchError? {
        do { _ = try WorkbenchRequest(body: Array(body.utf8), dataset: dataset); return nil } catch { return error }
    }

    @Test func anEmptyBodyAndAnEmptyObjectChangeNothing() throws {
        #expect(try WorkbenchRequest(body: [], dataset: dataset) == WorkbenchRequest())
        #expect(try WorkbenchRequest(body: Array("{}".utf8), dataset: dataset) == WorkbenchRequest())
    }

    @Test func everyKeyIsRead() throws {
        let r = try WorkbenchRequest(body: Array("""
            {"weights": {"copper": 0, "pistachio": 2, "adobe": 1.5}, "methods": ["wsm", "topsis"], "primary": "wsm",
             "exclude": ["siirt"], "samples": 500, "seed": 7}
            """.utf8), dataset: dataset)
        #expect(r.weights == [1.5, 0, 0, 0, 2, 0])
        #expect(r.methods == ["wsm", "topsis"])
        #expect(r.primary == "wsm")
        #expect(r.exclude == ["siirt"])
        #expect(r.samples == 500)
        #expect(r.seed == 7)
        let j = try WorkbenchRequest(body: Array(#"{"judgments": [["copper", "adobe", "1/3"], ["copper", "economy", 5]]}"#.utf8), dataset: dataset)
        #expect(j.judgments?.map(\.value) == [1.0 / 3, 5])
    }

    @Test(arguments: [
        ("not json", "body"), ("[1, 2]", "body"), (#"{"colour": 1}"#, "colour"),
        (#"{"weights": [1, 2]}"#, "weights"), (#"{"weights": {"copper": "1"}}"#, "weights.copper"),
        (#"{"weights": {"gold": 1}}"#, "weights.gold"), (#"{"weights": {"copper": -0.5}}"#, "weights.copper"),
        (#"{"weights": {"copper": 0, "adobe": 0}}"#, "weights"), (#"{"methods": ["topsis", "astrology"]}"#, "methods"),
        (#"{"methods": "topsis"}"#, "methods"), (#"{"methods": []}"#, "methods"), (#"{"primary": "astrology"}"#, "primary"),
        (#"{"primary": 3}"#, "primary"), (#"{"exclude": "siirt"}"#, "exclude"), (#"{"exclude": [1]}"#, "exclude"),
        (#"{"samples": 0}"#, "samples"), (#"{"samples": 1000001}"#, "samples"), (#"{"samples": 2.5}"#, "samples"),
        (#"{"samples": "100"}"#, "samples"), (#"{"seed": -1}"#, "seed"), (#"{"seed": 1.5}"#, "seed"),
        (#"{"judgments": [["copper", "adobe"]]}"#, "judgments[0]"), (#"{"judgments": [["copper", "adobe", "x"]]}"#, "judgments[0]"),
        (#"{"judgments": {"copper": 1}}"#, "judgments"),
        (#"{"weights": {"copper": 1}, "judgments": [["copper", "adobe", "3"]]}"#, "judgments"),
    ])
    func badBodiesNameTheKey(body: String, key: String) throws {
        let error = try #require(refusal(body))
        guard case .invalid(let named, _) = error else { Issue.record("\(error)"); return }
        #expect(named == key)
        #expect(error.status == 400)
    }

    @Test func theMessageNamesTheValue() {
        #expect(refusal(#"{"weights": {"copper": -0.5}}"#)?.description.contains("-0.5") == true)
        #expect(refusal(#"{"samples": 0}"#)?.description.contains("0 is not") == true)
        #expect(refusal(#"{"methods": ["astrology"]}"#)?.description.contains("'astrology'") == true)
    }

    @Test func aBodyOverOneMegabyteIsTooLarge() {
        let error = refusal(String(repeating: " ", count: WorkbenchRequest.maximumBodySize + 1))
        #expect(error == .tooLarge(limit: WorkbenchRequest.maximumBodySize))
        #expect(error?.status == 413)
    }

    @Test func unknownAlternativesAndUnconnectedJudgmentsAreRefusedByTheWorkbench() {
        let workbench = Rafsanjan.workbench
        #expect(throws: WorkbenchError.self) { try workbench.outcome(body: Array(#"{"exclude": ["atlantis"]}"#.utf8)) }
        do {
            _ = try workbench.outcome(body: Array(#"{"judgments": [["copper", "adobe", "3"]], "samples": 10}"#.utf8))
            Issue.record("unconnected judgments were accepted")
        } catch {
            guard case .invalid(let key, let message) = error else { Issue.record("\(error)"); return }
            #expect(key == "judgments")
            #expect(message.contains("{culture}"))
        }
    }
}
