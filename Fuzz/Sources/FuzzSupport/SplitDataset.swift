/// One input cut into the files of a dataset folder: the text before the first marker line is
/// `manifest.yaml`; a line `=== PATH` starts the file PATH (relative, such as `alternatives.csv` or
/// `criteria/cost.yaml`). So one fuzz input describes a whole folder, and a mutation can change a
/// file's name, its content or the number of files.
///
/// Example: `"title: t\n=== alternatives.csv\nid,name\na,A\n"` is two files.
public enum SplitDataset {
    public static let marker: [UInt8] = Array("=== ".utf8)

    /// The files of `bytes`, in order (a later file of the same name replaces an earlier one).
    public static func files(_ bytes: [UInt8]) -> [(path: String, content: ArraySlice<UInt8>)] {
        var files: [(path: String, content: ArraySlice<UInt8>)] = []
        var path = "manifest.yaml", start = 0, lineStart = 0
        while lineStart <= bytes.count {
            let end = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
            if bytes[lineStart..<end].starts(with: marker) {
                files.append((path, bytes[start..<lineStart]))
                path = String(decoding: bytes[(lineStart + marker.count)..<end], as: UTF8.self)
                start = min(end + 1, bytes.count)
            }
            lineStart = end + 1
        }
        files.append((path, bytes[start...]))
        return files
    }
}
