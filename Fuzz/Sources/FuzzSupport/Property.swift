#if canImport(Glibc)
import Glibc
#endif
import MCDAInput

/// What a fuzz target asserts of a reader's answer. A broken property prints what was expected
/// and aborts, so libFuzzer saves the input as a crash (`crash-…`) to turn into a regression test.
public enum Property {
    /// Stops the run with `message` unless `condition` holds.
    public static func check(_ condition: Bool, _ message: @autoclosure () -> String) {
        guard !condition else { return }
        fail(message())
    }

    /// Prints `message` and aborts.
    public static func fail(_ message: String) -> Never {
        var text = "property broken: \(message)\n"
        text.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
        abort()
    }

    /// The error a reader threw for a bad input is an ``InputError`` whose message starts with the
    /// name of a file under `file` (the file itself, or a file in that folder), as the user sees it.
    public static func namesFile(_ error: any Error, _ file: String) {
        guard let error = error as? InputError else {
            fail("\(type(of: error)) instead of an InputError: \(error)")
        }
        check(error.description.hasPrefix(file), "the message does not start with \(file): \(error)")
    }
}
