import ComptoirCore

/// The épicerie at the sale screen: the household's card, lines priced at its
/// participation, the monthly cap, and a responsable's override when the rules refuse.
extension SaleScreen {
    /// A card code typed or scanned in the code field; nil when the text is not one.
    static func householdCode(_ state: inout AppState, _ text: String) -> [Effect]? {
        // A wrong check digit falls through to the catalog: an internal code may look alike.
        guard let number = HouseholdCardCode.parse(text) else { return nil }
        if let current = state.sale.household, current.number != number, hasEpicerieLines(state) {
            state.status = .error("Le ticket a déjà des articles d'épicerie pour le foyer \(current.code) : encaissez-le ou abandonnez-le (F6) avant de changer de foyer.")
            return []
        }
        state.status = .info("Recherche du foyer \(HouseholdCardCode.make(number))…")
        return [.sale(.loadHousehold(number))]
    }

    static func householdLoaded(_ state: inout AppState, number: Int64, _ standing: HouseholdStanding?) {
        guard let standing else {
            state.status = .error("Aucun foyer n'a la carte \(HouseholdCardCode.make(number)) : vérifiez le numéro, ou inscrivez le foyer (Alt+F).")
            return
        }
        state.sale.household = standing
        state.sale.refused = nil
        if let refusal = standing.refusal {
            state.status = .error(refusal + " Un responsable peut déroger : Alt+G.")
        } else {
            let left = standing.remaining - capUse(state)
            state.status = .success("Foyer \(standing.code) : participation \(standing.rate ?? 100) %, il reste \((left.isNegative ? .zero : left).formatted) sur le plafond du mois.")
        }
    }

    static func hasEpicerieLines(_ state: AppState) -> Bool {
        state.sale.hasEpicerieLines
    }

    /// What the ticket's épicerie lines count against the household's cap.
    static func capUse(_ state: AppState, excluding index: Int? = nil) -> Money {
        guard let standing = state.sale.household else { return .zero }
        return state.sale.cart.lines.enumerated().reduce(.zero) { sum, item in
            guard item.element.activity == .epicerie, item.offset != index else { return sum }
            return sum + standing.capCost(market: item.element.marketAmount, paid: item.element.amount)
        }
    }

    /// A scanned épicerie product: priced for the household, or refused with the reason.
    static func addProduct(_ state: inout AppState, _ product: Product, quantity: Int) {
        guard product.unit == .piece else {
            askWeight(&state, .product(product), price: "\(product.marketPrice.formatted)/kg")
            return
        }
        let market = product.marketPrice
        let standing = state.sale.household
        let rate = standing?.rate ?? 100
        let price = standing?.rules.price(market: market, solidarity: product.solidarityPrice, rate: rate)
            ?? product.solidarityPrice ?? market
        let line = CartLine(code: product.code, label: product.name, activity: .epicerie, unitPrice: price,
                            quantity: quantity, marketUnitPrice: market)
        addChecked(&state, line)
    }

    /// An épicerie product weighed for the household, priced by its rules.
    static func addWeighed(_ state: inout AppState, _ product: Product, grams: Int) {
        let standing = state.sale.household
        let rules = standing?.rules ?? .standard
        let (market, price) = rules.weighedPrice(marketPerKg: product.marketPrice, solidarityPerKg: product.solidarityPrice,
                                                 rate: standing?.rate ?? 100, grams: grams)
        let line = CartLine(code: product.code, label: "\(Grams.kilograms(Int64(grams))) \(product.name)",
                            activity: .epicerie, unitPrice: price, quantity: 1, marketUnitPrice: market, weightGrams: grams)
        addChecked(&state, line)
    }

    /// Adds an épicerie line the rules allow (or a responsable allowed), else keeps it
    /// aside for Alt+G and says why.
    private static func addChecked(_ state: inout AppState, _ line: CartLine) {
        if state.sale.override == nil, let reason = refusal(state, line) {
            state.sale.refused = line
            state.status = .error(reason + " Alt+G : dérogation (responsable).")
            return
        }
        state.sale.refused = nil
        add(&state, line)
    }

    /// Why the rules refuse `line` on this ticket (at `index` when it replaces that line).
    static func refusal(_ state: AppState, _ line: CartLine, replacing index: Int? = nil) -> String? {
        guard let standing = state.sale.household else {
            return "« \(line.label) » : épicerie sociale, réservée aux foyers inscrits. Scannez d'abord la carte du foyer."
        }
        if let reason = standing.refusal { return reason }
        let left = standing.remaining - capUse(state, excluding: index)
        let cost = standing.capCost(market: line.marketAmount, paid: line.amount)
        guard cost <= left else {
            let what = line.quantity > 1 ? "\(line.quantity) × « \(line.label) »" : "« \(line.label) »"
            return "\(what) (\(cost.formatted)) dépasserait le plafond du mois : il reste \((left.isNegative ? .zero : left).formatted) pour ce foyer."
        }
        return nil
    }

    /// Alt+G: a responsable allows, for this ticket, what the rules refused.
    static func askOverride(_ state: inout AppState) -> [Effect] {
        let refused = state.sale.refused
        guard refused != nil || state.sale.household?.refusal != nil else {
            state.status = .error("Rien à déroger : Alt+G sert quand un article de l'épicerie est refusé (plafond, droits, pas de foyer).")
            return []
        }
        if state.sale.override != nil, let line = refused {
            state.sale.refused = nil
            add(&state, line)
            return []
        }
        let what = refused.map { "« \($0.label) »" + (state.sale.household.map { " pour le foyer \($0.code)" } ?? " sans foyer") }
            ?? "le foyer \(state.sale.household?.code ?? "")"
        state.askApproval(.epicerieOverride(what), "Un responsable tape son code et la raison de la dérogation.")
        return []
    }

    static func overrideGranted(_ state: inout AppState, managerId: Int64, name: String, reason: String) {
        state.overlay = nil
        state.sale.override = TicketDraft.Override(managerId: managerId, reason: reason)
        state.sale.overrideBy = name
        guard let line = state.sale.refused else {
            state.status = .success("Dérogation accordée par \(name) pour ce ticket ; elle sera notée au journal avec lui.")
            return
        }
        state.sale.refused = nil
        add(&state, line)
        state.status = .success("Dérogation accordée par \(name) : « \(line.label) » ajouté. " + state.status.text)
    }

    /// The household's line above the ticket.
    static func drawHousehold(_ state: AppState, _ canvas: inout Canvas, y: Int) {
        guard let standing = state.sale.household else { return }
        let text = standing.panel(inTicket: capUse(state))
        let style = standing.refusal != nil && state.sale.override == nil ? Style.error : Style(bold: true)
        canvas.put(text, x: 1, y: y, style: style, maxWidth: canvas.width - 2)
    }
}
