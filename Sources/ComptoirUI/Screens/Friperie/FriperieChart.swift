import ComptoirCore

/// The friperie's year (F7 on the back-door screen): one row a month with bars in terminal
/// characters for the kilograms in, sold and out, and the year's totals by family, origin
/// and destination on the right. Fits 80 × 24.
enum FriperieChart {
    static let panelWidth = 20

    /// `keyBarHeight`: the rows the app's key bar takes at the bottom.
    static func view(_ friperie: FriperieState, _ context: FriperieContext, keyBarHeight: Int, _ canvas: inout Canvas) {
        let year = friperie.chartYear
        canvas.put("Friperie — les kilos (kg) de \(year), mois par mois", x: 2, y: 2, style: .bold)
        guard let figures = friperie.figures else {
            canvas.put("Calcul des chiffres…", x: 2, y: 4, style: Style(dim: true))
            return
        }
        let bottom = canvas.height - keyBarHeight - 2
        let panelX = canvas.width - panelWidth
        for y in 3...bottom { canvas.put("│", x: panelX - 2, y: y) }
        drawMonths(figures, context, &canvas, width: panelX - 5)
        drawTotals(figures.total, &canvas, x: panelX, top: 3, bottom: bottom)
    }

    /// Each cell: the bar, then its kilograms right-aligned in eight columns.
    private static func drawMonths(_ figures: FriperieFigures, _ context: FriperieContext, _ canvas: inout Canvas, width: Int) {
        let bar = max(4, (width - 6 - 2 - 3 * 8) / 3)
        let cell = bar + 8
        let x = 2
        let series = ["Dons reçus", "Vendus", "Sorties"]
        for (i, name) in series.enumerated() {
            canvas.put(name, x: x + 6 + i * (cell + 1), y: 3, style: .bold)
        }
        let values = figures.months.map { [$0.intakeTotal, $0.soldTotal, $0.outflowTotal] }
        let top = max(1, values.flatMap { $0 }.max() ?? 1)
        let today = CalendarDay(context.now, in: context.timeZone)
        for (m, row) in values.enumerated() {
            let y = 4 + m
            let future = figures.year > today.year || (figures.year == today.year && m + 1 > today.month)
            let current = figures.year == today.year && m + 1 == today.month
            canvas.put(CalendarDay.frenchMonthAbbreviations[m], x: x, y: y, style: current ? .bold : Style(dim: future))
            guard !future else { continue }
            for (i, grams) in row.enumerated() {
                let cx = x + 6 + i * (cell + 1)
                canvas.put(blocks(grams, top: top, width: bar), x: cx, y: y)
                canvas.put(Chrome.right(FriperieLabels.tenths(grams), 8), x: cx + bar, y: y, style: Style(dim: grams == 0))
            }
        }
        let total = figures.total
        let y = 4 + 12
        canvas.put("Année", x: x, y: y, style: .bold)
        for (i, grams) in [total.intakeTotal, total.soldTotal, total.outflowTotal].enumerated() {
            canvas.put(Chrome.right(FriperieLabels.tenths(grams), cell), x: x + 6 + i * (cell + 1), y: y, style: .bold)
        }
        if figures.piecesWithoutWeight > 0 {
            let n = figures.piecesWithoutWeight
            canvas.put("\(n) pièce\(n > 1 ? "s" : "") vendue\(n > 1 ? "s" : "") sans poids connu : hors des kilos.",
                       x: x, y: y + 2, style: Style(dim: true), maxWidth: width + 2)
        }
    }

    /// `█████▌`: whole blocks, then eighths of a block for the rest; a weight too small
    /// for an eighth still shows one, so that no month with kilograms looks empty.
    static func blocks(_ grams: Int, top: Int, width: Int) -> String {
        guard grams > 0 else { return "" }
        let eighths = max(1, grams * width * 8 / top)
        return String(repeating: "█", count: eighths / 8) + (eighths % 8 == 0 ? "" : String(Array("▏▎▍▌▋▊▉")[eighths % 8 - 1]))
    }

    /// The year by family, origin and destination: only what has kilograms.
    private static func drawTotals(_ total: FriperieFigures.Month, _ canvas: inout Canvas, x: Int, top: Int, bottom: Int) {
        enum Line { case title(String), entry(String, Int), none, blank }
        func section(_ title: String, _ entries: [(String, Int)]) -> [Line] {
            let shown = entries.filter { $0.1 > 0 }
            return [.title(title)] + (shown.isEmpty ? [.none] : shown.map { .entry($0.0, $0.1) })
        }
        let sections = [
            section("Dons par famille", FriperieFamily.allCases.map { (FriperieLabels.short($0), total.intake[$0] ?? 0) }),
            section("Dons par provenance", DonationOrigin.allCases.map { (FriperieLabels.short($0), total.intakeByOrigin[$0] ?? 0) }),
            section("Sorties vers", OutflowDestination.allCases.map { (FriperieLabels.short($0), total.outflow[$0] ?? 0) }),
        ]
        let rows = bottom - top + 1
        // Blank lines between the sections only when there is room for them.
        var lines = sections.flatMap { $0 }
        if lines.count + 2 <= rows { lines = sections[0] + [.blank] + sections[1] + [.blank] + sections[2] }
        if lines.count > rows { lines = Array(lines.prefix(rows - 1)) + [.entry("…", 0)] }
        for (i, line) in lines.enumerated() {
            let y = top + i
            switch line {
            case .title(let text): canvas.put(text, x: x, y: y, style: .bold, maxWidth: panelWidth)
            case .entry("…", _): canvas.put("… (agrandissez)", x: x, y: y, style: Style(dim: true))
            case .entry(let label, let grams):
                canvas.put(Chrome.pad(label, 11) + Chrome.right(FriperieLabels.tenths(grams), panelWidth - 11), x: x, y: y)
            case .none: canvas.put("aucun", x: x, y: y, style: Style(dim: true))
            case .blank: break
            }
        }
    }
}
