import ComptoirCore

/// The épicerie's household file: find a household (card number or name) and attach it
/// to the ticket; a responsable opens, creates and edits a file, with its QF, reste à vivre,
/// bracket and cap computed as the fields are typed. Nothing about income or situation
/// shows outside the file itself.
///
/// Dignity: a bénévole sees no list at all until a search names someone (three letters of
/// a name, or a card number), never a file whose rights have ended, nor the household's
/// size; a responsable keeps the whole list.
enum HouseholdsScreen {
    /// Letters of a name a bénévole types before anything is listed.
    static let minimumSearch = 3

    enum ListAction: Sendable { case previous, next, attach, newFile, openFile, rules, back }
    enum FormAction: Sendable { case edit, save, renew, suspend, printCard, close }

    /// The first binding answering to a key wins: ↑ is taken before "↑↓".
    static let listKeys = KeyTable<HouseholdsKeysContext, ListAction>([
        KeyBinding(.up, "Précédent", .previous).hidden,
        KeyBinding(.upDown, "Choisir", .next),
        KeyBinding(.enter, "Au ticket", help: "Rattache le foyer choisi au ticket en cours", .attach),
        // A bénévole is told these are the responsables' own.
        KeyBinding(.function(2), alt: .alt("n"), "Nouveau foyer", help: "Inscrit un nouveau foyer", .newFile)
            .shown { $0.context.isManager },
        KeyBinding(.function(3), alt: .alt("o"), "Fiche", help: "Ouvre la fiche du foyer choisi", .openFile)
            .shown { $0.context.isManager },
        KeyBinding(.function(4), alt: .alt("l"), "Règles", help: "Règles de l'épicerie : tranches, plafonds, durée", .rules)
            .shown { $0.context.isManager },
        KeyBinding(.escape, "Retour à la vente", .back),
    ])

    /// The arrows are the form's own keys (FormFields): listed here, handled there.
    static let formKeys = KeyTable<HouseholdsKeysContext, FormAction>([
        KeyBinding(.upDown, "Champ", .edit),
        KeyBinding(.function(2), alt: .alt("s"), "Enregistrer", help: "Enregistre la fiche (notée au journal, sans nom ni revenus)", .save),
        KeyBinding(.function(3), alt: .alt("r"), "Renouveler", help: "Droits à partir d'aujourd'hui pour la durée des règles", .renew),
        KeyBinding(.function(4), alt: .alt("u"), "Rétablir", help: "Suspend ou rétablit les droits (enregistrez ensuite)", .suspend)
            .when { $0.households.form?.suspended == true },
        KeyBinding(.function(4), alt: .alt("u"), "Suspendre", help: "Suspend ou rétablit les droits (enregistrez ensuite)", .suspend)
            .when { $0.households.form?.suspended != true },
        // The key answers without a printer or a number, to say why there is no card.
        KeyBinding(.function(5), alt: .alt("i"), "Imprimer la carte", help: "Carte du foyer avec son code-barres", .printCard)
            .shown { $0.households.form?.number != 0 && $0.context.printsCards },
        KeyBinding(.escape, "Fermer sans enregistrer", .close),
    ])

    static func hints(_ households: HouseholdsState, _ context: HouseholdsContext, for place: KeyPlaces) -> [KeyHint] {
        let keys = HouseholdsKeysContext(households: households, context: context)
        return households.form != nil ? formKeys.hints(keys, for: place) : listKeys.hints(keys, for: place)
    }

    /// Alt+F from the sale screen: a responsable sees every file at once, a bénévole an
    /// empty list until the search names someone.
    static func open(_ households: inout HouseholdsState, _ context: HouseholdsContext) -> ([Effect], [HouseholdsOutput]) {
        households = HouseholdsState()
        guard context.isManager else {
            return ([], [.show, .status(.info("Au moins \(minimumSearch) lettres du nom, ou la carte ; Entrée rattache le foyer au ticket."))])
        }
        return ([.households(.searchHouseholds("", openOn: nil))],
                [.show, .status(.info("Tapez un nom ou un numéro de carte ; Entrée rattache le foyer choisi au ticket."))])
    }

    /// The search `text` asks for: every file for a responsable; for a bénévole, only a
    /// card number or at least `minimumSearch` letters, among files whose rights have not
    /// ended. Nil when a bénévole's text is still too short to search.
    static func search(_ text: String, _ context: HouseholdsContext) -> HouseholdsEffect? {
        guard !context.isManager else { return .searchHouseholds(text, openOn: nil) }
        guard isCardNumber(text) || text.count >= minimumSearch else { return nil }
        return .searchHouseholds(text, openOn: context.today)
    }

    /// A card code (`F-42-7`, scanned `F427`) or a household number typed alone.
    static func isCardNumber(_ text: String) -> Bool {
        HouseholdCardCode.parse(text) != nil || (!text.isEmpty && text.utf8.allSatisfy { (48...57).contains($0) })
    }

    static func handle(_ households: inout HouseholdsState, _ context: HouseholdsContext, _ key: Key) -> ([Effect], [HouseholdsOutput]) {
        if households.form != nil { return handleForm(&households, context, key) }
        let results = households.results
        guard let action = listKeys.action(for: key, HouseholdsKeysContext(households: households, context: context)) else {
            let before = households.search.text
            _ = households.search.handle(key)
            guard households.search.text != before else { return ([], []) }
            guard let search = search(households.search.trimmed, context) else {
                households.results = []
                households.list.clamp(count: 0)
                return ([], [])
            }
            return ([.households(search)], [])
        }
        switch action {
        case .back:
            return ([], [.backToSale, .status(StatusLine())])
        case .previous:
            households.list.move(by: -1, count: results.count)
            return ([], [])
        case .next:
            households.list.move(by: 1, count: results.count)
            return ([], [])
        case .attach:
            guard results.indices.contains(households.selected) else {
                return ([], [.status(.error("Aucun foyer trouvé : changez la recherche, ou inscrivez le foyer (F2)."))])
            }
            let household = results[households.selected]
            if let current = context.ticketHousehold, current.number != household.number, context.ticketHasEpicerieLines {
                return ([], [.status(.error("Le ticket a déjà des articles d'épicerie pour le foyer \(current.code) : encaissez-le ou abandonnez-le avant de changer de foyer."))])
            }
            return ([], [.attachHousehold(household.number)])
        case .newFile, .openFile, .rules:
            guard context.isManager else {
                return ([], [.status(.error("Réservé aux responsables : la fiche d'un foyer contient sa situation."))])
            }
            if action == .rules { return ([], [.openRules]) }
            var existing: Household?
            if action == .openFile {
                guard results.indices.contains(households.selected) else {
                    return ([], [.status(.error("Aucun foyer choisi : cherchez-le d'abord."))])
                }
                existing = results[households.selected]
            }
            households.form = HouseholdForm(existing, today: context.today, rules: households.rules)
            return ([], [.status(.info(existing.map { "Fiche du foyer \($0.cardCode)." } ?? "Nouveau foyer : remplissez la fiche, puis F2."))])
        }
    }

    private static func handleForm(_ households: inout HouseholdsState, _ context: HouseholdsContext,
                                   _ key: Key) -> ([Effect], [HouseholdsOutput]) {
        guard var form = households.form, let userId = context.userId else { return ([], []) }
        defer { if households.form != nil { households.form = form } }
        switch formKeys.action(for: key, HouseholdsKeysContext(households: households, context: context))
            ?? FormFields.unbound(key, form.fields, focus: form.focus, save: .save, edit: .edit) {
        case .close:
            households.form = nil
            return ([], [.status(.info("Fiche fermée sans enregistrer."))])
        case .save:
            switch form.household {
            case .failure(let problem):
                if let i = form.fields.firstIndex(where: { $0.label == problem.label }) { form.focus = i }
                return ([], [.status(.error(problem.text))])
            case .success(let household):
                return ([.households(.saveHousehold(household, actorId: userId))], [.status(.info("Enregistrement de la fiche…"))])
            }
        case .renew:
            form.renew(today: context.today, rules: households.rules)
            return ([], [.status(.info("Droits renouvelés du \(form[.from].text) au \(form[.to].text) : F2 pour enregistrer."))])
        case .suspend:
            form.suspended.toggle()
            return ([], [.status(.info((form.suspended ? "Droits suspendus" : "Droits rétablis") + " : F2 pour enregistrer."))])
        case .printCard:
            guard form.number != 0 else {
                return ([], [.status(.error("Enregistrez d'abord la fiche (F2) : la carte porte le numéro du foyer."))])
            }
            guard context.printsCards else {
                return ([], [.status(.error("Aucune imprimante n'est configurée à cette caisse."))])
            }
            return ([.households(.printHouseholdCard(form.number, operatorId: userId))],
                    [.status(.info("Impression de la carte \(HouseholdCardCode.make(form.number))…"))])
        case .edit:
            _ = FormFields.handle(&form.fields, focus: &form.focus, key)
            return ([], [])
        }
    }

    static func receive(_ households: inout HouseholdsState, _ context: HouseholdsContext, _ msg: HouseholdsMsg) -> [HouseholdsOutput] {
        switch msg {
        case .householdsFound(let found, let rules):
            households.results = found
            households.rules = rules
            households.list.clamp(count: found.count)
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

    /// `keyBarHeight`: the rows the app's key bar takes, below the list.
    static func view(_ households: HouseholdsState, _ context: HouseholdsContext, keyBarHeight: Int, _ canvas: inout Canvas) {
        if let form = households.form {
            drawForm(form, rules: households.rules, &canvas)
            return
        }
        let x = 2
        canvas.put("Foyers de l'épicerie", x: x, y: 2, style: .bold)
        canvas.put("Recherche (nom ou n° de carte) :", x: x, y: 3)
        let fieldX = x + 33
        canvas.put(households.search.display(width: 30), x: fieldX, y: 3)
        canvas.cursor = (fieldX + households.search.cursorOffset(width: 30), 3)
        // The household's size is the file's (it sets the cap): a bénévole does not see it.
        let persons = context.isManager
        let header = "  " + Chrome.pad("Carte", 12) + Chrome.pad("Nom", 30) + (persons ? Chrome.right("Pers.", 6) + "  " : "")
            + Chrome.pad("Droits", 22)
        canvas.put(header, x: x, y: 5, style: .bold)
        let rows = max(1, canvas.height - keyBarHeight - 8)
        let results = households.results
        if results.isEmpty {
            for (i, line) in emptyListText(households, context).enumerated() {
                canvas.put(line, x: x + 2, y: 6 + i, style: Style(dim: true), maxWidth: canvas.width - x - 3)
            }
        }
        let today = context.today
        households.list.draw(count: results.count, &canvas, x: x, y: 6, width: canvas.width - x - 1, height: rows) { i, selected in
            let h = results[i]
            let rights = h.suspended ? "suspendus"
                : today > h.rightsTo ? "finis le \(h.rightsTo.french)"
                : today < h.rightsFrom ? "à partir du \(h.rightsFrom.french)" : "jusqu'au \(h.rightsTo.french)"
            let text = ListState.marker(selected) + Chrome.pad(h.cardCode, 12) + Chrome.pad(h.name, 30)
                + (persons ? Chrome.right("\(h.persons)", 6) + "  " : "") + Chrome.pad(rights, 22)
            return (text, .plain)
        }
    }

    /// What an empty list says: why nothing shows, and what to type.
    static func emptyListText(_ households: HouseholdsState, _ context: HouseholdsContext) -> [String] {
        let text = households.search.trimmed
        guard !context.isManager else {
            return [text.isEmpty ? "Aucun foyer inscrit pour l'instant." : "Aucun foyer ne correspond."]
        }
        guard search(text, context) != nil else {
            return ["Tapez au moins \(minimumSearch) lettres du nom, ou scannez la carte du foyer.",
                    "La liste des foyers n'est pas affichée : elle reste entre les responsables."]
        }
        return ["Aucun foyer aux droits en cours ne correspond.",
                "Des droits finis ou une fiche à créer : voyez un responsable."]
    }

    private static func drawForm(_ form: HouseholdForm, rules: EpicerieRules, _ canvas: inout Canvas) {
        let title = form.number == 0 ? "Nouveau foyer" : "Fiche du foyer \(HouseholdCardCode.make(form.number))"
        canvas.put(title + (form.suspended ? "  — DROITS SUSPENDUS" : ""), x: 2, y: 2, style: .bold)
        FormFields.draw(form.fields, focus: form.focus, &canvas, x: 2, y: 4, labelWidth: 25, fieldWidth: 16)
        let px = 48
        for y in 3...(4 + form.fields.count) { canvas.put("│", x: px - 2, y: y) }
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
