import ComptoirCore

/// Find a seller by name, number or phone; Entrée opens their page, where F3 rents them
/// the free box chosen on the board.
enum SellersScreen {
    enum Action: Sendable { case previous, next, open, newSeller, back }

    /// The first binding answering to a key wins: ↑ is taken before "↑↓".
    static let keys = KeyTable<AppState, Action>([
        KeyBinding(.up, "Précédent", .previous).hidden,
        KeyBinding(.upDown, "Choisir", .next),
        KeyBinding(.enter, "Ouvrir", help: "La page du déposant choisi", .open),
        KeyBinding(.function(5), alt: .alt("n"), "Nouveau déposant", help: "Inscrit un déposant (pièce d'identité demandée)", .newSeller),
        KeyBinding(.escape, "Retour aux box", .back),
    ])

    static func handle(_ state: inout AppState, _ key: Key) -> [Effect] {
        let sellers = state.consignment.sellers
        guard let action = keys.action(for: key, state) else {
            guard state.consignment.search.handle(key) else { return [] }
            state.consignment.sellerSelected = 0
            return [.consignment(.searchSellers(state.consignment.search.trimmed))]
        }
        switch action {
        case .back:
            state.consignment.mode = .board
            state.status = StatusLine()
            return [.consignment(.loadBoard(ConsignmentScreen.today(state)))]
        case .previous:
            state.consignment.sellerList.move(by: -1, count: sellers.count)
            return []
        case .next:
            state.consignment.sellerList.move(by: 1, count: sellers.count)
            return []
        case .open:
            guard sellers.indices.contains(state.consignment.sellerSelected) else {
                state.status = .error("Aucun déposant trouvé : changez la recherche, ou inscrivez-le (F5).")
                return []
            }
            return [.consignment(.loadSellerPage(sellerId: sellers[state.consignment.sellerSelected].id))]
        case .newSeller:
            state.consignment.form = ConsignmentForm(.seller(nil))
            state.status = .info("Nouveau déposant : le registre des objets mobiliers demande sa pièce d'identité.")
            return []
        }
    }

    static func view(_ state: AppState, _ canvas: inout Canvas) {
        canvas.put("Déposants", x: 2, y: 2, style: .bold)
        canvas.put("Recherche :", x: 2, y: 4)
        let field = state.consignment.search
        canvas.put(field.display(width: 30), x: 14, y: 4)
        canvas.cursor = (14 + field.cursorOffset(width: 30), 4)
        canvas.put("  " + Chrome.pad("N°", 6) + Chrome.pad("Nom", 34) + Chrome.pad("Téléphone", 16) + "Pièce", x: 1, y: 6, style: .bold)
        let sellers = state.consignment.sellers
        if sellers.isEmpty {
            canvas.put("Aucun déposant trouvé : F5 pour l'inscrire.", x: 3, y: 7, style: Style(dim: true))
        }
        let rows = ConsignmentScreen.rows(state, canvas, top: 7)
        state.consignment.sellerList.draw(count: sellers.count, &canvas, x: 1, y: 7, width: canvas.width - 2, height: rows) { i, selected in
            let s = sellers[i]
            let text = ListState.marker(selected) + Chrome.pad("\(s.id)", 6) + Chrome.pad("\(s.lastName.uppercased()) \(s.firstName)", 34)
                + Chrome.pad(s.phone, 16) + s.document.label
            return (text, .plain)
        }
    }
}
