/// Why the workbench refused a request: answered as `{"error": description}` with ``status``.
public enum WorkbenchError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A key of the body, or its value, is not acceptable (400). `key` is the dotted path
    /// (`weights.copper`, `samples`, `body` for the body as a whole).
    case invalid(key: String, message: String)
    /// The problem or the analysis refused the settings (400), with the engine's reason.
    case refused(message: String)
    /// The body is larger than ``WorkbenchRequest/maximumBodySize`` (413).
    case tooLarge(limit: Int)

    public var description: String {
        switch self {
        case .invalid(let key, let message): return "\(key): \(message)"
        case .refused(let message): return message
        case .tooLarge(let limit): return "body: larger than \(limit) bytes"
        }
    }

    /// The HTTP status code of the answer.
    public var status: Int {
        switch self {
        case .invalid, .refused: return 400
        case .tooLarge: return 413
        }
    }
}
