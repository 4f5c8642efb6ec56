import ArgumentParser
import MCDAInput

/// The statuses `mcda` exits with, listed by `mcda help` and the README ("Exit codes").
///
/// 0 and 1 are the usual success and failure; 64 and 69 are the `sysexits.h` codes EX_USAGE
/// (ArgumentParser's ``ArgumentParser/ExitCode/validationFailure``) and EX_UNAVAILABLE.
enum ExitStatus {
    /// 0: the command did its work and wrote its result.
    static let success = ExitCode.success
    /// 1: a runtime or input error: a file that is missing or wrong (the message names it, with its
    /// line and column where it has them), a method refusing a value, a result that cannot be written.
    static let failure = ExitCode.failure
    /// 64 (EX_USAGE): the command line is wrong: an unknown command or option, a missing argument, an
    /// option's value out of range or not understood, options that do not go together.
    static let usage = ExitCode.validationFailure
    /// 69 (EX_UNAVAILABLE): a part of the tool is not there: `mcda serve` without `mcda-serve` built.
    static let unavailable = ExitCode(69)

    /// The table that `mcda help` prints after the examples (lines under 80 columns, as help is wrapped).
    static let help = """
        Exit status:
          0   success
          1   runtime or input error: a missing or bad file, a value that a
              method refuses, an output that cannot be written
          64  usage error: an unknown option, a bad option value, options
              that do not go together
          69  unavailable: mcda serve without mcda-serve built
        """

    /// The error to report for `error` thrown by a command: an option's bad value found while the
    /// command runs (``InputError/option(name:message:)``) is a usage error like one found while
    /// parsing; every other error is reported as it is.
    static func reported(_ error: any Error) -> any Error {
        if let error = error as? InputError, case .option = error { return ValidationError(error.description) }
        return error
    }
}
