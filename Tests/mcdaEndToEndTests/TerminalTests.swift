import Foundation
import Testing
@testable import MCDAReport

/// Text output fits the width (the terminal's, else COLUMNS, else 100) and is coloured only on a
/// terminal without NO_COLOR, as a user sees it.
@Suite struct TerminalTests {
    static let datasets = ["Datasets/rafsanjan-sister-cities", "Datasets/literature/fighter-aircraft",
                           "Datasets/literature/promethee-papathanasiou-ploskas-2018", "Datasets/literature/vikor-opricovic-tzeng-2007"]
    static let matrix = "Datasets/examples/fighter-aircraft.csv"

    /// Every text report of the bundled data: analyze, compare, smaa, sensitivity and rank (with
    /// the methods that add columns; wpm and waspas where no value is 0), and ahp, weights and
    /// correlate.
    static let runs: [[String]] = datasets.map { ["analyze", $0, "--samples", "1000"] }
        + (datasets + [matrix]).flatMap { input in
            [["compare", input], ["smaa", input, "--samples", "2000"], ["sensitivity", input]]
                + ["topsis", "vikor", "promethee-ii", "cocoso"].map { ["rank", input, "--method", $0] }
        }
        + ["waspas", "wpm"].map { ["rank", matrix, "--method", $0] }
        + [["ahp", "Datasets/examples/saaty2008-drinks.csv"], ["ahp", "Datasets/literature/saaty-best-city/hierarchy.yaml"],
           ["weights", matrix, "--method", "critic"], ["weights", matrix, "--method", "entropy"],
           ["correlate", "--reference=1,2,3,4,5", "--ranking=1,3,2,4,5"]]

    static func widest(_ text: String) -> (width: Int, line: String) {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { (TextWidth.of(String($0)).width, String($0)) }
            .max { $0.0 < $1.0 } ?? (0, "")
    }

    @Test(arguments: runs) func fitsEightyColumns(_ arguments: [String]) throws {
        let r = try Binary.run(arguments, environment: ["COLUMNS": "80"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!r.stdout.isEmpty)
        let (width, line) = Self.widest(r.stdout)
        #expect(width <= 80, "\(arguments.joined(separator: " ")): \(width) columns: \(line)")
        #expect(!r.stdout.contains("\u{1B}"), "no colour in a pipe")
    }

    /// Without a terminal or COLUMNS, lines are at most 100 columns; a narrow COLUMNS is raised to 40.
    @Test func aPipeIsAHundredColumns() throws {
        let r = try Binary.run(["analyze", Self.datasets[0], "--samples", "1000"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(Self.widest(r.stdout).width <= 100 && Self.widest(r.stdout).width > 80)
        let narrow = try Binary.run(["compare", Self.datasets[0]], environment: ["COLUMNS": "20"])
        #expect(Self.widest(narrow.stdout).width <= TextLayout.minimumWidth)
    }

    /// At 80 columns the Rafsanjan ranking leaves out the other methods' ranks and the mean rank,
    /// and says so; names wrap rather than break the table.
    @Test func theRafsanjanRankingSaysWhatItLeavesOut() throws {
        let r = try Binary.run(["analyze", Self.datasets[0], "--samples", "1000"], environment: ["COLUMNS": "80"])
        #expect(r.stdout.contains("  columns left out to fit 80 columns: wsm, vikor, promethee-ii, mean rank\n"))
        #expect(r.stdout.contains("  columns left out to fit 80 columns: weight bars\n"))
        #expect(r.stdout.contains("  Argamasilla de  ") && r.stdout.contains("\n        Alba\n"))
        let wide = try Binary.run(["analyze", Self.datasets[0], "--samples", "1000"], environment: ["COLUMNS": "200"])
        #expect(!wide.stdout.contains("left out"))
        #expect(wide.stdout.contains("Argamasilla de Alba"))
    }

    /// Runs `command` in a pseudo-terminal of `columns` columns through script(1) (util-linux).
    static func inTerminal(_ command: [String], columns: Int, environment: [String: String] = [:]) throws -> String {
        let quoted = ([Binary.url.path] + command).map { "'" + $0 + "'" }.joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", "stty cols \(columns); \(quoted) 2>/dev/null", "/dev/null"]
        process.currentDirectoryURL = Binary.packageRoot
        var variables = ProcessInfo.processInfo.environment
        variables["COLUMNS"] = nil
        variables["NO_COLOR"] = nil
        variables["TERM"] = "xterm"
        process.environment = variables.merging(environment) { $1 }
        let out = Pipe()
        process.standardOutput = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\r\n", omittingEmptySubsequences: false).joined(separator: "\n")
    }

    /// The text without ANSI SGR codes.
    static func plain(_ text: String) -> String {
        text.replacing(/\x1B\[[0-9;]*m/, with: "")
    }

    static let hasScript = FileManager.default.isExecutableFile(atPath: "/usr/bin/script")

    /// On a terminal: its width, bold headings and a green robust winner; the codes take no
    /// columns. NO_COLOR (any non-empty value) turns the colour off, not the width.
    @Test(.enabled(if: hasScript)) func colourOnATerminal() throws {
        let text = try Self.inTerminal(["analyze", Self.datasets[0], "--samples", "500"], columns: 72)
        #expect(text.contains("\u{1B}[1mRECOMMENDATION\u{1B}[0m"))
        #expect(text.contains("\u{1B}[1;32mRobust winner: Siirt"))
        #expect(Self.widest(Self.plain(text)).width <= 72)
        #expect(Self.widest(Self.plain(text)).width > 60)

        let noColor = try Self.inTerminal(["analyze", Self.datasets[0], "--samples", "500"], columns: 72, environment: ["NO_COLOR": "1"])
        #expect(!noColor.contains("\u{1B}["))
        #expect(noColor == Self.plain(text))
        let empty = try Self.inTerminal(["rank", Self.matrix, "--method", "topsis"], columns: 72, environment: ["NO_COLOR": ""])
        #expect(empty.contains("\u{1B}[1mRanking: "))
    }

    /// Writing with -o: no colour and no terminal width, even from a terminal.
    @Test(.enabled(if: hasScript)) func aFileHasNoColour() throws {
        let file = try Binary.temporaryDirectory().appendingPathComponent("report.txt")
        _ = try Self.inTerminal(["analyze", Self.datasets[0], "--samples", "500", "-o", file.path], columns: 60)
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(!text.contains("\u{1B}"))
        #expect(Self.widest(text).width > 60 && Self.widest(text).width <= 100)
    }
}
