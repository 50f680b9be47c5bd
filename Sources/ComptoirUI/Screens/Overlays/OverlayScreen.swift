import Foundation
import ComptoirCore

/// The help box and the O/N questions drawn over a screen.
enum OverlayScreen {
    enum ApprovalAction: Sendable { case previous, next, switchField, submit, cancel }
    enum ParkedAction: Sendable { case previous, next, resume, close }
    enum Answer: Sendable { case yes, no }

    /// The first binding answering to a key wins: ↑ is taken before "↑↓".
    static let approvalKeys = KeyTable<AppState, ApprovalAction>([
        KeyBinding(.up, "responsable", .previous).hidden,
        KeyBinding(.upDown, "responsable", .next),
        KeyBinding(.tab, "champ", .switchField),
        KeyBinding(.backTab, "champ", .switchField).hidden,
        KeyBinding(.enter, "valider", .submit),
        KeyBinding(.escape, "annuler", .cancel),
    ])

    static let parkedKeys = KeyTable<AppState, ParkedAction>([
        KeyBinding(.up, "choisir", .previous).hidden,
        KeyBinding(.upDown, "choisir", .next),
        KeyBinding(.enter, "reprendre", .resume),
        KeyBinding(.escape, "fermer", .close),
    ])

    /// An O/N question; the context says whether Entrée answers yes.
    static let answerKeys = KeyTable<Bool, Answer>([
        KeyBinding(.char("o"), "oui", .yes),
        KeyBinding(.char("n"), "non", .no),
        KeyBinding(.escape, "non", .no),
        KeyBinding(.enter, "oui", .yes).when { $0 },
        KeyBinding(.enter, "non", .no).when { !$0 },
    ])

    static func handle(_ state: inout AppState, _ overlay: Overlay, _ key: Key) -> [Effect] {
        switch overlay {
        case .help:
            return HelpOverlay.handle(&state, key)
        case .approval(var form):
            switch approvalKeys.action(for: key, state) {
            case .cancel?:
                state.overlay = nil
                state.status = .info("Annulé.")
                return []
            case .previous?: form.selected = max(0, form.selected - 1); form.pin.clear()
            case .next?: form.selected = min(form.managers.count - 1, form.selected + 1); form.pin.clear()
            case .switchField?: form.focus = 1 - form.focus
            case .submit?:
                if form.pin.isEmpty {
                    form.focus = 0
                    state.status = .error("Le responsable tape son code PIN.")
                } else if form.reason.trimmed.isEmpty {
                    form.focus = 1
                    state.status = .error("Tapez la raison, par exemple : faire de la monnaie.")
                } else if let problem = JournaledReason.problem(form.reason.trimmed) {
                    form.focus = 1
                    state.status = .error(problem)
                } else if let seconds = form.wait?.seconds(for: form.managers[form.selected].id, at: state.now) {
                    form.pin.clear()
                    state.status = .error(ApprovalRefusal.pin(.wait(seconds: seconds)).message)
                } else if let user = state.user {
                    let pin = form.pin.text
                    form.pin.clear()
                    state.overlay = .approval(form)
                    return [form.purpose.effect(Approval(managerId: form.managers[form.selected].id, pin: pin,
                                                         reason: form.reasonToSend, operatorId: user.id))]
                }
            case nil:
                if form.focus == 0 { _ = form.pin.handle(key) } else { _ = form.reason.handle(key) }
            }
            state.overlay = .approval(form)
            return []
        case .parked(let tickets, let selected):
            switch parkedKeys.action(for: key, state) {
            case .previous?: state.overlay = .parked(tickets, selected: max(0, selected - 1))
            case .next?: state.overlay = .parked(tickets, selected: min(tickets.count - 1, selected + 1))
            case .close?: state.overlay = nil
            case .resume?:
                state.overlay = nil
                guard let user = state.user, tickets.indices.contains(selected) else { return [] }
                guard state.sale.cart.isEmpty else {
                    state.status = .error("Encaissez ou mettez en attente le ticket en cours avant d'en reprendre un autre.")
                    return []
                }
                return [.sale(.resumeParked(id: tickets[selected].id, operatorId: user.id))]
            case nil: break
            }
            return []
        case .confirm(.receipt(let number, let defaultYes)):
            guard let answer = answerKeys.action(for: key, defaultYes) else { return [] }
            state.overlay = nil
            guard case .yes = answer, let user = state.user else { return [] }
            return [.sale(.printReceipt(number: number, duplicate: false, openDrawer: false, operatorId: user.id))]
        case .confirm(let question):
            switch answerKeys.action(for: key, true) {
            case nil:
                return []
            case .no?:
                state.overlay = nil
                if case .closePeriod(let due) = question { return App.postponePeriodClosing(&state, due) }
                if case .applyRetention = question {
                    state.status = .info("Durées de conservation pas appliquées : elles seront proposées à la prochaine connexion (ou : comptoir retention apply).")
                }
                return []
            case .yes?:
                break
            }
            state.overlay = nil
            switch question {
            case .quit:
                // Whoever is logged in leaves with the program (journaled).
                return (state.user.map { [.login(.logout(userId: $0.id, quitting: true))] } ?? []) + [.quit]
            case .abandonTicket:
                state.sale = SaleState()
                state.status = .info("Ticket abandonné : rien n'a été enregistré.")
                return []
            case .deactivate(let user):
                guard let actor = state.user else { return [] }
                return [.users(.deactivateUser(userId: user.id, actorId: actor.id))]
            case .reactivate(let user):
                guard let actor = state.user else { return [] }
                return [.users(.reactivateUser(userId: user.id, actorId: actor.id))]
            case .receipt:
                return []  // answered above
            case .closePeriod(let due):
                return App.closePeriod(&state, due)
            case .applyRetention:
                guard let user = state.user, user.role.isManager else { return [] }
                state.status = .info("Application des durées de conservation…")
                return [.closing(.applyRetention(operatorId: user.id))]
            }
        }
    }

    static func view(_ state: AppState, _ overlay: Overlay, _ canvas: inout Canvas) {
        switch overlay {
        case .help:
            HelpOverlay.draw(state, &canvas)
        case .parked(let tickets, let selected):
            drawParked(state, tickets, selected, &canvas)
        case .approval(let form):
            drawApproval(state, form, &canvas)
        case .confirm(let question):
            let (title, lines) = texts(state, question)
            let width = min(canvas.width - 4, max(44, (lines.map(\.count).max() ?? 0) + 6))
            let height = lines.count + 4
            let x = (canvas.width - width) / 2, y = (canvas.height - height) / 2
            let inner = Chrome.box(&canvas, x: x, y: y, width: width, height: height, title: title)
            for (i, line) in lines.enumerated() {
                canvas.put(line, x: inner.x, y: inner.y + i, maxWidth: width - 4)
            }
            var answer = "O = oui     N ou Échap = non"
            if case .receipt(_, let defaultYes) = question {
                answer = defaultYes ? "O ou Entrée = oui     N ou Échap = non" : "O = oui     N, Échap ou Entrée = non"
            }
            canvas.put(answer, x: inner.x, y: inner.y + lines.count + 1, style: .bold)
        }
    }

    private static func texts(_ state: AppState, _ question: Confirmation) -> (String, [String]) {
        switch question {
        case .quit:
            var lines = ["Quitter Comptoir ?"]
            if !state.sale.cart.isEmpty {
                lines.append("Le ticket en cours (\(state.sale.cart.total.formatted)) n'est pas")
                lines.append("encaissé : il ne sera pas enregistré.")
            } else {
                lines.append("Les ventes encaissées sont enregistrées.")
            }
            return ("Quitter", lines)
        case .abandonTicket:
            return ("Abandonner le ticket", [
                "Abandonner le ticket en cours (\(state.sale.cart.total.formatted)) ?",
                "Rien ne sera enregistré.",
            ])
        case .receipt(let number, _):
            return ("Ticket", ["Le client veut-il son ticket n° \(state.ticketName(number)) ?"])
        case .deactivate(let user):
            return ("Désactiver", [
                "Désactiver \(user.firstName) (\(user.role.label)) ?",
                "Ce compte ne pourra plus se connecter.",
            ])
        case .closePeriod(let due):
            return ("Clôture " + (due.kind == .year ? "de l'année" : "du mois"), App.periodClosingQuestion(due))
        case .applyRetention(let due):
            return ("Données personnelles", App.retentionQuestion(due))
        case .reactivate(let user):
            return ("Réactiver", [
                "Réactiver \(user.firstName) (\(user.role.label)) ?",
                "Ce compte pourra de nouveau se connecter ; ses codes faux sont oubliés.",
            ])
        }
    }

    /// Words of `text` in lines of at most `width` characters (a longer word is cut).
    /// Never at a space French keeps (before `€ : ; ! ? »`, after `«`: French.gluingSpaces),
    /// unless the glued group alone is wider than the line.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        let words = French.gluingSpaces(text).split(separator: " ").flatMap { group in
            group.count > width ? French.plainSpaces(group).split(separator: " ") : [group]
        }
        for word in words {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines.map { French.plainSpaces($0) }
    }

    /// The answer to an approval the ledger refused: the form stays, the PIN is cleared, the
    /// wait (if any) shows in the form.
    static func approvalRefused(_ state: inout AppState, _ refusal: ApprovalRefusal) -> [Effect] {
        state.status = .error(refusal.message)
        guard case .approval(var form)? = state.overlay else { return [] }
        form.pin.clear()
        form.focus = 0
        if case .pin(let pin) = refusal, form.managers.indices.contains(form.selected) {
            form.wait = PinWait.after(pin, userId: form.managers[form.selected].id, now: state.now) ?? form.wait
            if pin == .locked { form.managers[form.selected].locked = true }
        }
        state.overlay = .approval(form)
        return []
    }

    private static func drawApproval(_ state: AppState, _ form: ApprovalForm, _ canvas: inout Canvas) {
        let now = state.now
        var rows = min(form.managers.count, 6)
        var width = 64
        var ticketRows: [String] = []
        // Above the status line (two rows kept for it) and the key bar.
        let bottom = canvas.height - Chrome.keyBarHeight(App.hints(state), width: canvas.width) - 2
        if let ticket = form.ticket {
            // The ticket above the PIN, in the room left.
            width = min(canvas.width - 2, 76)
            rows = min(rows, 4)
            let room = bottom - 1 - (rows + 8) - 1
            ticketRows = ticket.rows(width: width - 4, maxRows: max(3, room), timeZone: state.context.timeZone) + [""]
        }
        let height = rows + 8 + ticketRows.count
        let x = (canvas.width - width) / 2
        let y = form.ticket == nil ? max(1, (canvas.height - height) / 2) : 1 + max(0, (bottom - 1 - height) / 2)
        var inner = Chrome.box(&canvas, x: x, y: y, width: width, height: height, title: form.purpose.title(naming: { TicketName.format($0, trainingBase: form.trainingBase) }))
        for (i, row) in ticketRows.enumerated() {
            canvas.put(row, x: inner.x, y: inner.y + i, style: i == 0 || i == ticketRows.count - 3 ? .bold : .plain, maxWidth: width - 4)
        }
        inner.y += ticketRows.count
        canvas.put("Responsable :", x: inner.x, y: inner.y)
        ListState(selected: form.selected).draw(count: form.managers.count, &canvas, x: inner.x + 2, y: inner.y + 1,
                                                width: canvas.width - inner.x - 2, height: rows) { i, selected in
            let manager = form.managers[i]
            let text = ListState.marker(selected) + Chrome.pad(manager.firstName, 18)
                + (manager.locked ? Chrome.pad(manager.role.label, 13) + "verrouillé" : manager.role.label)
            return (Chrome.pad(text, max(40, text.count)), .plain)
        }
        let pinY = inner.y + rows + 2
        canvas.put("Code PIN :", x: inner.x, y: pinY, style: form.focus == 0 ? .bold : .plain)
        canvas.put(form.pin.display(width: 8), x: inner.x + 11, y: pinY)
        canvas.put("Raison :", x: inner.x, y: pinY + 1, style: form.focus == 1 ? .bold : .plain)
        canvas.put(form.reason.display(width: 45), x: inner.x + 11, y: pinY + 1)
        canvas.cursor = form.focus == 0
            ? (inner.x + 11 + form.pin.cursorOffset(width: 8), pinY)
            : (inner.x + 11 + form.reason.cursorOffset(width: 45), pinY + 1)
        if form.managers.indices.contains(form.selected),
           let seconds = form.wait?.seconds(for: form.managers[form.selected].id, at: now) {
            canvas.put("Trop de codes faux. Patientez \(seconds) s.", x: inner.x, y: y + height - 3, style: .bold)
        } else if form.focus == 1 {
            // The reason is journaled for good: why, never who.
            canvas.put("Sans nom ni détail personnel : la raison reste au journal.", x: inner.x, y: y + height - 3,
                       style: Style(dim: true), maxWidth: width - 4)
        }
        canvas.put(approvalKeys.line(state, separator: "  "), x: inner.x, y: y + height - 2, style: .bold)
    }

    private static func drawParked(_ state: AppState, _ tickets: [ParkedTicket], _ selected: Int, _ canvas: inout Canvas) {
        let rows = min(tickets.count, canvas.height - 10)
        let width = 60, height = rows + 4
        let x = (canvas.width - width) / 2, y = max(1, (canvas.height - height) / 2)
        let inner = Chrome.box(&canvas, x: x, y: y, width: width, height: height, title: "Tickets en attente")
        ListState(selected: selected).draw(count: tickets.count, &canvas, x: inner.x, y: inner.y,
                                           width: canvas.width - inner.x, height: rows) { i, isSelected in
            let ticket = tickets[i]
            let time = String(Chrome.clock(ticket.parkedAt, state.context.timeZone).suffix(5))
            let count = "\(ticket.itemCount) art."
            let text = ListState.marker(isSelected) + time + "  " + Chrome.pad(ticket.till, 14)
                + Chrome.right(count, 9) + Chrome.right(ticket.total.formatted, 14)
            return (Chrome.pad(text, width - 4), .plain)
        }
        canvas.put(parkedKeys.line(state, separator: "   "), x: inner.x, y: y + height - 2, style: .bold)
    }
}
