#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import MCDAReport

/// What the process knows about its standard output: whether it is a terminal, how many columns
/// it has, and the environment variables that shape text output. ``TextLayout/resolve`` decides.
enum Terminal {
    /// The environment variables the layout reads.
    static let variables = ["COLUMNS", "NO_COLOR", "TERM"]

    /// The text layout for a result written to standard output, or to a file when `writesFile`.
    static func layout(writesFile: Bool) -> TextLayout {
        let isTerminal = isatty(1) == 1
        var environment: [String: String] = [:]
        for name in variables { if let value = getenv(name) { environment[name] = String(cString: value) } }
        return TextLayout.resolve(standardOutputIsTerminal: isTerminal, terminalColumns: isTerminal ? columns() : nil,
                                  environment: environment, writesFile: writesFile)
    }

    /// The columns of the terminal on standard output (`ioctl(TIOCGWINSZ)`), nil when unknown.
    static func columns() -> Int? {
        var size = winsize()
        #if canImport(Glibc)
        let request = UInt(TIOCGWINSZ)
        #else
        let request: UInt = 0x4008_7468  // _IOR('t', 104, struct winsize), a macro Swift does not import
        #endif
        guard ioctl(1, request, &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
