import ArgumentParser
import MCDACore

// The engine's option enums, offered as command-line choices by their raw values.
extension PriorityMethod: ExpressibleByArgument {}
extension RandomIndexTable: ExpressibleByArgument {}
extension CompletionMethod: ExpressibleByArgument {}
extension Normalization: ExpressibleByArgument {}
extension TOPSIS.Distance: ExpressibleByArgument {}
extension PreferenceFunction.Kind: ExpressibleByArgument {}
extension WeightingMethod: ExpressibleByArgument {}
extension EntropyWeights.CostHandling: ExpressibleByArgument {}
extension CRITICWeights.Orientation: ExpressibleByArgument {}
extension StandardDeviationWeights.Scale: ExpressibleByArgument {}
extension KendallVariant: ExpressibleByArgument {}
extension SynthesisMode: ExpressibleByArgument {}
extension GroupAggregationMethod: ExpressibleByArgument {}

extension MethodChoice {
    /// A usage error when `--normalization` is given to a method with its own scale (VIKOR,
    /// PROMETHEE II, WASPAS), which would otherwise ignore it in silence.
    func checkNormalizationOption(_ given: Normalization?) throws {
        guard given == nil || takesNormalization else {
            throw ValidationError("--normalization applies only to --method topsis, wsm or wpm (\(rawValue) has its own scale)")
        }
    }
}
