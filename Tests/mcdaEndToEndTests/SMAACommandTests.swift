import Foundation
import Testing

@Suite struct SMAACommandTests {
    func smaa(_ file: String, _ extra: [String]) throws -> Binary.Result {
        try Binary.run(["smaa", file, "--method", "wsm", "--normalization", "max", "--format", "json"] + extra)
    }

    @Test func jsonHasTheDocumentedKeys() throws {
        let r = try smaa(try temporaryFile("two.csv", twoCriteriaCSV), ["--samples", "2000"])
        #expect(r.status == 0, "\(r.stderr)")
        for key in ["method", "alternatives", "criteria", "rankAcceptability", "centralWeights", "confidenceFactors",
                    "holisticAcceptability", "standardError", "settings"] {
            #expect(r.json[key] != nil, "missing \(key)")
        }
        let b = try #require(r.json["rankAcceptability"] as? [[Double]])
        #expect(b.count == 4 && b.allSatisfy { $0.count == 4 })
        // Every alternative takes some rank in every sample, and every rank is taken once.
        for row in b { #expect(abs(row.reduce(0, +) - 1) < 1e-12) }
        for r in 0..<4 { #expect(abs(b.map { $0[r] }.reduce(0, +) - 1) < 1e-12) }
    }

    @Test func theSameSeedGivesTheSameBytesWhateverTheThreads() throws {
        let file = try temporaryFile("two.csv", twoCriteriaCSV)
        let one = try smaa(file, ["--samples", "30000", "--seed", "7", "--threads", "1"])
        let two = try smaa(file, ["--samples", "30000", "--seed", "7", "--threads", "2"])
        #expect(one.status == 0 && two.status == 0)
        #expect(!one.stdout.isEmpty && one.stdout == two.stdout)
        let other = try smaa(file, ["--samples", "30000", "--seed", "8", "--threads", "2"])
        #expect(other.stdout != one.stdout)
    }

    /// Weights uniform on the simplex: with two criteria w_x ~ U(0, 1), so each acceptability is the
    /// length of the w-intervals where the alternative holds that rank (crossings 1/2, 8/15, 5/9 of
    /// `twoCriteriaCSV`): order B C A D, then C B A D after 1/2, C A B D after 8/15, A C B D after 5/9.
    @Test func twoCriteriaAcceptabilitiesAreIntervalLengths() throws {
        let samples = 100_000
        let r = try smaa(try temporaryFile("two.csv", twoCriteriaCSV), ["--samples", "\(samples)", "--seed", "3"])
        #expect(r.status == 0, "\(r.stderr)")
        let b = try #require(r.json["rankAcceptability"] as? [[Double]])
        let (half, a, c) = (1.0 / 2, 8.0 / 15, 5.0 / 9)
        let expected: [[Double]] = [
            [1 - c, c - a, a, 0],                  // A: 1st after 5/9, 2nd on (8/15, 5/9), 3rd before 8/15
            [half, a - half, 1 - a, 0],            // B
            [c - half, half + (1 - c), 0, 0],      // C
            [0, 0, 0, 1],                          // D, dominated by A: always last
        ]
        for i in 0..<4 {
            for k in 0..<4 {
                let p = expected[i][k], se = (p * (1 - p) / Double(samples)).squareRoot()
                #expect(abs(b[i][k] - p) <= 4 * se + 1e-12, "alternative \(i) rank \(k + 1): \(b[i][k]) vs \(p)")
            }
        }
        #expect((r.json["centralWeights"] as? [Any])?[3] is NSNull)
    }

    /// --ranks K keeps K columns of the same acceptabilities (the same samples, the same seed);
    /// too many alternatives without it is an error that says what to add.
    @Test func ranksKeepsTheFirstColumnsAndLargeProblemsAskForIt() throws {
        let file = try temporaryFile("two.csv", twoCriteriaCSV)
        let all = try smaa(file, ["--samples", "5000", "--seed", "2"]), two = try smaa(file, ["--samples", "5000", "--seed", "2", "--ranks", "2"])
        #expect(all.status == 0 && two.status == 0, "\(two.stderr)")
        let b = try #require(all.json["rankAcceptability"] as? [[Double]]), b2 = try #require(two.json["rankAcceptability"] as? [[Double]])
        #expect(b2 == b.map { Array($0.prefix(2)) })
        #expect(try smaa(file, ["--ranks", "5"]).status != 0)
        let big = "alternative,x,y\n" + (0..<10_001).map { "a\($0),\($0 % 97),\($0 % 89)" }.joined(separator: "\n") + "\n"
        let r = try smaa(try temporaryFile("big.csv", big), ["--samples", "10"])
        #expect(r.status != 0 && r.stdout.isEmpty)
        #expect(r.stderr.contains("--ranks K with K ≤ 9999"), "\(r.stderr)")
    }

    @Test func aDominatedAlternativeIsNeverFirst() throws {
        // E is dominated by A on every criterion (one a cost), so no weight vector puts it first.
        let csv = "alternative,p,q,r\nA,9,8,2\nB,4,9,5\nC,9,2,1\nE,8,7,3\n"
        let r = try smaa(try temporaryFile("dom.csv", csv), ["--directions=+,+,-", "--samples", "20000", "--seed", "5"])
        #expect(r.status == 0, "\(r.stderr)")
        let b = try #require(r.json["rankAcceptability"] as? [[Double]])
        #expect(b[3][0] == 0)
        #expect((r.json["centralWeights"] as? [Any])?[3] is NSNull)
        #expect(b[0][0] > 0)
    }
}
