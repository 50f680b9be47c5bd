import ComptoirCore

/// Find a seller by name, number or phone; Entrée opens their page, where F3 rents them
/// the free box chosen on the board.
enum SellersScreen {
    enum Action: Sendable { case previous, next, open, newSeller, back }

    /// The first binding answering to a key wins: ↑ is taken before "↑↓".
    static let keys = KeyTable<ConsignmentKeysContext, Action>([
        KeyBinding(.up, "Précédent", .previous).hidden,
        KeyBinding(.upDown, "Choisir", .next),
        KeyBinding(.enter, "Ouvrir", help: "La page du déposant choisi", .open),
        KeyBinding(.function(5), alt: .alt("n"), "Nouveau déposant", help: "Inscrit un déposant (pièce d'identité demandée)", .newSeller),
        KeyBinding(.escape, "Retour aux box", .back),
    ])

    static func handle(_ consignment: inout ConsignmentState, _ context: ConsignmentContext, _ key: Key) -> ([Effect], [ConsignmentOutput]) {
        let sellers = consignment.sellers
        guard let action = keys.action(for: key, ConsignmentKeysContext(consignment: consignment, context: context)) else {
            guard consignment.search.handle(key) else { return ([], []) }
            consignment.sellerSelected = 0
            return ([.consignment(.searchSellers(consignment.search.trimmed))], [])
        }
        switch action {
        case .back:
            consignment.mode = .board
            return ([.consignment(.loadBoard(context.today))], [.status(StatusLine())])
        case .previous:
            consignment.sellerList.move(by: -1, count: sellers.count)
            return ([], [])
        case .next:
            consignment.sellerList.move(by: 1, count: sellers.count)
            return ([], [])
        case .open:
            guard sellers.indices.contains(consignment.sellerSelected) else {
                return ([], [.status(.error("Aucun déposant trouvé : changez la recherche, ou inscrivez-le (F5)."))])
            }
            return ([.consignment(.loadSellerPage(sellerId: sellers[consignment.sellerSelected].id))], [])
        case .newSeller:
            consignment.form = ConsignmentForm(.seller(nil))
            return ([], [.status(.info("Nouveau déposant : le registre des objets mobiliers demande son domicile et sa pièce d'identité (numéro, date, autorité)."))])
        }
    }

    static func view(_ consignment: ConsignmentState, keyBarHeight: Int, _ canvas: inout Canvas) {
        canvas.put("Déposants", x: 2, y: 2, style: .bold)
        canvas.put("Recherche :", x: 2, y: 4)
        let field = consignment.search
        canvas.put(field.display(width: 30), x: 14, y: 4)
        canvas.cursor = (14 + field.cursorOffset(width: 30), 4)
        canvas.put("  " + Chrome.pad("N°", 6) + Chrome.pad("Nom", 34) + Chrome.pad("Téléphone", 16) + "Pièce", x: 1, y: 6, style: .bold)
        let sellers = consignment.sellers
        if sellers.isEmpty {
            canvas.put("Aucun déposant trouvé : F5 pour l'inscrire.", x: 3, y: 7, style: Style(dim: true))
        }
        let rows = ConsignmentScreen.rows(keyBarHeight: keyBarHeight, canvas, top: 7)
        consignment.sellerList.draw(count: sellers.count, &canvas, x: 1, y: 7, width: canvas.width - 2, height: rows) { i, selected in
            let s = sellers[i]
            let text = ListState.marker(selected) + Chrome.pad("\(s.id)", 6) + Chrome.pad("\(s.lastName.uppercased()) \(s.firstName)", 34)
                + Chrome.pad(s.phone, 16) + s.document.label
            return (text, .plain)
        }
    }
}
