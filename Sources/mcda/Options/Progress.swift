#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A progress bar on standard error, shown only when standard error is a terminal.
enum Progress {
    /// A callback for long simulations, or nil when standard error is not a terminal.
    static func bar(label: String) -> (@Sendable (Double) -> Void)? {
        guard isatty(2) != 0 else { return nil }
        return { fraction in
            let width = 30
            let filled = max(0, min(width, Int(fraction * Double(width))))
            let line = "\r\(label) [" + String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled)
                + "] \(Int((fraction * 100).rounded()))%"
            var text = line
            text.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
        }
    }

    /// Clears the bar's line.
    static func finish() {
        guard isatty(2) != 0 else { return }
        var text = "\r\u{1B}[K"
        text.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
    }
}
