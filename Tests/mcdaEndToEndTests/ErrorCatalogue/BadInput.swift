import Foundation

/// One bad input of the error catalogue (docs/errors.md): the files it writes, the command run on
/// them in their folder (so messages show relative names), the exit status and what the message
/// must name (the file, its line, the criterion or alternative, what was found and expected).
struct BadInput: Sendable {
    /// What is wrong, in words: the catalogue's "bad input" column.
    let what: String
    let files: [String: String]
    let arguments: [String]
    let status: Int32
    /// Texts the first line of the error must contain.
    let mentions: [String]

    init(_ what: String, _ files: [String: String], _ arguments: [String], status: Int32 = 1, mentions: [String]) {
        self.what = what
        self.files = files
        self.arguments = arguments
        self.status = status
        self.mentions = mentions
    }

    /// A small valid dataset folder (two alternatives, two criteria, AHP weights), with `changes`
    /// replacing or adding files (an empty text removes the file).
    static func dataset(_ changes: [String: String] = [:]) -> [String: String] {
        var files = [
            "d/manifest.yaml": "format: mcda-dataset/1\ntitle: t\nweights:\n  method: ahp\n  judgments:\n    - [cost, speed, \"3\"]\n",
            "d/alternatives.csv": "id,name\na,A\nb,B\n",
            "d/criteria/cost.yaml": "id: cost\nname: Cost\ndirection: cost\nvalues:\n  a: 3\n  b: 4\n",
            "d/criteria/speed.yaml": "id: speed\nname: Speed\ndirection: benefit\nvalues:\n  a: 6\n  b: 5\n",
        ]
        for (path, text) in changes { files["d/" + path] = text.isEmpty ? nil : text }
        return files
    }
}
