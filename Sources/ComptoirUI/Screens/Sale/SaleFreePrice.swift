import ComptoirCore

/// Free price (F2): the price typed, then a small window that says what was sold —
/// its activity (the shop's default, preselected) and an optional label — so the manager
/// can read the line afterwards. Above the shop's threshold the window shows the amount
/// large first: `450` meant 4,50 € at many old tills.
extension SaleScreen {
    enum FreePriceAction: Equatable, Sendable { case add, cancel, activity(Int) }

    /// The keys of the free-price window: nothing else acts while it is shown; other
    /// keys type the label (1–4 pick the activity while the label is empty).
    static let freePriceKeys = KeyTable<SaleKeysContext, FreePriceAction>([
        KeyBinding(.enter, "ajouter", help: "Ajoute l'article à ce prix, dans l'activité choisie", .add),
        KeyBinding(.escape, "annuler", help: "N'ajoute rien : retapez le prix (4,50 pour 4 € 50)", .cancel),
        KeyBinding(.up, "activité", help: "Activité précédente (ou tapez 1 à 4, libellé vide)", .activity(-1)),
        KeyBinding(.down, "activité", help: "Activité suivante", .activity(1)).hidden,
    ])

    static func freePrice(_ sale: inout SaleState, _ context: SaleContext) -> [SaleOutput] {
        let text = sale.code.trimmed
        if !text.isEmpty, sale.mode == .code { return addFreePrice(&sale, context, text) }
        sale.mode = .freePrice
        sale.code.clear()
        return [.status(.info("Prix libre : tapez le prix de l'article puis Entrée."))]
    }

    static func addFreePrice(_ sale: inout SaleState, _ context: SaleContext, _ text: String) -> [SaleOutput] {
        switch Money.parse(text) {
        case .failure(let error):
            sale.code.clear()
            return [.status(.error(error.message))]
        case .success(let price):
            sale.code.clear()
            guard !price.isZero else {
                return [.status(.error("Un prix de 0 € n'est pas une vente : tapez le prix de l'article."))]
            }
            guard price <= maximumFreePrice else {
                return [.status(.error("Prix libre de \(price.formatted) refusé : \(maximumFreePrice.formatted) au plus. Pour 4 € 50, tapez 4,50."))]
            }
            sale.mode = .code
            let activity = ShopSettings.freePriceActivities.contains(context.freePriceActivity) ? context.freePriceActivity : .autre
            let large = price > context.freePriceThreshold
            sale.freePrice = SaleState.FreePriceForm(price: price, activity: activity, large: large)
            return [.status(large
                ? .info("Prix libre au-dessus de \(context.freePriceThreshold.formatted) : vérifiez le montant.")
                : .info("Prix libre de \(price.formatted) : activité, libellé si besoin, puis Entrée."))]
        }
    }

    static func freePriceLine(_ price: Money, activity: Activity = .autre, label: String = "") -> CartLine {
        let label = label.trimmingCharacters(in: .whitespaces)
        return CartLine(code: nil, label: label.isEmpty ? "Article à prix libre" : label, activity: activity, unitPrice: price)
    }

    static func freePriceFormKey(_ sale: inout SaleState, _ context: SaleContext, _ key: Key) -> [SaleOutput] {
        guard var form = sale.freePrice else { return [] }
        let activities = ShopSettings.freePriceActivities
        switch freePriceKeys.action(for: key, SaleKeysContext(sale: sale, context: context)) {
        case .add?:
            sale.freePrice = nil
            let line = freePriceLine(form.price, activity: form.activity, label: form.label.text)
            // An épicerie line is for a household, within its cap, like a scanned product.
            return [.status(line.activity == .epicerie ? addChecked(&sale, line) : add(&sale, line))]
        case .cancel?:
            sale.freePrice = nil
            return [.status(.info("Prix libre de \(form.price.formatted) non ajouté. Retapez le prix : 4,50 pour 4 € 50."))]
        case .activity(let delta)?:
            let index = activities.firstIndex(of: form.activity) ?? 0
            form.activity = activities[(index + delta + activities.count) % activities.count]
        case nil:
            if form.label.isEmpty, case .char(let c) = key, let n = c.wholeNumberValue, activities.indices.contains(n - 1) {
                form.activity = activities[n - 1]
            } else {
                _ = form.label.handle(key)
            }
        }
        sale.freePrice = form
        return []
    }

    /// Over the ticket until Entrée or Échap: the amount (large above the threshold), the
    /// activities with the chosen one highlighted, the label field.
    static func drawFreePriceForm(_ form: SaleState.FreePriceForm, _ canvas: inout Canvas, bottom: Int) {
        let width = 64, height = form.large ? 11 : 8
        let x = (canvas.width - width) / 2
        let y = max(2, (2 + bottom - height) / 2)
        let inner = Chrome.box(&canvas, x: x, y: y, width: width, height: height, title: "PRIX LIBRE")
        let innerWidth = width - 4
        var row = inner.y
        if form.large {
            for line in BigDigits.rows(form.price.formatted) {
                canvas.put(line, x: inner.x + max(0, (innerWidth - line.count) / 2), y: row, style: .bold)
                row += 1
            }
            let question = "Confirmer \(form.price.formatted) ?"
            canvas.put(question, x: inner.x + (innerWidth - question.count) / 2, y: row, style: Style(bold: true, reverse: true))
            row += 2
        } else {
            canvas.put("Prix : \(form.price.formatted)", x: inner.x, y: row, style: .bold)
            row += 2
        }
        canvas.put("Activité :", x: inner.x, y: row)
        var column = inner.x + 11
        for (i, activity) in ShopSettings.freePriceActivities.enumerated() {
            let text = "\(i + 1) \(activity.label)"
            canvas.put(text, x: column, y: row, style: activity == form.activity ? Style(bold: true, reverse: true) : .plain)
            column += text.count + 2
        }
        row += 1
        let prompt = "Libellé (facultatif) : "
        let fieldWidth = min(innerWidth - prompt.count, form.label.maxLength + 1)
        canvas.put(prompt + form.label.display(width: fieldWidth), x: inner.x, y: row)
        canvas.cursor = (inner.x + prompt.count + form.label.cursorOffset(width: fieldWidth), row)
        row += 2
        canvas.put("Entrée : ajouter   ↑↓ ou 1-4 : activité   Échap : annuler", x: inner.x, y: row, maxWidth: innerWidth)
    }
}
