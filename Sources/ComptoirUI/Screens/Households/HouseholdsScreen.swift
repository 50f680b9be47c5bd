import ComptoirCore

/// The épicerie's household file: find a household (card number or name) and attach it
/// to the ticket; a responsable opens, creates and edits a file, with its QF, reste à vivre,
/// bracket and cap computed as the fields are typed. Nothing about income or situation
/// shows outside the file itself.
enum HouseholdsScreen {
    static func hints(_ state: AppState) -> [KeyHint] {
        if state.households.form != nil {
            var hints = [
                KeyHint("↑↓", "Champ"),
                KeyHint("F2", "Enregistrer", alt: "Alt+S", help: "Enregistre la fiche (notée au journal, sans nom ni revenus)"),
                KeyHint("F3", "Renouveler", alt: "Alt+R", help: "Droits à partir d'aujourd'hui pour la durée des règles"),
                KeyHint("F4", state.households.form?.suspended == true ? "Rétablir" : "Suspendre", alt: "Alt+U",
                        help: "Suspend ou rétablit les droits (enregistrez ensuite)"),
            ]
            if state.households.form?.number != 0, state.context.receipts != .noPrinter {
                hints.append(KeyHint("F5", "Imprimer la carte", alt: "Alt+I", help: "Carte du foyer avec son code-barres"))
            }
            hints.append(KeyHint("Échap", "Fermer sans enregistrer"))
            return hints
        }
        var hints = [
            KeyHint("↑↓", "Choisir"),
            KeyHint("Entrée", "Au ticket", help: "Rattache le foyer choisi au ticket en cours"),
        ]
        if state.user?.role.isManager == true {
            hints.append(KeyHint("F2", "Nouveau foyer", alt: "Alt+N", help: "Inscrit un nouveau foyer"))
            hints.append(KeyHint("F3", "Fiche", alt: "Alt+O", help: "Ouvre la fiche du foyer choisi"))
            hints.append(KeyHint("F4", "Règles", alt: "Alt+L", help: "Règles de l'épicerie : tranches, plafonds, durée"))
        }
        hints.append(KeyHint("Échap", "Retour à la vente"))
        return hints
    }

    /// Alt+F from the sale screen.
    static func open(_ state: inout AppState) -> [Effect] {
        state.households = HouseholdsState()
        state.screen = .households
        state.status = .info("Tapez un nom ou un numéro de carte ; Entrée rattache le foyer choisi au ticket.")
        return [.households(.searchHouseholds(""))]
    }

    static func today(_ state: AppState) -> CalendarDay { CalendarDay(state.now, in: state.context.timeZone) }

    static func handle(_ state: inout AppState, _ key: Key) -> [Effect] {
        if state.households.form != nil { return handleForm(&state, key) }
        let results = state.households.results
        switch key {
        case .escape:
            state.screen = .sale
            state.status = StatusLine()
            return []
        case .up:
            state.households.selected = max(0, state.households.selected - 1)
            return []
        case .down:
            state.households.selected = min(max(0, results.count - 1), state.households.selected + 1)
            return []
        case .enter:
            guard results.indices.contains(state.households.selected) else {
                state.status = .error("Aucun foyer trouvé : changez la recherche, ou inscrivez le foyer (F2).")
                return []
            }
            let household = results[state.households.selected]
            if let current = state.sale.household, current.number != household.number, SaleScreen.hasEpicerieLines(state) {
                state.status = .error("Le ticket a déjà des articles d'épicerie pour le foyer \(current.code) : encaissez-le ou abandonnez-le avant de changer de foyer.")
                return []
            }
            state.screen = .sale
            return [.sale(.loadHousehold(household.number))]
        default:
            break
        }
        let isNew = App.matches(key, f: 2, alt: "n"), isOpen = App.matches(key, f: 3, alt: "o")
        let isRules = App.matches(key, f: 4, alt: "l")
        if isNew || isOpen || isRules {
            guard state.user?.role.isManager == true else {
                state.status = .error("Réservé aux responsables : la fiche d'un foyer contient sa situation.")
                return []
            }
            if isRules { return RulesScreen.open(&state) }
            var existing: Household?
            if isOpen {
                guard results.indices.contains(state.households.selected) else {
                    state.status = .error("Aucun foyer choisi : cherchez-le d'abord.")
                    return []
                }
                existing = results[state.households.selected]
            }
            state.households.form = HouseholdForm(existing, today: today(state), rules: state.households.rules)
            state.status = .info(existing.map { "Fiche du foyer \($0.cardCode)." } ?? "Nouveau foyer : remplissez la fiche, puis F2.")
            return []
        }
        let before = state.households.search.text
        _ = state.households.search.handle(key)
        guard state.households.search.text != before else { return [] }
        return [.households(.searchHouseholds(state.households.search.trimmed))]
    }

    private static func handleForm(_ state: inout AppState, _ key: Key) -> [Effect] {
        guard var form = state.households.form, let user = state.user else { return [] }
        defer { if state.households.form != nil { state.households.form = form } }
        if key == .escape {
            state.households.form = nil
            state.status = .info("Fiche fermée sans enregistrer.")
            return []
        }
        if App.matches(key, f: 2, alt: "s") {
            switch form.household {
            case .failure(let problem):
                if let i = form.fields.firstIndex(where: { $0.label == problem.label }) { form.focus = i }
                state.status = .error(problem.text)
                return []
            case .success(let household):
                state.status = .info("Enregistrement de la fiche…")
                return [.households(.saveHousehold(household, actorId: user.id))]
            }
        }
        if App.matches(key, f: 3, alt: "r") {
            form.renew(today: today(state), rules: state.households.rules)
            state.status = .info("Droits renouvelés du \(form[.from].text) au \(form[.to].text) : F2 pour enregistrer.")
            return []
        }
        if App.matches(key, f: 4, alt: "u") {
            form.suspended.toggle()
            state.status = .info((form.suspended ? "Droits suspendus" : "Droits rétablis") + " : F2 pour enregistrer.")
            return []
        }
        if App.matches(key, f: 5, alt: "i") {
            guard form.number != 0 else {
                state.status = .error("Enregistrez d'abord la fiche (F2) : la carte porte le numéro du foyer.")
                return []
            }
            guard state.context.receipts != .noPrinter else {
                state.status = .error("Aucune imprimante n'est configurée à cette caisse.")
                return []
            }
            state.status = .info("Impression de la carte \(HouseholdCardCode.make(form.number))…")
            return [.households(.printHouseholdCard(form.number, operatorId: user.id))]
        }
        _ = FormFields.handle(&form.fields, focus: &form.focus, key)
        return []
    }

    static func receive(_ households: inout HouseholdsState, _ context: HouseholdsContext, _ msg: HouseholdsMsg) -> [HouseholdsOutput] {
        switch msg {
        case .householdsFound(let found, let rules):
            households.results = found
            households.rules = rules
            households.selected = min(households.selected, max(0, found.count - 1))
            return []
        case .householdSaved(let household):
            households.form = HouseholdForm(household, today: context.today, rules: households.rules)
            if let i = households.results.firstIndex(where: { $0.number == household.number }) {
                households.results[i] = household
            } else {
                households.results.insert(household, at: 0)
                households.selected = 0
            }
            return [.status(.success("Fiche du foyer \(household.cardCode) enregistrée."
                + (context.printsCards ? " F5 : imprimer sa carte." : "")))]
        case .rulesSaved(let rules):
            households.rules = rules
            return [.rulesSaved, .status(.success("Règles de l'épicerie enregistrées : elles s'appliquent aux prochains tickets."))]
        }
    }

    // MARK: - view

    static func view(_ state: AppState, _ canvas: inout Canvas) {
        if let form = state.households.form {
            drawForm(state, form, &canvas)
            return
        }
        let x = 2
        canvas.put("Foyers de l'épicerie", x: x, y: 2, style: .bold)
        canvas.put("Recherche (nom ou n° de carte) :", x: x, y: 3)
        let fieldX = x + 33
        canvas.put(state.households.search.display(width: 30), x: fieldX, y: 3)
        canvas.cursor = (fieldX + state.households.search.cursorOffset(width: 30), 3)
        let header = "  " + Chrome.pad("Carte", 12) + Chrome.pad("Nom", 30) + Chrome.right("Pers.", 6) + "  " + Chrome.pad("Droits", 22)
        canvas.put(header, x: x, y: 5, style: .bold)
        let barHeight = Chrome.keyBarHeight(App.hints(state), width: canvas.width)
        let rows = max(1, canvas.height - barHeight - 8)
        let results = state.households.results
        if results.isEmpty {
            canvas.put(state.households.search.isEmpty ? "Aucun foyer inscrit pour l'instant." : "Aucun foyer ne correspond.",
                       x: x + 2, y: 6, style: Style(dim: true))
        }
        let selected = state.households.selected
        let first = max(0, min(selected - rows + 1, results.count - rows))
        let today = today(state)
        for (i, h) in results.enumerated().dropFirst(first).prefix(rows) {
            let rights = h.suspended ? "suspendus"
                : today > h.rightsTo ? "finis le \(h.rightsTo.french)"
                : today < h.rightsFrom ? "à partir du \(h.rightsFrom.french)" : "jusqu'au \(h.rightsTo.french)"
            let text = (i == selected ? "▶ " : "  ") + Chrome.pad(h.cardCode, 12) + Chrome.pad(h.name, 30)
                + Chrome.right("\(h.persons)", 6) + "  " + Chrome.pad(rights, 22)
            canvas.put(text, x: x, y: 6 + i - first, style: i == selected ? .selected : .plain, maxWidth: canvas.width - x - 1)
        }
    }

    private static func drawForm(_ state: AppState, _ form: HouseholdForm, _ canvas: inout Canvas) {
        let title = form.number == 0 ? "Nouveau foyer" : "Fiche du foyer \(HouseholdCardCode.make(form.number))"
        canvas.put(title + (form.suspended ? "  — DROITS SUSPENDUS" : ""), x: 2, y: 2, style: .bold)
        FormFields.draw(form.fields, focus: form.focus, &canvas, x: 2, y: 4, labelWidth: 25, fieldWidth: 16)
        let px = 48
        for y in 3...(4 + form.fields.count) { canvas.put("│", x: px - 2, y: y) }
        let rules = state.households.rules
        guard case .success(let household) = form.household else {
            canvas.put("Calcul :", x: px, y: 4, style: .bold)
            if case .failure(let problem) = form.household {
                let lines = Chrome.wrap(problem.text, width: canvas.width - px - 1, indent: "", maxLines: 5)
                for (i, line) in lines.enumerated() { canvas.put(line, x: px, y: 5 + i, style: Style(dim: true)) }
            }
            return
        }
        let f = HouseholdFigures(household, rules: rules)
        var y = 4
        func put(_ text: String, _ style: Style = .plain) {
            canvas.put(text, x: px, y: y, style: style, maxWidth: canvas.width - px - 1)
            y += 1
        }
        put("Parts : \(f.partsLabel)", .bold)
        for item in f.parts {
            let halves = item.halves % 2 == 0 ? "\(item.halves / 2)" : (item.halves == 1 ? "½" : "\(item.halves / 2)½")
            put("  " + Chrome.pad(item.label, 22) + Chrome.right(halves, 4))
        }
        put("QF : \(f.quotient.formatted)" + (household.cafQuotient != nil ? " (CAF)" : ""), rules.method == .quotient ? .bold : .plain)
        put("RAV : \(f.resteAVivre.formatted)/pers./jour", rules.method == .resteAVivre ? .bold : .plain)
        if let bracket = f.bracket {
            let range = bracket.to.map { "\(bracket.from.plain) à \($0.plain) €" } ?? "dès \(bracket.from.plain) €"
            put("Tranche \(rules.method.short) : \(range)")
        }
        put(f.rate.map { "Participation : \($0) %" } ?? "NON ÉLIGIBLE", f.rate == nil ? .error : .bold)
        put("Plafond du mois : \(f.cap.formatted)")
    }
}
