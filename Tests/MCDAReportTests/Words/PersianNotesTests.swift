import MCDACore
import MCDAReport
import Testing

/// The Persian report writes every weighting note in Persian, with Persian digits; only criterion
/// identifiers, method names and the λmax/CR symbols stay in Latin letters.
@Suite struct PersianNotesTests {
    static let words = ReportLanguage.fa.words

    /// The Latin letters of `text` once the allowed identifiers are removed.
    static func strayLatin(_ text: String, allowed: [String]) -> String {
        var rest = text
        for a in allowed.sorted(by: { $0.count > $1.count }) { rest = rest.split(separator: a, omittingEmptySubsequences: false).joined(separator: " ") }
        return String(rest.filter { $0.isASCII && ($0.isLetter || $0.isNumber) })
    }

    @Test func judgmentAndObjectiveNotesArePersian() {
        let notes: [(WeightingNote, [String])] = [
            (.judgment(.offScale(row: "copper", column: "pistachio", value: 1.5)), ["copper", "pistachio"]),
            (.judgment(.reciprocalRepaired(row: "copper", column: "adobe", value: 3, mirrorValue: 0.34)), ["copper", "adobe"]),
            (.aggregateJudgment(.completed(row: "north", column: "south", value: 2.25, method: .harker)), ["north", "south", "harker"]),
            (.objective(.constantCriterion("culture")), ["culture"]),
            (.objective(.equalWeightsFallback(method: .entropy)), ["entropy"]),
            (.decisionMaker(name: "Bob", weight: 0.25, analysis: nil), ["Bob"]),
        ]
        for (note, allowed) in notes {
            let text = Self.words.note(note)
            #expect(text != WeightingNoteWords.describe(note))
            #expect(Self.strayLatin(text, allowed: allowed).isEmpty, "\(text)")
            #expect(text.contains { ("\u{0600}"..."\u{06FF}").contains($0) }, "\(text)")
        }
        #expect(Self.words.note(.judgment(.offScale(row: "a", column: "b", value: 1.5))).contains("۱٫۵"))
    }

    @Test func anInconsistentAggregateNamesTheJudgmentsToReviseInPersian() throws {
        let m = try PairwiseComparisonMatrix(elements: ["a", "b", "c"], rows: [[1, 9, 1.0 / 9], [1.0 / 9, 1, 9], [9, 1.0 / 9, 1]])
        let text = Self.words.note(.aggregate(try AHP.analyze(m)))
        #expect(text.hasPrefix("داوری‌های جمعی: λmax = "))
        #expect(text.contains("بازنگری کنید"))
        #expect(Self.strayLatin(text, allowed: ["λmax", "CR", "a", "b", "c"]).isEmpty, "\(text)")
    }
}
