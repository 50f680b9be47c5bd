import ComptoirCore

/// « Réglages de la boutique » (admin): what every receipt prints about the shop, its
/// printer and the free price's defaults. Saving journals them whole; every document uses
/// them at once.
enum ShopSettingsScreen {
    enum Action: Sendable { case edit, enter, save, testPrint, cancel }

    /// The arrows are the form's own keys (FormFields): listed here, handled there.
    static let keys = KeyTable<ShopSettingsState, Action>([
        KeyBinding(.upDown, "Champ", .edit),
        KeyBinding(.leftRight, "Choix", help: "Change le choix (mention légale, imprimante, activité, durées de conservation)", .edit),
        KeyBinding(.enter, "Valider", help: "Champ suivant ; sur le dernier, enregistre", .enter),
        KeyBinding(.function(2), alt: .alt("s"), "Enregistrer", help: "Enregistre les réglages (notés au journal) ; ils s'appliquent aussitôt", .save),
        KeyBinding(.function(3), alt: .alt("t"), "Page de test", help: "Imprime une page de test sur l'imprimante choisie", .testPrint),
        KeyBinding(.escape, "Plus tard", help: "Sans nom ni adresse, la caisse ne vend pas", .cancel).when { $0.firstStart },
        KeyBinding(.escape, "Annuler", help: "Ferme sans enregistrer", .cancel).when { !$0.firstStart },
    ])

    /// Opens the form on the settings in force (empty ones at first start).
    static func open(_ form: inout ShopSettingsState, _ settings: ShopSettings?, firstStart: Bool,
                     actorId: Int64?) -> [ShopSettingsOutput] {
        form = ShopSettingsState(settings ?? ShopSettings())
        form.firstStart = firstStart
        form.actorId = actorId
        return [.status(.info(firstStart
            ? "Réglez la boutique : nom et adresse sont imprimés sur chaque ticket (obligatoires)."
            : "Entrée sur le dernier champ enregistre ; Échap annule."))]
    }

    static func handle(_ form: inout ShopSettingsState, _ key: Key) -> ([Effect], [ShopSettingsOutput]) {
        switch keys.action(for: key, form) ?? .edit {
        case .cancel:
            return ([], [.closed])
        case .enter:
            if form.focus < form.fields.count - 1 {
                form.focus += 1
                return ([], [])
            }
            return save(&form)
        case .save:
            return save(&form)
        case .testPrint:
            let printer = form.printer
            if printer.kind == .none {
                return ([], [.status(.error("Imprimante « aucune » : choisissez-en une (← →) pour imprimer une page de test."))])
            }
            if let problem = printer.problem {
                form.focus = ShopSettingsState.Field.printerAddress.rawValue
                return ([], [.status(.error(problem))])
            }
            let name = form[.name].text.isEmpty ? "Boutique" : form[.name].text
            return ([.shopSettings(.testPrint(printer, shopName: name))], [.status(.info("Impression de la page de test…"))])
        case .edit:
            _ = FormFields.handle(&form.fields, focus: &form.focus, key)
            return ([], [])
        }
    }

    private static func save(_ form: inout ShopSettingsState) -> ([Effect], [ShopSettingsOutput]) {
        switch form.settings {
        case .failure(let problem):
            if let i = form.index(of: problem) { form.focus = i }
            return ([], [.status(.error(problem.text))])
        case .success(let settings):
            guard let actor = form.actorId else {
                return ([], [.status(.error("Connectez-vous avec un compte admin pour enregistrer les réglages."))])
            }
            return ([.shopSettings(.save(settings, actorId: actor))], [.status(.info("Enregistrement des réglages…"))])
        }
    }

    static func receive(_ form: inout ShopSettingsState, _ msg: ShopSettingsMsg) -> ([Effect], [ShopSettingsOutput]) {
        switch msg {
        case .saved(let settings, let receipts):
            return ([], [.saved(settings, receipts: receipts)])
        case .changedElsewhere(let settings, let receipts):
            return ([], [.inForce(settings, receipts: receipts)])
        }
    }

    static func view(_ form: ShopSettingsState, _ canvas: inout Canvas) {
        canvas.put(form.firstStart ? "Premier démarrage : réglages de la boutique" : "Réglages de la boutique",
                   x: 2, y: 2, style: .bold)
        canvas.put("Communs à toutes les caisses, imprimés sur les tickets, notés au journal.",
                   x: 2, y: 3, style: Style(dim: true), maxWidth: canvas.width - 3)
        FormFields.draw(form.fields, focus: form.focus, &canvas, x: 2, y: 4, labelWidth: 20, fieldWidth: 40)
        let y = 4 + form.fields.count
        let retention = ShopSettingsState.Field.householdYears.rawValue...ShopSettingsState.Field.donorNameYears.rawValue
        if case .failure(let problem) = form.settings {
            canvas.put("À compléter : " + problem.text, x: 2, y: y, style: Style(dim: true), maxWidth: canvas.width - 3)
        } else if form[.mention].choice == ShopSettingsState.mentions.firstIndex(of: .assujettie) {
            canvas.put("Ticket : « Prix TTC, TVA comprise » (le détail par taux n'est pas encore imprimé).",
                       x: 2, y: y, style: Style(dim: true), maxWidth: canvas.width - 3)
        } else if retention.contains(form.focus) {
            canvas.put(retentionHint[form.focus - retention.lowerBound], x: 2, y: y, style: Style(dim: true), maxWidth: canvas.width - 3)
        }
    }

    /// What each retention period counts from, and the law's bounds (the choices offered).
    static let retentionHint = [
        "Fiche d'un foyer : effacée 1 ou 2 ans après son dernier passage (CNIL).",
        "Déposant : pseudonyme 5 à 10 ans après sa dernière location (registre, R321-6).",
        "Nom d'un donateur sur une pesée : effacé 0 ou 1 an après la pesée.",
    ]
}
