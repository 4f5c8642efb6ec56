import MCDAReport

/// The page's own words (the report's come from ``ReportLanguage/words``), in English and Persian.
struct WorkbenchWords: Sendable {
    let title: String
    let weights: String
    let judgments: String
    let judgmentsHint: String
    let consistency: String
    let inconsistent: String
    let alternatives: String
    let leaveOut: String
    let methods: String
    let primary: String
    let samples: String
    let seed: String
    let ranking: String
    let method: String
    let rank: String
    let downloadReport: String
    let downloadSettings: String
    let reset: String
    let working: String
    let holds: String
    let winnerHolds: String
    let critical: String
    let useJudgments: String
    let useWeights: String

    static func of(_ language: ReportLanguage) -> WorkbenchWords { language == .fa ? persian : english }

    static let english = WorkbenchWords(
        title: "Decision workbench", weights: "Weights", judgments: "AHP judgments",
        judgmentsHint: "How many times as important is the left criterion as the right one (Saaty's scale)",
        consistency: "Consistency ratio", inconsistent: "above 0.1: the judgments contradict each other; revise them",
        alternatives: "Alternatives", leaveOut: "uncheck to leave out", methods: "Methods", primary: "primary",
        samples: "Scenarios", seed: "Seed", ranking: "Ranking by every method", method: "Method", rank: "Rank",
        downloadReport: "Download this report", downloadSettings: "Download these settings", reset: "Reset",
        working: "computing…", holds: "winner holds", winnerHolds: "the winner holds while the weight stays in the marked band",
        critical: "critical change", useJudgments: "Use the judgments", useWeights: "weights moved by hand")

    static let persian = WorkbenchWords(
        title: "میز کار تصمیم", weights: "وزن‌ها", judgments: "داوری‌های AHP",
        judgmentsHint: "معیار سمت راست چند برابر معیار سمت چپ اهمیت دارد (مقیاس ساعتی)",
        consistency: "نسبت سازگاری", inconsistent: "بیش از ۰٫۱: داوری‌ها با هم ناسازگارند؛ آن‌ها را بازبینی کنید",
        alternatives: "گزینه‌ها", leaveOut: "برای کنار گذاشتن، تیک را بردارید", methods: "روش‌ها", primary: "روش اصلی",
        samples: "سناریوها", seed: "بذر", ranking: "رتبه‌بندی با همه‌ی روش‌ها", method: "روش", rank: "رتبه",
        downloadReport: "دریافت این گزارش", downloadSettings: "دریافت این تنظیمات", reset: "بازنشانی",
        working: "در حال محاسبه…", holds: "برنده می‌ماند", winnerHolds: "تا وزن در نوار نشان‌داده‌شده بماند، برنده تغییر نمی‌کند",
        critical: "تغییر بحرانی", useJudgments: "داوری‌ها را به کار ببر", useWeights: "وزن‌ها با دست جابه‌جا شده‌اند")
}
