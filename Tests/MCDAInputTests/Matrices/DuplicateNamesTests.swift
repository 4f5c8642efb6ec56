import Testing
import _TestSupport
@testable import MCDAInput

@Suite struct DuplicateNamesTests {
    func firstRepeat(_ names: [String]) -> Int? {
        let hashes = names.map { name in
            var copy = name
            return copy.withUTF8 { DuplicateNames.hash($0) }
        }
        return DuplicateNames.firstRepeat(names, hashes: hashes, ascii: names.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } })
    }

    /// What `Set<String>` finds, in one pass.
    func reference(_ names: [String]) -> Int? {
        var seen = Set<String>()
        return names.indices.first { !seen.insert(names[$0]).inserted }
    }

    /// Seeded lists with planted repeats, short (one table) and long (partitions checked in
    /// parallel): the same first repeat as a Set.
    @Test func sameFirstRepeatAsASet() {
        var rng = TestRNG(seed: 3)
        for size in [0, 1, 2, 10, 1000, 70_000, 200_000] {
            for _ in 0..<(size > 10_000 ? 4 : 50) {
                var names = (0..<size).map { "A\($0)" }
                for _ in 0..<Int.random(in: 0...3, using: &rng) where size > 1 {
                    let from = Int.random(in: 0..<size, using: &rng), to = Int.random(in: 0..<size, using: &rng)
                    names[to] = names[from]
                }
                #expect(firstRepeat(names) == reference(names), "size \(size)")
            }
        }
    }

    /// Names whose hashes collide are still told apart by `==`.
    @Test func collidingHashesAreComparedByName() {
        let names = ["a", "b", "c", "a"]
        #expect(DuplicateNames.firstRepeat(names, hashes: [7, 7, 7, 7], ascii: true) == 3)
        #expect(DuplicateNames.firstRepeat(["a", "b", "c"], hashes: [7, 7, 7], ascii: true) == nil)
        // Equal low 32 bits (the slot's tag) but different hashes, in one table and across the
        // partitions of a long list: only the real repeat is found.
        #expect(DuplicateNames.firstRepeat(["a", "b", "a"], hashes: [1 << 40 | 5, 2 << 40 | 5, 1 << 40 | 5], ascii: true) == 2)
        let many = (0..<100_000).map { "N\($0)" } + ["N77"]
        let tagged = many.indices.map { UInt64($0 % 4096) << 52 | UInt64($0 % 3) << 32 | 9 }
        #expect(DuplicateNames.firstRepeat(many, hashes: tagged.dropLast() + [tagged[77]], ascii: true) == 100_000)
        #expect(DuplicateNames.firstRepeat(Array(many.dropLast()), hashes: Array(tagged.dropLast()), ascii: true) == nil)
    }

    /// Non-ASCII names keep Swift's `==` (canonical equivalence), through the public reader too.
    @Test func canonicallyEquivalentNamesRepeat() {
        #expect(firstRepeat(["caf\u{E9}", "x", "cafe\u{301}"]) == 2)
        #expect(firstRepeat(["K", "\u{212A}"]) == 1)  // KELVIN SIGN is canonically K
        #expect(throws: InputError.duplicateName(file: "m.csv", line: 3, kind: "alternative", name: "cafe\u{301}")) {
            try DecisionMatrixCSV.parse(text: "a,p\ncaf\u{E9},1\ncafe\u{301},2\n", file: "m.csv")
        }
    }

    @Test func hashDependsOnEveryByte() {
        func h(_ s: String) -> UInt64 { var c = s; return c.withUTF8 { DuplicateNames.hash($0) } }
        let names = ["", "a", "b", "ab", "ba", "abcdefgh", "abcdefgi", "abcdefghi", "bbcdefghi", "A1", "A10", "A01"]
        #expect(Set(names.map(h)).count == names.count)
        #expect(h("A123456789") == h("A123456789"))
    }

    /// The hash is pinned: partitions and probing depend on its bits, so a change to it (such as
    /// its final avalanche, SplitMix64's finaliser) must be deliberate. The values come from a
    /// Python transcription of ``DuplicateNames/hash(_:)``; the empty text hashes to
    /// mix(0x9E3779B97F4A7C15), SplitMix64's first output from state 0.
    @Test func hashIsPinned() {
        func h(_ s: String) -> UInt64 { var c = s; return c.withUTF8 { DuplicateNames.hash($0) } }
        #expect(h("") == 0xE220_A839_7B1D_CDAF)
        #expect(h("a") == 0x0177_BC95_24CC_4083)
        #expect(h("A1") == 0xE5C2_82BA_134E_0534)
        #expect(h("abcdefgh") == 0xA7F8_5645_1E14_E997)
        #expect(h("alternative 42") == 0x1C5C_6F2F_30FB_AAAB)
    }
}
