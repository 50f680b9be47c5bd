import ComptoirCore

/// Managing the people who use the till (responsables and admins); a bénévole only
/// changes their own PIN here.
enum UsersScreen {
    enum ListAction: Sendable {
        case previous, next, add, changeRole, deactivate, training, ownPin, newPin, reactivate, back
        /// A manager's key pressed by a bénévole.
        case managersOnly
        /// F9: « Réglages de la boutique » (admin).
        case shopSettings
    }
    enum PinFormAction: Sendable { case nextField, previousField, submit, cancel }
    enum AddFormAction: Sendable { case nextField, previousField, previousRole, nextRole, submit, cancel }

    /// The first binding answering to a key wins: ↑ is taken before "↑↓", and a bénévole's
    /// function keys fall through to the hidden `managersOnly` ones.
    static let listKeys = KeyTable<UsersContext, ListAction>([
        KeyBinding(.up, "Précédent", .previous).hidden,
        KeyBinding(.upDown, "Choisir", .next).shown { $0.isManager },
        KeyBinding(.function(2), alt: .alt("n"), "Ajouter", help: "Ajoute un bénévole ou un responsable", .add)
            .when { $0.isManager },
        KeyBinding(.function(3), alt: .alt("r"), "Changer le rôle", help: "bénévole → responsable → admin → bénévole", .changeRole)
            .when { $0.isManager },
        KeyBinding(.function(4), alt: .alt("s"), "Désactiver", help: "Le compte ne peut plus se connecter (demande confirmation)", .deactivate)
            .when { $0.isManager },
        KeyBinding(.function(5), alt: .alt("f"), "Quitter la formation",
                   help: "Ventes fictives sur une copie de la caisse, pour apprendre (demande confirmation)", .training)
            .when { $0.isManager && $0.training },
        KeyBinding(.function(5), alt: .alt("f"), "Mode formation",
                   help: "Ventes fictives sur une copie de la caisse, pour apprendre (demande confirmation)", .training)
            .when { $0.isManager && !$0.training },
        KeyBinding(.function(6), alt: .alt("c"), "Mon code", help: "Change votre code PIN : l'ancien, puis deux fois le nouveau", .ownPin),
        KeyBinding(.function(7), alt: .alt("p"), "Nouveau code",
                   help: "Donne un nouveau code à la personne choisie (un responsable aux bénévoles, un admin à tous)", .newPin)
            .when { $0.isManager },
        // A responsable is told only an admin reactivates.
        KeyBinding(.function(8), alt: .alt("a"), "Réactiver", help: "Rend son usage à un compte désactivé ou verrouillé (admin)", .reactivate)
            .when { $0.isManager }.shown { $0.isAdmin },
        KeyBinding(.escape, "Retour à la vente", .back),
        KeyBinding(.function(9), alt: .alt("b"), "Boutique", help: "Réglages de la boutique : nom, adresse, SIRET, mention, imprimante (admin)",
                   .shopSettings).shown { $0.isAdmin },
    ] + [2, 3, 4, 5, 7, 8].map { KeyBinding(.function($0), "Réservé aux responsables", .managersOnly).hidden })

    /// A new PIN: one's own or someone's.
    static let pinFormKeys = KeyTable<UsersContext, PinFormAction>([
        KeyBinding(.tab, "Champ suivant", .nextField),
        KeyBinding(.down, "Champ suivant", .nextField).hidden,
        KeyBinding(.backTab, "Champ précédent", .previousField).hidden,
        KeyBinding(.up, "Champ précédent", .previousField).hidden,
        KeyBinding(.enter, "Valider", help: "Champ suivant, puis enregistre le nouveau code", .submit),
        KeyBinding(.escape, "Annuler", .cancel),
    ])

    /// A new account. ← → change the role on its field and move in the text elsewhere.
    static let addFormKeys = KeyTable<UsersContext, AddFormAction>([
        KeyBinding(.tab, "Champ suivant", .nextField),
        KeyBinding(.down, "Champ suivant", .nextField).hidden,
        KeyBinding(.backTab, "Champ précédent", .previousField).hidden,
        KeyBinding(.up, "Champ précédent", .previousField).hidden,
        KeyBinding(.left, "Rôle précédent", .previousRole).hidden,
        KeyBinding(.leftRight, "Rôle", help: "Change le rôle (sur le champ Rôle)", .nextRole),
        KeyBinding(.enter, "Créer", help: "Champ suivant, puis crée le compte", .submit),
        KeyBinding(.escape, "Annuler", .cancel),
    ])

    static func hints(_ admin: UsersState, _ context: UsersContext, for place: KeyPlaces) -> [KeyHint] {
        if admin.pinForm != nil { return pinFormKeys.hints(context, for: place) }
        if admin.form != nil, context.isManager { return addFormKeys.hints(context, for: place) }
        return listKeys.hints(context, for: place)
    }

    /// The accounts listed: all of them for a manager, one's own for a bénévole.
    static func listed(_ context: UsersContext) -> [UserSummary] {
        guard let user = context.user else { return [] }
        return user.role.isManager ? context.users : context.users.filter { $0.id == user.id }
    }

    /// F8 from the sale screen. Everyone may open it: a bénévole changes their own PIN
    /// there (F1 says so).
    static func open(_ admin: inout UsersState) -> ([Effect], [UsersOutput]) {
        admin = UsersState()
        return ([.login(.loadUsers)], [.show, .status(StatusLine())])
    }

    static func handle(_ admin: inout UsersState, _ context: UsersContext, _ key: Key) -> ([Effect], [UsersOutput]) {
        if admin.pinForm != nil { return handlePinForm(&admin, context, key) }
        if admin.form != nil { return handleForm(&admin, context, key) }
        let users = listed(context)
        guard let action = listKeys.action(for: key, context) else { return ([], []) }
        switch action {
        case .back:
            return ([], [.backToSale, .status(StatusLine())])
        case .previous:
            admin.list.move(by: -1, count: users.count)
            return ([], [])
        case .next:
            admin.list.move(by: 1, count: users.count)
            return ([], [])
        case .shopSettings:
            guard context.isAdmin else { return ([], [.status(.error("Les réglages de la boutique sont réservés aux admins."))]) }
            return ([], [.openShopSettings])
        case .add, .changeRole, .deactivate, .training, .ownPin, .newPin, .reactivate, .managersOnly:
            break  // these need the user at the till
        }
        guard let actor = context.user else { return ([], []) }
        let target = users.indices.contains(admin.selected) ? users[admin.selected] : nil
        switch action {
        case .previous, .next, .back, .shopSettings:
            return ([], [])  // answered above
        case .ownPin:
            admin.pinForm = UsersState.PinForm(target: actor, own: true)
            return ([], [.status(.info("Votre code PIN : l'ancien, puis deux fois le nouveau."))])
        case .managersOnly:
            return ([], [.status(.error("Réservé aux responsables : ici, vous changez votre code PIN (F6)."))])
        case .training:
            return ([], [.askApproval(.training(!context.training), instruction: context.training
                ? "Quitter le mode formation : un responsable tape son code PIN (noté au journal)."
                : "Mode formation : un responsable tape son code PIN (noté au journal) ; les ventes seront fictives.")])
        case .add:
            admin.form = UsersState.AddForm()
            return ([], [.status(.info("Nouveau compte : prénom, code PIN et rôle."))])
        case .changeRole:
            guard let target else { return ([], []) }
            guard target.active else {
                return ([], [.status(.error("\(target.firstName) est désactivé : son rôle ne change plus."))])
            }
            return ([.users(.setRole(userId: target.id, role: nextRole(after: target.role, by: 1, actor: actor), actorId: actor.id))], [])
        case .deactivate:
            guard let target else { return ([], []) }
            guard target.active else {
                return ([], [.status(.info("\(target.firstName) est déjà désactivé."))])
            }
            guard target.id != actor.id else {
                return ([], [.status(.error("Vous ne pouvez pas désactiver votre propre compte."))])
            }
            return ([], [.confirmDeactivation(target)])
        case .newPin:
            guard let target else { return ([], []) }
            if let problem = resetProblem(target, actor: actor) {
                return ([], [.status(.error(problem))])
            }
            admin.pinForm = UsersState.PinForm(target: target, own: false)
            return ([], [.status(.info("Nouveau code pour \(target.firstName) : tapez-le deux fois."))])
        case .reactivate:
            guard let target else { return ([], []) }
            guard actor.role == .admin else {
                return ([], [.status(.error("Seul un admin réactive un compte."))])
            }
            guard !target.usable else {
                return ([], [.status(.info("\(target.firstName) est actif et pas verrouillé : rien à réactiver."))])
            }
            return ([], [.confirmReactivation(target)])
        }
    }

    /// Why `actor` may not give `target` a new PIN (the ledger checks it again).
    private static func resetProblem(_ target: UserSummary, actor: UserSummary) -> String? {
        if target.id == actor.id { return "Votre propre code se change avec l'ancien : F6." }
        if !target.active { return "\(target.firstName) est désactivé : un admin le réactive d'abord (F8)." }
        if target.role.isManager && actor.role != .admin {
            return "Le code d'un responsable ou d'un admin est redonné par un admin."
        }
        return nil
    }

    private static func handlePinForm(_ admin: inout UsersState, _ context: UsersContext, _ key: Key) -> ([Effect], [UsersOutput]) {
        guard var form = admin.pinForm, let actor = context.user else { return ([], []) }
        defer { if admin.pinForm != nil { admin.pinForm = form } }
        let count = form.labels.count
        guard let action = pinFormKeys.action(for: key, context) else {
            var field = form[field: form.focus]
            _ = field.handle(key)
            form[field: form.focus] = field
            return ([], [])
        }
        switch action {
        case .cancel:
            admin.pinForm = nil
            return ([], [.status(.info("Code PIN inchangé."))])
        case .nextField:
            form.focus = (form.focus + 1) % count
            return ([], [])
        case .previousField:
            form.focus = (form.focus + count - 1) % count
            return ([], [])
        case .submit:
            if form.focus < count - 1 { form.focus += 1; return ([], []) }
            if form.own && form.old.isEmpty {
                form.focus = 0
                return ([], [.status(.error("Tapez d'abord votre code PIN actuel."))])
            }
            let first = form.own ? 1 : 0
            if let problem = PinRule.problem(with: form.new.text) {
                form.focus = first
                return ([], [.status(.error(problem))])
            }
            guard form.new.text == form.again.text else {
                form.new.clear()
                form.again.clear()
                form.focus = first
                return ([], [.status(.error("Les deux nouveaux codes ne sont pas identiques : retapez-les."))])
            }
            if form.own {
                return ([.users(.changeOwnPin(userId: actor.id, oldPin: form.old.text, newPin: form.new.text))], [])
            }
            return ([.users(.resetPin(userId: form.target.id, pin: form.new.text, actorId: actor.id))], [])
        }
    }

    static func receive(_ admin: inout UsersState, _ msg: UsersMsg) -> ([Effect], [UsersOutput]) {
        switch msg {
        case .usersChanged(let users, let message):
            admin.form = nil
            admin.pinForm = nil
            admin.list.clamp(count: users.count)
            return ([], [.usersChanged(users), .status(.success(message))])
        case .ownPinRefused(let refusal):
            admin.pinForm?.clear()
            // Locked meanwhile: the lists show it.
            return (refusal == .locked ? [.login(.loadUsers)] : [],
                    [.status(.error(refusal.message + " Votre code n'a pas changé."))])
        }
    }

    private static func handleForm(_ admin: inout UsersState, _ context: UsersContext, _ key: Key) -> ([Effect], [UsersOutput]) {
        guard var form = admin.form, let actor = context.user else { return ([], []) }
        defer { if admin.form != nil { admin.form = form } }
        func edit() {
            switch form.focus {
            case 0: _ = form.firstName.handle(key)
            case 1: _ = form.pin.handle(key)
            default:
                if key == .char(" ") { form.role = nextRole(after: form.role, by: 1, actor: actor) }
            }
        }
        guard let action = addFormKeys.action(for: key, context) else {
            edit()
            return ([], [])
        }
        switch action {
        case .cancel:
            admin.form = nil
            return ([], [.status(.info("Ajout annulé."))])
        case .nextField:
            form.focus = (form.focus + 1) % 3
            return ([], [])
        case .previousField:
            form.focus = (form.focus + 2) % 3
            return ([], [])
        case .previousRole, .nextRole:
            // On the text fields the arrows move in the text.
            if form.focus == 2 {
                form.role = nextRole(after: form.role, by: action == .nextRole ? 1 : -1, actor: actor)
            } else {
                edit()
            }
            return ([], [])
        case .submit:
            if form.focus < 2 { form.focus += 1; return ([], []) }
            if let problem = AccountCheck.problem(firstName: form.firstName, pin: form.pin, who: "de la personne") {
                form.focus = problem.field
                return ([], [.status(.error(problem.message))])
            }
            return ([.users(.createUser(firstName: form.firstName.trimmed, pin: form.pin.text, role: form.role, actorId: actor.id))], [])
        }
    }

    /// Only an admin gives the admin role: for a responsable the choice skips it.
    static func nextRole(after role: Role, by step: Int, actor: UserSummary) -> Role {
        let next = role.cycled(by: step)
        return next == .admin && actor.role != .admin ? next.cycled(by: step) : next
    }

    static func view(_ admin: UsersState, _ context: UsersContext, _ canvas: inout Canvas) {
        let x = 4
        canvas.put("Utilisateurs de la caisse", x: x, y: 3, style: .bold)
        canvas.put("  " + Chrome.pad("Prénom", 18) + Chrome.pad("Rôle", 14) + "État", x: x, y: 5, style: .bold)
        let formHeight = admin.form == nil && admin.pinForm == nil ? 0 : 7
        let rows = max(1, canvas.height - 12 - formHeight)
        let users = listed(context)
        admin.list.draw(count: users.count, &canvas, x: x, y: 6, width: canvas.width - x, height: rows,
                              showsSelection: formHeight == 0) { i, selected in
            let user = users[i]
            let text = ListState.marker(selected) + Chrome.pad(user.firstName, 18) + Chrome.pad(user.role.label, 14)
                + Chrome.pad(!user.active ? "désactivé" : user.locked ? "verrouillé" : "actif", 12)
            return (text, user.active ? .plain : Style(dim: true))
        }
        if let form = admin.pinForm {
            drawPinForm(form, x: x, top: 6 + rows + 1, &canvas)
            return
        }
        guard let form = admin.form else { return }
        let top = 6 + rows + 1
        canvas.put("Nouveau compte", x: x, y: top, style: .bold)
        let labels = ["Prénom", "Code PIN (4 à 8 chiffres)", "Rôle"]
        for i in 0..<3 {
            let y = top + 1 + i
            canvas.put(Chrome.pad(labels[i], 26) + ":", x: x, y: y, style: form.focus == i ? .bold : .plain)
            let fx = x + 28
            switch i {
            case 0:
                canvas.put(form.firstName.display(width: 24), x: fx, y: y)
                if form.focus == 0 { canvas.cursor = (fx + form.firstName.cursorOffset(width: 24), y) }
            case 1:
                canvas.put(form.pin.display(width: 8), x: fx, y: y)
                if form.focus == 1 { canvas.cursor = (fx + form.pin.cursorOffset(width: 8), y) }
            default:
                canvas.put("◀ \(form.role.label) ▶", x: fx, y: y, style: form.focus == 2 ? .selected : .plain)
                if form.focus == 2 { canvas.cursor = nil }
            }
        }
    }

    private static func drawPinForm(_ form: UsersState.PinForm, x: Int, top: Int, _ canvas: inout Canvas) {
        canvas.put(form.own ? "Changer votre code PIN" : "Nouveau code PIN pour \(form.target.firstName)", x: x, y: top, style: .bold)
        for (i, label) in form.labels.enumerated() {
            let y = top + 1 + i
            canvas.put(Chrome.pad(label, 30) + ":", x: x, y: y, style: form.focus == i ? .bold : .plain)
            let field = form[field: i]
            canvas.put(field.display(width: 8), x: x + 32, y: y)
            if form.focus == i { canvas.cursor = (x + 32 + field.cursorOffset(width: 8), y) }
        }
    }
}
