import MCDACore
import Testing
import _TestSupport

/// ELECTRE III. No published worked example could be verified here (Roy 1978 and the ELECTRE
/// III-IV manual of Almeida Dias, Figueira & Roy 2006 were not reachable in full), so the tests
/// use cases worked out by hand from the definitions (quoted with each test) and properties the
/// method guarantees.
@Suite struct ELECTREIIITests {
    static func matrix(_ rows: [[Double]], costs: Set<Int> = []) throws -> DecisionMatrix {
        try DecisionMatrix(alternatives: rows.indices.map { "A\($0 + 1)" },
                           criteria: rows[0].indices.map { Criterion(id: "C\($0 + 1)", direction: costs.contains($0) ? .cost : .benefit) },
                           values: rows.flatMap { $0 })
    }

    /// The doc-comment example: σ(A1,·) = 1, σ(A2,A3) = σ(A3,A2) = ½. Descending: at λ₁ = ½
    /// (below 1 − s(1) = 0.85) A1 outranks both (qualification 2, −1, −1), then A2 and A3 stay
    /// together (0.5 − 0.5 is not above s); ascending: {A2, A3} worst, A1 best.
    @Test func docExample() throws {
        let r = try ELECTREIII().evaluate(try Self.matrix([[3, 3], [2, 1], [1, 2]]), weights: [0.5, 0.5])
        #expect(r.credibility == [0, 1, 1, 0, 0, 0.5, 0, 0.5, 0])
        #expect(r.descendingPositions == [1, 2, 2] && r.ascendingPositions == [1, 2, 2])
        #expect(r.scores == [1, 2, 2] && r.ranks == [1, 2.5, 2.5])
    }

    /// Thresholds by hand, one benefit criterion (weight 0.6, q = 1, p = 3, v = 6) and one cost
    /// (weight 0.4, q = 0, p = 2, no veto). A1 = (10, 5), A2 = (12, 4):
    /// C(A1,A2): Δ₁ = 2 → c = (3 − 2)/(3 − 1) = ½; Δ₂ = −(4 − 5) = 1 → c = (2 − 1)/2 = ½; C = ½.
    /// C(A2,A1): Δ₁ = −2 → 1; Δ₂ = −1 → 1; C = 1, σ = 1.
    /// With A1 = (5, 5): Δ₁ = 7 ≥ v → d₁ = 1, so σ(A1,A2) = 0 whatever C.
    /// With A1 = (7.5, 5): Δ₁ = 4.5 → c₁ = 0, d₁ = (4.5 − 3)/3 = ½; C = 0.4 · ½ = 0.2;
    /// σ = 0.2 · (1 − ½)/(1 − 0.2) = 0.125.
    @Test func concordanceDiscordanceAndVeto() throws {
        let method = ELECTREIII(indifference: [1, 0], preference: [3, 2], veto: [6, .greatestFiniteMagnitude])
        let r = try method.evaluate(try Self.matrix([[10, 5], [12, 4]], costs: [1]), weights: [0.6, 0.4])
        #expect(abs(r.credibility[1] - 0.5) < 1e-15 && r.credibility[2] == 1)
        let vetoed = try method.evaluate(try Self.matrix([[5, 5], [12, 4]], costs: [1]), weights: [0.6, 0.4])
        #expect(vetoed.credibility[1] == 0)
        let weakened = try method.evaluate(try Self.matrix([[7.5, 5], [12, 4]], costs: [1]), weights: [0.6, 0.4])
        #expect(abs(weakened.credibility[1] - 0.125) < 1e-15)
        #expect(weakened.scores == [2, 1])
    }

    /// Incomparability by hand: the descending distillation puts A2 alone first, the ascending one
    /// puts A1 and A2 together as best; A3 last in both (four criteria, equal weights, no thresholds).
    /// A1 = (4, 4, 1, 1), A2 = (3, 3, 3, 3), A3 = (1, 1, 2, 2): σ(A1,A2) = ½, σ(A2,A1) = ½,
    /// σ(A1,A3) = ½, σ(A3,A1) = ½, σ(A2,A3) = 1, σ(A3,A2) = 0.
    @Test func distillationsThatDisagree() throws {
        let r = try ELECTREIII().evaluate(try Self.matrix([[4, 4, 1, 1], [3, 3, 3, 3], [1, 1, 2, 2]]), weights: [0.25, 0.25, 0.25, 0.25])
        #expect(r.credibility == [0, 0.5, 0.5, 0.5, 0, 1, 0.5, 0, 0])
        // Descending at λ₁ = ½: only A2 → A3 (1 > ½, 1 − 0 > 0.15): qualifications 0, 1, −1 → A2;
        // then A1 vs A3 at σ = ½ both ways: no outranking, {A1, A3} together.
        #expect(r.descendingPositions == [2, 1, 2])
        // Ascending: A3 worst (−1); then A1 and A2 (½ both ways) together as best.
        #expect(r.ascendingPositions == [1, 1, 2])
        // A2 ≻ A3 (better in both), A2 ≻ A1 (better descending, equal ascending), A1 ≻ A3.
        #expect(r.scores == [2, 1, 3])
    }

    /// Seeded: an alternative at least as good as every other on every criterion, and strictly
    /// better on one, is on top (level 1), whatever the thresholds.
    @Test func aDominatingAlternativeIsOnTop() throws {
        var rng = TestRNG(seed: 1978)
        for _ in 0..<30 {
            let m = Int.random(in: 3...9, using: &rng), n = Int.random(in: 2...5, using: &rng)
            var rows = (0..<m).map { _ in (0..<n).map { _ in Double.random(in: 0...100, using: &rng) } }
            let best = Int.random(in: 0..<m, using: &rng)
            rows[best] = [Double](repeating: 150, count: n)
            let q = (0..<n).map { _ in Double.random(in: 0...5, using: &rng) }
            let p = q.map { $0 + Double.random(in: 0...20, using: &rng) }
            let v = p.map { $0 + Double.random(in: 1...60, using: &rng) }
            let w = (0..<n).map { _ in Double.random(in: 0.1...1, using: &rng) }
            let r = try ELECTREIII(indifference: q, preference: p, veto: v).evaluate(try Self.matrix(rows), weights: w)
            #expect(r.scores[best] == 1 && r.scores.filter { $0 == 1 }.count == 1, "\(rows) \(r.scores)")
        }
    }

    @Test func badThresholdsNameTheCriterion() throws {
        let x = try Self.matrix([[3, 3], [2, 1]])
        #expect { try ELECTREIII(indifference: [1, 2], preference: [0.5, 3]).evaluate(x, weights: [0.5, 0.5]) } throws: { error in
            "\(error)".contains("'C1'") && "\(error)".contains("indifference ≤ preference ≤ veto")
        }
        #expect { try ELECTREIII(veto: [1]).evaluate(x, weights: [0.5, 0.5]) } throws: { error in "\(error)".contains("one per criterion (2)") }
        #expect { try ELECTREIII(indifference: [-1, 0]).evaluate(x, weights: [0.5, 0.5]) } throws: { error in "\(error)".contains("'C1'") }
    }
}
