import ComptoirCore

/// Every box at a glance: free, rented, ending within three days, or ended with items
/// still in it. Colour helps where the terminal has it; the words say it everywhere.
enum BoxBoardScreen {
    static let columns = 4
    static let cellWidth = 19
    static let cellHeight = 3

    enum Action: Sendable { case move(Int), open, sellers, newBox, back }

    /// The first binding answering to a key wins: ←, → and ↑ are taken before "←↑↓→",
    /// which is left with ↓.
    static let keys = KeyTable<ConsignmentKeysContext, Action>([
        KeyBinding(.left, "Box précédent", .move(-1)).hidden,
        KeyBinding(.right, "Box suivant", .move(1)).hidden,
        KeyBinding(.up, "Box au-dessus", .move(-columns)).hidden,
        KeyBinding(.arrows, "Choisir", .move(columns)),
        KeyBinding(.enter, "Ouvrir", help: "Box loué : la page du déposant ; box libre : le louer", .open),
        KeyBinding(.function(2), alt: .alt("d"), "Déposants", help: "Chercher ou inscrire un déposant", .sellers),
        // A bénévole is told boxes are added by a responsable.
        KeyBinding(.function(3), alt: .alt("n"), "Nouveau box", help: "Ajoute un box avec ses loyers", .newBox)
            .shown { $0.context.userIsManager },
        KeyBinding(.escape, "Retour à la vente", .back),
    ])

    static func handle(_ consignment: inout ConsignmentState, _ context: ConsignmentContext, _ key: Key) -> ([Effect], [ConsignmentOutput]) {
        let board = consignment.board
        let selected = consignment.selected
        guard let action = keys.action(for: key, ConsignmentKeysContext(consignment: consignment, context: context)) else { return ([], []) }
        switch action {
        case .back:
            return ([], [.backToSale, .status(StatusLine())])
        case .move(let step):
            consignment.selected = max(0, min(board.count - 1, selected + step))
            return ([], [])
        case .open:
            guard board.indices.contains(selected) else {
                return ([], [.status(.error("Aucun box : un responsable les ajoute (F3)."))])
            }
            let entry = board[selected]
            guard let rentalId = entry.rentalId, let sellerId = entry.sellerId, entry.state != .free else {
                consignment.mode = .sellers
                consignment.search.clear()
                return ([.consignment(.searchSellers(""))],
                        [.status(.info("Box \(entry.box.code) libre : choisissez le déposant qui le loue (ou F5 pour l'inscrire)."))])
            }
            return ([.consignment(.loadSellerPage(sellerId: sellerId, rentalId: rentalId))], [])
        case .sellers:
            consignment.mode = .sellers
            consignment.search.clear()
            return ([.consignment(.searchSellers(""))], [.status(.info("Tapez un nom ou un numéro de déposant."))])
        case .newBox:
            guard context.userIsManager else {
                return ([], [.status(.error("Réservé aux responsables : demandez à un responsable."))])
            }
            consignment.form = ConsignmentForm(.box)
            return ([], [.status(.info("Nouveau box : code, taille et loyers, puis F2."))])
        }
    }

    /// The box proposed for a new rental: the free box chosen on the board, if any.
    static func chosenFreeBox(_ consignment: ConsignmentState) -> String {
        let board = consignment.board
        guard board.indices.contains(consignment.selected) else { return "" }
        let entry = board[consignment.selected]
        return entry.state == .free ? entry.box.code : ""
    }

    static func style(_ state: BoxBoardEntry.State, selected: Bool) -> Style {
        var style: Style
        switch state {
        case .free: style = Style(foreground: .black, background: .green)
        case .rented: style = Style(foreground: .white, background: .blue)
        case .endingSoon: style = Style(bold: true, foreground: .black, background: .yellow)
        case .endedWithItems: style = Style(bold: true, foreground: .white, background: .red)
        }
        if selected {
            style.reverse = true
            style.bold = true
        }
        return style
    }

    static func view(_ consignment: ConsignmentState, keyBarHeight: Int, _ canvas: inout Canvas) {
        let board = consignment.board
        let counts = Dictionary(grouping: board, by: \.state).mapValues(\.count)
        canvas.put("Vide-greniers — \(board.count) box", x: 2, y: 2, style: .bold)
        let legend = "libre \(counts[.free] ?? 0) · loué \(counts[.rented] ?? 0) · fin proche \(counts[.endingSoon] ?? 0) · à vider \(counts[.endedWithItems] ?? 0)"
        canvas.put(legend, x: canvas.width - 2 - legend.count, y: 2)
        if board.isEmpty {
            canvas.put("Aucun box : un responsable les ajoute (F3).", x: 3, y: 4, style: Style(dim: true))
            return
        }
        let top = 4
        let visibleRows = max(1, ConsignmentScreen.rows(keyBarHeight: keyBarHeight, canvas, top: top) / cellHeight)
        let selectedRow = consignment.selected / columns
        let firstRow = max(0, selectedRow - visibleRows + 1)
        for (i, entry) in board.enumerated() {
            let row = i / columns - firstRow
            guard row >= 0, row < visibleRows else { continue }
            let x = 2 + (i % columns) * cellWidth, y = top + row * cellHeight
            let selected = i == consignment.selected
            let style = style(entry.state, selected: selected)
            let w = cellWidth - 1
            let marker = selected ? "▶" : " "
            var second: String, third: String
            switch entry.state {
            case .free:
                second = entry.box.size.isEmpty ? "" : entry.box.size
                third = "\(entry.box.weeklyRent.formatted)/sem."
            case .rented, .endingSoon:
                second = entry.sellerName ?? ""
                // A seller who owes the shop: the debt first, it is collected at the till.
                third = SellerDebt.label(balance: entry.sellerBalance)
                    ?? "→ \(entry.until?.french.prefix(5) ?? "")" + " · \(entry.itemsInBox) art."
            case .endedWithItems:
                second = entry.sellerName ?? ""
                third = SellerDebt.label(balance: entry.sellerBalance) ?? "\(entry.itemsInBox) art. à rendre"
            }
            _ = canvas.put(Chrome.pad("\(marker)\(entry.box.code) \(entry.stateLabel)", w), x: x, y: y, style: style, maxWidth: w)
            _ = canvas.put(Chrome.pad(" " + second, w), x: x, y: y + 1, style: style, maxWidth: w)
            _ = canvas.put(Chrome.pad(" " + third, w), x: x, y: y + 2, style: style, maxWidth: w)
        }
        if firstRow > 0 {
            canvas.put("▲", x: canvas.width - 2, y: top)
        }
        if (board.count - 1) / columns >= firstRow + visibleRows {
            canvas.put("▼", x: canvas.width - 2, y: top + visibleRows * cellHeight - 1)
        }
    }
}
