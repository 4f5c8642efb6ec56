import MCDACore
import Testing
import _TestSupport

@Suite struct KendallTauTests {
    /// The definition, pair by pair in O(N²): S = Σ_{i<j} sign(xᵢ − xⱼ) sign(yᵢ − yⱼ).
    static func bruteForce(_ x: [Double], _ y: [Double]) -> (tauA: Double, tauB: Double) {
        let n = x.count
        var s = 0, tiedX = 0, tiedY = 0
        for i in 0..<n {
            for j in (i + 1)..<n {
                let a = x[i] == x[j] ? 0 : (x[i] < x[j] ? 1 : -1)
                let b = y[i] == y[j] ? 0 : (y[i] < y[j] ? 1 : -1)
                s += a * b
                if a == 0 { tiedX += 1 }
                if b == 0 { tiedY += 1 }
            }
        }
        let pairs = n * (n - 1) / 2
        let d = (Double(pairs - tiedX) * Double(pairs - tiedY)).squareRoot()
        return (Double(s) / Double(pairs), d > 0 ? Double(s) / d : 0)
    }

    /// Random rankings with many ties (scores drawn from a few levels, then averaged ranks):
    /// the O(N log N) count agrees with the definition for both variants.
    @Test(arguments: [2, 3, 9, 64, 257, 1000])
    func mergeSortCountMatchesTheDefinition(n: Int) throws {
        var rng = TestRNG(seed: UInt64(n))
        for levels in [2, 5, n] {
            let a = (0..<n).map { _ in Double(Int.random(in: 0..<levels, using: &rng)) }
            let b = (0..<n).map { _ in Double(Int.random(in: 0..<levels, using: &rng)) }
            let x = Ranking.ranks(a, order: .descending), y = Ranking.ranks(b, order: .descending)
            let want = Self.bruteForce(x, y)
            #expect(abs(try RankCorrelation.kendallTau(x, y) - want.tauA) < 1e-12)
            #expect(abs(try RankCorrelation.kendallTau(x, y, variant: .tauB) - want.tauB) < 1e-12)
        }
    }

    @Test func variantsAgreeWithoutTies() throws {
        var rng = TestRNG(seed: 42)
        let x = (1...200).map(Double.init), y = x.shuffled(using: &rng)
        #expect(try RankCorrelation.kendallTau(x, y) == RankCorrelation.kendallTau(x, y, variant: .tauB))
        #expect(KendallVariant.default == .tauA)
    }

    /// Scale: 10⁶ alternatives in O(N log N) (the O(N²) definition would take 5 · 10¹¹ pair visits).
    @Test func millionAlternatives() throws {
        var rng = TestRNG(seed: 1)
        let n = 1_000_000
        let x = (1...n).map(Double.init)
        var y = x
        for _ in 0..<1000 { y.swapAt(Int.random(in: 0..<n, using: &rng), Int.random(in: 0..<n, using: &rng)) }
        let tau = try RankCorrelation.kendallTau(x, y)
        #expect(tau > 0.99 && tau < 1)
    }
}
