import Foundation
import ComptoirCore

/// Who is at the till: pick your name, type your PIN.
enum LoginScreen {
    enum Action: Sendable { case previous, next, clearPin, submit }

    /// The first binding answering to a key wins: ↑ goes back before "↑↓" is matched.
    static let keys = KeyTable<AppState, Action>([
        KeyBinding(.up, "Nom précédent", .previous).hidden,
        KeyBinding(.upDown, "Choisir son nom", help: "Choisit la personne qui tient la caisse", .next),
        KeyBinding(.enter, "Valider le code", help: "Vérifie le code PIN tapé", .submit),
        KeyBinding(.tab, "Nom suivant", .next).hidden,
        KeyBinding(.escape, "Effacer le code", .clearPin).hidden,
    ])

    static func handle(_ state: inout AppState, _ key: Key) -> [Effect] {
        let users = state.activeUsers
        guard let action = keys.action(for: key, state) else {
            if state.login.pin.handle(key) { return [] }
            if case .char = key {
                state.status = .error("Le code PIN ne contient que des chiffres.")
            }
            return []
        }
        switch action {
        case .previous:
            state.login.list.cycle(by: -1, count: users.count)
            state.login.pin.clear()
            return []
        case .next:
            state.login.list.cycle(by: 1, count: users.count)
            state.login.pin.clear()
            return []
        case .clearPin:
            state.login.pin.clear()
            return []
        case .submit:
            guard users.indices.contains(state.login.selected) else { return [] }
            if let seconds = state.login.wait?.seconds(for: users[state.login.selected].id, at: state.now) {
                state.status = .error(PinRefusal.wait(seconds: seconds).message)
                state.login.pin.clear()
                return []
            }
            let pin = state.login.pin.text
            if pin.isEmpty {
                state.status = .error("Tapez votre code PIN puis Entrée.")
                return []
            }
            state.login.pin.clear()
            return [.login(.authenticate(userId: users[state.login.selected].id, pin: pin))]
        }
    }

    /// `activeUsers`: the accounts the list shows, `now`: for the wait after wrong PINs.
    static func receive(_ login: inout LoginState, activeUsers: [UserSummary], now: Date,
                        _ msg: LoginMsg) -> ([Effect], [LoginOutput]) {
        switch msg {
        case .usersLoaded(let users):
            login.selected = min(login.selected, max(0, users.filter(\.active).count - 1))
            return ([], [.usersLoaded(users)])
        case .sessionOpened(let session):
            return ([], [.sessionOpened(session)])
        case .loggedIn(let user, let session):
            login = LoginState()
            return ([], [.loggedIn(user, session)])
        case .loginRefused(let refusal):
            guard activeUsers.indices.contains(login.selected) else { return ([], [.status(.error(refusal.message))]) }
            login.wait = PinWait.after(refusal, userId: activeUsers[login.selected].id, now: now)
            // Locked or deactivated meanwhile: the list shows it.
            return (refusal == .locked || refusal == .inactive ? [.login(.loadUsers)] : [], [.status(.error(refusal.message))])
        }
    }

    static func view(_ state: AppState, _ canvas: inout Canvas) {
        let users = state.activeUsers
        let x = 14
        canvas.put("Bienvenue ! Qui tient la caisse ?", x: x, y: 3, style: .bold)
        let listTop = 5
        let room = max(1, canvas.height - 14)
        state.login.list.draw(count: users.count, &canvas, x: x, y: listTop, width: canvas.width - x, height: room) { row, selected in
            let user = users[row]
            var text = ListState.marker(selected) + Chrome.pad(user.firstName, 18) + Chrome.pad(user.role.label, 13)
            if user.locked {
                text += "verrouillé"
            } else if let pin = state.context.demoPins?[user.id] {
                text += "démo : code \(pin)"
            }
            return (Chrome.pad(text, 50), .plain)
        }
        let y = listTop + min(room, users.count) + 1
        let name = users.indices.contains(state.login.selected) ? users[state.login.selected].firstName : ""
        canvas.put("Code PIN de \(name) :", x: x, y: y)
        let fieldX = x + 14 + name.count
        canvas.put(state.login.pin.display(width: 8), x: fieldX, y: y)
        canvas.cursor = (fieldX + state.login.pin.cursorOffset(width: 8), y)
        if users.indices.contains(state.login.selected),
           let seconds = state.login.wait?.seconds(for: users[state.login.selected].id, at: state.now) {
            canvas.put("Trop de codes faux. Patientez \(seconds) s.", x: x, y: y + 1, style: .bold)
        }
        canvas.put("Choisissez votre nom avec les flèches, tapez votre code, puis Entrée.", x: x - 6, y: y + 2, style: Style(dim: true))
    }
}
