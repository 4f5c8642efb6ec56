import MCDACore
import Testing

@Suite struct PROMETHEEPartialOrderTests {
    /// Usual criterion, w = (.5, .3, .2): by hand π(1,2) = .5, π(2,1) = .3, π(3,1) = .5, π(2,3) = .3,
    /// π(3,2) = .5, π(1,3) = 0, so φ⁺ = (.25, .3, .5), φ⁻ = (.4, .5, .15). A1 has less φ⁺ but also
    /// less φ⁻ than A2: the flows disagree and PROMETHEE I leaves them incomparable.
    @Test func incomparabilityWhenTheFlowsDisagree() throws {
        let x = RankingCases.matrix([[2, 1, 4], [1, 4, 4], [5, 1, 4]])
        let r = try PROMETHEE().evaluate(x, weights: [0.5, 0.3, 0.2])
        #expect(allCloseFlows(r.phiPlus, [0.25, 0.3, 0.5]) && allCloseFlows(r.phiMinus, [0.4, 0.5, 0.15]))
        #expect(r.relation(0, 1) == .incomparable && r.relation(1, 0) == .incomparable)
        #expect(r.relation(2, 0) == .preferred && r.relation(0, 2) == .dominated)
        #expect(r.relation(2, 1) == .preferred)
        #expect(r.alternativesPreferred(to: 0) == [2])
        #expect(r.alternativesIncomparable(with: 1) == [0])
        // PROMETHEE II still ranks them completely: φ = (−.15, −.2, .35).
        #expect(r.ranks == [2, 3, 1])
    }

    @Test func identicalAlternativesAreIndifferent() throws {
        let x = RankingCases.matrix([[2, 1], [1, 4], [2, 1]])
        let r = try PROMETHEE(.linear(q: 0.5, p: 2)).evaluate(x, weights: [0.6, 0.4])
        #expect(r.relation(0, 2) == .indifferent && r.relation(0, 0) == .indifferent)
    }

    private func allCloseFlows(_ a: [Double], _ b: [Double]) -> Bool { zip(a, b).allSatisfy { abs($0 - $1) < 1e-15 } }
}
