import Foundation
import MCDACore
import MCDAInput
import MCDAReport
import Testing
import _TestSupport

/// The council's HTML report of the small test dataset (Tests/Fixtures/small-dataset), checked for
/// its structure, escaping, links and language.
@Suite struct AnalysisReportHTMLTests {
    static func analysis() throws -> (DecisionAnalysis, DecisionProblem) {
        let problem = try Dataset.load(folder: fixtureURL("small-dataset").path).problem()
        var options = DecisionAnalysisOptions()
        options.threads = 1
        return (try DecisionAnalysis(problem: problem, options: options), problem)
    }

    static func page(_ language: ReportLanguage) throws -> String {
        let (a, problem) = try analysis()
        return AnalysisReport.html(a, description: problem.description, notes: problem.notes, language: language)
    }

    @Test func thePageIsWellFormedAndHoldsEveryChartWithItsTitle() throws {
        for language in ReportLanguage.allCases {
            let html = try Self.page(language)
            #expect(try HTMLCheck.unbalancedTags(html).isEmpty, "\(language)")
            // Weights, rank acceptability, ranks, correlations, who wins along each weight, tornado.
            #expect(html.components(separatedBy: "<figure>").count - 1 == 6, "\(language)")
            let titled = try NSRegularExpression(pattern: "<svg [^>]*><title>[^<]+</title>")
            #expect(titled.numberOfMatches(in: html, range: NSRange(location: 0, length: (html as NSString).length)) == 6, "every chart has a <title>")
            #expect(html.components(separatedBy: "<details>").count - 1 == 6, "every chart has its data table")
            #expect(!html.contains("<script"), "no script, and names are text")
        }
    }

    @Test func namesAreEscaped() throws {
        let html = try Self.page(.en)
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("Southby, &lt;b&gt;Old&lt;/b&gt; Town"))
        #expect(!html.contains("<b>Old</b>"))
    }

    @Test func theOnlyAddressesAreTheSources() throws {
        let html = try Self.page(.en)
        let addresses = HTMLCheck.addresses(html)
        #expect(addresses == ["https://example.org/copper/east", "https://example.org/copper/north"])
        #expect(html.contains("<a href=\"https://example.org/copper/north\">5</a>"))
    }

    @Test func thePersianPageRunsRightToLeftWithPersianDigitsAndNames() throws {
        let html = try Self.page(.fa)
        #expect(html.contains("<html lang=\"fa\" dir=\"rtl\">"))
        #expect(html.contains("<title>چهار شهر</title>") && html.contains("نورتون") && html.contains("لموریا"))
        // A missing translation falls back to the default name, with no error.
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        let lead = try #require(html.range(of: "<p class=\"lead\">").map { html[$0.upperBound...] }).prefix { $0 != "<" }
        #expect(lead.contains { ("۰"..."۹").contains($0) } && !lead.contains { $0.isASCII && $0.isNumber }, "\(lead)")
        #expect(html.contains("Noto Naskh Arabic"))
        #expect(html.contains("فرضی برای آزمون"))
    }

    @Test func theMarkdownKeepsEveryChartAsATable() throws {
        let (a, problem) = try Self.analysis()
        let md = AnalysisReport.rich(a, description: problem.description, language: .fa).markdown()
        #expect(md.hasPrefix("# چهار شهر"))
        #expect(md.contains("[۵](https://example.org/copper/north)"))
        #expect(!md.contains("<svg"))
    }
}

/// Small structural checks of generated HTML.
enum HTMLCheck {
    static let void: Set<String> = ["meta", "br", "img", "link", "input", "hr"]

    /// Tags opened and not closed (or closed and not opened), in order; self-closing SVG elements
    /// (`<rect …/>`) count as closed.
    static func unbalancedTags(_ html: String) throws -> [String] {
        let pattern = try NSRegularExpression(pattern: "<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*?)(/?)>")
        var stack: [String] = [], problems: [String] = []
        let text = html as NSString
        for match in pattern.matches(in: html, range: NSRange(location: 0, length: text.length)) {
            let closing = text.substring(with: match.range(at: 1)) == "/"
            let name = text.substring(with: match.range(at: 2)).lowercased()
            let selfClosing = text.substring(with: match.range(at: 4)) == "/"
            if name == "doctype" || selfClosing || void.contains(name) { continue }
            if closing {
                if stack.last == name { stack.removeLast() } else { problems.append("</\(name)> after <\(stack.last ?? "")>") }
            } else {
                stack.append(name)
            }
        }
        return problems + stack.map { "<\($0)> not closed" }
    }

    /// Every http(s) address in the page, sorted and without repeats.
    static func addresses(_ html: String) -> [String] {
        guard let pattern = try? NSRegularExpression(pattern: "https?://[^\"'<> ]+") else { return [] }
        let text = html as NSString
        return Array(Set(pattern.matches(in: html, range: NSRange(location: 0, length: text.length)).map { text.substring(with: $0.range) })).sorted()
    }
}
