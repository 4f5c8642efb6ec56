import MCDACore
import MCDAInput
import MCDAReport

/// The engine behind the workbench: one dataset, read once, and pure functions from a request
/// body to the answers. No network, no files written; every number comes from the same stages as
/// `mcda analyze` (`Dataset/problem(_:)` then `DecisionAnalysis`).
public struct Workbench: Sendable {
    public let dataset: Dataset
    public let catalogue: MethodCatalogue
    /// Worker threads of each analysis (results do not depend on it).
    public var threads = 2

    /// A workbench over `dataset`.
    public init(dataset: Dataset, catalogue: MethodCatalogue = .standard) {
        self.dataset = dataset
        self.catalogue = catalogue
    }

    /// Reads the dataset folder `folder`.
    /// - Throws: the reader's `InputError` naming the file.
    public init(folder: String, catalogue: MethodCatalogue = .standard) throws {
        self.init(dataset: try Dataset.load(folder: folder, catalogue: catalogue), catalogue: catalogue)
    }

    /// One analysed what-if, with what its reports need.
    public struct Outcome: Sendable {
        public let analysis: DecisionAnalysis
        public let description: ProblemDescription
        public let notes: [DataNote]
        public let request: WorkbenchRequest
    }

    /// The request read from `body`, analysed.
    /// - Throws: ``WorkbenchError`` for a bad body or settings the engine refuses.
    public func outcome(body: [UInt8]) throws(WorkbenchError) -> Outcome {
        try outcome(WorkbenchRequest(body: body, dataset: dataset, catalogue: catalogue))
    }

    /// `request` analysed as `mcda analyze` would with the same settings.
    /// - Throws: ``WorkbenchError`` naming the key for unknown alternatives, unconnected judgments
    ///   and refused settings.
    public func outcome(_ request: WorkbenchRequest) throws(WorkbenchError) -> Outcome {
        let changed = try changedDataset(request)
        do {
            var overrides = ProblemOverrides()
            overrides.weights = request.weights.map(WeightsOverride.values)
            overrides.methods = try request.methods?.map { try catalogue.method(named: $0) }
            overrides.samples = request.samples
            overrides.seed = request.seed
            let problem = try changed.problem(overrides)
            var options = DecisionAnalysisOptions()
            let primary = try catalogue.method(named: request.primary ?? TOPSIS.name)
            options.primary = try problem.methods.first { $0.name == primary.name }
                ?? changed.specification(.init(method: primary), overrides: overrides)
            options.threads = threads
            options.doubt = .automatic
            let analysis = try DecisionAnalysis(problem: problem, options: options)
            var notes = problem.notes
            if problem.matrix.rowCount < 2 { notes.append(.singleAlternative(method: options.primary.name)) }
            return Outcome(analysis: analysis, description: problem.description, notes: notes, request: request)
        } catch {
            throw .refused(message: "\(error)")
        }
    }

    /// The dataset with the request's alternatives left out and judgments in place.
    /// - Throws: ``WorkbenchError/invalid(key:message:)`` naming `exclude` or `judgments`.
    public func changedDataset(_ request: WorkbenchRequest) throws(WorkbenchError) -> Dataset {
        do {
            return try dataset.changed(DatasetChanges(exclude: request.exclude, judgments: request.judgments))
        } catch InputError.invalid(let key, let message) {
            throw .invalid(key: key, message: message)
        } catch {
            throw .refused(message: "\(error)")
        }
    }

    /// The analysis JSON exactly as `mcda analyze DIR --format json` prints it (with its newline).
    public func analysisJSON(_ outcome: Outcome) -> [UInt8] {
        var bytes = AnalysisReport.json(outcome.analysis, description: outcome.description, notes: outcome.notes).bytes()
        bytes.append(0x0A)
        return bytes
    }

    /// The HTML report of the what-if in `language`, as `mcda analyze --format html --lang` writes it.
    public func reportHTML(_ outcome: Outcome, language: ReportLanguage) -> String {
        AnalysisReport.html(outcome.analysis, description: outcome.description, notes: outcome.notes, language: language)
    }
}
