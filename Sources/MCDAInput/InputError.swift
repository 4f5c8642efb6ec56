/// Why an input file was rejected, with where the problem is.
public enum InputError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file could not be read.
    case unreadable(file: String, reason: String)
    /// The file holds no rows.
    case emptyFile(file: String)
    /// A CSV syntax problem (unterminated quote, …).
    case syntax(file: String, line: Int, message: String)
    /// A row has the wrong number of fields.
    case fieldCount(file: String, line: Int, expected: Int, found: Int)
    /// A cell that should hold a number does not.
    case notANumber(file: String, line: Int, column: String, text: String, expected: String)
    /// A name appears twice where names must be unique.
    case duplicateName(file: String, line: Int, kind: String, name: String)
    /// A name is empty.
    case emptyName(file: String, line: Int, kind: String)
    /// A value-level problem found after parsing, located by file.
    case invalid(file: String, message: String)
    /// A problem in a dataset file, located by line and column where known.
    case dataset(file: String, line: Int?, column: Int?, message: String)
    /// A command-line option's value is wrong (a usage error, not a file's): `name` is the option
    /// without its dashes (`weights`, `directions`).
    case option(name: String, message: String)

    public var description: String {
        switch self {
        case .unreadable(let file, let reason):
            return "\(file): cannot read the file: \(reason)"
        case .emptyFile(let file):
            return "\(file): the file is empty"
        case .syntax(let file, let line, let message):
            return "\(file):\(line): \(message)"
        case .fieldCount(let file, let line, let expected, let found):
            return "\(file):\(line): expected \(expected) fields, found \(found)"
        case .notANumber(let file, let line, let column, let text, let expected):
            return "\(file):\(line): column '\(column)': '\(text)' is not \(expected)"
        case .duplicateName(let file, let line, let kind, let name):
            return "\(file):\(line): \(kind) '\(name)' appears more than once"
        case .emptyName(let file, let line, let kind):
            return "\(file):\(line): empty \(kind) name"
        case .invalid(let file, let message):
            return "\(file): \(message)"
        case .dataset(let file, let line, let column, let message):
            var place = file
            if let line { place += ":\(line)"; if let column { place += ":\(column)" } }
            return "\(place): \(message)"
        case .option(let name, let message):
            return "--\(name): \(message)"
        }
    }
}
