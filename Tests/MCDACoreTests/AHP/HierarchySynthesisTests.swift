import MCDACore
import Testing
import _TestSupport

/// One shared reference case (see HierarchyFixtures.swift).
struct ReferenceHierarchy: Sendable, CustomStringConvertible {
    let id: String
    /// Built on each use: a `HierarchyNode` kept alive to the end of the run shows as a leak under
    /// LeakSanitizer, which does not recognise the tagged box pointers of an indirect enum.
    let makeRoot: @Sendable () -> HierarchyNode
    var root: HierarchyNode { makeRoot() }
    let alternatives: [String]
    let expected: [Double]
    let local: [String: (priorities: [Double], lambdaMax: Double, cr: Double)]
    let published: [Double]
    let publishedTolerance: Double
    var description: String { id }

    static let all = [
        ReferenceHierarchy(id: "ahp_hierarchy__saaty2005_cities", makeRoot: { saaty2005CitiesRoot },
                           alternatives: saaty2005CitiesAlternatives, expected: saaty2005CitiesExpected,
                           local: saaty2005CitiesLocal, published: saaty2005CitiesPublished, publishedTolerance: 5e-5),
        ReferenceHierarchy(id: "ahp_hierarchy__ahpy_readme_leader", makeRoot: { ahpyReadmeLeaderRoot },
                           alternatives: ahpyReadmeLeaderAlternatives, expected: ahpyReadmeLeaderExpected,
                           local: ahpyReadmeLeaderLocal, published: ahpyReadmeLeaderPublished, publishedTolerance: 1.5e-3),
        ReferenceHierarchy(id: "ahp_hierarchy__ahpy_readme_vehicle", makeRoot: { ahpyReadmeVehicleRoot },
                           alternatives: ahpyReadmeVehicleAlternatives, expected: ahpyReadmeVehicleExpected,
                           local: ahpyReadmeVehicleLocal, published: ahpyReadmeVehiclePublished, publishedTolerance: 1.5e-3),
        ReferenceHierarchy(id: "ahp_hierarchy__papathanasiou_ploskas2018", makeRoot: { papathanasiouPloskas2018Root },
                           alternatives: papathanasiouPloskas2018Alternatives, expected: papathanasiouPloskas2018Expected,
                           local: papathanasiouPloskas2018Local, published: papathanasiouPloskas2018Published,
                           publishedTolerance: 5e-4),
    ]
}

@Suite struct HierarchySynthesisTests {
    /// Global priorities (tolerance 1e-9, as in every case), the published rounded values (each case's
    /// published.tolerance) and every node's priorities, λmax and CR.
    @Test(arguments: ReferenceHierarchy.all)
    func referenceCasesMatchExpectedAndPublishedValues(case c: ReferenceHierarchy) throws {
        let r = try AHP.analyze(try AHPHierarchy(root: c.root, alternatives: c.alternatives))
        #expect(r.alternatives == c.alternatives)
        #expect(allClose(r.priorities, c.expected, tolerance: 1e-9))
        #expect(allClose(r.priorities, c.published, tolerance: c.publishedTolerance))
        #expect(r.ranking == Ranking.ranks(c.expected, order: .descending))
        #expect(r.nodes.count == c.local.count)
        for (name, e) in c.local {
            let node = try #require(r.node(name), "\(name)")
            #expect(allClose(node.local.priorities, e.priorities, tolerance: 1e-9), "\(name)")
            #expect(abs(node.local.consistency.lambdaMax - e.lambdaMax) < 1e-9, "\(name)")
            #expect(abs(node.local.consistency.consistencyRatio - e.cr) < 1e-9, "\(name)")
        }
    }

    /// A leaf criterion's global weight is the product of the case's local priorities down its path.
    @Test(arguments: ReferenceHierarchy.all)
    func criterionWeightsAreProductsOfTheCasesLocalWeights(case c: ReferenceHierarchy) throws {
        let r = try AHP.analyze(try AHPHierarchy(root: c.root))
        #expect(abs(r.criterionWeights.reduce(0, +) - 1) < 1e-12)
        for (criterion, weight) in zip(r.criteria, r.criterionWeights) {
            let path = try #require(r.node(criterion)).path
            var product = 1.0
            for (parent, child) in zip(path, path.dropFirst()) {
                let elements = try #require(r.node(parent)).local.elements
                product *= try #require(c.local[parent]).priorities[try #require(elements.firstIndex(of: child))]
            }
            #expect(abs(weight - product) < 1e-9, "\(criterion)")
        }
    }

    /// Ideal mode on Saaty's cities, recomputed from the case's local priorities:
    /// gₐ ∝ Σ_leaves W(leaf) · p_leaf[a] / max p_leaf.
    @Test func idealSynthesisOfTheCitiesFollowsItsFormula() throws {
        let r = try AHP.analyze(try AHPHierarchy(root: saaty2005CitiesRoot), synthesis: .ideal)
        #expect(r.synthesis == .ideal)
        let goal = try #require(saaty2005CitiesLocal["Goal"]).priorities
        var g = [Double](repeating: 0, count: 4)
        for (k, criterion) in ["Culture", "Family", "Housing", "Jobs", "Transportation"].enumerated() {
            let p = try #require(saaty2005CitiesLocal[criterion]).priorities
            let top = p.max()!
            for a in 0..<4 { g[a] += goal[k] * p[a] / top }
        }
        let total = g.reduce(0, +)
        #expect(allClose(r.priorities, g.map { $0 / total }, tolerance: 1e-9))
    }

    /// Leaves listing the alternatives in other orders, and children listed in other orders, give
    /// the same result: everything is matched by name.
    @Test func orderOfAlternativesAndChildrenDoesNotMatter() throws {
        var rng = TestRNG(seed: 2005)
        let base = try AHP.analyze(try AHPHierarchy(root: ahpyReadmeVehicleRoot, alternatives: ahpyReadmeVehicleAlternatives))
        for _ in 0..<5 {
            let shuffled = shuffle(ahpyReadmeVehicleRoot, using: &rng)
            let r = try AHP.analyze(try AHPHierarchy(root: shuffled, alternatives: ahpyReadmeVehicleAlternatives))
            #expect(allClose(r.priorities, base.priorities, tolerance: 1e-12))
        }
    }

    private func shuffle(_ node: HierarchyNode, using rng: inout TestRNG) -> HierarchyNode {
        switch node {
        case .criteria(let name, let m, let children):
            return .criteria(name: name, comparisons: m, children: children.map { shuffle($0, using: &rng) }.shuffled(using: &rng))
        case .alternatives(let name, let m):
            return .alternatives(criterion: name, comparisons: m.permuted(by: Array(0..<m.order).shuffled(using: &rng)))
        case .criterion:
            return node
        }
    }

    /// Belton & Gear (1983, doi:10.1016/0305-0483(83)90047-6): three equally weighted criteria, scores
    /// A = (1, 9, 8), B = (9, 1, 9), C = (1, 1, 1), compared by consistent ratios. Distributive: B ≻ A
    /// (A = (1/11 + 9/11 + 8/18)/3, B = (9/11 + 1/11 + 9/18)/3); adding D, a copy of B, reverses it
    /// (A = (1/20 + 9/12 + 8/27)/3 > B = (9/20 + 1/12 + 9/27)/3). The ideal mode keeps B ≻ A.
    @Test func idealModeAvoidsBeltonGearRankReversal() throws {
        func tree(_ scores: [String: [Double]]) throws -> AHPHierarchy {
            let names = scores.keys.sorted()
            let leaves = (0..<3).map { c in
                let s = names.map { scores[$0]![c] }
                let e = (0..<(s.count * s.count)).map { s[$0 / s.count] / s[$0 % s.count] }
                return HierarchyNode.alternatives(criterion: "c\(c)", comparisons: try! PairwiseComparisonMatrix(elements: names, entries: e))
            }
            return try AHPHierarchy(root: .criteria(name: "goal", comparisons: pcm(["c0", "c1", "c2"], ["1 1 1", "1 1 1", "1 1 1"]),
                                                    children: leaves))
        }
        let abc: [String: [Double]] = ["A": [1, 9, 8], "B": [9, 1, 9], "C": [1, 1, 1]]
        let abcd = abc.merging(["D": [9, 1, 9]]) { a, _ in a }
        let before = try AHP.analyze(try tree(abc)), after = try AHP.analyze(try tree(abcd))
        #expect(abs(before.priorities[0] - (1.0 / 11 + 9.0 / 11 + 8.0 / 18) / 3) < 1e-12)
        #expect(abs(after.priorities[0] - (1.0 / 20 + 9.0 / 12 + 8.0 / 27) / 3) < 1e-12)
        #expect(before.priorities[1] > before.priorities[0] && after.priorities[1] < after.priorities[0])
        let idealBefore = try AHP.analyze(try tree(abc), synthesis: .ideal)
        let idealAfter = try AHP.analyze(try tree(abcd), synthesis: .ideal)
        #expect(idealBefore.priorities[1] > idealBefore.priorities[0] && idealAfter.priorities[1] > idealAfter.priorities[0])
    }

    /// A hierarchy of one node is the plain AHP of its matrix, both as criteria weighting and with alternatives.
    @Test func oneNodeHierarchyEqualsPlainAHP() throws {
        let plain = try AHP.analyze(drinks, method: .geometricMean, randomIndex: .saaty2005)
        let withAlternatives = try AHP.analyze(try AHPHierarchy(root: .alternatives(criterion: "goal", comparisons: drinks)),
                                               method: .geometricMean, randomIndex: .saaty2005)
        #expect(withAlternatives.priorities == plain.priorities)
        #expect(withAlternatives.nodes.map(\.local) == [plain])
        #expect(withAlternatives.criteria == ["goal"] && withAlternatives.criterionWeights == [1])
        let weighting = try AHP.analyze(try AHPHierarchy(root: .criteria(name: "goal", comparisons: drinks,
                                                                         children: drinks.elements.map { .criterion($0) })),
                                        method: .geometricMean, randomIndex: .saaty2005)
        #expect(weighting.criteria == drinks.elements)
        #expect(weighting.criterionWeights == plain.priorities)
        #expect(weighting.priorities.isEmpty && weighting.alternatives.isEmpty)
    }

    /// The vehicle case's Style matrix has CR = 0.10199 > 0.1 (reference case local values): a diagnostic, not an error.
    @Test func inconsistentNodesAreReportedNotThrown() throws {
        let r = try AHP.analyze(try AHPHierarchy(root: ahpyReadmeVehicleRoot))
        #expect(r.inconsistentNodes == ["Style"])
        #expect(r.node("Style")?.local.judgmentsToRevise.isEmpty == false)
    }

    @Test func analysisFailuresNameTheNode() throws {
        let names = (0..<16).map { "a\($0)" }
        let big = try PairwiseComparisonMatrix(elements: names, entries: .init(repeating: 1, count: 256))
        let tree = try AHPHierarchy(root: .criteria(name: "goal", comparisons: pcm(["x", "y"], ["1 2", "1/2 1"]),
                                                    children: [.alternatives(criterion: "x", comparisons: big),
                                                               .alternatives(criterion: "y", comparisons: big)]))
        #expect(throws: HierarchyError.analysisFailed(node: "x", .randomIndexUnavailable(table: .saaty1980, order: 16))) {
            try AHP.analyze(tree)
        }
        #expect(try AHP.analyze(tree, randomIndex: .alonsoLamata).priorities.count == 16)
    }

    /// Seeded random hierarchies (depth ≤ 3, 2–4 children, 3–6 alternatives listed in random orders):
    /// leaf weights and global priorities sum to 1 in both modes, distributive priorities equal
    /// Σ_leaves W(leaf) · p_leaf; when every matrix is consistent (aᵢⱼ = wᵢ/wⱼ), every priority method
    /// gives back the global priorities computed directly from the generating vectors.
    @Test(arguments: [false, true])
    func randomHierarchiesSynthesiseAsTheFormulaSays(consistent: Bool) throws {
        var rng = TestRNG(seed: consistent ? 11 : 12)
        for _ in 0..<20 {
            let alternatives = (0..<Int.random(in: 3...6, using: &rng)).map { "alt\($0)" }
            var counter = 0
            let (root, g) = randomTree(depth: 3, counter: &counter, alternatives: alternatives, consistent: consistent, rng: &rng)
            let tree = try AHPHierarchy(root: root, alternatives: alternatives)
            for synthesis in SynthesisMode.allCases {
                let r = try AHP.analyze(tree, randomIndex: .alonsoLamata, synthesis: synthesis)
                #expect(abs(r.criterionWeights.reduce(0, +) - 1) < 1e-12)
                #expect(abs(r.priorities.reduce(0, +) - 1) < 1e-12)
                #expect(r.priorities.allSatisfy { $0 > 0 })
                guard synthesis == .distributive else { continue }
                var direct = [Double](repeating: 0, count: alternatives.count)
                for node in r.nodes where r.criteria.contains(node.name) {
                    for (k, a) in node.local.elements.enumerated() {
                        direct[alternatives.firstIndex(of: a)!] += node.globalWeight * node.local.priorities[k]
                    }
                }
                #expect(allClose(r.priorities, direct, tolerance: 1e-12))
            }
            guard consistent else { continue }
            for method in PriorityMethod.allCases {
                #expect(allClose(try AHP.analyze(tree, method: method, randomIndex: .alonsoLamata).priorities, g, tolerance: 1e-12))
            }
        }
    }

    /// A random subtree and, for consistent matrices, its g(node) over `alternatives` (from the generating vectors).
    private func randomTree(depth: Int, counter: inout Int, alternatives: [String], consistent: Bool,
                            rng: inout TestRNG) -> (HierarchyNode, [Double]) {
        counter += 1
        let name = "node\(counter)"
        func matrix(_ elements: [String]) -> (PairwiseComparisonMatrix, [Double]) {
            let n = elements.count
            let raw = (0..<n).map { _ in Double.random(in: 0.1...9, using: &rng) }
            let w = raw.map { $0 / raw.reduce(0, +) }
            var e = [Double](repeating: 1, count: n * n)
            for i in 0..<n {
                for j in (i + 1)..<n {
                    e[i * n + j] = consistent ? w[i] / w[j] : SaatyScale.values.randomElement(using: &rng)!
                    e[j * n + i] = 1 / e[i * n + j]
                }
            }
            return (try! PairwiseComparisonMatrix(elements: elements, entries: e), w)
        }
        if depth == 0 || (counter > 1 && Bool.random(using: &rng)) {
            let order = alternatives.shuffled(using: &rng)
            let (m, w) = matrix(order)
            var g = [Double](repeating: 0, count: alternatives.count)
            for (k, a) in order.enumerated() { g[alternatives.firstIndex(of: a)!] = w[k] }
            return (.alternatives(criterion: name, comparisons: m), g)
        }
        var children: [HierarchyNode] = [], below: [[Double]] = []
        for _ in 0..<Int.random(in: 2...4, using: &rng) {
            let (child, g) = randomTree(depth: depth - 1, counter: &counter, alternatives: alternatives,
                                        consistent: consistent, rng: &rng)
            children.append(child)
            below.append(g)
        }
        let (m, w) = matrix(children.map(\.name))
        var g = [Double](repeating: 0, count: alternatives.count)
        for (k, gk) in below.enumerated() { for a in 0..<g.count { g[a] += w[k] * gk[a] } }
        return (.criteria(name: name, comparisons: m, children: children), g)
    }
}
