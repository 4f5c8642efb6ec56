#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import MCDACore
import MCDAInput

/// A decision problem read from a decision-matrix CSV or a dataset folder, with display names.
struct ProblemInput {
    var matrix: DecisionMatrix
    /// One weight per criterion (not necessarily normalised).
    var weights: [Double]
    /// Where the weights came from: `given`, `equal`, or a dataset weighting (`ahp`, `entropy`, …).
    var weighting: String
    /// Method options: a dataset's normalisation and PROMETHEE preference functions.
    var methodOptions: MethodOptions
    var alternativeNames: [String]
    var criterionNames: [String]
    /// Notes on the data and the weights.
    var notes: [String]

    /// The method options with `--normalization`, when given, in place of the dataset's.
    func methodOptions(normalization: Normalization?) -> MethodOptions {
        var options = methodOptions
        if let normalization { options.normalization = normalization }
        return options
    }

    /// Writes the notes to standard error, one `note:` line each (for commands whose reports have
    /// no place for them).
    func printNotes() {
        for note in notes {
            var line = "note: \(note)\n"
            line.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
        }
    }

    /// Whether `path` is a folder (a dataset folder when it holds manifest.yaml).
    static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}

extension MatrixOptions {
    /// Reads FILE as a decision-matrix CSV or, when it is a folder, as a dataset folder.
    ///
    /// For a dataset, names and directions come from its files and the weights from its weighting;
    /// `--weights` then either lists numbers (one per criterion) or names another weighting (`ahp`,
    /// `given`, `equal`, `entropy`, …), and `--directions` is refused.
    func loadProblem() throws -> ProblemInput {
        guard ProblemInput.isFolder(file) else {
            let (matrix, w) = try load()
            return ProblemInput(matrix: matrix, weights: w, weighting: weights == nil ? "equal" : "given",
                                methodOptions: MethodOptions(), alternativeNames: matrix.alternatives,
                                criterionNames: matrix.criteria.map(\.name), notes: [])
        }
        guard access(file + "/" + Dataset.manifestName, F_OK) == 0 else {
            throw InputError.unreadable(file: file, reason: "a folder without \(Dataset.manifestName); give a decision-matrix CSV or a dataset folder")
        }
        guard directions == nil else {
            throw InputError.invalid(file: "--directions", message: "applies to a CSV file; in a dataset folder the criterion files give the directions")
        }
        let dataset = try Dataset.load(folder: file)
        let (matrix, notes) = try dataset.decisionMatrix()
        var w: [Double], weighting: String, weightNotes: [String] = []
        if let text = weights, text.first.map({ $0.isNumber || $0 == "." }) == true {
            w = try ListParsing.numbers(text, option: "weights")
            try Weights.validate(w, for: matrix)
            try Weights.validateGiven(w, criteria: matrix.criteria.map(\.id))
            weighting = "given"
        } else {
            do {
                let derived = try dataset.weighting(override: weights).derive(for: matrix)
                (w, weighting, weightNotes) = (derived.weights, derived.method, derived.notes)
            } catch let error as AHPError {
                throw InputError.dataset(file: dataset.folder + "/" + Dataset.manifestName, line: nil, column: nil, message: error.description)
            }
        }
        // The normalisation and preference functions exactly as `mcda analyze` reads them.
        let options = try AnalyzeCommand.methodOptions(dataset, matrix: matrix)
        let byId = Dictionary(uniqueKeysWithValues: dataset.alternatives.map { ($0.id, $0.name) })
        return ProblemInput(matrix: matrix, weights: w, weighting: weighting, methodOptions: options,
                            alternativeNames: matrix.alternatives.map { byId[$0] ?? $0 },
                            criterionNames: matrix.criteria.map(\.name), notes: notes + weightNotes)
    }
}
