import Foundation
import Testing

@Suite struct BenchmarkCommandTests {
    static let small = ["benchmark", "--alternatives=5,10", "--criteria=3,5", "--problems", "40", "--seed", "1"]

    /// The JSON with `seconds` taken out of every result (the one part that changes between runs).
    static func withoutSeconds(_ json: [String: Any]) -> NSDictionary {
        var copy = json
        copy["results"] = (json["results"] as? [[String: Any]] ?? []).map { r in r.filter { $0.key != "seconds" } }
        return copy as NSDictionary
    }

    @Test func jsonFollowsTheContract() throws {
        let r = try Binary.run(Self.small + ["--methods=topsis,vikor,wsm,promethee-ii", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = r.json
        #expect(Set(json.keys) == ["model", "seed", "problems", "methods", "results"])
        #expect(json["seed"] as? Int == 1 && json["problems"] as? Int == 40)
        let methods = try #require(json["methods"] as? [String])
        #expect(methods == ["topsis", "vikor", "wsm", "promethee-ii"])
        let model = try #require(json["model"] as? [String: Any])
        #expect(model["kind"] as? String == "random" && model["costShare"] as? Double == 0.5)
        let results = try #require(json["results"] as? [[String: Any]])
        #expect(results.map { [$0["alternatives"] as? Int ?? 0, $0["criteria"] as? Int ?? 0] } == [[5, 3], [5, 5], [10, 3], [10, 5]])
        for result in results {
            let pairs = try #require(result["pairs"] as? [[String: Any]])
            // Every unordered pair, a before b in --methods order.
            #expect(pairs.map { "\($0["a"]!)-\($0["b"]!)" } == ["topsis-vikor", "topsis-wsm", "topsis-promethee-ii",
                                                                "vikor-wsm", "vikor-promethee-ii", "wsm-promethee-ii"])
            for pair in pairs {
                #expect(Set(pair.keys) == ["a", "b", "spearman", "weightedSpearman", "ws", "sameWinner"])
                for key in ["spearman", "weightedSpearman", "ws"] {
                    let s = try #require(pair[key] as? [String: Double])
                    #expect(Set(s.keys) == ["mean", "sd", "q1", "median", "q3"])
                    #expect(s["q1"]! <= s["median"]! && s["median"]! <= s["q3"]! && s["mean"]! <= 1 && s["sd"]! >= 0)
                }
                let same = try #require(pair["sameWinner"] as? Double)
                #expect(same >= 0 && same <= 1)
            }
            let seconds = try #require(result["seconds"] as? [String: Double])
            #expect(Set(seconds.keys) == Set(methods) && seconds.values.allSatisfy { $0 >= 0 })
            #expect(result["failures"] as? [String: Int] == ["topsis": 0, "vikor": 0, "wsm": 0, "promethee-ii": 0])
        }
    }

    /// The same seed gives the same JSON (but for seconds) with any --threads; another seed does not.
    @Test func reproducibleForAnyThreadCount() throws {
        let one = try Binary.run(Self.small + ["--format", "json", "--threads", "1"])
        let three = try Binary.run(Self.small + ["--format", "json", "--threads", "3"])
        let again = try Binary.run(Self.small + ["--format", "json", "--threads", "1"])
        #expect(one.status == 0 && three.status == 0, "\(one.stderr)\(three.stderr)")
        #expect(Self.withoutSeconds(one.json) == Self.withoutSeconds(three.json))
        #expect(Self.withoutSeconds(one.json) == Self.withoutSeconds(again.json))
        let other = try Binary.run(["benchmark", "--alternatives=5,10", "--criteria=3,5", "--problems", "40", "--seed", "2", "--format", "json"])
        #expect(Self.withoutSeconds(other.json) != Self.withoutSeconds(one.json))
    }

    @Test func normalisationsOfOneMethodArePaired() throws {
        let r = try Binary.run(["benchmark", "--alternatives=6", "--criteria=4", "--problems", "30", "--methods=topsis",
                                "--normalizations=vector,minmax,max,sum", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.json["methods"] as? [String] == ["topsis"])
        #expect(r.json["normalizations"] as? [String] == ["vector", "minmax", "max", "sum"])
        let result = try #require((r.json["results"] as? [[String: Any]])?.first)
        let pairs = try #require(result["pairs"] as? [[String: Any]])
        #expect(pairs.map { "\($0["a"]!)-\($0["b"]!)" } == ["vector-minmax", "vector-max", "vector-sum", "minmax-max", "minmax-sum", "max-sum"])
        #expect(Set((result["seconds"] as? [String: Double] ?? [:]).keys) == ["vector", "minmax", "max", "sum"])
    }

    @Test func aDatasetIsPerturbedInPlaceOfRandomProblems() throws {
        let r = try Binary.run(["benchmark", "--from", "Datasets/literature/fighter-aircraft", "--spread", "0.05", "--problems", "60",
                                "--methods=topsis,vikor,wsm", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let model = try #require(r.json["model"] as? [String: Any])
        #expect(model["kind"] as? String == "perturbed" && model["spread"] as? Double == 0.05)
        #expect(model["dataset"] as? String == "Datasets/literature/fighter-aircraft")
        let results = try #require(r.json["results"] as? [[String: Any]])
        #expect(results.count == 1)
        #expect(results[0]["alternatives"] as? Int == 4 && results[0]["criteria"] as? Int == 6)
    }

    @Test func csvHasOneRowPerCellAndPair() throws {
        let r = try Binary.run(Self.small + ["--methods=topsis,vikor,wsm", "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.components(separatedBy: "\r\n")
        #expect(lines.last == "" && lines.count == 1 + 4 * 3 + 1)
        #expect(lines[0].hasPrefix("alternatives,criteria,a,b,problems,spearman_mean,spearman_sd,spearman_q1,spearman_median,spearman_q3,weightedSpearman_mean"))
        #expect(lines[1].hasPrefix("5,3,topsis,vikor,40,"))
        #expect(lines.dropLast().allSatisfy { $0.split(separator: ",", omittingEmptySubsequences: false).count == 25 })
    }

    @Test func tableAndHTMLStateTheModelAndSeed() throws {
        let table = try Binary.run(Self.small)
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("5 ALTERNATIVES × 3 CRITERIA") && table.stdout.contains("r_w \\ same winner"))
        #expect(table.stdout.contains("seed 1") && table.stdout.contains("Dirichlet"))
        let markdown = try Binary.run(Self.small + ["--format", "markdown"])
        #expect(markdown.status == 0 && markdown.stdout.contains("## 5 alternatives × 3 criteria"), "\(markdown.stderr)")
        let dir = try Binary.temporaryDirectory()
        let file = dir.appendingPathComponent("benchmark.html")
        let html = try Binary.run(Self.small + ["--format", "html", "-o", file.path])
        #expect(html.status == 0 && html.stdout.isEmpty, "\(html.stderr)")
        let page = try String(contentsOf: file, encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>") && page.contains("seed 1") && page.contains("<table>"))
    }

    @Test func badOptionsAreUsageErrors() throws {
        let cases: [([String], String)] = [
            (["--alternatives=1,5"], "--alternatives"),
            (["--alternatives=5,x"], "--alternatives"),
            (["--criteria=0"], "--criteria"),
            (["--problems", "0"], "--problems"),
            (["--cost-share", "1.5"], "--cost-share"),
            (["--threads", "0"], "--threads"),
            (["--methods=topsis"], "at least two"),
            (["--methods=topsis,magic"], "magic"),
            (["--methods=topsis,wsm", "--normalizations=vector,sum"], "exactly one"),
            (["--methods=promethee-ii", "--normalizations=vector,sum"], "takes no normalisation"),
            (["--methods=topsis", "--normalizations=vector,weird"], "weird"),
            (["--methods=topsis", "--normalizations=vector"], "at least two"),
            (["--spread", "0.1"], "--from"),
            (["--from", "Datasets/literature/fighter-aircraft", "--alternatives=5"], "--from"),
            (["--from", "Datasets/literature/fighter-aircraft", "--spread", "1"], "--spread"),
            (["--methods=topsis,wsm", "--v", "0.3"], "--v"),
            (["--esp=1,2"], "--esp applies to"),
            (["--methods=topsis,spotis", "--esp=1,2"], "--esp has 2 values"),
            (["--format", "xml"], "format"),
        ]
        for (options, expected) in cases {
            let run = try Binary.run(["benchmark"] + (options.contains("--problems") ? options : ["--problems", "5"] + options))
            #expect(run.status != 0 && run.status < 128, "\(options): \(run.status)")
            #expect(run.stderr.contains(expected), "\(options): \(run.stderr)")
        }
    }
}
