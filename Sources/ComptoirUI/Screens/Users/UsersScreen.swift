import ComptoirCore

/// Managing the people who use the till (responsables and admins); a bénévole only
/// changes their own PIN here.
enum UsersScreen {
    static func hints(_ state: AppState) -> [KeyHint] {
        if state.admin.pinForm != nil {
            return [
                KeyHint("Tab", "Champ suivant"),
                KeyHint("Entrée", "Valider", help: "Champ suivant, puis enregistre le nouveau code"),
                KeyHint("Échap", "Annuler"),
            ]
        }
        let own = KeyHint("F6", "Mon code", alt: "Alt+C", help: "Change votre code PIN : l'ancien, puis deux fois le nouveau")
        guard state.user?.role.isManager == true else {
            return [own, KeyHint("Échap", "Retour à la vente")]
        }
        if state.admin.form != nil {
            return [
                KeyHint("Tab", "Champ suivant"),
                KeyHint("←→", "Rôle", help: "Change le rôle (sur le champ Rôle)"),
                KeyHint("Entrée", "Créer", help: "Champ suivant, puis crée le compte"),
                KeyHint("Échap", "Annuler"),
            ]
        }
        return [
            KeyHint("↑↓", "Choisir"),
            KeyHint("F2", "Ajouter", alt: "Alt+N", help: "Ajoute un bénévole ou un responsable"),
            KeyHint("F3", "Changer le rôle", alt: "Alt+R", help: "bénévole → responsable → admin → bénévole"),
            KeyHint("F4", "Désactiver", alt: "Alt+S", help: "Le compte ne peut plus se connecter (demande confirmation)"),
            KeyHint("F5", state.training ? "Quitter la formation" : "Mode formation", alt: "Alt+F",
                    help: "Ventes fictives sur une copie de la caisse, pour apprendre (demande confirmation)"),
            own,
            KeyHint("F7", "Nouveau code", alt: "Alt+P",
                    help: "Donne un nouveau code à la personne choisie (un responsable aux bénévoles, un admin à tous)"),
        ] + (state.user?.role == .admin
            ? [KeyHint("F8", "Réactiver", alt: "Alt+A", help: "Rend son usage à un compte désactivé ou verrouillé (admin)")]
            : []) + [
            KeyHint("Échap", "Retour à la vente"),
        ]
    }

    /// The accounts listed: all of them for a manager, one's own for a bénévole.
    static func listed(_ state: AppState) -> [UserSummary] {
        guard let user = state.user else { return [] }
        return user.role.isManager ? state.users : state.users.filter { $0.id == user.id }
    }

    static func handle(_ state: inout AppState, _ key: Key) -> [Effect] {
        if state.admin.pinForm != nil { return handlePinForm(&state, key) }
        if state.admin.form != nil { return handleForm(&state, key) }
        let users = listed(state)
        switch key {
        case .escape:
            state.screen = .sale
            state.status = StatusLine()
            return []
        case .up:
            state.admin.selected = max(0, state.admin.selected - 1)
            return []
        case .down:
            state.admin.selected = min(max(0, users.count - 1), state.admin.selected + 1)
            return []
        default:
            break
        }
        guard let actor = state.user else { return [] }
        if App.matches(key, f: 6, alt: "c") {
            state.admin.pinForm = UsersState.PinForm(target: actor, own: true)
            state.status = .info("Votre code PIN : l'ancien, puis deux fois le nouveau.")
            return []
        }
        guard actor.role.isManager else {
            if [2, 3, 4, 5, 7, 8].contains(where: { key == .function($0) }) {
                state.status = .error("Réservé aux responsables : ici, vous changez votre code PIN (F6).")
            }
            return []
        }
        if App.matches(key, f: 5, alt: "f") {
            state.askApproval(.training(!state.training), state.training
                ? "Quitter le mode formation : un responsable tape son code PIN (noté au journal)."
                : "Mode formation : un responsable tape son code PIN (noté au journal) ; les ventes seront fictives.")
            return []
        }
        if App.matches(key, f: 2, alt: "n") {
            state.admin.form = UsersState.AddForm()
            state.status = .info("Nouveau compte : prénom, code PIN et rôle.")
            return []
        }
        guard users.indices.contains(state.admin.selected) else { return [] }
        let target = users[state.admin.selected]
        if App.matches(key, f: 3, alt: "r") {
            guard target.active else {
                state.status = .error("\(target.firstName) est désactivé : son rôle ne change plus.")
                return []
            }
            return [.users(.setRole(userId: target.id, role: nextRole(after: target.role, by: 1, actor: actor), actorId: actor.id))]
        }
        if App.matches(key, f: 4, alt: "s") {
            guard target.active else {
                state.status = .info("\(target.firstName) est déjà désactivé.")
                return []
            }
            guard target.id != actor.id else {
                state.status = .error("Vous ne pouvez pas désactiver votre propre compte.")
                return []
            }
            state.overlay = .confirm(.deactivate(target))
        }
        if App.matches(key, f: 7, alt: "p") {
            if let problem = resetProblem(target, actor: actor) {
                state.status = .error(problem)
                return []
            }
            state.admin.pinForm = UsersState.PinForm(target: target, own: false)
            state.status = .info("Nouveau code pour \(target.firstName) : tapez-le deux fois.")
        }
        if App.matches(key, f: 8, alt: "a") {
            guard actor.role == .admin else {
                state.status = .error("Seul un admin réactive un compte.")
                return []
            }
            guard !target.usable else {
                state.status = .info("\(target.firstName) est actif et pas verrouillé : rien à réactiver.")
                return []
            }
            state.overlay = .confirm(.reactivate(target))
        }
        return []
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

    private static func handlePinForm(_ state: inout AppState, _ key: Key) -> [Effect] {
        guard var form = state.admin.pinForm, let actor = state.user else { return [] }
        defer { if state.admin.pinForm != nil { state.admin.pinForm = form } }
        let count = form.labels.count
        switch key {
        case .escape:
            state.admin.pinForm = nil
            state.status = .info("Code PIN inchangé.")
            return []
        case .tab, .down:
            form.focus = (form.focus + 1) % count
            return []
        case .backTab, .up:
            form.focus = (form.focus + count - 1) % count
            return []
        case .enter:
            if form.focus < count - 1 { form.focus += 1; return [] }
            if form.own && form.old.isEmpty {
                form.focus = 0
                state.status = .error("Tapez d'abord votre code PIN actuel.")
                return []
            }
            let first = form.own ? 1 : 0
            if let problem = PinRule.problem(with: form.new.text) {
                form.focus = first
                state.status = .error(problem)
                return []
            }
            guard form.new.text == form.again.text else {
                form.new.clear()
                form.again.clear()
                form.focus = first
                state.status = .error("Les deux nouveaux codes ne sont pas identiques : retapez-les.")
                return []
            }
            if form.own {
                return [.users(.changeOwnPin(userId: actor.id, oldPin: form.old.text, newPin: form.new.text))]
            }
            return [.users(.resetPin(userId: form.target.id, pin: form.new.text, actorId: actor.id))]
        default:
            var field = form[field: form.focus]
            _ = field.handle(key)
            form[field: form.focus] = field
            return []
        }
    }

    static func receive(_ admin: inout UsersState, _ msg: UsersMsg) -> ([Effect], [UsersOutput]) {
        switch msg {
        case .usersChanged(let users, let message):
            admin.form = nil
            admin.pinForm = nil
            admin.selected = min(admin.selected, max(0, users.count - 1))
            return ([], [.usersChanged(users), .status(.success(message))])
        case .ownPinRefused(let refusal):
            admin.pinForm?.clear()
            // Locked meanwhile: the lists show it.
            return (refusal == .locked ? [.login(.loadUsers)] : [],
                    [.status(.error(refusal.message + " Votre code n'a pas changé."))])
        }
    }

    private static func handleForm(_ state: inout AppState, _ key: Key) -> [Effect] {
        guard var form = state.admin.form, let actor = state.user else { return [] }
        defer { if state.admin.form != nil { state.admin.form = form } }
        switch key {
        case .escape:
            state.admin.form = nil
            state.status = .info("Ajout annulé.")
            return []
        case .tab, .down:
            form.focus = (form.focus + 1) % 3
            return []
        case .backTab, .up:
            form.focus = (form.focus + 2) % 3
            return []
        case .left where form.focus == 2, .right where form.focus == 2:
            form.role = nextRole(after: form.role, by: key == .right ? 1 : -1, actor: actor)
            return []
        case .enter:
            if form.focus < 2 { form.focus += 1; return [] }
            if let problem = AccountCheck.problem(firstName: form.firstName, pin: form.pin, who: "de la personne") {
                form.focus = problem.field
                state.status = .error(problem.message)
                return []
            }
            return [.users(.createUser(firstName: form.firstName.trimmed, pin: form.pin.text, role: form.role, actorId: actor.id))]
        default:
            switch form.focus {
            case 0: _ = form.firstName.handle(key)
            case 1: _ = form.pin.handle(key)
            default:
                if key == .char(" ") { form.role = nextRole(after: form.role, by: 1, actor: actor) }
            }
            return []
        }
    }

    /// Only an admin gives the admin role: for a responsable the choice skips it.
    static func nextRole(after role: Role, by step: Int, actor: UserSummary) -> Role {
        let next = role.cycled(by: step)
        return next == .admin && actor.role != .admin ? next.cycled(by: step) : next
    }

    static func view(_ state: AppState, _ canvas: inout Canvas) {
        let x = 4
        canvas.put("Utilisateurs de la caisse", x: x, y: 3, style: .bold)
        canvas.put("  " + Chrome.pad("Prénom", 18) + Chrome.pad("Rôle", 14) + "État", x: x, y: 5, style: .bold)
        let formHeight = state.admin.form == nil && state.admin.pinForm == nil ? 0 : 7
        let rows = max(1, canvas.height - 12 - formHeight)
        let users = listed(state)
        let first = max(0, min(state.admin.selected - rows + 1, users.count - rows))
        for (i, user) in users.enumerated().dropFirst(first).prefix(rows) {
            let selected = state.admin.form == nil && state.admin.pinForm == nil && i == state.admin.selected
            let text = (selected ? "▶ " : "  ") + Chrome.pad(user.firstName, 18) + Chrome.pad(user.role.label, 14)
                + Chrome.pad(!user.active ? "désactivé" : user.locked ? "verrouillé" : "actif", 12)
            canvas.put(text, x: x, y: 6 + i - first, style: selected ? .selected : (user.active ? .plain : Style(dim: true)))
        }
        if let form = state.admin.pinForm {
            drawPinForm(form, x: x, top: 6 + rows + 1, &canvas)
            return
        }
        guard let form = state.admin.form else { return }
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
