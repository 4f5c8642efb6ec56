import MCDACore

/// The Persian catalogue: right to left, Persian digits (۰–۹) with the Persian decimal (٫) and
/// thousands (٬) separators and percent sign (٪). Method names (TOPSIS, VIKOR…) stay in Latin
/// letters, as Persian texts on MCDA write them.
public struct PersianWords: ReportWords {
    public init() {}
    public var code: String { "fa" }
    public var rightToLeft: Bool { true }
    public var fontStack: String { "Vazirmatn, \"Noto Naskh Arabic\", \"Noto Sans Arabic\", \"Noto Sans\", Tahoma, \"DejaVu Sans\", sans-serif" }

    /// Western digits and separators of a formatted number as Persian ones.
    static func digits(_ s: String) -> String {
        var out = ""
        for c in s.unicodeScalars {
            switch c {
            case "0"..."9": out.unicodeScalars.append(Unicode.Scalar(0x06F0 + c.value - 0x30)!)
            case ".": out += "٫"
            case ",": out += "٬"
            case "%": out += "٪"
            case "-": out += "−"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    public func number(_ x: Double, _ decimals: Int) -> String { Self.digits(NumberFormat.fixed(x, decimals)) }
    public func percent(_ x: Double) -> String { Self.digits(NumberFormat.fixed(100 * x, 1)) + "٪" }
    public func count(_ n: Int) -> String { Self.digits(NumberFormat.count(n)) }
    public func list(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        return items.count == 1 ? last : items.dropLast().joined(separator: "، ") + " و " + last
    }

    public var recommendation: String { "توصیه" }
    public var weightsHeading: String { "معیارها و وزن‌ها" }
    public var howSureHeading: String { "این نتیجه چقدر مطمئن است؟" }
    public var methodsHeading: String { "رتبه‌بندی با همه‌ی روش‌ها" }
    public var sensitivityHeading: String { "اگر یک وزن تغییر کند چه می‌شود؟" }
    public var dataHeading: String { "داده‌ها و منابع آن‌ها" }
    public var notesHeading: String { "یادداشت‌ها و فرض‌ها" }
    public var chartDataLabel: String { "اعداد پشت نمودار" }

    public func verdictLabel(_ verdict: RobustVerdict, topK k: Int) -> String {
        switch verdict {
        case .robustWinner: return "برنده‌ی پایدار"
        case .sharedFirst: return "شریک رتبه‌ی نخست"
        case .robustTopK: return "گزینه‌ی پایدار \(count(k)) رتبه‌ی نخست"
        case .compromise: return "گزینه‌ی سازش"
        case .notRobust: return "ناپایدار"
        }
    }

    public func headline(_ picks: RobustPicks, names: [String]) -> String {
        let t = picks.thresholds, k = count(t.topK)
        if let w = picks.verdicts.firstIndex(of: .robustWinner) {
            return "برنده‌ی پایدار: \(names[w]) (نخست در \(percent(picks.evidence[w].firstShare)) از سناریوها)."
        }
        let shared = picks.sharedFirst
        if !shared.isEmpty {
            let alsoTop = shared.allSatisfy { picks.evidence[$0].topKShare >= t.topKShare }
            return "برنده‌ی پایداری در کار نیست: \(list(shared.map { names[$0] })) رتبه‌ی نخست را میان خود تقسیم می‌کنند"
                + (alsoTop ? "؛ \(shared.count == 2 ? "هر دو" : "همه") از گزینه‌های پایدار \(k) رتبه‌ی نخست‌اند." : ".")
        }
        if picks.picks.isEmpty {
            return "گزینه‌ی پایداری در کار نیست: هیچ گزینه‌ای در \(percent(t.topKShare)) از سناریوها در \(k) رتبه‌ی نخست نمی‌ماند."
        }
        return "برنده‌ی پایداری در کار نیست؛ گزینه‌های پایدار \(k) رتبه‌ی نخست: \(list(picks.picks.map { names[$0] }))."
    }

    public func sentence(_ picks: RobustPicks, alternative i: Int, names: [String], criterionNames: [String]) -> String {
        let e = picks.evidence[i], t = picks.thresholds
        var s = "\(names[i]): نخست در \(percent(e.firstShare)) از \(count(picks.scenarioCount)) سناریو، "
            + "در \(count(t.topK)) رتبه‌ی نخست در \(percent(e.topKShare))، میانگین رتبه \(number(e.expectedRank, 1))"
        s += "؛ نخست با \(count(e.baseRanks.filter { $0 == 1 }.count)) روش از \(count(e.baseRanks.count)) روش"
        if let c = e.criticalChange {
            s += "؛ هیچ تغییری در یک وزن به تنهایی که کمتر از \(number(c.amount, 3)) باشد آن را از رتبه‌ی نخست پایین نمی‌آورد (حساس‌ترین معیار: \(criterionNames[c.criterion]))"
        } else if picks.verdicts[i] == .robustWinner {
            s += "؛ هیچ تغییری در یک وزن به تنهایی آن را از رتبه‌ی نخست پایین نمی‌آورد"
        }
        if picks.verdicts[i] == .compromise { s += " — گزینه‌ی سازش: کمتر نخست می‌شود و بیشتر دوم" }
        return s
    }

    public var picksIntro: String { "گزینه‌های پایدار، از بهترین:" }
    public func compromises(_ names: [String]) -> String {
        "گزینه‌های سازش (کمتر نخست، بیشتر دوم): " + names.joined(separator: "، ") + "."
    }

    func doubt(_ d: DoubtModel, criterionNames: [String]) -> String {
        let weights: String
        switch d.weights {
        case .judgments(let noise):
            let how: String
            switch noise {
            case .saatySteps(let k, let p): how = "±\(count(k)) گام در مقیاس ساعتی با احتمال \(Self.digits("\(p)"))"
            case .logNormal(let sigma): how = "ضرب در exp(\(Self.digits("\(sigma)"))·z)"
            }
            weights = "هر داوری مقایسه‌ی زوجی میان معیارها جابه‌جا می‌شود (\(how)) و وزن‌ها با روش بردار ویژه دوباره حساب می‌شوند"
        case .uniform:
            weights = "وزن‌ها به‌طور یکنواخت روی سادک پخش‌اند (بی هیچ اطلاعی از ترجیح)"
        case .spread(let r, let thinning):
            let steps = thinning.map { "، \(count($0)) گام برای هر نمونه" } ?? ""
            weights = "هر وزن تا ±\(count(Int((100 * r).rounded())))٪ مقدار خود تغییر می‌کند (نمونه‌گیری hit-and-run روی سادک\(steps))"
        }
        switch d.data {
        case .exact: return weights
        case .relative(let p):
            let listed = p.indices.filter { p[$0] > 0 }.map { "\(criterionNames[$0]) ±\(count(Int((100 * p[$0]).rounded())))٪" }
            return weights + "؛ مقادیر نیز تغییر می‌کنند (" + listed.joined(separator: "، ") + "، به‌طور یکنواخت)"
        case .intervals: return weights + "؛ مقادیر درون بازه‌هایشان تغییر می‌کنند"
        case .distributions(let ds):
            return weights + "؛ مقادیر از توزیع‌هایشان کشیده می‌شوند (" + DataUncertainty.counts(ds).map { "\(count($0.count)) \($0.kind)" }.joined(separator: "، ") + ")"
        }
    }

    public func howTheVerdictIsReached(_ a: DecisionAnalysis, criterionNames: [String]) -> String {
        let t = a.picks.thresholds, k = count(t.topK)
        return "داوری چگونه به دست می‌آید: \(count(a.picks.scenarioCount)) سناریو که در آن‌ها \(doubt(a.doubt, criterionNames: criterionNames))؛ "
            + "برنده‌ی پایدار دست‌کم در \(percent(t.winnerShare)) از سناریوها نخست است و در دست‌کم نیمی از \(count(a.comparison.outcomes.count)) روش نیز نخست است؛ "
            + "گزینه‌ی پایدار \(k) رتبه‌ی نخست دست‌کم در \(percent(t.topKShare)) از سناریوها در \(k) رتبه‌ی نخست است؛ "
            + "گزینه‌ی سازش حداکثر در \(percent(t.compromiseMaxFirst)) نخست و دست‌کم در \(percent(t.compromiseMinSecond)) دوم است. "
            + "سناریوها با روش \(a.options.primary.name) رتبه‌بندی شده‌اند؛ بذر تصادفی \(Self.digits(String(a.options.seed)))."
    }

    public func direction(_ c: Criterion, referenceName: String?) -> String {
        switch c.direction {
        case .benefit: return "هرچه بیشتر بهتر"
        case .cost: return "هرچه کمتر بهتر"
        case .target(let t):
            let value = t == t.rounded() && abs(t) < 1e15 ? count(Int(t)) : Self.digits("\(t)")
            return "هرچه نزدیک‌تر به \(value)" + (referenceName.map { " (\($0))" } ?? "") + (c.scale == .log ? "، در مقیاس لگاریتمی" : "")
        }
    }

    public var weightsChartTitle: String { "وزن معیارها، با بازه‌ی ۵ تا ۹۵ درصد در سناریوها" }
    public var weightAxis: String { "وزن" }
    public var weightTableHeaders: [String] { ["معیار", "وزن", "بازه‌ی ۵ تا ۹۵ درصد"] }
    public func consistency(_ ahp: AHPResult) -> String {
        let k = ahp.consistency
        let verdict = k.isAcceptable ? "سازگاری پذیرفتنی است" : "ناسازگارتر از آن است که بتوان به آن تکیه کرد"
        return "وزن‌ها از داوری‌های مقایسه‌ی زوجی (AHP، روش \(ahp.priorityMethod.rawValue)): λmax = \(number(k.lambdaMax, 4))، "
            + "CI = \(number(k.consistencyIndex, 4))، CR = \(number(k.consistencyRatio, 4)) با شاخص تصادفی \(k.randomIndexTable.rawValue): \(verdict)."
    }
    public func weighting(_ method: String) -> String { "وزن‌ها: \(method)." }
    public func assumption(_ text: String) -> String { "فرض: " + text }

    public func note(_ note: WeightingNote) -> String {
        switch note {
        case .inconsistent(let cr):
            return "داوری‌های میان معیارها ناسازگارند (CR = \(number(cr, 4)) > ۰٫۱)؛ داوری‌هایی را که باید بازنگری شوند ببینید"
        case .convention(let c): return "قرارداد: \(c)"
        case .hierarchy(let matrices, let priority, let table):
            return "معیارها در یک سلسله‌مراتب وزن‌دهی شده‌اند (\(count(matrices)) ماتریس داوری، روش \(priority.rawValue)، شاخص تصادفی \(table.rawValue))؛ وزن هر معیار حاصل‌ضرب وزن‌های محلی مسیر آن است"
        case .group(let n, let aggregation, _, let priority, let table):
            return "معیارها را گروهی \(count(n))نفره وزن‌دهی کرده است (\(aggregation.rawValue)؛ روش \(priority.rawValue)، شاخص تصادفی \(table.rawValue))"
        case .judgment(let d): return judgmentNote(d)
        case .objective(let d): return objectiveNote(d)
        case .hierarchyNode(let node): return nodePlace(node) + ": " + consistencyNote(node.local)
        case .hierarchyNodeJudgment(let node, let d): return "\(nodeLabel(node)): " + judgmentNote(d)
        case .decisionMaker(let name, let weight, let own): return decisionMakerNote(name: name, weight: weight, own: own)
        case .aggregate(let r): return "داوری‌های جمعی: " + consistencyNote(r)
        case .aggregateJudgment(let d): return "داوری‌های جمعی: " + judgmentNote(d)
        }
    }

    public func note(_ note: DataNote) -> String {
        switch note {
        case .alternativeDropped(let a, let c): return "«\(a)» کنار گذاشته شد: مقداری برای «\(c)» ندارد"
        case .worstValueFilled(let a, let c, let v): return "«\(a)» مقداری برای «\(c)» ندارد: بدترین مقدار، \(Self.digits("\(v)"))، به جای آن به کار رفت"
        case .singleAlternative(let method): return "تنها یک گزینه مانده است، پس تنها روش \(method) اجرا می‌شود."
        }
    }

    public var acceptabilityChartTitle: String { "سهم سناریوهایی که هر گزینه در هر رتبه قرار می‌گیرد" }
    public func rankSegment(_ rank: Int) -> String { "رتبه‌ی \(count(rank))" }
    public var laterRanks: String { "رتبه‌های بعدی" }
    public var shareAxis: String { "سهم سناریوها (درصد)" }
    public func noPreference(_ a: DecisionAnalysis, names: [String]) -> String {
        let first = a.smaaUniform.firstRankAcceptability
        let top = first.indices.sorted { first[$0] > first[$1] }.prefix(3)
        return "اگر هیچ اطلاعی از ترجیح‌ها نداشتیم (وزن‌ها یکنواخت روی سادک، \(count(a.smaaUniform.options.samples)) سناریو)، رتبه‌ی نخست از آنِ "
            + top.map { "\(names[$0]) \(percent(first[$0]))" }.joined(separator: "، ") + " بود."
    }

    public var rankHeatMapTitle: String { "رتبه‌ی هر گزینه با هر روش (۱ = بهترین)" }
    public var correlationTitle: String { "همبستگی رتبه‌ای اسپیرمن میان روش‌ها" }
    public func agreement(primary: String, least: Double) -> String {
        "همبستگی رتبه‌ای اسپیرمن روش‌های دیگر با \(primary) دست‌کم \(number(least, 2)) است."
    }
    public func borda(_ names: [String]) -> String { "رتبه‌بندی سازشی بوردا از روش‌ها: " + names.joined(separator: "، ") + " …" }
    public func skipped(method: String, reason: String) -> String { "روش \(method) اجرا نشد: \(reason)" }

    public var stripChartTitle: String { "برنده کیست وقتی یک وزن از ۰ تا ۱ تغییر کند (وزن‌های دیگر به همان نسبت؛ خط سیاه: وزن کنونی)" }
    public var stripAxis: String { "وزن معیار" }
    public var stripTableHeaders: [String] { ["معیار", "وزن", "برنده در طول وزن"] }
    public func tornadoTitle(winner: String, method: String) -> String {
        "هر وزن تا کجا می‌تواند تغییر کند پیش از آن‌که \(winner) رتبه‌ی نخست را از دست بدهد (\(method))؛ حساس‌ترین در بالا"
    }
    public var tornadoTableHeaders: [String] { ["معیار", "وزن", "پایدار از", "پایدار تا", "کوچک‌ترین تغییر"] }

    public var dataIntro: String { "هر مقدار با یکای آن؛ مقدارهای پیونددار منبع خود را باز می‌کنند. شرح و منابع هر معیار پس از جدول آمده است." }
    public var alternativeHeader: String { "گزینه" }
    public var sourcesLabel: String { "منابع" }
    public func dataSummary(source: String, alternatives: Int, criteria: Int) -> String {
        "داده‌ها: \(source). \(count(alternatives)) گزینه، \(count(criteria)) معیار. معیارهای هدف‌دار بر پایه‌ی فاصله از هدف امتیاز می‌گیرند."
    }
}
