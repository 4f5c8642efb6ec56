extension WeightSweep {
    /// The breakpoints of this sweep at which one of the first `topK` places changes hands: the
    /// order of the first k along the sweep changes exactly at these weights.
    ///
    /// The order along the path is followed from just above t = 0 (ranked by score at half the first
    /// breakpoint's weight, ties by index). Each breakpoint exchanges the two alternatives; it is
    /// kept when the better of their two places is within the first k. Breakpoints whose weights
    /// agree to 1e-12 (several lines through one point, or ties) are applied together: the
    /// alternatives involved are re-sorted by score halfway to the next breakpoint.
    ///
    /// Complexity: O(m log m + b) for b breakpoints, plus one scoring call per group of coincident
    /// breakpoints.
    /// - Parameters:
    ///   - scoring: the scoring this sweep was computed with.
    ///   - topK: places followed, ≥ 1 (capped at m).
    /// - Throws: ``SensitivityError/dimensionMismatch(what:expected:found:)`` when `scoring` does not
    ///   match the sweep.
    public func topOrderChanges(_ scoring: some WeightedScoring, topK: Int) throws -> [TopOrderChange] {
        let m = scoring.alternativeCount
        guard scoring.criterionCount == baseWeights.count else {
            throw SensitivityError.dimensionMismatch(what: "scoring criteria", expected: baseWeights.count, found: scoring.criterionCount)
        }
        guard ranks.count == grid.count * m else {
            throw SensitivityError.dimensionMismatch(what: "scoring alternatives", expected: ranks.count / max(grid.count, 1), found: m)
        }
        let k = min(max(topK, 1), m)
        let groups = coincidentGroups()
        let sign: Double = scoring.order == .descending ? 1 : -1
        func keys(at t: Double) throws -> [Double] {
            scoring.scores(weights: try WeightSensitivity.rescaledWeights(baseWeights, criterion: criterion, to: t)).map { sign * $0 }
        }
        func better(_ key: [Double]) -> (Int, Int) -> Bool { { key[$0] > key[$1] || (key[$0] == key[$1] && $0 < $1) } }

        let start = try keys(at: groups.first.map { breakpoints[$0.lowerBound].weight / 2 } ?? 0.5)
        var place = [Int](repeating: 0, count: m)
        for (p, i) in (0..<m).sorted(by: better(start)).enumerated() { place[i] = p }

        var out: [TopOrderChange] = []
        for (g, range) in groups.enumerated() {
            let group = breakpoints[range]
            for b in group {
                let best = min(place[b.aheadBelow], place[b.aheadAbove])
                if best < k { out.append(TopOrderChange(breakpoint: b, place: best + 1)) }
            }
            if group.count == 1, let b = group.first {
                let (p, q) = (place[b.aheadBelow], place[b.aheadAbove])
                guard p < q else { continue }
                place[b.aheadBelow] = q
                place[b.aheadAbove] = p
            } else {
                // Re-sort the alternatives involved by their scores just past the group.
                let next = g + 1 < groups.count ? breakpoints[groups[g + 1].lowerBound].weight : 1
                let after = try keys(at: (group.last!.weight + next) / 2)
                let members = Set(group.flatMap { [$0.aheadBelow, $0.aheadAbove] })
                let places = members.map { place[$0] }.sorted()
                for (p, i) in zip(places, members.sorted(by: better(after))) { place[i] = p }
            }
        }
        return out
    }

    /// Index ranges of `breakpoints` whose weights agree to within 1e-12 of the group's first.
    private func coincidentGroups() -> [Range<Int>] {
        var groups: [Range<Int>] = []
        var first = 0
        for i in breakpoints.indices.dropFirst() where breakpoints[i].weight - breakpoints[first].weight > 1e-12 {
            groups.append(first..<i)
            first = i
        }
        if !breakpoints.isEmpty { groups.append(first..<breakpoints.count) }
        return groups
    }
}
