import MCDACore

/// The doubt model of an analysis in words, for the sentence "N scenarios in which …".
public enum DoubtWords {
    /// "every weight varies within ±50% of its value (hit-and-run on the simplex)", with the data
    /// model after a semicolon when the values vary too.
    public static func describe(_ doubt: DoubtModel, criterionNames: [String]) -> String {
        let weights: String
        switch doubt.weights {
        case .judgments(let noise):
            weights = "every criteria judgment is perturbed (\(judgmentNoise(noise))) and the weights recomputed by the eigenvector method"
        case .uniform:
            weights = "the weights are uniform on the simplex (no preference information)"
        case .spread(let d, let thinning):
            let steps = thinning.map { ", \($0) steps per sample" } ?? ""
            weights = "every weight varies within ±\(Int((100 * d).rounded()))% of its value (hit-and-run on the simplex\(steps))"
        }
        return weights + data(doubt.data, criterionNames: criterionNames)
    }

    /// "AHP judgments ±1 Saaty step(s) with probability 0.5".
    public static func judgmentNoise(_ noise: JudgmentPerturbation.Noise) -> String {
        switch noise {
        case .saatySteps(let k, let p): return "AHP judgments ±\(k) Saaty step(s) with probability \(p)"
        case .logNormal(let sigma): return "AHP judgments × exp(\(sigma)·z)"
        }
    }

    /// The data part: "" for exact data, else "; the values vary too (…)".
    static func data(_ data: DataUncertainty, criterionNames: [String]) -> String {
        switch data {
        case .exact: return ""
        case .relative(let p):
            let listed = p.indices.filter { p[$0] > 0 }.map { "\(criterionNames[$0]) ±\(Int((100 * p[$0]).rounded()))%" }
            return "; the values vary too (" + listed.joined(separator: ", ") + ", uniformly)"
        case .intervals: return "; the values vary within their intervals"
        case .distributions(let d):
            return "; the values are drawn from their distributions ("
                + DataUncertainty.counts(d).map { "\($0.count) \($0.kind)" }.joined(separator: ", ") + ")"
        }
    }
}
