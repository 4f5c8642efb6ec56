/// What can go wrong when a method is chosen or configured by name.
public enum MethodCatalogueError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No method of the catalogue has this name.
    case unknownMethod(name: String, choices: [String])
    /// The method does not take this parameter.
    case parameterNotTaken(method: String, parameter: String, takes: [String])
    /// A parameter value is not valid.
    case invalidValue(parameter: String, value: String, expected: String)
    /// A method name appears twice in a list.
    case duplicateMethod(String)

    public var description: String {
        switch self {
        case .unknownMethod(let name, let choices):
            return "unknown method '\(name)'; choose from \(choices.joined(separator: ", "))"
        case .parameterNotTaken(let method, let parameter, let takes):
            let list = takes.isEmpty ? "no parameters" : takes.joined(separator: ", ")
            return "\(method) does not take '\(parameter)' (it takes \(list))"
        case .invalidValue(let parameter, let value, let expected):
            return "\(parameter) must be \(expected), got '\(value)'"
        case .duplicateMethod(let name):
            return "method '\(name)' is listed twice"
        }
    }
}
