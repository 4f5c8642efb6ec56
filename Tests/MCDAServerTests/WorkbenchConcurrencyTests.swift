import Foundation
import Hummingbird
import HummingbirdTesting
import MCDAServer
import Testing

/// 100 requests at once, each with its own body: every one answered, each exactly as when sent alone.
@Suite struct WorkbenchConcurrencyTests {
    @Test func aHundredRequestsAtOnceAnswerAsSequentialOnes() async throws {
        let app = Application(router: WorkbenchRoutes.router(Rafsanjan.workbench))
        let bodies = (0..<100).map { k in
            k % 10 == 9 ? #"{"samples": -\#(k)}"# :
                #"{"weights": {"copper": \#(k % 7), "pistachio": \#(1 + k % 5), "adobe": 1}, "samples": \#(100 + k), "seed": \#(k)}"#
        }
        try await app.test(.router) { client in
            var sequential: [String] = []
            for body in bodies { sequential.append(try await client.post("/api/analysis", body).text) }
            let concurrent = try await withThrowingTaskGroup(of: (Int, String).self) { group in
                for (k, body) in bodies.enumerated() { group.addTask { (k, try await client.post("/api/analysis", body).text) } }
                var answers = [String](repeating: "", count: bodies.count)
                for try await (k, text) in group { answers[k] = text }
                return answers
            }
            #expect(concurrent == sequential)
            #expect(Set(sequential).count == 100, "each body has its own answer")
        }
    }
}
