import Foundation
import ComptoirCore

/// Who is at the till: pick your name, type your PIN.
enum LoginScreen {
    enum Action: Sendable { case previous, next, clearPin, submit }

    /// The first binding answering to a key wins: ↑ goes back before "↑↓" is matched.
    static let keys = KeyTable<LoginContext, Action>([
        KeyBinding(.up, "Nom précédent", .previous).hidden,
        KeyBinding(.upDown, "Choisir son nom", help: "Choisit la personne qui tient la caisse", .next),
        KeyBinding(.enter, "Valider le code", help: "Vérifie le code PIN tapé", .submit),
        KeyBinding(.tab, "Nom suivant", .next).hidden,
        KeyBinding(.escape, "Effacer le code", .clearPin).hidden,
    ])

    static func handle(_ login: inout LoginState, _ context: LoginContext, _ key: Key) -> ([Effect], [LoginOutput]) {
        let users = context.activeUsers
        guard let action = keys.action(for: key, context) else {
            if login.pin.handle(key) { return ([], []) }
            if case .char = key {
                return ([], [.status(.error("Le code PIN ne contient que des chiffres."))])
            }
            return ([], [])
        }
        switch action {
        case .previous:
            login.list.cycle(by: -1, count: users.count)
            login.pin.clear()
            return ([], [])
        case .next:
            login.list.cycle(by: 1, count: users.count)
            login.pin.clear()
            return ([], [])
        case .clearPin:
            login.pin.clear()
            return ([], [])
        case .submit:
            guard users.indices.contains(login.selected) else { return ([], []) }
            if let seconds = login.wait?.seconds(for: users[login.selected].id, at: context.now) {
                login.pin.clear()
                return ([], [.status(.error(PinRefusal.wait(seconds: seconds).message))])
            }
            let pin = login.pin.text
            if pin.isEmpty {
                return ([], [.status(.error("Tapez votre code PIN puis Entrée."))])
            }
            login.pin.clear()
            return ([.login(.authenticate(userId: users[login.selected].id, pin: pin))], [])
        }
    }

    static func receive(_ login: inout LoginState, _ context: LoginContext, _ msg: LoginMsg) -> ([Effect], [LoginOutput]) {
        let activeUsers = context.activeUsers, now = context.now
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

    static func view(_ login: LoginState, _ context: LoginContext, _ canvas: inout Canvas) {
        let users = context.activeUsers
        let x = 14
        canvas.put("Bienvenue ! Qui tient la caisse ?", x: x, y: 3, style: .bold)
        let listTop = 5
        let room = max(1, canvas.height - 14)
        login.list.draw(count: users.count, &canvas, x: x, y: listTop, width: canvas.width - x, height: room) { row, selected in
            let user = users[row]
            var text = ListState.marker(selected) + Chrome.pad(user.firstName, 18) + Chrome.pad(user.role.label, 13)
            if user.locked {
                text += "verrouillé"
            } else if let pin = context.demoPins?[user.id] {
                text += "démo : code \(pin)"
            }
            return (Chrome.pad(text, 50), .plain)
        }
        let y = listTop + min(room, users.count) + 1
        let name = users.indices.contains(login.selected) ? users[login.selected].firstName : ""
        canvas.put("Code PIN \(French.de(name)) :", x: x, y: y)
        let fieldX = x + 14 + name.count
        canvas.put(login.pin.display(width: 8), x: fieldX, y: y)
        canvas.cursor = (fieldX + login.pin.cursorOffset(width: 8), y)
        if users.indices.contains(login.selected),
           let seconds = login.wait?.seconds(for: users[login.selected].id, at: context.now) {
            canvas.put("Trop de codes faux. Patientez \(seconds) s.", x: x, y: y + 1, style: .bold)
        }
        canvas.put("Choisissez votre nom avec les flèches, tapez votre code, puis Entrée.", x: x - 6, y: y + 2, style: Style(dim: true))
    }
}
