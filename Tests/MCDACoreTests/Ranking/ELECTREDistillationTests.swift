@testable import MCDACore
import Testing

/// The exploitation of a credibility matrix (``ELECTREDistillation``) on given matrices: the
/// published example of Wang & Triantaphyllou (2008), then two matrices from another library's
/// tests. Pre-orders are written as classes of alternatives (1-based numbers), best first.
@Suite struct ELECTREDistillationTests {
    /// The position of each of `count` alternatives, from classes listed best first.
    static func positions(_ classes: [[Int]], count: Int) -> [Double] {
        var p = [Double](repeating: 0, count: count)
        for (k, members) in classes.enumerated() { for a in members { p[a - 1] = Double(k + 1) } }
        return p
    }

    /// X. Wang, E. Triantaphyllou, "Ranking irregularities when evaluating alternatives by using some
    /// ELECTRE methods", Omega 36(1) (2008) 45–63, doi:10.1016/j.omega.2005.12.003, §3.2: eleven
    /// waste-incineration strategies (data of Rogers, Bruen & Maystre 2000, ch. 6). The paper prints
    /// σ to 2 decimals (p. 52), too coarse to distil (rounded, it changes the descending top), so
    /// this is σ at full precision from the printed matrix, weights and thresholds (see
    /// ELECTREIIITests.wangTriantaphyllou2008, which computes it and checks it against the printed
    /// rows). Row a, column b is σ(a, b); the diagonal is 0.
    static let wangTriantaphyllouCredibility: [[Double]] = [
        [0.0, 0.743, 0.71, 0.71, 0.71, 0.71, 0.743, 0.743, 0.71, 0.677, 0.71],
        [0.4401495536576884, 0.0, 0.5671746724890829, 0.58, 0.58, 0.71, 0.48309956331877735, 0.5690218340611354,
         0.39362882096069873, 0.387, 0.71],
        [0.356, 0.5830000000000001, 0.0, 0.8400000000000001, 0.9612, 1.0, 0.55, 0.6856304985337244, 0.55,
         0.6854750733137831, 0.826392961876833],
        [0.356, 0.5830000000000001, 1.0, 0.0, 0.9532410256410256, 0.9477692307692308, 0.49241336890469845,
         0.6526410256410257, 0.55, 0.6221438620376674, 0.7636984343090538],
        [0.3845294117647059, 0.6343529411764707, 0.8634412811387902, 0.6792775800711744, 0.0, 1.0, 0.5396759776536313,
         0.68, 0.5415195530726258, 0.517, 0.68],
        [0.37590909090909097, 0.47924450653361717, 0.48150488970635863, 0.4674130798025984, 0.677, 0.0, 0.517, 0.517,
         0.517, 0.517, 0.517],
        [0.7218881453284639, 0.8644060864600845, 0.7570793237971392, 0.773, 0.7484967490247075, 0.7403433029908973, 0.0,
         0.8815006501950586, 0.8700000000000001, 0.8370000000000001, 0.8480715214564369],
        [0.3845294117647059, 0.8448039215686276, 0.7400000000000001, 0.7400000000000001, 0.7012, 0.8700000000000001,
         0.576921568627451, 0.0, 0.5800000000000001, 0.60684, 0.8700000000000001],
        [0.34785714285714286, 0.7832857142857144, 0.8545714285714286, 0.8506, 0.7438947368421054, 0.729795739348371,
         0.6742631578947369, 0.9738947368421054, 0.0, 0.9363684210526316, 0.8897398496240602],
        [0.3988281509613103, 0.8142045110737676, 0.7225953002610966, 0.7400000000000001, 0.8051791122715405,
         0.8370000000000001, 0.5974666677255905, 0.9769947780678852, 0.6130000000000001, 0.0, 0.9765639686684073],
        [0.408909090909091, 0.6961967291967293, 0.7400000000000001, 0.7400000000000001, 0.7400000000000001,
         0.8700000000000001, 0.5324107236359829, 0.807, 0.5479488453041705, 0.677, 0.0],
    ]

    /// Printed (p. 53): descending A9 ≻ A4 ≻ A7 ≻ A10 ≻ A3 = A5 = A8 = A11 ≻ A1 ≻ A2 ≻ A6;
    /// ascending A1 = A7 ≻ A9 ≻ A4 ≻ A10 ≻ A2 = A5 ≻ A3 = A11 ≻ A8 ≻ A6; in the final partial
    /// pre-order A7 and A9 on top, incomparable. The closest call of the test σ(a,b) − σ(b,a) >
    /// s(σ(a,b)) is 0.0100 from its threshold (A4 against A3), so rounding cannot flip a pair; the
    /// published order also rules out s taken at the level λ₁ instead of at σ(a,b) (that gives
    /// A9 ≻ A7 ≻ A4 = A10 ≻ …).
    @Test func wangTriantaphyllou2008() {
        let sigma = Self.wangTriantaphyllouCredibility.flatMap { $0 }
        let descending = ELECTREDistillation.positions(sigma, count: 11, descending: true)
        let ascending = ELECTREDistillation.positions(sigma, count: 11, descending: false)
        #expect(descending == Self.positions([[9], [4], [7], [10], [3, 5, 8, 11], [1], [2], [6]], count: 11))
        #expect(ascending == Self.positions([[1, 7], [9], [4], [10], [2, 5], [3, 11], [8], [6]], count: 11))
        let levels = ELECTREDistillation.levels(descending: descending, ascending: ascending)
        #expect(levels.indices.filter { levels[$0] == 1 } == [6, 8])
    }

    /// Another library's test values, **not published**: PatrykHub/ELECTRE-Methods (the "mcda"
    /// Python package), `tests/outranking/test_distillation.py` at commit 0ff84d2, whose
    /// credibility matrices have no stated source. Its 5 × 5 matrix (diagonal set to 0) distils
    /// downward into [P1], [P2], [P3 P4 P5] and upward, worst first, into [P3 P5], [P4], [P1 P2].
    @Test func electreMethodsSmallMatrix() {
        let sigma: [Double] = [0, 0, 1, 0.8, 1, 0, 0, 0, 0.9, 0.67, 0.6, 0, 0, 0.6, 0.8, 0.25, 0.8, 0.67, 0, 0.85, 0.67, 0, 0.8, 0.8, 0]
        #expect(ELECTREDistillation.positions(sigma, count: 5, descending: true) == [1, 2, 3, 3, 3])
        #expect(ELECTREDistillation.positions(sigma, count: 5, descending: false) == [1, 1, 3, 2, 3])
    }

    /// The same library's 12 × 12 matrix (to 4 decimals, 1 on the diagonal, which the distillation
    /// never reads): downward [V11 V12], [V4 V7], [V9], [V1 V6], [V5], [V2], [V3 V8 V10]; upward,
    /// best first, [V4 V11 V12], [V7 V9], [V1], [V2 V5 V6], [V10], [V3], [V8].
    @Test func electreMethodsLargeMatrix() {
        let sigma: [[Double]] = [
            [1.0, 1.0, 0.9977, 0.606, 1.0, 0.9977, 0.8175, 1.0, 0.803, 0.8775, 0.548, 0.5318],
            [1.0, 1.0, 0.9977, 0.4047, 0.9973, 0.9816, 0.7762, 1.0, 0.6612, 0.8775, 0.4951, 0.443],
            [0.7734, 0.8946, 1.0, 0.2775, 0.8041, 0.8014, 0.6083, 0.916, 0.499, 0.8775, 0.382, 0.3598],
            [0.85, 0.85, 0.9317, 1.0, 0.85, 0.9317, 0.7739, 0.916, 0.8742, 0.8775, 0.7464, 0.7912],
            [0.9786, 0.9854, 0.9977, 0.5903, 1.0, 0.9816, 0.7184, 1.0, 0.7288, 0.8775, 0.4546, 0.3839],
            [0.8946, 0.9014, 1.0, 0.5999, 0.916, 1.0, 0.7488, 0.916, 0.7128, 0.8775, 0.464, 0.464],
            [1.0, 1.0, 1.0, 0.691, 1.0, 1.0, 1.0, 1.0, 0.803, 0.8775, 0.6875, 0.6875],
            [0.5299, 0.7279, 0.7849, 0.2795, 0.7057, 0.5066, 0.3148, 1.0, 0.3638, 0.8118, 0.2394, 0.1979],
            [0.8692, 0.934, 1.0, 0.773, 0.9352, 0.9352, 0.7297, 1.0, 1.0, 0.8775, 0.7647, 0.8393],
            [0.5803, 0.8033, 0.9186, 0.3486, 0.7385, 0.5779, 0.4384, 0.916, 0.5775, 1.0, 0.4959, 0.3625],
            [0.8692, 0.934, 0.9317, 0.773, 0.8692, 0.8669, 0.8669, 1.0, 0.9688, 1.0, 1.0, 0.9977],
            [0.8692, 0.934, 0.9537, 0.7835, 0.8822, 0.8822, 0.8692, 1.0, 0.993, 1.0, 1.0, 1.0],
        ]
        let flat = sigma.flatMap { $0 }
        #expect(ELECTREDistillation.positions(flat, count: 12, descending: true)
            == Self.positions([[11, 12], [4, 7], [9], [1, 6], [5], [2], [3, 8, 10]], count: 12))
        #expect(ELECTREDistillation.positions(flat, count: 12, descending: false)
            == Self.positions([[4, 11, 12], [7, 9], [1], [2, 5, 6], [10], [3], [8]], count: 12))
    }
}
