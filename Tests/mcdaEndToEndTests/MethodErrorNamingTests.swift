import Foundation
import Testing

/// A method's refusal of a value names the input file as well as the alternative and criterion
/// (`mcda rank --method wpm` on a CSV holding a 0 said which cell, not which file).
@Suite struct MethodErrorNamingTests {
    @Test func everyCommandNamesTheFile() throws {
        let dir = try Binary.temporaryDirectory()
        let file = dir.appendingPathComponent("zero.csv")
        try "alternative,c1,c2\na,1,0\nb,2,3\n".write(to: file, atomically: true, encoding: .utf8)
        for command in [["rank", "--method", "wpm"], ["sensitivity", "--method", "wpm"], ["smaa", "--method", "wpm", "--samples", "100"],
                        ["compare", "--methods=wpm"]] {
            let r = try Binary.run([command[0], file.path] + command.dropFirst())
            #expect(r.status == 1, "\(command): \(r.stderr)")
            #expect(r.stderr.contains(file.path + ":") && r.stderr.contains("alternative 'a'") && r.stderr.contains("criterion 'c2'"),
                    "\(command): \(r.stderr)")
        }
    }
}
