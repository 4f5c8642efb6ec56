#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import MCDACore
import MCDAInput
import MCDAReport

extension MatrixOptions {
    /// Reads FILE as a decision-matrix CSV or, when it is a folder, as a dataset folder, with
    /// `overrides` (and `--weights`) in place of the dataset's values.
    ///
    /// For a dataset, names and directions come from its files and the weights from its weighting;
    /// `--weights` then either lists numbers (one per criterion) or names another weighting (`ahp`,
    /// `given`, `equal`, `entropy`, …), and `--directions` is refused.
    func loadProblem(_ overrides: ProblemOverrides = ProblemOverrides()) throws -> DecisionProblem {
        var overrides = overrides
        overrides.weights = weights
        guard Self.isFolder(file) else {
            let matrix = try DecisionMatrixCSV.read(path: file, directions: directions.map(ListParsing.directions))
            return try DecisionProblem.matrix(matrix, source: file, overrides: overrides, catalogue: ActiveCatalogue.current)
        }
        guard access(file + "/" + Dataset.manifestName, F_OK) == 0 else {
            throw InputError.unreadable(file: file, reason: "a folder without \(Dataset.manifestName); give a decision-matrix CSV or a dataset folder")
        }
        guard directions == nil else {
            throw InputError.option(name: "directions", message: "applies to a CSV file; in a dataset folder the criterion files give the directions")
        }
        return try Dataset.load(folder: file, catalogue: ActiveCatalogue.current).problem(overrides)
    }

    /// Runs `body`; an ``MCDAError`` it throws (a method refusing a value, naming the alternative and
    /// the criterion) or a ``SensitivityError`` (a matrix drawn under data uncertainty refused)
    /// becomes an error that also names the input file or folder.
    func namingInput<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as MCDAError {
            throw InputError.invalid(file: file, message: error.description)
        } catch let error as SensitivityError {
            throw InputError.invalid(file: file, message: error.description)
        }
    }

    /// Whether `path` is a folder (a dataset folder when it holds manifest.yaml).
    static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}

extension DecisionProblem {
    /// The method called like `type` as the problem configured it, or `type` with the problem's
    /// parameters when the problem does not list it.
    func specification(_ type: any CatalogueMethod.Type, parameters: MethodParameters) throws -> MethodSpecification {
        if let listed = methods.first(where: { $0.name == type.name }) { return listed }
        return MethodSpecification(any: try type.init(parameters: parameters.restricted(to: type.parameters)))
    }

    /// Writes the data notes and the weighting's notes to standard error, one `note:` line each
    /// (for commands whose reports have no place for them).
    func printNotes() {
        for note in notes.map(DataNoteWords.describe) + baseWeights.notes.map(WeightingNoteWords.describe) {
            var line = "note: \(note)\n"
            line.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
        }
    }
}
