@testable import MCDACore
import Testing
import _TestSupport

/// Checks shared by the tests of SPOTIS, RIM, RAFSI, ERVD, RAM, PROBID, sPROBID, AROMAN and LMAW
/// (the reference cases and property tests they share with group 1 are in ``Group1Cases``).
enum Group2Cases {
    /// `body` throws an ``MCDAError`` whose message contains every one of `words` (the method, the
    /// criterion, the alternative…).
    static func expectError(naming words: [String], sourceLocation: SourceLocation = #_sourceLocation,
                            _ body: () throws -> Void) {
        do {
            try body()
            Issue.record("no error; expected one naming \(words)", sourceLocation: sourceLocation)
        } catch let error as MCDAError {
            let text = "\(error)"
            for w in words where !text.contains(w) {
                Issue.record("'\(text)' does not name \(w)", sourceLocation: sourceLocation)
            }
        } catch {
            Issue.record("not an MCDAError: \(error)", sourceLocation: sourceLocation)
        }
    }

    /// Removing any one alternative leaves every other score unchanged, bit for bit: the methods
    /// that score each alternative against fixed references (bounds, ideal points) and nothing
    /// else, checked on seeded random problems whose matrices stay inside `references(x)`.
    static func expectScoresIndependentOfOthers<M: RankingMethod>(_ method: (DecisionMatrix) -> M, seed: UInt64) throws {
        var rng = TestRNG(seed: seed)
        for _ in 0..<20 {
            let (x, w) = RankingCases.random(rows: Int.random(in: 3...10, using: &rng), columns: Int.random(in: 2...6, using: &rng), using: &rng)
            let m = method(x)
            let full = try m.evaluate(x, weights: w).scores
            let drop = Int.random(in: 0..<x.rowCount, using: &rng)
            let kept = (0..<x.rowCount).filter { $0 != drop }
            let reduced = try m.evaluate(x.selectingAlternatives(kept), weights: w).scores
            #expect(reduced == kept.map { full[$0] }, "\(m.identifier) without A\(drop + 1)")
        }
    }

    /// The method's ``CatalogueMethod/scoring(for:)`` kernel gives exactly its scores (seeded
    /// random problems and weights) and is linear.
    static func expectKernelMatchesEvaluate<M: CatalogueMethod>(_ method: M, seed: UInt64) throws {
        var rng = TestRNG(seed: seed)
        for _ in 0..<20 {
            let (x, w) = RankingCases.random(rows: Int.random(in: 2...10, using: &rng), columns: Int.random(in: 1...6, using: &rng), using: &rng)
            let kernel = try method.scoring(for: x)
            #expect(kernel.scores(weights: w) == (try method.evaluate(x, weights: w)).scores, "\(M.name)")
            #expect(kernel is any LinearScoring && kernel.order == M.order)
        }
    }
}

@Suite struct Group2SupportTests {
    @Test func defaultIntervalsAreTheColumnExtremes() throws {
        let x = RankingCases.matrix([[1, 5], [3, -2], [2, 4]])
        let r = try SPOTIS().criterionIntervals(nil, of: x, method: "m")
        #expect(r == [ValueRange(1, 3), ValueRange(-2, 5)])
    }

    @Test func givenIntervalsAreReadInEitherOrder() throws {
        let x = RankingCases.matrix([[1, 5], [3, -2]])
        let r = try SPOTIS().criterionIntervals([ValueRange(4, 0), ValueRange(-2, 5)], of: x, method: "m")
        #expect(r == [ValueRange(0, 4), ValueRange(-2, 5)])
    }

    @Test func intervalErrorsNameMethodCriterionAndAlternative() {
        let x = RankingCases.matrix([[1, 5], [3, -2]])
        Group2Cases.expectError(naming: ["m bounds", "'C2'", "'A2'", "-2"]) {
            _ = try SPOTIS().criterionIntervals([ValueRange(0, 4), ValueRange(0, 5)], of: x, method: "m")
        }
        Group2Cases.expectError(naming: ["m bounds", "'C1'", "lo < hi"]) {
            _ = try SPOTIS().criterionIntervals([ValueRange(2, 2), ValueRange(-2, 5)], of: x, method: "m")
        }
        Group2Cases.expectError(naming: ["m bounds", "1 intervals", "one per criterion (2)"]) {
            _ = try SPOTIS().criterionIntervals([ValueRange(0, 4)], of: x, method: "m")
        }
    }

    @Test func numbersInMessagesDropATrailingZero() {
        #expect(SPOTIS.text(12.0) == "12" && SPOTIS.text(-0.5) == "-0.5" && SPOTIS.text(ValueRange(0, 2.5)) == "0:2.5")
    }

    @Test func allBenefitKeepsValuesAndIdentities() {
        let x = RankingCases.matrix([[1, 5], [3, 2]], types: [-1, 1])
        let b = x.allBenefit
        #expect(b.values == x.values && b.alternatives == x.alternatives && b.criteria.allSatisfy(\.isBenefit))
    }

    @Test func formulaSourceReadsNamesAndNumbersAndReadsBack() throws {
        let p = MethodParameter.formulaSource("f", summary: "")
        #expect(try p.parse("paper") == .choice("paper") && p.parse("pymcdm") == .choice("pymcdm") && p.parse("1") == .choice("paper"))
        #expect(try p.parse(MethodParameterValue.choice("paper").description) == .choice("paper"))
        #expect(try p.parse(MethodParameterValue.number(1).description) == .choice("paper"))
        #expect(throws: MethodCatalogueError.self) { try p.parse("book") }
        #expect(throws: MethodCatalogueError.self) { try p.parse("2") }
        var values = MethodParameters()
        #expect(try values.formulaSource(p) == .pymcdm)
        values["f"] = .number(1)
        #expect(try values.formulaSource(p) == .paper)
        values["f"] = .number(0.5)
        #expect(throws: MethodCatalogueError.self) { try values.formulaSource(p) }
    }
}
