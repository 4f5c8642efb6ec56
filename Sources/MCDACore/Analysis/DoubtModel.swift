/// The doubt an analysis actually threw at the problem, as a value: how the weights of each
/// scenario were drawn and how the performance values varied. Reports put it into words.
public struct DoubtModel: Sendable, Equatable {
    /// How the weights of the scenarios were drawn.
    public enum Weights: Sendable, Equatable {
        /// Every AHP judgment between criteria perturbed by `noise`, the weights recomputed by the
        /// eigenvector method.
        case judgments(JudgmentPerturbation.Noise)
        /// Every weight within ± `relative` of its value, by hit-and-run on the simplex with
        /// `thinning` steps per sample (nil: the default).
        case spread(relative: Double, thinning: Int?)
        /// Uniform on the simplex: no preference information.
        case uniform
    }

    /// The weight model.
    public let weights: Weights
    /// The data model (``DataUncertainty/exact`` when the values were taken as given).
    public let data: DataUncertainty

    public init(weights: Weights, data: DataUncertainty) {
        self.weights = weights
        self.data = data
    }
}
