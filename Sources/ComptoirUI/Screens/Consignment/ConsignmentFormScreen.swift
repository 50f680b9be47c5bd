import ComptoirCore

/// Typing and saving the vide-greniers forms: seller, box, rental, items, payout,
/// extension, donation.
enum ConsignmentFormScreen {
    enum Action: Sendable { case edit, nextItem, save, close }

    /// The arrows are the form's own keys (FormFields): listed here, handled there.
    static let formKeys = KeyTable<AppState, Action>([
        KeyBinding(.upDown, "Champ", .edit),
        KeyBinding(.function(2), alt: .alt("s"), "Enregistrer", .save),
        KeyBinding(.escape, "Annuler", .close),
    ])

    /// Items are typed in a row: Entrée on the price saves and starts the next one.
    static let itemKeys = KeyTable<AppState, Action>([
        KeyBinding(.enter, "Article suivant", .nextItem),
        KeyBinding(.function(2), alt: .alt("s"), "Enregistrer", .save),
        KeyBinding(.escape, "Terminer", .close),
    ])

    static func keys(_ form: ConsignmentForm) -> KeyTable<AppState, Action> {
        if case .items = form.kind { return itemKeys }
        return formKeys
    }

    static func handle(_ state: inout AppState, _ key: Key) -> [Effect] {
        guard var form = state.consignment.form else { return [] }
        defer { if state.consignment.form != nil { state.consignment.form = form } }
        switch keys(form).action(for: key, state) ?? .edit {
        case .close:
            state.consignment.form = nil
            if case .items = form.kind {
                state.status = .info("Saisie des articles terminée. F4 : imprimer leurs étiquettes.")
            } else {
                state.status = .info("Rien n'a été enregistré.")
            }
            return []
        case .nextItem where form.focus == 1, .save:
            break
        case .nextItem, .edit:
            _ = FormFields.handle(&form.fields, focus: &form.focus, key)
            return []
        }
        switch effect(form, state) {
        case .failure(let problem):
            if let i = form.fields.firstIndex(where: { $0.label == problem.label }) { form.focus = i }
            state.status = .error(problem.text)
            return []
        case .success(.consignment(.payout(let sellerId, let amount, let method, _))):
            let name = state.consignment.page?.seller.fullName ?? ""
            state.askApproval(.payout(sellerId: sellerId, name: name, amount: amount, method: method),
                              "Un responsable tape son code pour valider le reversement.")
            return []
        case .success(.consignment(.saveSeller(let seller, _))) where bankDetailsChange(form, seller):
            state.askApproval(.sellerBankDetails(seller), "Un responsable tape son code pour changer l'IBAN du déposant.")
            return []
        case .success(let effect):
            state.status = .info("Enregistrement…")
            return [effect]
        }
    }

    /// True when saving `seller` gives, changes or removes the IBAN: a responsable allows it.
    static func bankDetailsChange(_ form: ConsignmentForm, _ seller: Seller) -> Bool {
        guard case .seller(let existing) = form.kind else { return false }
        let typed = seller.iban.flatMap(IBAN.normalized)
        return typed != existing?.iban.flatMap(IBAN.normalized)
    }

    /// The effect the form asks for, or its first problem. A payout answers with its effect
    /// and an empty approval: the responsable's form comes first, and makes the real one.
    static func effect(_ form: ConsignmentForm, _ state: AppState) -> Result<Effect, FieldProblem> {
        guard let user = state.user else { return .failure(FieldProblem(label: "Compte", message: "reconnectez-vous.")) }
        let f = form.fields
        let today = ConsignmentScreen.today(state)
        do {
            switch form.kind {
            case .seller(let existing):
                let seller = Seller(id: existing?.id ?? 0, lastName: f[0].text, firstName: f[1].text, phone: f[2].text,
                                    email: f[3].text, document: Seller.Document.allCases[f[4].choice], documentNumber: f[5].text,
                                    iban: f[6].text.isEmpty ? nil : f[6].text)
                if let problem = seller.problem { throw problem.fieldProblem(in: f) }
                return .success(.consignment(.saveSeller(seller, actorId: user.id)))
            case .box:
                guard let weekly = try f[2].money().get() else { throw FieldProblem(label: f[2].label, message: "tapez un loyer.") }
                guard let monthly = try f[3].money().get() else { throw FieldProblem(label: f[3].label, message: "tapez un loyer.") }
                let box = Box(code: f[0].text.uppercased(), size: f[1].text, weeklyRent: weekly, monthlyRent: monthly)
                if let problem = box.problem { throw problem.fieldProblem(in: f) }
                return .success(.consignment(.saveBox(box, actorId: user.id)))
            case .rental(let sellerId):
                let code = f[0].text.uppercased()
                guard let box = state.consignment.board.first(where: { $0.box.code == code })?.box else {
                    throw FieldProblem(label: f[0].label, message: code.isEmpty ? "tapez le code du box, par exemple B07."
                                                                               : "il n'y a pas de box « \(code) ».")
                }
                let from = try f[1].day().get()
                guard from >= today else {
                    throw FieldProblem(label: f[1].label, message: "une location commence aujourd'hui ou plus tard.")
                }
                let (weeks, months) = try form.period(weeks: 2, months: 3).get()
                let rental = Rental(sellerId: sellerId, boxCode: box.code, from: from,
                                    to: from.adding(months: months).adding(days: 7 * weeks - 1),
                                    rateBasisPoints: state.context.commissionBasisPoints,
                                    rent: Rental.rent(of: box, weeks: weeks, months: months),
                                    rentPayment: f[4].choice == 0 ? .atTill : .deducted)
                return .success(.consignment(.signRental(rental, actorId: user.id)))
            case .items(let rentalId, _):
                guard let price = try f[1].money().get() else { throw FieldProblem(label: f[1].label, message: "tapez le prix, par exemple 4,50.") }
                if let problem = ConsignedItem.problem(description: f[0].text, price: price) { throw problem.fieldProblem(in: f) }
                return .success(.consignment(.registerItem(rentalId: rentalId, sellerId: state.consignment.page?.seller.id ?? 0,
                                              description: f[0].text, price: price, actorId: user.id)))
            case .payout(let sellerId, let balance):
                guard let amount = try f[0].money().get(), amount.cents > 0 else {
                    throw FieldProblem(label: f[0].label, message: "tapez le montant à reverser.")
                }
                guard amount <= balance else {
                    throw FieldProblem(label: f[0].label, message: "pas plus que le solde (\(balance.formatted)).")
                }
                return .success(.consignment(.payout(sellerId: sellerId, amount: amount,
                                                     method: Payout.Method.allCases[f[1].choice],
                                                     Approval(managerId: 0, pin: "", reason: "", operatorId: user.id))))
            case .extend(let summary):
                let (weeks, months) = try form.period(weeks: 0, months: 1).get()
                guard let box = state.consignment.board.first(where: { $0.box.code == summary.rental.boxCode })?.box else {
                    throw FieldProblem(label: f[0].label, message: "le box \(summary.rental.boxCode) n'existe plus.")
                }
                let to = summary.rental.to.adding(days: 1).adding(months: months).adding(days: 7 * weeks - 1)
                return .success(.consignment(.extendRental(rentalId: summary.rental.id, sellerId: summary.rental.sellerId, to: to,
                                              rent: Rental.rent(of: box, weeks: weeks, months: months), actorId: user.id)))
            case .donate(let item):
                guard let grams = Grams.parseKilograms(f[0].text), grams > 0 else {
                    throw FieldProblem(label: f[0].label, message: "tapez le poids, par exemple 0,4.")
                }
                return .success(.consignment(.endItem(itemId: item.id, sellerId: state.consignment.page?.seller.id ?? 0,
                                         donatedGrams: grams, donated: true, actorId: user.id)))
            }
        } catch let problem as FieldProblem {
            return .failure(problem)
        } catch {
            return .failure(FieldProblem(label: "Vide-greniers", message: "\(error)"))
        }
    }

    static func view(_ state: AppState, _ form: ConsignmentForm, _ canvas: inout Canvas) {
        canvas.put(form.title, x: 2, y: 2, style: .bold, maxWidth: canvas.width - 4)
        FormFields.draw(form.fields, focus: form.focus, &canvas, x: 2, y: 4, labelWidth: 24, fieldWidth: 34)
        switch form.kind {
        case .rental:
            let rental = try? effect(form, state).get()
            if case .consignment(.signRental(let r, _))? = rental {
                canvas.put("Du \(r.from.french) au \(r.to.french) · loyer \(r.rent.formatted) · commission \(CommissionSplit.rateLabel(r.rateBasisPoints))",
                           x: 2, y: 10, style: .bold, maxWidth: canvas.width - 4)
            }
        case .items(let rentalId, _):
            let items = state.consignment.page?.items.filter { $0.rentalId == rentalId } ?? []
            canvas.put("Déjà enregistrés : \(items.count)", x: 2, y: 7, style: .bold)
            let rows = ConsignmentScreen.rows(state, canvas, top: 8)
            for (i, item) in items.suffix(rows).enumerated() {
                canvas.put("  " + Chrome.pad(item.code.text, 12) + Chrome.pad(item.description, 40) + Chrome.right(item.price.formatted, 10),
                           x: 1, y: 8 + i, maxWidth: canvas.width - 2)
            }
        default:
            break
        }
    }
}

extension String {
    /// A Core problem (`"Prix : …"`) as the problem of the form field it names.
    func fieldProblem(in fields: [FormField]) -> FieldProblem {
        let parts = split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2 else { return FieldProblem(label: fields.first?.label ?? "", message: self) }
        let label = fields.first { $0.label.hasPrefix(parts[0]) }?.label ?? parts[0]
        return FieldProblem(label: label, message: parts[1])
    }
}
