import Foundation
import Testing

@Suite struct RankCommandTests {
    /// Hwang & Yoon (1981) fighter aircraft, pp. 128–134 (reference cases *__hwang_yoon1981_fighter_*).
    static let fighters = """
        alternative,speed,range,payload,cost,reliability,maneuverability
        A1,2.0,1500,20000,5.5,5,9
        A2,2.5,2700,18000,6.5,3,5
        A3,1.8,2000,21000,4.5,7,7
        A4,2.2,1800,20000,5.0,5,5

        """
    static let weights = "--weights=0.2,0.1,0.1,0.1,0.2,0.3"
    static let directions = "--directions=+,+,+,-,+,+"

    func fighterFile() throws -> String {
        let file = try Binary.temporaryDirectory().appendingPathComponent("fighters.csv")
        try Self.fighters.write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    @Test func topsisJSONMatchesTheBook() throws {
        let r = try Binary.run(["rank", try fighterFile(), "--method", "topsis", Self.weights, Self.directions, "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = r.json
        #expect(json["alternatives"] as? [String] == ["A1", "A2", "A3", "A4"])
        let scores = try #require(json["scores"] as? [Double])
        // Hwang & Yoon (1981), p. 134: C* = .643 .268 .613 .312.
        for (got, want) in zip(scores, [0.643, 0.268, 0.613, 0.312]) { #expect(abs(got - want) < 1e-3) }
        #expect(json["ranks"] as? [Double] == [1, 4, 2, 3])
        #expect((json["dPlus"] as? [Double])?.count == 4 && (json["dMinus"] as? [Double])?.count == 4)
        #expect((json["settings"] as? [String: String])?["normalization"] == "vector")
        #expect(json["method"] as? String == "topsis")
    }

    @Test func vikorReportsTheCompromiseSetByName() throws {
        let dir = try Binary.temporaryDirectory()
        let file = dir.appendingPathComponent("ot2004.csv")
        try "alternative,cost,gain\nA1,1,3000\nA2,2,3750\nA3,5,4500\n".write(to: file, atomically: true, encoding: .utf8)
        let r = try Binary.run(["rank", file.path, "--method", "vikor", "--directions=-,+", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        // Opricovic & Tzeng (2004): Q = 1 0 1, compromise solution A2.
        #expect(r.json["Q"] as? [Double] == [1, 0, 1])
        #expect(r.json["compromiseSet"] as? [String] == ["A2"])
        #expect(r.json["acceptableAdvantage"] as? Bool == true)
        let table = try Binary.run(["rank", file.path, "--method", "vikor", "--directions=-,+"])
        #expect(table.stdout.contains("Compromise solution: A2"))
    }

    @Test func prometheeWithPerCriterionThresholds() throws {
        let dir = try Binary.temporaryDirectory()
        let file = dir.appendingPathComponent("pp.csv")
        try "alternative,c1,c2,c3,c4\nA1,8,7,2,1\nA2,5,3,7,5\nA3,7,5,6,4\nA4,9,9,7,3\nA5,11,10,3,7\nA6,6,9,5,4\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let r = try Binary.run(["rank", file.path, "--method", "promethee-ii", "--weights=0.4,0.3,0.1,0.2",
                                "--preference", "linear", "--q=1", "--p=2,2,2,2", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        // Papathanasiou & Ploskas (2018), PROMETHEE chapter: net flows −.26 −.52 −.22 .36 .70 −.06.
        let net = try #require(r.json["phiNet"] as? [Double])
        for (got, want) in zip(net, [-0.26, -0.52, -0.22, 0.36, 0.70, -0.06]) { #expect(abs(got - want) < 1e-12) }
        #expect(r.json["ranks"] as? [Double] == [5, 6, 4, 2, 1, 3])
    }

    @Test func tableIsSortedBestFirstAndOutputFileIsWritten() throws {
        let dir = try Binary.temporaryDirectory()
        let out = dir.appendingPathComponent("ranking.txt")
        let r = try Binary.run(["rank", try fighterFile(), "--method", "wsm", Self.weights, Self.directions, "--output", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        let text = try String(contentsOf: out, encoding: .utf8)
        let rows = text.split(separator: "\n").filter { $0.contains("█") }.map { $0.split(separator: " ").map(String.init) }
        #expect(rows.map { $0[1] } == ["A3", "A1", "A4", "A2"])  // linear SAW ranks 2 4 1 3 (wsm__hwang_yoon1981_fighter_linear)
        #expect(text.contains("normalization linear"))
    }

    @Test func waspasWithLambdaOneIsTheLinearWeightedSum() throws {
        let r = try Binary.run(["rank", try fighterFile(), "--method", "waspas", "--lambda", "1", Self.weights, Self.directions,
                                "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        // Reference case wsm__hwang_yoon1981_fighter_linear.
        let scores = try #require(r.json["scores"] as? [Double])
        for (got, want) in zip(scores, [0.8354689754689755, 0.7073260073260074, 0.8514074074074074, 0.7374285714285714]) {
            #expect(abs(got - want) < 1e-10)
        }
    }

    @Test func defaultsAreEqualWeightsAndBenefitDirections() throws {
        let r = try Binary.run(["rank", try fighterFile(), "--method", "wpm", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect((r.json["log10Scores"] as? [Double])?.count == 4)
    }

    @Test(arguments: [
        (["--method", "topsis", "--weights=0.5,0.5"], "expected 6 weights"),
        (["--method", "topsis", "--directions=+,+,x,-,+,+"], "'x' is not a direction"),
        (["--method", "wpm", "--normalization", "max", directions], "alternative 'A2'"),
        (["--method", "vikor", "--v", "1.5"], "--v must be a number between 0 and 1"),
        (["--method", "wsm", "--distance", "manhattan"], "--distance applies only to"),
        (["--method", "promethee-ii", "--preference", "usual", "--q=1"], "--q is not a parameter"),
        (["--method", "promethee-ii", "--preference", "linear", "--q=2", "--p=1"], "criterion 'speed'"),
    ])
    func errorsExitNonZeroWithAClearMessage(arguments: [String], message: String) throws {
        let r = try Binary.run(["rank", try fighterFile()] + arguments)
        #expect(r.status != 0)
        #expect(r.stderr.contains(message), "\(r.stderr)")
        #expect(r.stdout.isEmpty)
    }

    @Test func nonPositiveDataForSumNormalisationIsAnError() throws {
        let dir = try Binary.temporaryDirectory()
        let file = dir.appendingPathComponent("zero.csv")
        try "alternative,a,b\nx,1,0\ny,2,3\n".write(to: file, atomically: true, encoding: .utf8)
        let r = try Binary.run(["rank", file.path, "--method", "wsm", "--normalization", "sum"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("alternative 'x'") && r.stderr.contains("criterion 'b'"), "\(r.stderr)")
    }
}

/// `mcda rank --top` and large (parallel-read) files, end to end.
@Suite struct RankCommandTopTests {
    /// A matrix of m alternatives A1…Am whose single benefit criterion is its index, so A<m> ranks first.
    func ladder(_ m: Int) throws -> String {
        let file = try Binary.temporaryDirectory().appendingPathComponent("ladder\(m).csv")
        try ("alternative,x\n" + (1...m).map { "A\($0),\($0)\n" }.joined()).write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    func tableRows(_ stdout: String) -> [String] {
        stdout.split(separator: "\n").map(String.init).filter { $0.range(of: #"^ +[0-9.]+  A[0-9]+ "#, options: .regularExpression) != nil }
    }

    @Test func largeTablesShowTheTop20AndSayHowManyAreLeftOut() throws {
        let r = try Binary.run(["rank", try ladder(150), "--method", "wsm"])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = tableRows(r.stdout)
        #expect(rows.count == 20)
        #expect(rows.first?.hasPrefix("     1  A150 ") == true && rows.last?.contains("  20  A131 ") == true, "\(rows)")
        #expect(r.stdout.contains("  … 130 more alternatives not shown (ranks 21–150)\n"))
    }

    @Test func smallTablesShowEveryRow() throws {
        let r = try Binary.run(["rank", try ladder(100), "--method", "wsm"])
        #expect(tableRows(r.stdout).count == 100 && !r.stdout.contains("not shown"))
    }

    @Test func topChoosesTheRows() throws {
        let file = try ladder(150)
        let three = try Binary.run(["rank", file, "--method", "wsm", "--top", "3"])
        #expect(tableRows(three.stdout).count == 3 && three.stdout.contains("… 147 more alternatives not shown (ranks 4–150)"))
        let all = try Binary.run(["rank", file, "--method", "wsm", "--top", "all"])
        #expect(tableRows(all.stdout).count == 150 && !all.stdout.contains("not shown"))
        let last = try Binary.run(["rank", file, "--method", "wsm", "--top", "149"])
        #expect(last.stdout.contains("… 1 more alternative not shown (rank 150)"))
        let json = try Binary.run(["rank", file, "--method", "wsm", "--top", "3", "--format", "json"])
        #expect((json.json["ranks"] as? [Double])?.count == 150)  // JSON always has every alternative
        for bad in ["0", "-2", "some"] {
            let r = try Binary.run(["rank", file, "--method", "wsm", "--top", bad])
            #expect(r.status != 0 && r.stderr.contains("--top"), "\(r.stderr)")
        }
    }

    /// A file above 1 MiB is read in parallel blocks: same scores as a serial read would give
    /// (checked by the ladder's known ranks), and errors still name file, line, column, alternative.
    @Test func largeFilesAreReadInParallelWithTheSameErrors() throws {
        let m = 60_000
        let dir = try Binary.temporaryDirectory()
        let file = dir.appendingPathComponent("big.csv")
        var lines = ["alternative,speed,price"] + (1...m).map { "A\($0),\(Double($0) / 7),\(Double(m - $0) + 0.5)" }
        try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        let ok = try Binary.run(["rank", file.path, "--method", "wsm", "--directions=+,-", "--format", "json"])
        #expect(ok.status == 0, "\(ok.stderr)")
        let ranks = try #require(ok.json["ranks"] as? [Double])
        #expect(ranks.count == m && ranks[m - 1] == 1 && ranks[0] == Double(m))
        lines[m - 10] = "A\(m - 10),1,cheap"  // file line m − 9
        try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        let bad = try Binary.run(["rank", file.path, "--method", "wsm"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("\(file.path):\(m - 9): column 'price': 'cheap' is not a finite number (alternative 'A\(m - 10)')"), "\(bad.stderr)")
    }

    /// Found by fuzzing: a table of overflowing WPM products trapped (exit 132) converting NaN bar
    /// lengths to Int, and the ranks tied all alternatives. Now the ranks come from the log10
    /// scores and a note says so; results that overflow outright are a clear error.
    @Test func overflowingScoresNeverCrashTheTable() throws {
        let dir = try Binary.temporaryDirectory()
        let file = dir.appendingPathComponent("percent-weights.csv")
        try "alternative,population,budget\nA1,12000,30000\nA2,25000,18000\nA3,8000,41000\n".write(to: file, atomically: true, encoding: .utf8)
        let wpm = try Binary.run(["rank", file.path, "--method", "wpm", "--weights=50,50"])
        #expect(wpm.status == 0, "\(wpm.stderr)")
        let rows = wpm.stdout.split(separator: "\n").filter { $0.trimmingCharacters(in: .whitespaces).first?.isNumber == true }
        #expect(rows.first?.contains("A2") == true, "\(wpm.stdout)")  // log10 products 432.7 > 427.8 > 425.8
        #expect(wpm.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains("ranks come from the log10 scores"))  // notes wrap
        let json = try Binary.run(["rank", file.path, "--method", "wpm", "--weights=50,50", "--format", "json"])
        #expect(json.json["ranks"] as? [Double] == [2, 1, 3])

        let wsm = try Binary.run(["rank", try RankCommandTests().fighterFile(), "--method", "wsm", "--weights=1e308,1e308,1,1,1,1", RankCommandTests.directions])
        #expect(wsm.status != 0 && wsm.status < 128)
        #expect(wsm.stderr.contains("overflow"), "\(wsm.stderr)")
        let extreme = dir.appendingPathComponent("extreme.csv")
        try "alternative,a,b\nA1,1.7e308,2\nA2,-1.7e308,1\nA3,0,3\n".write(to: extreme, atomically: true, encoding: .utf8)
        let vikor = try Binary.run(["rank", extreme.path, "--method", "vikor"])
        #expect(vikor.status != 0 && vikor.status < 128)
        #expect(vikor.stderr.contains("extreme.csv") && vikor.stderr.contains("alternative 'A1' on criterion 'a' is 1.7e+308"), "\(vikor.stderr)")
    }

    /// max normalisation divides by the column maximum: a column of negative values would be
    /// reversed (the worst first), so it is an error that names the criterion.
    @Test func maxNormalisationRejectsANegativeMaximum() throws {
        let file = try Binary.temporaryDirectory().appendingPathComponent("negative.csv")
        try "alternative,profit\nA1,-1\nA2,-2\nA3,-3\n".write(to: file, atomically: true, encoding: .utf8)
        let r = try Binary.run(["rank", file.path, "--method", "wsm", "--normalization", "max"])
        #expect(r.status != 0 && r.status < 128)
        #expect(r.stderr.contains("maximum of criterion 'profit' is -1.0"), "\(r.stderr)")
    }

    /// A target criterion is ranked by the distance from its target; an alternative on the target
    /// (distance 0) cannot be normalised by linear, and the error said "has 0.0" of a value that
    /// was 2. It now says it is a distance.
    @Test func targetDistancesAreNamedAsSuch() throws {
        let r = try Binary.run(["rank", try RankCommandTests().fighterFile(), "--method", "wsm", RankCommandTests.weights,
                                "--directions=target:2,+,+,-,+,+"])
        #expect(r.status != 0 && r.status < 128)
        #expect(r.stderr.contains("distance from its target 2.0") && r.stderr.contains("alternative 'A1' is at distance 0.0"), "\(r.stderr)")
    }

    /// `-o` failures are runtime errors (exit 1, the reason, no usage text), and a long but valid
    /// file name works (the temporary name no longer adds a suffix to it).
    @Test func outputFailuresAreRuntimeErrors() throws {
        let dir = try Binary.temporaryDirectory()
        let missing = try Binary.run(["rank", try RankCommandTests().fighterFile(), "--method", "wsm", "-o", dir.appendingPathComponent("no/such/folder.txt").path])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("cannot write") && !missing.stderr.contains("Usage:"), "\(missing.stderr)")
        let long = dir.appendingPathComponent(String(repeating: "a", count: 250)).path
        let written = try Binary.run(["rank", try RankCommandTests().fighterFile(), "--method", "wsm", "-o", long])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(FileManager.default.fileExists(atPath: long))
    }

    /// A subnormal weight (10⁻³²⁰) made TOPSIS distances underflow into a reported tie of every
    /// alternative; a non-zero weight below 10⁻¹⁵⁰ is now an error naming the criterion.
    @Test func tinyWeightsAreRefused() throws {
        let r = try Binary.run(["rank", try RankCommandTests().fighterFile(), "--method", "topsis",
                                "--weights=1e-320,1e-320,1e-320,1e-320,1e-320,1e-320"])
        #expect(r.status != 0 && r.status < 128)
        #expect(r.stderr.contains("1e-320") && r.stderr.contains("at least 1e-150"), "\(r.stderr)")
        let zero = try Binary.run(["rank", try RankCommandTests().fighterFile(), "--method", "topsis", "--weights=0,1,1,1,1,1"])
        #expect(zero.status == 0, "\(zero.stderr)")
    }

    /// A dataset folder given to rank, compare or smaa (they said "read error") is read as
    /// `mcda analyze` reads it: the same AHP weights and method options give the same scores.
    /// A folder without a manifest is an error that says so.
    @Test func datasetFoldersAreReadAsAnalyzeReadsThem() throws {
        let dataset = AnalyzeCommandTests.rafsanjan
        let analysis = try Binary.run(["analyze", dataset, "--samples", "200", "--format", "json"])
        #expect(analysis.status == 0, "\(analysis.stderr)")
        let rankings = try #require(analysis.json["rankings"] as? [String: Any])
        for method in ["topsis", "promethee-ii"] {
            let r = try Binary.run(["rank", dataset, "--method", method, "--format", "json"])
            #expect(r.status == 0, "\(r.stderr)")
            let scores = r.json["scores"] as? [Double]
            #expect(scores != nil && scores == (rankings[method] as? [String: Any])?["scores"] as? [Double], "\(method)")
        }
        for command in [["compare"], ["smaa", "--method", "wsm", "--samples", "500"]] {
            let r = try Binary.run(command + [dataset])
            #expect(r.status == 0 && r.stdout.contains("siirt"), "\(command): \(r.stderr)")
        }
        let empty = try Binary.temporaryDirectory()
        let r = try Binary.run(["rank", empty.path, "--method", "wsm"])
        #expect(r.status == 1 && r.stderr.contains("a folder without manifest.yaml"), "\(r.stderr)")
    }

    /// `-o` through a symbolic link writes the file it points to (with that file's permissions) and
    /// keeps the link; a dangling link creates its target. The link used to be replaced by a file.
    @Test func outputThroughASymbolicLinkWritesItsTarget() throws {
        let dir = try Binary.temporaryDirectory(), fm = FileManager.default
        let target = dir.appendingPathComponent("results/report.txt").path, link = dir.appendingPathComponent("latest.txt").path
        try fm.createDirectory(atPath: dir.appendingPathComponent("results").path, withIntermediateDirectories: true)
        try "old".write(toFile: target, atomically: false, encoding: .utf8)
        try fm.setAttributes([.posixPermissions: 0o600], ofItemAtPath: target)
        try fm.createSymbolicLink(atPath: link, withDestinationPath: "results/report.txt")
        let r = try Binary.run(["rank", try RankCommandTests().fighterFile(), "--method", "wsm", "-o", link])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try fm.destinationOfSymbolicLink(atPath: link) == "results/report.txt")
        #expect(try String(contentsOfFile: target, encoding: .utf8).contains("wsm"))
        #expect((try fm.attributesOfItem(atPath: target)[.posixPermissions] as? Int) == 0o600)
        let dangling = dir.appendingPathComponent("next.txt").path
        try fm.createSymbolicLink(atPath: dangling, withDestinationPath: "results/new.txt")
        #expect(try Binary.run(["rank", try RankCommandTests().fighterFile(), "--method", "wsm", "-o", dangling]).status == 0)
        #expect(try fm.destinationOfSymbolicLink(atPath: dangling) == "results/new.txt")
        #expect(fm.fileExists(atPath: dir.appendingPathComponent("results/new.txt").path))
    }
}
