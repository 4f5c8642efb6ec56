import Foundation
import Testing
import _TestSupport

/// Golden files of what `mcda analyze` writes for the small test dataset (Tests/Fixtures/small-dataset):
/// the terminal table, Markdown, CSV and HTML, in English and Persian, as a user gets them from the
/// built binary in a pipe (100 columns, no colour).
///
/// The files are under `Tests/Fixtures/golden/`. After an intended change of a report, regenerate
/// them with `UPDATE_GOLDEN=1 swift test --filter ReportGoldenTests` and read the diff before
/// committing it.
///
/// Text must match exactly; numbers written with full precision (CSV, JSON-like cells) may differ
/// in their last bits between LAPACK builds (reference LAPACK and OpenBLAS round the AHP
/// eigenvector differently), so two numbers match when they agree to 1e-9 relative.
@Suite struct ReportGoldenTests {
    struct Golden: CustomTestStringConvertible, Sendable {
        let file: String
        let arguments: [String]
        var testDescription: String { file }
    }

    static let dataset = "Tests/Fixtures/small-dataset"
    static let goldens: [Golden] = [
        Golden(file: "analyze-table.txt", arguments: []),
        Golden(file: "analyze.md", arguments: ["--format", "markdown"]),
        Golden(file: "analyze-fa.md", arguments: ["--format", "markdown", "--lang", "fa"]),
        Golden(file: "analyze.csv", arguments: ["--format", "csv"]),
        Golden(file: "analyze.html", arguments: ["--format", "html"]),
        Golden(file: "analyze-fa.html", arguments: ["--format", "html", "--lang", "fa"]),
    ]

    @Test(arguments: goldens) func matchesTheGoldenFile(_ golden: Golden) throws {
        let r = try Binary.run(["analyze", Self.dataset] + golden.arguments)
        #expect(r.status == 0, "\(r.stderr)")
        let url = fixtureURL("golden/\(golden.file)")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] != nil {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(r.stdout.utf8).write(to: url)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        if let difference = GoldenText.firstDifference(expected: expected, actual: r.stdout) {
            Issue.record("\(golden.file) differs (UPDATE_GOLDEN=1 regenerates it): \(difference)")
        }
    }

    /// The comparison itself can fail: a changed word, a changed digit beyond the tolerance, a
    /// missing line.
    @Test func theComparisonCatchesChanges() {
        let text = "Winner: Northton (first in 82.2% of 2,000 scenarios)\nscore,0.7236292158116286\n"
        #expect(GoldenText.firstDifference(expected: text, actual: text) == nil)
        #expect(GoldenText.firstDifference(expected: text, actual: text.replacingOccurrences(of: "0.7236292158116286", with: "0.7236292158116287")) == nil)
        #expect(GoldenText.firstDifference(expected: text, actual: text.replacingOccurrences(of: "82.2", with: "82.3")) != nil)
        #expect(GoldenText.firstDifference(expected: text, actual: text.replacingOccurrences(of: "Northton", with: "Southby")) != nil)
        #expect(GoldenText.firstDifference(expected: text, actual: text + "extra\n") != nil)
        #expect(GoldenText.firstDifference(expected: text, actual: String(text.dropLast(20))) != nil)
    }
}

/// Line-by-line comparison of report text where numbers may differ in their last bits.
enum GoldenText {
    /// Splits a line into alternating text and number pieces (ASCII decimal numbers only: Persian
    /// digits and grouped figures are compared as text).
    static func pieces(_ line: Substring) -> [(isNumber: Bool, text: Substring)] {
        var result: [(Bool, Substring)] = []
        var i = line.startIndex
        var textStart = i
        func isDigit(_ c: Character) -> Bool { c.isASCII && c.isNumber }
        while i < line.endIndex {
            guard isDigit(line[i]) else { i = line.index(after: i); continue }
            var j = i
            while j < line.endIndex, isDigit(line[j]) || line[j] == "." || line[j] == "e" || line[j] == "E"
                    || ((line[j] == "-" || line[j] == "+") && j > i && "eE".contains(line[line.index(before: j)])) {
                j = line.index(after: j)
            }
            if textStart < i { result.append((false, line[textStart..<i])) }
            result.append((true, line[i..<j]))
            i = j
            textStart = j
        }
        if textStart < line.endIndex { result.append((false, line[textStart...])) }
        return result
    }

    static func numbersAgree(_ a: Substring, _ b: Substring) -> Bool {
        if a == b { return true }
        // Only long numbers (full precision) get the tolerance; a rounded figure must be identical.
        guard a.count >= 12, b.count >= 12, let x = Double(a), let y = Double(b) else { return false }
        return abs(x - y) <= 1e-9 * max(abs(x), abs(y))
    }

    /// nil when the texts agree, else the first differing line of each.
    static func firstDifference(expected: String, actual: String) -> String? {
        if expected == actual { return nil }
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for k in 0..<max(e.count, a.count) {
            guard k < e.count, k < a.count else {
                return "line \(k + 1): expected \(k < e.count ? String(e[k]) : "<end>"), got \(k < a.count ? String(a[k]) : "<end>")"
            }
            if e[k] == a[k] { continue }
            let pe = pieces(e[k]), pa = pieces(a[k])
            let same = pe.count == pa.count && zip(pe, pa).allSatisfy { x, y in
                x.isNumber == y.isNumber && (x.isNumber ? numbersAgree(x.text, y.text) : x.text == y.text)
            }
            if !same { return "line \(k + 1):\n  expected \(e[k])\n  got      \(a[k])" }
        }
        return nil
    }
}
