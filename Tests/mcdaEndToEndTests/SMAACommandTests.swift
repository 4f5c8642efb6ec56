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

    /// --distributions: B's value is uniform on (0, 1) against A's exact 0.5 on the only criterion,
    /// so B is first with probability ½ exactly (checked within 5 standard errors); exact cells
    /// leave the acceptabilities of the exact analysis unchanged; bad tables are named errors.
    @Test func perValueDistributionsAreSampled() throws {
        let one = try temporaryFile("one.csv", "alternative,x\nA,0.5\nB,0.5\n")
        let uniform = try temporaryFile("one-d.csv", "alternative,x\nA,\nB,\"uniform(0, 1)\"\n")
        let samples = 40_000
        let r = try smaa(one, ["--directions=+", "--samples", "\(samples)", "--seed", "4", "--distributions", uniform])
        #expect(r.status == 0, "\(r.stderr)")
        let b = try #require(r.json["rankAcceptability"] as? [[Double]])
        #expect(abs(b[1][0] - 0.5) <= 5 * (0.25 / Double(samples)).squareRoot(), "\(b[1][0])")

        let two = try temporaryFile("two.csv", twoCriteriaCSV)
        let exact = try temporaryFile("two-d.csv", "alternative,x,y\nA,,\nB,exact,\nC,,\nD,,\n")
        let plain = try smaa(two, ["--samples", "3000", "--seed", "9"])
        let withTable = try smaa(two, ["--samples", "3000", "--seed", "9", "--distributions", exact])
        #expect(withTable.status == 0, "\(withTable.stderr)")
        #expect((withTable.json["rankAcceptability"] as? [[Double]]) == (plain.json["rankAcceptability"] as? [[Double]]))

        let bad: [(String, String)] = [
            ("alternative,y,x\nA,,\nB,,\nC,,\nD,,\n", "column 2 is 'y'"),
            ("alternative,x,y\nA,,\nB,,\nC,,\n", "3 rows of alternatives; the matrix has 4"),
            ("alternative,x,y\nA,,\nB,3,\nC,,\nD,,\n", "B, x: '3' is a number"),
            ("alternative,x,y\nA,,\nB,,\"beta(0, 2)\"\nC,,\nD,,\n", "B, y: beta"),
            ("alternative,x,y\nA,,\nC,,\nB,,\nD,,\n", "row 2 is 'C'"),
        ]
        for (k, (table, message)) in bad.enumerated() {
            let r = try smaa(two, ["--samples", "10", "--distributions", try temporaryFile("bad\(k).csv", table)])
            #expect(r.status != 0 && r.stdout.isEmpty)
            #expect(r.stderr.contains("bad\(k).csv:") && r.stderr.contains(message), "\(r.stderr)")
        }
        #expect(try smaa(two, ["--uncertainty", "0.1", "--distributions", exact]).status != 0)
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

    /// Two alternatives × 40 criteria, equal weights ±50 %: the default thinning (54,706 steps per
    /// sample for d = 39) would sample for about 17 minutes (it used to, silently); the command
    /// now fails before sampling with the steps and the way out, and an explicit --thinning runs.
    @Test func hitAndRunOnManyCriteriaFailsFastOrTakesAThinning() throws {
        let header = "alternative," + (1...40).map { "c\($0)" }.joined(separator: ",")
        let rows = ["A," + (0..<40).map { "\($0 % 7 + 1)" }.joined(separator: ","),
                    "B," + (0..<40).map { "\($0 * 3 % 5 + 1)" }.joined(separator: ",")]
        let file = try temporaryFile("forty.csv", ([header] + rows).joined(separator: "\n") + "\n")
        let weights = "--weights=" + Array(repeating: "1", count: 40).joined(separator: ",")
        let slow = try smaa(file, [weights, "--spread", "0.5", "--threads", "1"])
        #expect(slow.status != 0 && slow.stdout.isEmpty)
        for part in ["hit-and-run would need 552,530,600 steps", "minutes", "fewer samples", "fewer criteria", "explicit thinning"] {
            #expect(slow.stderr.contains(part), "\(slow.stderr)")
        }
        let thin = try smaa(file, [weights, "--spread", "0.5", "--samples", "200", "--thinning", "30"])
        #expect(thin.status == 0, "\(thin.stderr)")
        #expect((thin.json["settings"] as? [String: Any])?["weights"] as? String == "hit-and-run (burn-in 300, thinning 30)")
        #expect(try smaa(file, [weights, "--spread", "0.5", "--thinning", "0"]).status != 0)
    }

    /// A subnormal concentration or beta shape used to give acceptabilities of 1/m and null central
    /// weights (NaN weights); both are errors that name the parameter.
    @Test func subnormalShapesAreNamedErrors() throws {
        let fighter = "Datasets/examples/fighter-aircraft.csv"
        let dirichlet = try Binary.run(["smaa", fighter, "--weights=.2,.1,.1,.1,.2,.3", "--concentration", "5e-324"])
        #expect(dirichlet.status != 0 && dirichlet.stdout.isEmpty)
        #expect(dirichlet.stderr.contains("Dirichlet shape of criterion 1") && dirichlet.stderr.contains("1e-300"), "\(dirichlet.stderr)")
        let two = try temporaryFile("two.csv", twoCriteriaCSV)
        let table = try temporaryFile("tiny.csv", "alternative,x,y\nA,\"beta(5e-324, 5e-324)\",\nB,,\nC,,\nD,,\n")
        let beta = try smaa(two, ["--samples", "100", "--distributions", table])
        #expect(beta.status != 0 && beta.stdout.isEmpty)
        #expect(beta.stderr.contains("A, x: beta(5e-324, 5e-324) needs α and β of at least 1e-300"), "\(beta.stderr)")
    }

    /// --order naming only max-speed (it used to fail with "expected 6 entries, found 1"): max-speed
    /// weighs at least as much as every other criterion in every sample, so in every central weight
    /// vector (a mean of such samples) too.
    @Test func anOrderMayNameOnlyTheLeadingCriteria() throws {
        let fighter = "Datasets/examples/fighter-aircraft.csv"
        let r = try Binary.run(["smaa", fighter, "--order=max-speed", "--samples", "3000", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect((r.json["settings"] as? [String: Any])?["weights"] as? String == "partial order (exact)")
        let central = try #require(r.json["centralWeights"] as? [Any])
        for case let w as [Double] in central { #expect(w[0] == w.max(), "\(w)") }
        let twice = try Binary.run(["smaa", fighter, "--order=max-speed,max-speed"])
        #expect(twice.status != 0 && twice.stderr.contains("--order names 'max-speed' twice"))
    }

    /// A drawn value the method cannot take is reported as a draw, with the uncertainty model
    /// (it read as if the input matrix held it; found by fuzzing).
    @Test func aRejectedDrawIsNamedAsADraw() throws {
        let dir = try Binary.temporaryDirectory()
        let matrix = dir.appendingPathComponent("m.csv"), table = dir.appendingPathComponent("d.csv")
        try "alternative,a,b,c\nA1,2,3,4\nA2,3,4,2\nA3,4,2,3\n".write(to: matrix, atomically: true, encoding: .utf8)
        try "alternative,a,b,c\nA1,\"uniform(-5, 5)\",,\nA2,,,\nA3,,,\n".write(to: table, atomically: true, encoding: .utf8)
        let r = try Binary.run(["smaa", matrix.path, "--method", "wsm", "--distributions", table.path, "--samples", "1000"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("a matrix drawn under the data uncertainty") && r.stderr.contains("is a draw, not one of the input"), "\(r.stderr)")
    }

    /// --normalization with a method that has its own scale was silently ignored (found by fuzzing).
    @Test func normalisationIsRefusedWhereItDoesNotApply() throws {
        for command in ["smaa", "sensitivity"] {
            let r = try Binary.run([command, "Datasets/examples/fighter-aircraft.csv", "--method", "vikor", "--normalization", "sum"])
            #expect(r.status != 0 && r.status < 128)
            #expect(r.stderr.contains("--normalization applies only to --method topsis, wsm, wpm") && r.stderr.contains("(vikor does not take it)"), "\(command): \(r.stderr)")
        }
    }

    /// A thinning near Int.max trapped on an arithmetic overflow (exit 132, found by fuzzing): now a
    /// usage error with the range.
    @Test func aHugeThinningIsAUsageError() throws {
        let r = try Binary.run(["smaa", "Datasets/examples/fighter-aircraft.csv", "--weights=0.2,0.1,0.1,0.1,0.2,0.3", "--spread", "0.3",
                                "--thinning", "9223372036854775807", "--samples", "100"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("--thinning must be between 1 and 1000000000"), "\(r.stderr)")
    }

    /// --thinning with weights drawn exactly was silently ignored (found by fuzzing): a usage error.
    @Test func thinningWithoutHitAndRunIsAnError() throws {
        let r = try Binary.run(["smaa", "Datasets/examples/fighter-aircraft.csv", "--thinning", "5", "--samples", "100"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("--thinning: applies only to hit-and-run sampling"), "\(r.stderr)")
    }
}
