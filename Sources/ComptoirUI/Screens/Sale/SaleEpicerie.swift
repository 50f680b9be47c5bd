import ComptoirCore

/// The épicerie at the sale screen: the household's card, lines priced at its
/// participation, the monthly cap, and a responsable's override when the rules refuse.
extension SaleScreen {
    /// A card code typed or scanned in the code field; nil when the text is not one.
    static func householdCode(_ sale: SaleState, _ text: String) -> Update? {
        // A wrong check digit falls through to the catalog: an internal code may look alike.
        guard let number = HouseholdCardCode.parse(text) else { return nil }
        if let current = sale.household, current.number != number, sale.hasEpicerieLines {
            return ([], [.status(.error("Le ticket a déjà des articles d'épicerie pour le foyer \(current.code) : encaissez-le ou abandonnez-le (F6) avant de changer de foyer."))])
        }
        return ([.sale(.loadHousehold(number))], [.status(.info("Recherche du foyer \(HouseholdCardCode.make(number))…"))])
    }

    static func householdLoaded(_ sale: inout SaleState, number: Int64, _ standing: HouseholdStanding?) -> [SaleOutput] {
        guard let standing else {
            return [.status(.error("Aucun foyer n'a la carte \(HouseholdCardCode.make(number)) : vérifiez le numéro, ou inscrivez le foyer (Alt+F)."))]
        }
        sale.household = standing
        sale.refused = nil
        if let refusal = standing.refusal {
            return [.status(.error(refusal + " Un responsable peut déroger : Alt+G."))]
        }
        let left = standing.remaining - capUse(sale)
        // Neither the rate nor the cap: the queue reads this line too (they are on the file).
        return [.status(.success("Foyer \(standing.code) : droits OK, il reste \((left.isNegative ? .zero : left).formatted) ce mois-ci."))]
    }

    /// What the ticket's épicerie lines count against the household's cap.
    static func capUse(_ sale: SaleState, excluding index: Int? = nil) -> Money {
        guard let standing = sale.household else { return .zero }
        return sale.cart.lines.enumerated().reduce(.zero) { sum, item in
            guard item.element.activity == .epicerie, item.offset != index else { return sum }
            return sum + standing.capCost(market: item.element.marketAmount, paid: item.element.amount)
        }
    }

    /// A scanned épicerie product: priced for the household, or refused with the reason.
    static func addProduct(_ sale: inout SaleState, _ context: SaleContext, _ product: Product, quantity: Int) -> StatusLine {
        guard product.unit == .piece else {
            return askWeight(&sale, context, .product(product), price: "\(product.marketPrice.formatted)/kg")
        }
        let market = product.marketPrice
        let standing = sale.household
        let rate = standing?.rate ?? 100
        let price = standing?.rules.price(market: market, solidarity: product.solidarityPrice, rate: rate)
            ?? product.solidarityPrice ?? market
        let line = CartLine(code: product.code, label: product.name, activity: .epicerie, unitPrice: price,
                            quantity: quantity, marketUnitPrice: market)
        return addAskingStock(&sale, product, line)
    }

    /// An épicerie product weighed for the household, priced by its rules.
    static func addWeighed(_ sale: inout SaleState, _ product: Product, grams: Int) -> StatusLine {
        let standing = sale.household
        let rules = standing?.rules ?? .standard
        let (market, price) = rules.weighedPrice(marketPerKg: product.marketPrice, solidarityPerKg: product.solidarityPrice,
                                                 rate: standing?.rate ?? 100, grams: grams)
        let line = CartLine(code: product.code, label: "\(Grams.kilograms(Int64(grams))) \(product.name)",
                            activity: .epicerie, unitPrice: price, quantity: 1, marketUnitPrice: market, weightGrams: grams)
        return addAskingStock(&sale, product, line)
    }

    /// Adds an épicerie line the rules allow (or a responsable allowed), else keeps it
    /// aside for Alt+G and says why.
    static func addChecked(_ sale: inout SaleState, _ line: CartLine) -> StatusLine {
        if sale.override == nil, let reason = refusal(sale, line) {
            sale.refused = line
            return .error(reason + " Alt+G : dérogation (responsable).")
        }
        sale.refused = nil
        return add(&sale, line)
    }

    /// The rules speak first: a line they refuse is refused without a stock question.
    static func addAskingStock(_ sale: inout SaleState, _ product: Product, _ line: CartLine) -> StatusLine {
        sale.scannedProducts[product.code] = product
        if sale.override == nil, refusal(sale, line) != nil { return addChecked(&sale, line) }
        return askStock(&sale, product, line) ?? addChecked(&sale, line)
    }

    /// A line that would take the product's stock below zero waits for a confirmation;
    /// nil when the stock suffices or was already accepted on this ticket.
    static func askStock(_ sale: inout SaleState, _ product: Product, _ line: CartLine, replacing index: Int? = nil) -> StatusLine? {
        guard !sale.stockAccepted.contains(product.code) else { return nil }
        let taken = sale.cart.lines.enumerated().filter { $0.offset != index && $0.element.code == product.code && $0.element.activity == .epicerie }
            .reduce(0) { $0 + $1.element.quantity * ($1.element.weightGrams ?? 1) }
        let after = product.stock - taken - line.quantity * (line.weightGrams ?? 1)
        guard after < 0 else { return nil }
        sale.negativeStock = SaleState.NegativeStock(line: line, name: product.name, unit: product.unit,
                                                     now: product.stock - taken, after: after, replacing: index)
        return .error("Stock insuffisant pour « \(product.name) » : Entrée vend quand même, Échap "
                      + (index == nil ? "n'ajoute rien." : "garde la quantité."))
    }

    /// F3 on an épicerie line: a larger quantity that would take the stock below zero asks first.
    static func askStock(_ sale: inout SaleState, quantity: Int, at index: Int) -> StatusLine? {
        guard sale.cart.lines.indices.contains(index) else { return nil }
        var line = sale.cart.lines[index]
        guard line.activity == .epicerie, quantity > line.quantity, let code = line.code,
              let product = sale.scannedProducts[code] else { return nil }
        line.quantity = quantity
        return askStock(&sale, product, line, replacing: index)
    }

    /// A line a responsable allowed (Alt+G) still asks the stock question.
    static func addAskingStockAfterOverride(_ sale: inout SaleState, _ line: CartLine) -> StatusLine {
        if let code = line.code, let product = sale.scannedProducts[code], let ask = askStock(&sale, product, line) { return ask }
        return add(&sale, line)
    }

    /// Entrée or Échap on the « STOCK INSUFFISANT » window.
    static func answerStock(_ sale: inout SaleState, _ ask: SaleState.NegativeStock, yes: Bool) -> StatusLine {
        sale.negativeStock = nil
        guard yes else {
            return .info(ask.replacing == nil ? "« \(ask.name) » non ajouté : le stock ne suffit pas."
                                              : "Quantité de « \(ask.name) » inchangée : le stock ne suffit pas.")
        }
        sale.stockAccepted.insert(ask.line.code ?? "")
        guard let index = ask.replacing else { return addChecked(&sale, ask.line) }
        if let problem = sale.cart.setQuantity(ask.line.quantity, at: index) { return .error(problem) }
        return .success("Quantité de « \(sale.cart.lines[index].label) » : \(ask.line.quantity). Total du ticket : \(sale.cart.total.formatted)")
    }

    static func stockText(_ quantity: Int, _ unit: Product.Unit) -> String {
        unit == .kg ? Grams.kilograms(Int64(quantity)) : "\(quantity)"
    }

    /// Why the rules refuse `line` on this ticket (at `index` when it replaces that line).
    static func refusal(_ sale: SaleState, _ line: CartLine, replacing index: Int? = nil) -> String? {
        guard let standing = sale.household else {
            return "« \(line.label) » : épicerie sociale, réservée aux foyers inscrits. Scannez d'abord la carte du foyer."
        }
        if let reason = standing.refusal { return reason }
        let left = standing.remaining - capUse(sale, excluding: index)
        let cost = standing.capCost(market: line.marketAmount, paid: line.amount)
        guard cost <= left else {
            let what = line.quantity > 1 ? "\(line.quantity) × « \(line.label) »" : "« \(line.label) »"
            return "\(what) (\(cost.formatted)) dépasserait ce qui reste au foyer ce mois-ci : \((left.isNegative ? .zero : left).formatted)."
        }
        return nil
    }

    /// Alt+G: a responsable allows, for this ticket, what the rules refused.
    static func askOverride(_ sale: inout SaleState) -> [SaleOutput] {
        let refused = sale.refused
        guard refused != nil || sale.household?.refusal != nil else {
            return [.status(.error("Rien à déroger : Alt+G sert quand un article de l'épicerie est refusé (plafond, droits, pas de foyer)."))]
        }
        if sale.override != nil, let line = refused {
            sale.refused = nil
            return [.status(addAskingStockAfterOverride(&sale, line))]
        }
        let what = refused.map { "« \($0.label) »" + (sale.household.map { " pour le foyer \($0.code)" } ?? " sans foyer") }
            ?? "le foyer \(sale.household?.code ?? "")"
        return [.askApproval(.epicerieOverride(what), instruction: "Un responsable tape son code et la raison de la dérogation.")]
    }

    static func overrideGranted(_ sale: inout SaleState, managerId: Int64, name: String, reason: String) -> [SaleOutput] {
        sale.override = TicketDraft.Override(managerId: managerId, reason: reason)
        sale.overrideBy = name
        guard let line = sale.refused else {
            return [.approvalDone, .status(.success("Dérogation accordée par \(name) pour ce ticket ; elle sera notée au journal avec lui."))]
        }
        sale.refused = nil
        let added = addAskingStockAfterOverride(&sale, line)
        if sale.negativeStock != nil { return [.approvalDone, .status(.error("Dérogation accordée par \(name). " + added.text))] }
        return [.approvalDone, .status(.success("Dérogation accordée par \(name) : « \(line.label) » ajouté. " + added.text))]
    }

    /// The household's line above the ticket.
    static func drawHousehold(_ sale: SaleState, _ canvas: inout Canvas, y: Int) {
        guard let standing = sale.household else { return }
        let text = standing.panel(inTicket: capUse(sale))
        let style = standing.refusal != nil && sale.override == nil ? Style.error : Style(bold: true)
        canvas.put(text, x: 1, y: y, style: style, maxWidth: canvas.width - 2)
    }
}
