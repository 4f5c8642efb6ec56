import MCDACore

/// The Persian words of the weighting notes that name matrix entries (judgments completed,
/// repaired or off Saaty's scale, hierarchy nodes, decision makers). Criterion identifiers and
/// method names stay in Latin letters, as they are written in the dataset's files.
extension PersianWords {
    func judgmentNote(_ d: PairwiseDiagnostic) -> String {
        switch d {
        case .offScale(let r, let c, let v):
            return "داوری (\(r)، \(c)) = \(Self.digits(SaatyScale.label(v))) روی مقیاس ۱/۹ تا ۹ ساعتی نیست"
        case .reciprocalRepaired(let r, let c, let v, let m):
            return "(\(r)، \(c)) = \(Self.digits(SaatyScale.label(v))) و (\(c)، \(r)) = \(Self.digits(SaatyScale.label(m))) تقریباً وارون هم بودند؛ "
                + "داوری بزرگ‌تر از ۱ نگه داشته و قرینه‌اش دقیق شد"
        case .completed(let r, let c, let v, let method):
            return "داوری نبودِ (\(r)، \(c)) با روش \(method.rawValue) برابر \(number(v, 4)) تکمیل شد"
        }
    }

    func objectiveNote(_ d: WeightingDiagnostic) -> String {
        switch d {
        case .constantCriterion(let c):
            return "معیار «\(c)» برای همه‌ی گزینه‌ها یک مقدار دارد؛ اطلاعی نمی‌دهد و وزن آن صفر است"
        case .equalWeightsFallback(let method):
            return "هیچ معیاری گزینه‌ها را از هم جدا نمی‌کند، پس روش \(method.rawValue) نمی‌تواند وزن را تقسیم کند؛ وزن‌ها برابر گرفته شدند"
        }
    }

    /// "λmax = …، CR = … (سازگاری پذیرفتنی است)" or the inconsistency verdict with the judgments to revise first.
    func consistencyNote(_ r: AHPResult) -> String {
        let k = r.consistency
        var text = "λmax = \(number(k.lambdaMax, 4))، CR = \(number(k.consistencyRatio, 4))"
        if k.isAcceptable { return text + " (سازگاری پذیرفتنی است)" }
        text += " > ۰٫۱: ناسازگارتر از آن است که بتوان به آن تکیه کرد"
        if !r.judgmentsToRevise.isEmpty {
            text += "؛ نخست این‌ها را بازنگری کنید: " + r.judgmentsToRevise.map {
                "\($0.row) در برابر \($0.column): \(Self.digits(SaatyScale.label($0.current))) ← \(Self.digits(SaatyScale.label($0.suggested)))"
            }.joined(separator: "، ")
        }
        return text
    }

    func nodeLabel(_ node: HierarchyNodeResult) -> String {
        node.path.count == 1 ? "تراز بالا" : "گروه «\(node.name)»"
    }

    func nodePlace(_ node: HierarchyNodeResult) -> String {
        node.path.count == 1 ? nodeLabel(node)
            : nodeLabel(node) + " (\(node.path.joined(separator: " ‹ "))، وزن سراسری \(number(node.globalWeight, 4)))"
    }

    func decisionMakerNote(name: String, weight: Double, own: AHPResult?) -> String {
        let place = "تصمیم‌گیرنده‌ی «\(name)» (وزن \(number(weight, 4)))"
        guard let own else {
            return place + ": داوری‌هایش همه‌ی معیارها را به هم وصل نمی‌کنند، پس اولویت‌های خودش را ندارد؛ در داوری جمعی به حساب می‌آید"
        }
        let top = own.priorities.indices.max { own.priorities[$0] < own.priorities[$1] }.map { own.elements[$0] } ?? ""
        return place + ": " + consistencyNote(own) + "؛ مهم‌ترین معیار: \(top)"
    }
}
