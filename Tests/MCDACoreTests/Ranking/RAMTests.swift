import MCDACore
import Testing
import _TestSupport

@Suite struct RAMTests {
    @Test func pymcdmReferenceCases() throws {
        try Group1Cases.expectReferenceCases("ram")
    }

    /// Sotoudeh-Anvari (2023), Journal of Cleaner Production 423:138695,
    /// doi:10.1016/j.jclepro.2023.138695: the 10 × 7 example, to 4 decimals as pymcdm 1.4.0's tests
    /// quote them from the paper.
    @Test func sotoudehAnvari2023() throws {
        let x = RankingCases.matrix([[0.068, 0.066, 0.150, 0.098, 0.156, 0.114, 0.098],
                                     [0.078, 0.076, 0.108, 0.136, 0.082, 0.171, 0.105],
                                     [0.157, 0.114, 0.128, 0.083, 0.108, 0.113, 0.131],
                                     [0.106, 0.139, 0.058, 0.074, 0.132, 0.084, 0.120],
                                     [0.103, 0.187, 0.125, 0.176, 0.074, 0.064, 0.057],
                                     [0.105, 0.083, 0.150, 0.051, 0.134, 0.094, 0.113],
                                     [0.137, 0.127, 0.056, 0.133, 0.122, 0.119, 0.114],
                                     [0.100, 0.082, 0.086, 0.060, 0.062, 0.109, 0.093],
                                     [0.053, 0.052, 0.043, 0.100, 0.050, 0.078, 0.063],
                                     [0.094, 0.074, 0.097, 0.087, 0.080, 0.054, 0.106]], types: [1, -1, -1, 1, 1, 1, 1])
        let r = try RAM().evaluate(x, weights: [0.132, 0.135, 0.138, 0.162, 0.09, 0.223, 0.12])
        #expect(allClose(r.scores, [1.4332, 1.4392, 1.4353, 1.4322, 1.4279, 1.4301, 1.4394, 1.4308, 1.4294, 1.4288], tolerance: 5e-5))
        #expect(r.ranks.firstIndex(of: 1) == 6)
        let i = 0
        #expect(abs(r.scores[i] - Double.pow(2 + r.sPlus[i], 1 / (2 + r.sMinus[i]))) == 0)
    }

    /// The direction enters only through which sum a column joins: the normalisation treats cost
    /// columns as benefit ones (pymcdm passes no types to it).
    @Test func costColumnsAreNormalisedAsBenefitColumns() throws {
        let x = RankingCases.matrix([[1, 2], [3, 6]], types: [1, -1])
        let r = try RAM().evaluate(x, weights: [0.5, 0.5])
        #expect(r.normalized.values == [0.25, 0.25, 0.75, 0.75])
        #expect(r.sPlus == [0.125, 0.375] && r.sMinus == [0.125, 0.375])
    }

    @Test func scalingABenefitColumnKeepsTheRanking() throws {
        try Group1Cases.expectBenefitScaleInvariance(RAM(), seed: 71)
    }

    @Test func aDominatedAlternativeNeverRanksFirst() throws {
        try Group1Cases.expectDominatedNeverFirst(RAM(), seed: 72)
        try Group1Cases.expectDominatedNeverFirst(RAM(normalization: .minMax), seed: 73)
    }

    @Test func permutingAlternativesPermutesScores() throws {
        try RankingCases.expectPermutationEquivariance(RAM(), seed: 74)
    }

    @Test func dataTheRootCannotTakeNameTheMethodCriterionAndAlternative() {
        let x = RankingCases.matrix([[1, 2], [3, 0]], types: [1, -1])
        Group2Cases.expectError(naming: ["ram (sum normalisation)", "'A2'", "'C2'"]) {
            _ = try RAM().evaluate(x, weights: [0.5, 0.5])
        }
        // Raw values: 2 + S⁺ = 2 + 0.5 · (−10) < 0 for A2.
        let negative = RankingCases.matrix([[1, 2], [-10, 3]], types: [1, -1])
        Group2Cases.expectError(naming: ["ram normalization", "'A2'", "2 + S⁺"]) {
            _ = try RAM(normalization: .none).evaluate(negative, weights: [0.5, 0.5])
        }
    }
}
