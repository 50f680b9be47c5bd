import ComptoirCore

/// The end of the day (Alt+Z from the sale screen): the X of the session at any time, the
/// drawer counted by denomination, the expected cash and the variance as it is typed, and
/// the Z, confirmed by a responsable, printed, and the session locked.
enum ClosingScreen {
    enum Action: Sendable { case previous, next, comment, printX, drop, chart, close, back, pageUp, pageDown, reprintZ }

    /// What the closing screen's key conditions read.
    struct KeysContext {
        let closing: ClosingState
        let context: ClosingContext
    }

    static let keys = KeyTable<KeysContext, Action>([
        // The arrows' direction first (not listed), then the listed ↑↓ that explains them.
        KeyBinding(.up, "Billet / pièce précédent", .previous).hidden,
        KeyBinding(.backTab, "Billet / pièce précédent", .previous).hidden,
        KeyBinding(.down, "Billet / pièce suivant", .next).hidden,
        KeyBinding(.enter, "Billet / pièce suivant", .next).hidden,
        KeyBinding(.upDown, "Billet / pièce", help: "Tapez le nombre de billets ou de pièces de chaque valeur", .next),
        // Only when the figures do not all fit: Pg↑ first (not listed), then Pg↓ that explains both.
        KeyBinding(.pageUp, "Chiffres précédents", .pageUp).hidden
            .when { figureWindow($0.closing.report, height: $0.context.height) != nil },
        KeyBinding(.pageDown, alt: .pageUp, "Autres chiffres",
                   help: "Fait défiler les chiffres de la session ; espèces attendues, comptées et écart restent affichés", .pageDown)
            .when { figureWindow($0.closing.report, height: $0.context.height) != nil },
        KeyBinding(.tab, "Commentaire", .comment),
        KeyBinding(.function(2), alt: .alt("p"), "Imprimer X", help: "Rapport intermédiaire : la caisse reste ouverte", .printX)
            .when { $0.context.receipts != .noPrinter },
        KeyBinding(.function(3), alt: .alt("b"), "Prélèvement", help: "Sort des espèces du tiroir (banque, coffre) : un responsable", .drop),
        KeyBinding(.function(4), alt: .alt("g"), "Graphique", help: "Les ventes de la journée par heure et par activité", .chart)
            .when { !$0.closing.chart },
        KeyBinding(.function(4), alt: .alt("g"), "Comptage", help: "Les ventes de la journée par heure et par activité", .chart)
            .when { $0.closing.chart },
        KeyBinding(.function(5), alt: .alt("z"), "Clôturer (Z)", help: "Un responsable confirme ; le Z s'imprime, la session se ferme", .close),
        KeyBinding(.function(7), alt: .alt("r"), "Duplicata du Z",
                   help: "Réimprime le dernier Z de cette caisse, marqué DUPLICATA (par exemple si son impression a échoué)", .reprintZ)
            .when { $0.context.receipts != .noPrinter && $0.context.userId != nil },
        // A forgotten session's Échap is not listed, and answers why it stays.
        KeyBinding(.escape, "Retour à la vente", .back).shown { !$0.closing.forgotten },
    ])

    static func hints(_ closing: ClosingState, _ context: ClosingContext, for place: KeyPlaces = .bar) -> [KeyHint] {
        keys.hints(KeysContext(closing: closing, context: context), for: place)
    }

    /// The count starts afresh; `forgotten`: a session of an earlier day, closed before selling.
    static func open(_ closing: inout ClosingState, _ context: ClosingContext, forgotten: Bool) -> ([Effect], [ClosingOutput]) {
        guard let session = context.session else {
            return ([], [.status(.error("La caisse n'est pas ouverte : rien à clôturer."))])
        }
        closing = ClosingState()
        closing.forgotten = forgotten
        let status: StatusLine = forgotten
            ? .error("La session du \(Chrome.clock(session.openedAt, context.timeZone)) n'a pas été clôturée : comptez la caisse et faites son Z avant d'en ouvrir une autre.")
            : .info("Comptez le tiroir : le nombre de billets et de pièces de chaque valeur.")
        return ([.closing(.loadSessionReport(sessionId: session.id))], [.show, .status(status)])
    }

    static func handle(_ closing: inout ClosingState, _ context: ClosingContext, _ key: Key) -> ([Effect], [ClosingOutput]) {
        if var drop = closing.drop {
            switch key {
            case .escape:
                closing.drop = nil
                return ([], [.status(.info("Rien n'a été prélevé."))])
            case .enter:
                guard case .success(let amount) = Money.parse(drop.trimmed), amount.cents > 0 else {
                    return ([], [.status(.error("Montant prélevé : tapez un montant, par exemple 200."))])
                }
                closing.drop = nil
                return ([], [.askApproval(.cashDrop(amount), instruction: "Un responsable tape son code et la raison du prélèvement (par exemple : dépôt en banque).")])
            default:
                _ = drop.handle(key)
                closing.drop = drop
                return ([], [])
            }
        }
        switch keys.action(for: key, KeysContext(closing: closing, context: context)) {
        case .back?:
            guard !closing.forgotten else {
                return ([], [.status(.error("Cette session d'un autre jour doit être clôturée avant de vendre : F5 quand le tiroir est compté."))])
            }
            return ([], [.backToSale, .status(.info("Clôture abandonnée : la caisse reste ouverte."))])
        case .previous?:
            closing.focus = max(0, closing.focus - 1)
            return ([], [])
        case .next?:
            closing.focus = min(closing.commentFocus, closing.focus + 1)
            return ([], [])
        case .comment?:
            closing.focus = closing.focus == closing.commentFocus ? 0 : closing.commentFocus
            return ([], [])
        case .printX?:
            guard let session = context.session else { return ([], []) }
            return ([.closing(.printSessionReport(sessionId: session.id))], [.status(.info("Impression du X…"))])
        case .chart?:
            closing.chart.toggle()
            return ([], [])
        case .pageUp?, .pageDown?:
            let lines = closing.report.map(figures) ?? []
            guard let window = figureWindow(closing.report, height: context.height) else { return ([], []) }
            let top = lines.count - window
            let offset = min(closing.figuresOffset, top)
            closing.figuresOffset = key == .pageUp ? max(0, offset - window) : min(top, offset + window)
            return ([], [])
        case .reprintZ?:
            guard let userId = context.userId else { return ([], []) }
            return ([.closing(.reprintZ(sessionId: nil, operatorId: userId))], [.status(.info("Impression du duplicata du dernier Z…"))])
        case .drop?:
            closing.drop = TextField(maxLength: 9)
            return ([], [.status(.info("Montant sorti du tiroir, puis Entrée : un responsable le valide."))])
        case .close?:
            guard let session = context.session, closing.report != nil else { return ([], []) }
            for (cents, field) in zip(CashCount.denominations, closing.counts) {
                if let problem = CashCount.problem(field.text, denomination: cents) {
                    return ([], [.status(.error(problem))])
                }
            }
            let comment = closing.comment.trimmed
            return ([], [.askApproval(.closeSession(sessionId: session.id, count: closing.count, comment: comment.isEmpty ? nil : comment),
                                      instruction: "Un responsable confirme le Z avec son code (la raison : qui a compté, par exemple).")])
        case nil:
            break
        }
        if closing.focus == closing.commentFocus {
            _ = closing.comment.handle(key)
        } else {
            _ = closing.counts[closing.focus].handle(key)
        }
        return ([], [])
    }

    static func receive(_ closing: inout ClosingState, _ context: ClosingContext, _ msg: ClosingMsg) -> ([Effect], [ClosingOutput]) {
        switch msg {
        case .sessionReportLoaded(let report):
            closing.report = report
            return ([], [])
        case .sessionClosed(let z, let backup):
            closing = ClosingState()
            let variance = z.variance == .zero ? "sans écart" : "écart \(z.variance.formatted)"
            let text = "Z de la session n° \(z.report.sessionId) enregistré (\(variance))." + (backup.map { " " + $0.text } ?? "")
                + " Comptez le fond de caisse pour rouvrir."
            let status: StatusLine
            if case .failed? = backup { status = .error(text) } else { status = .success(text) }
            return ([], [.approvalDone, .sessionClosed, .status(status)])
        case .cashDropped(let amount, let name):
            let status = StatusLine.success("Prélèvement de \(amount.formatted) autorisé par \(name) : sortez-le du tiroir ; le Z le déduit."
                + (context.training ? " " + AppState.trainingDrawer + "." : ""))
            // The closing screen shows the cash expected again, the drop taken off.
            guard context.isShown, let session = context.session else { return ([], [.approvalDone, .status(status)]) }
            return ([.closing(.loadSessionReport(sessionId: session.id))], [.approvalDone, .status(status)])
        case .periodDue, .periodClosed, .retentionDue, .retentionApplied:
            return ([], [])  // the app asks and answers (App+PeriodDue)
        }
    }

    static func view(_ closing: ClosingState, _ canvas: inout Canvas) {
        canvas.put(closing.forgotten ? "Clôture d'une session d'un autre jour" : "Clôture de la caisse", x: 2, y: 2, style: .bold)
        guard let report = closing.report else {
            canvas.put("Calcul des totaux…", x: 2, y: 4, style: Style(dim: true))
            return
        }
        // Left: the figures of the session; the three that matter most never scroll.
        let counted = closing.count.total
        let variance = report.variance(counted: counted)
        let key: [FigureLine] = [
            .amount("Espèces attendues", report.expectedCash, .bold),
            .amount("Espèces comptées", counted, .bold),
            .amount("Écart", variance, variance == .zero ? .success : .error),
        ]
        let lines = figures(report)
        let commentRow = commentRow(height: canvas.height)
        var y = 4
        func draw(_ figure: FigureLine) {
            switch figure {
            case .amount(let label, let amount, let style):
                canvas.put(Chrome.pad(label, 24) + Chrome.right(amount.formatted, 12), x: 2, y: y, style: style)
            case .text(let text):
                canvas.put(text, x: 2, y: y)
            case .blank:
                break
            }
            y += 1
        }
        if let window = figureWindow(report, height: canvas.height) {
            let offset = min(closing.figuresOffset, lines.count - window)
            lines[offset..<offset + window].forEach(draw)
            let below = lines.count - offset - window
            let more = (offset > 0 ? ["▲ Pg↑"] : []) + (below > 0 ? ["▼ Pg↓ : \(below) ligne\(below > 1 ? "s" : "") de plus"] : [])
            canvas.put(more.joined(separator: "  "), x: 2, y: y, style: Style(dim: true))
            y = commentRow - key.count
        } else {
            lines.forEach(draw)
        }
        key.forEach(draw)

        if closing.chart {
            drawChart(report, &canvas)
            return
        }
        // Right: the count, one denomination a row.
        let x = 44
        canvas.put("Comptage du tiroir", x: x, y: 3, style: .bold)
        for (i, cents) in CashCount.denominations.enumerated() {
            let row = 4 + i
            let focused = closing.focus == i
            let n = Int64(Int(closing.counts[i].trimmed) ?? 0)
            canvas.put(Chrome.right(CashCount.label(cents), 6) + " ×", x: x, y: row, style: focused ? .bold : .plain)
            canvas.put(closing.counts[i].display(width: 6), x: x + 9, y: row)
            canvas.put(Chrome.right(Money(cents: cents * n).formatted, 12), x: x + 16, y: row, style: Style(dim: n == 0))
            if focused { canvas.cursor = (x + 9 + closing.counts[i].cursorOffset(width: 6), row) }
        }
        // The drop's amount goes below the figures, over the comment when there is no room.
        let dropRow = min(y + 1, commentRow)
        if let drop = closing.drop {
            canvas.put("Montant prélevé :", x: 2, y: dropRow, style: .bold)
            canvas.put(drop.display(width: 10) + " €", x: 20, y: dropRow)
            canvas.cursor = (20 + drop.cursorOffset(width: 10), dropRow)
            if dropRow == commentRow { return }
        }
        canvas.put("Commentaire :", x: 2, y: commentRow, style: closing.focus == closing.commentFocus ? .bold : .plain)
        canvas.put(closing.comment.display(width: 50), x: 16, y: commentRow)
        if closing.focus == closing.commentFocus {
            canvas.cursor = (16 + closing.comment.cursorOffset(width: 50), commentRow)
        }
    }

    /// A row of the figures on the left.
    enum FigureLine {
        case amount(String, Money, Style)
        case text(String)
        case blank
    }

    /// The figures that may scroll: takings by method and activity, the counts of tickets,
    /// the float and what left the drawer.
    static func figures(_ report: SessionReport) -> [FigureLine] {
        var lines: [FigureLine] = []
        for method in PaymentMethod.allCases {
            if let amount = report.byMethod[method] { lines.append(.amount(method.label, amount, .plain)) }
        }
        for activity in Activity.allCases {
            if let amount = report.byActivity[activity] { lines.append(.amount(activity.label, amount, Style(dim: true))) }
        }
        lines.append(.amount("Total", report.total, .bold))
        lines.append(.text("\(report.sales) vente\(report.sales > 1 ? "s" : "") · \(report.cancellations) annul. · \(report.refunds) remb."))
        lines.append(.blank)
        lines.append(.amount("Fond de caisse", report.float, .plain))
        if report.cashPayouts != .zero { lines.append(.amount("Reversements", -report.cashPayouts, .plain)) }
        if report.otherCashMovements != .zero { lines.append(.amount("Prélèvements", report.otherCashMovements, .plain)) }
        return lines
    }

    /// The comment's row, under the count (row 19 at 80×24): lower in a taller window, so
    /// that the figures above it have room. Leaves room for a key bar of up to 3 rows.
    static func commentRow(height: Int) -> Int {
        max(4 + CashCount.denominations.count, height - 5)
    }

    /// How many figures show at once when they do not all fit above the three key figures
    /// (one row says what is hidden); nil when they all fit.
    static func figureWindow(_ report: SessionReport?, height: Int) -> Int? {
        guard let report else { return nil }
        let rows = commentRow(height: height) - 4
        let count = figures(report).count
        return count + 3 <= rows ? nil : max(1, rows - 4)
    }

    /// Bars in terminal characters: takings by hour, then by activity, scaled to the largest.
    static func drawChart(_ report: SessionReport, _ canvas: inout Canvas) {
        let x = 44, width = canvas.width - x - 9 - 12 - 1
        canvas.put("Ventes par heure", x: x, y: 3, style: .bold)
        let hours = report.byHour.keys.sorted()
        let shown = hours.isEmpty ? [] : Array(hours.first!...hours.last!).suffix(9)
        let top = max(1, report.byHour.values.map(\.cents).max() ?? 1)
        for (i, hour) in shown.enumerated() {
            let amount = report.byHour[hour] ?? .zero
            canvas.put(bar("\(hour < 10 ? "0" : "")\(hour)h", amount, top: top, width: width), x: x, y: 4 + i)
        }
        if shown.isEmpty { canvas.put("Aucune vente.", x: x, y: 4, style: Style(dim: true)) }
        let y = 5 + max(1, shown.count)
        canvas.put("Par activité", x: x, y: y, style: .bold)
        let activities = Activity.allCases.filter { report.byActivity[$0] != nil }
        let most = max(1, activities.map { abs(report.byActivity[$0]!.cents) }.max() ?? 1)
        for (i, activity) in activities.prefix(5).enumerated() {
            let short = [Activity.epicerie: "Épicerie", .friperie: "Friperie", .videGreniers: "V.-gren.", .loyer: "Loyers", .autre: "Autre"]
            canvas.put(bar(short[activity] ?? "", report.byActivity[activity]!, top: most, width: width), x: x, y: y + 1 + i)
        }
    }

    /// `10h ██████▍      12,50 €`: eighths of a block for the rest.
    static func bar(_ label: String, _ amount: Money, top: Int64, width: Int) -> String {
        let eighths = Int(max(0, amount.cents) * Int64(width * 8) / top)
        let blocks = String(repeating: "█", count: eighths / 8) + (eighths % 8 == 0 ? "" : String(Array("▏▎▍▌▋▊▉")[eighths % 8 - 1]))
        return Chrome.pad(label, 9) + Chrome.pad(blocks, width) + Chrome.right(amount.formatted, 12)
    }
}
