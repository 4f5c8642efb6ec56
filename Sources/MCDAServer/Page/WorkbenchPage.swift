import MCDACore
import MCDAInput
import MCDAReport

/// The workbench page: plain HTML, CSS and a little JavaScript, all in the binary (no network, no
/// build step). The server writes the dataset's names and controls into it; the script sends each
/// change to `POST /api/figures` and redraws the verdict, rankings and charts in place.
enum WorkbenchPage {
    static func html(_ workbench: Workbench, language: ReportLanguage) -> String {
        let dataset = workbench.dataset
        let w = WorkbenchWords.of(language), report = language.words
        let lang = language.rawValue
        let title = dataset.translations.text("title", lang) ?? dataset.title
        let criteria = dataset.criteria.map { ($0.criterion.id, $0.translations.text("name", lang) ?? $0.criterion.name) }
        let alternatives = dataset.alternatives.map { ($0.id, $0.translations.text("name", lang) ?? $0.name) }
        let chosen = dataset.analysis.methods.map { $0.method.name }
        var judgments: [AHPJudgments.Judgment] = []
        if case .ahp(let spec) = dataset.weights, case .flat = spec.structure { judgments = spec.judgments }

        let data = JSONValue.object([
            ("lang", .string(lang)),
            ("criteria", .array(criteria.map { .object([("id", .string($0.0)), ("name", .string($0.1))]) })),
            ("alternatives", .array(alternatives.map { .object([("id", .string($0.0)), ("name", .string($0.1))]) })),
            ("judgments", .array(judgments.map { .array([.string($0.a), .string($0.b), .string(SaatyScale.label($0.value))]) })),
            ("words", .object([("working", .string(w.working)), ("holds", .string(w.holds)), ("critical", .string(w.critical)),
                               ("inconsistent", .string(w.inconsistent)), ("method", .string(w.method)), ("useWeights", .string(w.useWeights))])),
        ]).serialized(pretty: false).replacingOccurrences(of: "</", with: "<\\/")

        func e(_ s: String) -> String { XML.escape(s) }
        var body = "<header><h1>\(e(title))</h1><p class=sub>\(e(w.title))</p>"
        body += "<nav><a href=\"?lang=en\" lang=en>English</a> · <a href=\"?lang=fa\" lang=fa>فارسی</a></nav></header>\n<main>\n<section id=controls>"
        body += "<h2>\(e(w.weights))</h2><p class=hint>\(e(w.winnerHolds))</p><div id=sliders>"
        for (id, name) in criteria {
            body += """
                <div class=slider data-id="\(e(id))"><label for="w-\(e(id))">\(e(name)) <output id="o-\(e(id))"></output></label>\
                <div class=track dir=ltr><div class=band id="b-\(e(id))"></div><input type=range id="w-\(e(id))" min=0 max=1 step=0.001></div>\
                <small id="s-\(e(id))"></small></div>
                """
        }
        body += "</div>"
        if !judgments.isEmpty {
            body += "<h2>\(e(w.judgments))</h2><p class=hint>\(e(w.judgmentsHint))</p><div id=judgments>"
            let names = Dictionary(criteria, uniquingKeysWith: { a, _ in a })
            for (k, j) in judgments.enumerated() {
                body += "<div class=judgment><span>\(e(names[j.a] ?? j.a))</span><select id=\"j-\(k)\" data-a=\"\(e(j.a))\" data-b=\"\(e(j.b))\">"
                for v in SaatyScale.values { body += "<option value=\"\(SaatyScale.label(v))\"\(abs(v - j.value) < 1e-9 ? " selected" : "")>\(SaatyScale.label(v))</option>" }
                body += "</select><span>\(e(names[j.b] ?? j.b))</span></div>"
            }
            body += "</div><p id=cr>\(e(w.consistency)): <b id=cr-value></b> <span id=cr-warning class=warning hidden>\(e(w.inconsistent))</span></p>"
            body += "<p id=judgment-mode hidden>\(e(w.useWeights)) <button type=button id=use-judgments>\(e(w.useJudgments))</button></p>"
        }
        body += "<h2>\(e(w.alternatives))</h2><p class=hint>\(e(w.leaveOut))</p><div id=alternatives class=checks>"
        for (id, name) in alternatives {
            body += "<label><input type=checkbox class=alternative value=\"\(e(id))\" checked> \(e(name))</label>"
        }
        body += "</div><h2>\(e(w.methods))</h2><div id=methods class=checks>"
        for name in workbench.catalogue.names {
            body += "<label><input type=checkbox class=method value=\"\(e(name))\"\(chosen.contains(name) ? " checked" : "")> \(e(name))</label>"
        }
        body += "</div><p><label>\(e(w.primary)) <select id=primary>"
        for name in workbench.catalogue.names { body += "<option\(name == TOPSIS.name ? " selected" : "")>\(e(name))</option>" }
        body += "</select></label></p><p><label>\(e(w.samples)) <input type=number id=samples min=1 max=1000000 value=\(dataset.analysis.samples)></label> "
        body += "<label>\(e(w.seed)) <input type=number id=seed min=0 value=\(dataset.analysis.seed)></label></p>"
        body += "<p class=actions><button type=button id=download-report>\(e(w.downloadReport))</button> "
        body += "<button type=button id=download-settings>\(e(w.downloadSettings))</button> <button type=button id=reset>\(e(w.reset))</button></p>"
        body += "</section>\n<section id=results aria-live=polite><p id=status></p><p id=error class=error hidden></p>"
        body += "<h2>\(e(report.recommendation))</h2><p id=verdict class=verdict></p>"
        body += "<h2>\(e(w.ranking))</h2><table id=ranking><thead></thead><tbody></tbody></table>"
        body += "<div id=figures></div></section>\n</main>"

        return """
            <!DOCTYPE html>
            <html lang="\(report.code)" dir="\(report.rightToLeft ? "rtl" : "ltr")">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(e(title)) — \(e(w.title))</title>
            <style>\(style(fonts: report.fontStack))</style></head>
            <body>
            \(body)
            <script id=workbench-data type="application/json">\(data)</script>
            <script>\(script)</script>
            </body></html>

            """
    }
}
