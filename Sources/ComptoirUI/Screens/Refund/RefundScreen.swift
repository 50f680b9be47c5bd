import ComptoirCore

/// Giving back items of an earlier ticket: choose the lines and quantities, cash or a
/// credit note, then a responsable allows it with their PIN and a reason.
enum RefundScreen {
    enum Action: Sendable { case previous, next, wholeLine, more, less, wholeTicket, switchMethod, refund, back }

    /// The first binding answering to a key wins: "-" and ← are taken before "+ -".
    static let keys = KeyTable<RefundContext, Action>([
        KeyBinding(.up, "Ligne précédente", .previous).hidden,
        KeyBinding(.down, "Ligne suivante", .next).hidden,
        KeyBinding(.char("-"), "Un de moins", .less).hidden,
        KeyBinding(.left, "Un de moins", .less).hidden,
        KeyBinding(.right, "Un de plus", .more).hidden,
        KeyBinding(.space, "Tout / rien", help: "Rend toute la ligne choisie, ou rien", .wholeLine),
        KeyBinding(.plusMinus, "Un de plus / de moins", help: "Change d'une unité la quantité à rendre de la ligne choisie", .more),
        KeyBinding(.function(2), alt: .alt("t"), "Tout le ticket", help: "Rend tout ce qui reste sur le ticket", .wholeTicket),
        KeyBinding(.function(3), alt: .alt("v"), "Espèces / avoir", help: "Rembourse en espèces (tiroir) ou par un avoir imprimé", .switchMethod),
        KeyBinding(.enter, "Rembourser", help: "Un responsable tape son code et la raison", .refund),
        KeyBinding(.escape, "Retour", help: "Revient à la vente sans rien rembourser", .back),
    ])

    static func handle(_ refund: inout RefundState, _ context: RefundContext, _ key: Key) -> ([Effect], [RefundOutput]) {
        let lines = refund.ticket.lines
        guard let action = keys.action(for: key, context) else { return ([], []) }
        switch action {
        case .back:
            return ([], [.backToSale, .status(.info("Remboursement abandonné : rien n'a été enregistré."))])
        case .previous:
            refund.selected = max(0, refund.selected - 1)
            return ([], [])
        case .next:
            refund.selected = min(lines.count - 1, refund.selected + 1)
            return ([], [])
        case .wholeLine:
            let i = refund.selected
            refund.quantities[i] = refund.quantities[i] == lines[i].refundable ? 0 : lines[i].refundable
            return ([], [.status(explain(refund, line: i))])
        case .more:
            return ([], change(&refund, by: 1))
        case .less:
            return ([], change(&refund, by: -1))
        case .refund:
            guard refund.itemCount > 0 else {
                return ([], [.status(.error("Choisissez au moins un article à rendre : Espace ou + sur sa ligne."))])
            }
            return ([], [.askApproval(.refund(refund.request), instruction: "Un responsable tape son code et la raison du remboursement.")])
        case .wholeTicket:
            refund.quantities = lines.map(\.refundable)
            return ([], [.status(.info(refund.itemCount == 0 ? "Tout est déjà remboursé sur ce ticket."
                                                             : "Tout le ticket : \(refund.amount.formatted) à rendre."))])
        case .switchMethod:
            refund.method = refund.method == .cash ? .creditNote : .cash
            return ([], [.status(.info(refund.method == .cash ? "Remboursement en espèces, depuis le tiroir."
                                                              : "Remboursement par un avoir, imprimé avec le ticket."))])
        }
    }

    private static func change(_ refund: inout RefundState, by delta: Int) -> [RefundOutput] {
        let i = refund.selected
        let line = refund.ticket.lines[i]
        let wanted = refund.quantities[i] + delta
        guard wanted >= 0 else { return [] }
        guard wanted <= line.refundable else {
            return [.status(.error(line.refundable == 0
                ? "« \(line.line.label) » est déjà entièrement remboursé."
                : "« \(line.line.label) » : il n'en reste que \(line.refundable) à rembourser sur ce ticket."))]
        }
        refund.quantities[i] = wanted
        return [.status(explain(refund, line: i))]
    }

    private static func explain(_ refund: RefundState, line i: Int) -> StatusLine {
        let line = refund.ticket.lines[i]
        if line.refundable == 0 {
            return .error("« \(line.line.label) » est déjà entièrement remboursé.")
        }
        return .info("« \(line.line.label) » : \(refund.quantities[i]) à rendre. Total : \(refund.amount.formatted).")
    }

    /// `barHeight`: the rows the app's key bar takes at the bottom.
    static func view(_ refund: RefundState, _ context: RefundContext, barHeight: Int, _ canvas: inout Canvas) {
        let date = Chrome.clock(refund.ticket.at, context.timeZone)
        canvas.put("Remboursement — ticket n° \(context.ticketName(refund.ticket.number)) du \(date)", x: 1, y: 2, style: .bold)
        if let ticket = refund.preview {
            let paid = ticket.payments.map { "\($0.label) \($0.amount.formatted)" }.joined(separator: ", ")
            canvas.put("Vendu par \(ticket.operatorName), total \(ticket.total.formatted), payé : \(paid)", x: 1, y: 3,
                       style: Style(dim: true), maxWidth: canvas.width - 2)
        }
        let labelWidth = canvas.width - 2 - 3 - 1 - 6 - 11 - 10 - 11
        let header = "  " + Chrome.right("N°", 3) + " " + Chrome.pad("Article", labelWidth) + Chrome.right("Vendu", 6)
            + Chrome.right("Déjà rendu", 11) + Chrome.right("À rendre", 10) + Chrome.right("Montant", 11)
        canvas.put(header, x: 0, y: 4, style: .bold)
        let bottom = canvas.height - barHeight - 5
        let rows = max(1, bottom - 5)
        let lines = refund.ticket.lines
        let width = canvas.width
        ListState(selected: refund.selected).draw(count: lines.count, &canvas, x: 0, y: 5, width: width, height: rows) { i, selected in
            let line = lines[i]
            let given = refund.quantities[i]
            let already = line.line.quantity - line.refundable
            let text = ListState.marker(selected) + Chrome.right("\(line.position)", 3) + " "
                + Chrome.pad(line.line.label, labelWidth) + Chrome.right("\(line.line.quantity)", 6)
                + Chrome.right(already == 0 ? "" : "\(already)", 11) + Chrome.right(line.refundable == 0 ? "—" : "\(given)", 10)
                + Chrome.right(given == 0 ? "" : (line.line.unitPrice * given).formatted, 11)
            return (Chrome.pad(text, width), line.refundable == 0 ? Style(dim: true) : .plain)
        }
        canvas.put(String(repeating: "─", count: canvas.width), x: 0, y: bottom + 1)
        let how = refund.method == .cash ? "en espèces (tiroir)" : "par un avoir imprimé"
        canvas.put("À rembourser : " + refund.amount.formatted + "  " + how, x: 1, y: bottom + 2,
                   style: Style(bold: true, reverse: refund.itemCount > 0))
        canvas.put("Espace : tout ou rien   + - : un de plus ou de moins   F3 : espèces ou avoir", x: 1, y: bottom + 3,
                   style: Style(dim: true), maxWidth: canvas.width - 2)
    }
}
