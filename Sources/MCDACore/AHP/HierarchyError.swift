/// Why an AHP hierarchy was rejected or could not be analysed. Every case names the node
/// (criterion) concerned, and the alternative or child where there is one.
public enum HierarchyError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A node has no children (or the root is a bare criterion): nothing to compare.
    case emptyNode(node: String)
    /// A name appears twice in the hierarchy (node names identify the results).
    case duplicateName(String)
    /// The node's matrix compares `element`, but no child has that name.
    case missingChild(node: String, element: String)
    /// The node has a child that its matrix does not compare.
    case unexpectedChild(node: String, child: String)
    /// Some leaves compare alternatives and this leaf criterion does not (or alternatives were given
    /// and no leaf compares them).
    case missingAlternativeComparisons(criterion: String)
    /// The list of alternatives names one twice.
    case duplicateAlternative(String)
    /// The leaf does not compare an alternative that the others (or the given list) have.
    case missingAlternative(leaf: String, alternative: String)
    /// The leaf compares an alternative that the others (or the given list) do not have.
    case unexpectedAlternative(leaf: String, alternative: String)
    /// Analysing the node's matrix failed (for example the random-index table does not cover its order).
    case analysisFailed(node: String, AHPError)

    public var description: String {
        switch self {
        case .emptyNode(let node):
            return "node '\(node)' has no children to compare"
        case .duplicateName(let name):
            return "the name '\(name)' appears more than once in the hierarchy; criteria and nodes need distinct names"
        case .missingChild(let node, let element):
            return "node '\(node)' compares '\(element)', but has no child named '\(element)'"
        case .unexpectedChild(let node, let child):
            return "node '\(node)' has a child '\(child)' that its matrix does not compare"
        case .missingAlternativeComparisons(let criterion):
            return "leaf criterion '\(criterion)' has no pairwise comparisons of the alternatives, "
                + "but the hierarchy compares alternatives; every leaf criterion needs them"
        case .duplicateAlternative(let name):
            return "alternative '\(name)' is listed twice"
        case .missingAlternative(let leaf, let alternative):
            return "leaf '\(leaf)' does not compare alternative '\(alternative)'; every leaf must compare the same alternatives"
        case .unexpectedAlternative(let leaf, let alternative):
            return "leaf '\(leaf)' compares '\(alternative)', which is not one of the alternatives compared elsewhere"
        case .analysisFailed(let node, let error):
            return "node '\(node)': \(error)"
        }
    }
}
