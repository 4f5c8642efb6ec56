import ArgumentParser
import MCDACore
import MCDAReport

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
extension ReportLanguage: ExpressibleByArgument {}
