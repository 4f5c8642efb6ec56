/// A stretch of one criterion's weight over which the winner stays the same.
public struct WinnerSegment: Sendable, Equatable {
    /// Start and end of the stretch (weights of the swept criterion, others rescaled in proportion).
    public let from: Double
    public let to: Double
    /// The alternative ranked first over the stretch.
    public let winner: Int
}

extension WeightSweep {
    /// Who wins as this criterion's weight goes from 0 to 1: the winner changes only at a breakpoint
    /// where some alternative overtakes the current winner, so the path is exact wherever the
    /// breakpoints are (exact for linear scorings, to the bisection tolerance otherwise).
    /// Complexity: O(breakpoints + changes · scoring).
    public func winnerPath(_ scoring: some WeightedScoring) throws -> [WinnerSegment] {
        func winner(at t: Double) throws -> Int {
            let w = try WeightSensitivity.rescaledWeights(baseWeights, criterion: criterion, to: t)
            let s = scoring.scores(weights: w)
            let r = Ranking.ranks(s, order: scoring.order)
            return r.indices.min { (r[$0], $0) < (r[$1], $1) } ?? 0
        }
        let cuts = breakpoints.map(\.weight)
        var segments: [WinnerSegment] = []
        var start = 0.0
        var current = try winner(at: cuts.first.map { $0 / 2 } ?? 0.5)
        var k = 0
        while k < breakpoints.count {
            let b = breakpoints[k]
            // All breakpoints at this weight.
            var group = [b]
            while k + 1 < breakpoints.count, breakpoints[k + 1].weight == b.weight { k += 1; group.append(breakpoints[k]) }
            k += 1
            guard group.contains(where: { $0.aheadBelow == current }) else { continue }
            let next = k < breakpoints.count ? breakpoints[k].weight : 1
            let after = try winner(at: (b.weight + next) / 2)
            if after != current {
                segments.append(WinnerSegment(from: start, to: b.weight, winner: current))
                start = b.weight
                current = after
            }
        }
        segments.append(WinnerSegment(from: start, to: 1, winner: current))
        return segments
    }
}
