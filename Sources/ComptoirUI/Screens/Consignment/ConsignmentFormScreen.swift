import ComptoirCore

/// Typing and saving the vide-greniers forms: seller, box, rental, items, payout,
/// extension, donation.
enum ConsignmentFormScreen {
    enum Action: Sendable { case edit, nextItem, save, close }

    /// The arrows are the form's own keys (FormFields): listed here, handled there.
    static let formKeys = KeyTable<ConsignmentKeysContext, Action>([
        KeyBinding(.upDown, "Champ", .edit),
        KeyBinding(.function(2), alt: .alt("s"), "Enregistrer", .save),
        KeyBinding(.escape, "Annuler", .close),
    ])

    /// Items are typed in a row: Entrée on the price saves and starts the next one.
    static let itemKeys = KeyTable<ConsignmentKeysContext, Action>([
        KeyBinding(.enter, "Article suivant", .nextItem),
        KeyBinding(.function(2), alt: .alt("s"), "Enregistrer", .save),
        KeyBinding(.escape, "Terminer", .close),
    ])

    static func keys(_ form: ConsignmentForm) -> KeyTable<ConsignmentKeysContext, Action> {
        if case .items = form.kind { return itemKeys }
        return formKeys
    }

    static func handle(_ consignment: inout ConsignmentState, _ context: ConsignmentContext, _ key: Key) -> ([Effect], [ConsignmentOutput]) {
        guard var form = consignment.form else { return ([], []) }
        defer { if consignment.form != nil { consignment.form = form } }
        switch keys(form).action(for: key, ConsignmentKeysContext(consignment: consignment, context: context)) ?? FormFields.unbound(key, form.fields, focus: form.focus, save: .save, edit: .edit) {
        case .close:
            consignment.form = nil
            if case .items = form.kind {
                return ([], [.status(.info("Saisie des articles terminée. F4 : imprimer leurs étiquettes."))])
            }
            return ([], [.status(.info("Rien n'a été enregistré."))])
        case .nextItem where form.focus == 1, .save:
            break
        case .nextItem, .edit:
            _ = FormFields.handle(&form.fields, focus: &form.focus, key)
            return ([], [])
        }
        switch submission(form, consignment, context) {
        case .failure(let problem):
            if let i = form.fields.firstIndex(where: { $0.label == problem.label }) { form.focus = i }
            return ([], [.status(.error(problem.text))])
        case .success(.approval(let purpose, let instruction)):
            return ([], [.askApproval(purpose, instruction: instruction)])
        case .success(.effect(let effect)):
            return ([effect], [.status(.info("Enregistrement…"))])
        case .success(.line(let line)):
            consignment.form = nil
            return ([], [.addToTicket(line),
                         .status(.success("« \(line.label) » (\(line.amount.formatted)) au ticket : encaissez-la (F5)."))])
        }
    }

    /// True when saving `seller` gives, changes or removes the IBAN: a responsable allows it.
    static func bankDetailsChange(_ form: ConsignmentForm, _ seller: Seller) -> Bool {
        guard case .seller(let existing) = form.kind else { return false }
        let typed = seller.iban.flatMap(IBAN.normalized)
        return typed != existing?.iban.flatMap(IBAN.normalized)
    }

    /// What the form asks for, or its first problem. A payout, and a seller's bank details
    /// changed, ask a responsable first.
    static func submission(_ form: ConsignmentForm, _ consignment: ConsignmentState,
                           _ context: ConsignmentContext) -> Result<ConsignmentSubmission, FieldProblem> {
        guard let user = context.user else { return .failure(FieldProblem(label: "Compte", message: "reconnectez-vous.")) }
        let f = form.fields
        let today = context.today
        do {
            switch form.kind {
            case .seller(let existing):
                // Domicile, issue date and authority: asked for the registre, needed to rent.
                let issued = f[7].text.isEmpty ? nil : try f[7].day().get()
                if let issued, issued > today {
                    throw FieldProblem(label: f[7].label, message: "une pièce est délivrée au plus tard aujourd'hui.")
                }
                let seller = Seller(id: existing?.id ?? 0, lastName: f[0].text, firstName: f[1].text, phone: f[3].text,
                                    email: f[4].text, document: Seller.Document.allCases[f[5].choice], documentNumber: f[6].text,
                                    iban: f[9].text.isEmpty ? nil : f[9].text, address: f[2].text, documentIssuedOn: issued,
                                    documentAuthority: f[8].text)
                if let problem = seller.problem { throw problem.fieldProblem(in: f) }
                if bankDetailsChange(form, seller) {
                    return .success(.approval(.sellerBankDetails(seller),
                                              instruction: "Un responsable tape son code pour changer l'IBAN du déposant."))
                }
                return .success(.effect(.consignment(.saveSeller(seller, actorId: user.id))))
            case .box:
                guard let weekly = try f[2].money().get() else { throw FieldProblem(label: f[2].label, message: "tapez un loyer.") }
                guard let monthly = try f[3].money().get() else { throw FieldProblem(label: f[3].label, message: "tapez un loyer.") }
                let box = Box(code: f[0].text.uppercased(), size: f[1].text, weeklyRent: weekly, monthlyRent: monthly)
                if let problem = box.problem { throw problem.fieldProblem(in: f) }
                return .success(.effect(.consignment(.saveBox(box, actorId: user.id))))
            case .rental(let sellerId):
                let code = f[0].text.uppercased()
                guard let box = consignment.board.first(where: { $0.box.code == code })?.box else {
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
                                    rateBasisPoints: context.commissionBasisPoints,
                                    rent: Rental.rent(of: box, weeks: weeks, months: months),
                                    rentPayment: f[4].choice == 0 ? .atTill : .deducted)
                return .success(.effect(.consignment(.signRental(rental, actorId: user.id))))
            case .items(let rentalId, _):
                guard let price = try f[1].money().get() else { throw FieldProblem(label: f[1].label, message: "tapez le prix, par exemple 4,50.") }
                if let problem = ConsignedItem.problem(description: f[0].text, price: price) { throw problem.fieldProblem(in: f) }
                return .success(.effect(.consignment(.registerItem(rentalId: rentalId, sellerId: consignment.page?.seller.id ?? 0,
                                                                  description: f[0].text, price: price, actorId: user.id))))
            case .payout(let sellerId, let balance):
                guard let amount = try f[0].money().get(), amount.cents > 0 else {
                    throw FieldProblem(label: f[0].label, message: "tapez le montant à reverser.")
                }
                guard amount <= balance else {
                    throw FieldProblem(label: f[0].label, message: "pas plus que le solde (\(balance.formatted)).")
                }
                let purpose = ApprovalPurpose.payout(sellerId: sellerId, name: consignment.page?.seller.fullName ?? "", amount: amount,
                                                     method: Payout.Method.allCases[f[1].choice])
                return .success(.approval(purpose, instruction: "Un responsable tape son code pour valider le reversement."))
            case .extend(let summary):
                let (weeks, months) = try form.period(weeks: 0, months: 1).get()
                guard let box = consignment.board.first(where: { $0.box.code == summary.rental.boxCode })?.box else {
                    throw FieldProblem(label: f[0].label, message: "le box \(summary.rental.boxCode) n'existe plus.")
                }
                let to = summary.rental.to.adding(days: 1).adding(months: months).adding(days: 7 * weeks - 1)
                return .success(.effect(.consignment(.extendRental(rentalId: summary.rental.id, sellerId: summary.rental.sellerId, to: to,
                                                                  rent: Rental.rent(of: box, weeks: weeks, months: months), actorId: user.id))))
            case .donate(let item):
                guard let grams = Grams.parseKilograms(f[0].text), grams > 0 else {
                    throw FieldProblem(label: f[0].label, message: "tapez le poids, par exemple 0,4.")
                }
                return .success(.effect(.consignment(.endItem(itemId: item.id, sellerId: consignment.page?.seller.id ?? 0,
                                                             donatedGrams: grams, donated: true, actorId: user.id))))
            case .debt(let name, let rentalId, let owed):
                guard let amount = try f[0].money().get() else {
                    throw FieldProblem(label: f[0].label, message: "tapez le montant payé, par exemple \(owed.plain).")
                }
                if let problem = SellerDebt.problem(amount: amount, owed: owed) { throw problem.fieldProblem(in: f) }
                return .success(.line(SellerDebt.line(sellerName: name, rentalId: rentalId, amount: amount)))
            }
        } catch let problem as FieldProblem {
            return .failure(problem)
        } catch {
            return .failure(FieldProblem(label: "Vide-greniers", message: "\(error)"))
        }
    }

    static func view(_ consignment: ConsignmentState, _ context: ConsignmentContext, _ form: ConsignmentForm, keyBarHeight: Int,
                     _ canvas: inout Canvas) {
        canvas.put(form.title, x: 2, y: 2, style: .bold, maxWidth: canvas.width - 4)
        FormFields.draw(form.fields, focus: form.focus, &canvas, x: 2, y: 4, labelWidth: 24, fieldWidth: 34)
        switch form.kind {
        case .rental:
            let rental = try? submission(form, consignment, context).get()
            if case .effect(.consignment(.signRental(let r, _)))? = rental {
                canvas.put("Du \(r.from.french) au \(r.to.french) · loyer \(r.rent.formatted) · commission \(CommissionSplit.rateLabel(r.rateBasisPoints))",
                           x: 2, y: 10, style: .bold, maxWidth: canvas.width - 4)
            }
        case .items(let rentalId, _):
            let items = consignment.page?.items.filter { $0.rentalId == rentalId } ?? []
            canvas.put("Déjà enregistrés : \(items.count)", x: 2, y: 7, style: .bold)
            let rows = ConsignmentScreen.rows(keyBarHeight: keyBarHeight, canvas, top: 8)
            for (i, item) in items.suffix(rows).enumerated() {
                canvas.put("  " + Chrome.pad(item.code.text, 12) + Chrome.pad(item.description, 40) + Chrome.right(item.price.formatted, 10),
                           x: 1, y: 8 + i, maxWidth: canvas.width - 2)
            }
        case .debt(_, _, let owed):
            canvas.put("Le déposant paie sa dette à la caisse, par tout moyen de paiement.", x: 2, y: 6,
                       maxWidth: canvas.width - 4)
            canvas.put("Une partie seulement : tapez le montant (au plus \(owed.formatted)).", x: 2, y: 7,
                       style: Style(dim: true), maxWidth: canvas.width - 4)
            canvas.put("F2 : la ligne va au ticket ; son solde remonte une fois le ticket payé.", x: 2, y: 8,
                       style: Style(dim: true), maxWidth: canvas.width - 4)
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
