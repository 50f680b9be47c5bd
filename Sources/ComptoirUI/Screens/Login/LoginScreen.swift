import Foundation
import ComptoirCore

/// Who is at the till: pick your name, type your PIN.
enum LoginScreen {
    static let hints = [
        KeyHint("↑↓", "Choisir son nom", help: "Choisit la personne qui tient la caisse"),
        KeyHint("Entrée", "Valider le code", help: "Vérifie le code PIN tapé"),
    ]

    static func handle(_ state: inout AppState, _ key: Key) -> [Effect] {
        let users = state.activeUsers
        switch key {
        case .up:
            if !users.isEmpty { state.login.selected = (state.login.selected + users.count - 1) % users.count }
            state.login.pin.clear()
            return []
        case .down, .tab:
            if !users.isEmpty { state.login.selected = (state.login.selected + 1) % users.count }
            state.login.pin.clear()
            return []
        case .escape:
            state.login.pin.clear()
            return []
        case .enter:
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
        default:
            if state.login.pin.handle(key) { return [] }
            if case .char = key {
                state.status = .error("Le code PIN ne contient que des chiffres.")
            }
            return []
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
        let first = max(0, min(state.login.selected - room + 1, users.count - room))
        for (row, user) in users.enumerated().dropFirst(first).prefix(room) {
            let y = listTop + row - first
            let selected = row == state.login.selected
            var text = (selected ? "▶ " : "  ") + Chrome.pad(user.firstName, 18) + Chrome.pad(user.role.label, 13)
            if user.locked {
                text += "verrouillé"
            } else if let pin = state.context.demoPins?[user.id] {
                text += "démo : code \(pin)"
            }
            canvas.put(Chrome.pad(text, 50), x: x, y: y, style: selected ? .selected : .plain)
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
