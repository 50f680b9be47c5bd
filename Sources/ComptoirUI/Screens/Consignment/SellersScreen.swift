import ComptoirCore

/// Find a seller by name, number or phone; Entrée opens their page, where F3 rents them
/// the free box chosen on the board.
enum SellersScreen {
    static let hints = [
        KeyHint("↑↓", "Choisir"),
        KeyHint("Entrée", "Ouvrir", help: "La page du déposant choisi"),
        KeyHint("F5", "Nouveau déposant", alt: "Alt+N", help: "Inscrit un déposant (pièce d'identité demandée)"),
        KeyHint("Échap", "Retour aux box"),
    ]

    static func handle(_ state: inout AppState, _ key: Key) -> [Effect] {
        let sellers = state.consignment.sellers
        switch key {
        case .escape:
            state.consignment.mode = .board
            state.status = StatusLine()
            return [.consignment(.loadBoard(ConsignmentScreen.today(state)))]
        case .up:
            state.consignment.sellerSelected = max(0, state.consignment.sellerSelected - 1)
            return []
        case .down:
            state.consignment.sellerSelected = min(max(0, sellers.count - 1), state.consignment.sellerSelected + 1)
            return []
        case .enter:
            guard sellers.indices.contains(state.consignment.sellerSelected) else {
                state.status = .error("Aucun déposant trouvé : changez la recherche, ou inscrivez-le (F5).")
                return []
            }
            return [.consignment(.loadSellerPage(sellerId: sellers[state.consignment.sellerSelected].id))]
        default:
            break
        }
        if App.matches(key, f: 5, alt: "n") {
            state.consignment.form = ConsignmentForm(.seller(nil))
            state.status = .info("Nouveau déposant : le registre des objets mobiliers demande sa pièce d'identité.")
            return []
        }
        guard state.consignment.search.handle(key) else { return [] }
        state.consignment.sellerSelected = 0
        return [.consignment(.searchSellers(state.consignment.search.trimmed))]
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
        let selected = state.consignment.sellerSelected
        let first = max(0, min(selected - rows + 1, sellers.count - rows))
        for (i, s) in sellers.enumerated().dropFirst(first).prefix(rows) {
            let text = (i == selected ? "▶ " : "  ") + Chrome.pad("\(s.id)", 6) + Chrome.pad("\(s.lastName.uppercased()) \(s.firstName)", 34)
                + Chrome.pad(s.phone, 16) + s.document.label
            canvas.put(text, x: 1, y: 7 + i - first, style: i == selected ? .selected : .plain, maxWidth: canvas.width - 2)
        }
    }
}
