import ArgumentParser
import Foundation
import ComptoirCore
import ComptoirLedger
import ComptoirRuntime

/// `comptoir users`: list, add, change the role of, deactivate the people at the till.
/// Every change is made in the name of a responsable who types their PIN.
struct UsersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users",
        abstract: "Gère les utilisateurs de la caisse (liste, ajout, rôle, code PIN, désactivation, réactivation).",
        subcommands: [List.self, Add.self, SetRole.self, Pin.self, Deactivate.self, Reactivate.self],
        defaultSubcommand: List.self
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "Liste les utilisateurs.")
        @OptionGroup var options: CommonOptions

        func run() throws {
            let shop = try Shop.open(options)
            let users = try ledgerCall { try shop.ledger.users(includeInactive: true) }
            if users.isEmpty {
                print("Aucun utilisateur. Créez le premier : comptoir users add PRÉNOM --role admin")
                return
            }
            print(pad("Prénom", 20) + pad("Rôle", 14) + "État")
            for user in users {
                print(pad(user.firstName, 20) + pad(user.role.label, 14)
                      + (!user.active ? "désactivé" : user.locked ? "verrouillé" : "actif"))
            }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Ajoute un utilisateur. Le code PIN est demandé (lu sur l'entrée standard sans écho)."
        )
        @OptionGroup var options: CommonOptions
        @Argument(help: ArgumentHelp("Prénom (ou pseudonyme).", valueName: "prénom")) var firstName: String
        @Option(help: ArgumentHelp("Rôle : benevole, responsable ou admin.", valueName: "rôle")) var role: String = "benevole"
        @Option(name: .customLong("as"), help: ArgumentHelp("Prénom du responsable qui autorise (inutile pour le tout premier compte).", valueName: "prénom"))
        var actor: String?

        func run() throws {
            let shop = try Shop.open(options)
            let role = try parseRole(role)
            let hasUsers = try ledgerCall { try shop.ledger.hasUsers() }
            var actorId: Int64?
            if hasUsers {
                actorId = try authenticateManager(shop, actor)
            } else if role != .admin && role != .responsable {
                throw Failure("Le premier compte doit être responsable ou admin (--role admin).")
            }
            let pin = try readNewPin("Code PIN \(French.de(firstName)) (4 à 8 chiffres) : ", nothing: "rien n'a été créé")
            let user = try ledgerCall {
                try shop.ledger.createUser(firstName: firstName, pin: pin, role: role, by: actorId, till: shop.tillName)
            }
            print("Compte \(French.de(PrintableText.sanitized(user.firstName))) (\(user.role.label)) créé.")
        }
    }

    struct SetRole: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "role", abstract: "Change le rôle d'un utilisateur.")
        @OptionGroup var options: CommonOptions
        @Argument(help: ArgumentHelp("Prénom de l'utilisateur.", valueName: "prénom")) var firstName: String
        @Argument(help: ArgumentHelp("Nouveau rôle : benevole, responsable ou admin.", valueName: "rôle")) var role: String
        @Option(name: .customLong("as"), help: ArgumentHelp("Prénom du responsable qui autorise.", valueName: "prénom")) var actor: String?

        func run() throws {
            let shop = try Shop.open(options)
            let role = try parseRole(role)
            let target = try findUser(shop, firstName)
            let actorId = try authenticateManager(shop, actor)
            try ledgerCall { try shop.ledger.setRole(userId: target.id, role: role, by: actorId, till: shop.tillName) }
            print("\(PrintableText.sanitized(target.firstName)) est maintenant \(role.label).")
        }
    }

    struct Pin: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "pin",
            abstract: "Change un code PIN : le vôtre (l'ancien est demandé), ou avec --as celui d'un autre "
                + "(un responsable pour un bénévole, un admin pour tous)."
        )
        @OptionGroup var options: CommonOptions
        @Argument(help: ArgumentHelp("Prénom de l'utilisateur dont le code change.", valueName: "prénom")) var firstName: String
        @Option(name: .customLong("as"), help: ArgumentHelp("Prénom du responsable qui donne un nouveau code à quelqu'un d'autre.", valueName: "prénom"))
        var actor: String?

        func run() throws {
            let shop = try Shop.open(options)
            let target = try findUser(shop, firstName)
            if let actor, actor.lowercased() != target.firstName.lowercased() {
                let actorId = try authenticateManager(shop, actor, action: "donner un nouveau code PIN")
                let pin = try readNewPin("Nouveau code PIN de \(target.firstName) (4 à 8 chiffres) : ", nothing: "rien n'a été changé")
                try ledgerCall { try shop.ledger.resetPin(userId: target.id, pin: pin, by: actorId, till: shop.tillName) }
                print("Nouveau code PIN de \(target.firstName) enregistré."
                      + (target.locked ? " Son compte reste verrouillé : un admin le réactive (comptoir users reactivate)." : ""))
                return
            }
            if let refusal = try ledgerCall({ try shop.ledger.pinRefusalBeforeCheck(userId: target.id, now: Date()) }) {
                throw Failure(refusal.message + " Rien n'a été changé.")
            }
            let old = try readSecret("Code PIN actuel de \(target.firstName) : ")
            // Checked (and counted) before the new one is asked; checked again with the change.
            if case .refused(let refusal) = try ledgerCall({
                try shop.ledger.checkPin(userId: target.id, pin: old, at: .ownPin, now: Date(), till: shop.tillName)
            }) {
                throw Failure(refusal.message + " Rien n'a été changé.")
            }
            let pin = try readNewPin("Nouveau code PIN (4 à 8 chiffres) : ", nothing: "rien n'a été changé")
            let verdict = try ledgerCall {
                try shop.ledger.changeOwnPin(userId: target.id, oldPin: old, newPin: pin, now: Date(), till: shop.tillName)
            }
            if case .refused(let refusal) = verdict { throw Failure(refusal.message + " Rien n'a été changé.") }
            print("Code PIN \(French.de(target.firstName)) changé.")
        }
    }

    struct Reactivate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reactivate",
            abstract: "Réactive un compte désactivé ou verrouillé (un admin ; sans --as seulement si aucun admin ne peut plus se connecter)."
        )
        @OptionGroup var options: CommonOptions
        @Argument(help: ArgumentHelp("Prénom de l'utilisateur.", valueName: "prénom")) var firstName: String
        @Option(name: .customLong("as"), help: ArgumentHelp("Prénom de l'admin qui autorise.", valueName: "prénom")) var actor: String?

        func run() throws {
            let shop = try Shop.open(options)
            let users = try ledgerCall { try shop.ledger.users(includeInactive: true) }
                .filter { $0.firstName.lowercased() == firstName.lowercased() }
            // Several old accounts may share the name: the latest is meant.
            guard let target = users.filter({ !$0.usable }).max(by: { $0.id < $1.id }) else {
                throw Failure(users.isEmpty ? "Aucun compte ne s'appelle « \(firstName) ». La liste : comptoir users"
                                            : "\(users[0].firstName) est actif et pas verrouillé : rien à réactiver.")
            }
            let actorId = try actor.map { try authenticateManager(shop, $0, action: "réactiver un compte", admin: true) }
            let user = try ledgerCall { try shop.ledger.reactivate(userId: target.id, by: actorId, till: shop.tillName) }
            print("Compte \(French.de(user.firstName)) réactivé.")
        }
    }

    struct Deactivate: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "deactivate", abstract: "Désactive un utilisateur (il ne peut plus se connecter).")
        @OptionGroup var options: CommonOptions
        @Argument(help: ArgumentHelp("Prénom de l'utilisateur.", valueName: "prénom")) var firstName: String
        @Option(name: .customLong("as"), help: ArgumentHelp("Prénom du responsable qui autorise.", valueName: "prénom")) var actor: String?

        func run() throws {
            let shop = try Shop.open(options)
            let target = try findUser(shop, firstName)
            let actorId = try authenticateManager(shop, actor)
            try ledgerCall { try shop.ledger.deactivate(userId: target.id, by: actorId, till: shop.tillName) }
            print("Compte \(French.de(PrintableText.sanitized(target.firstName))) désactivé.")
        }
    }
}

/// A new PIN typed twice, checked against `PinRule`.
private func readNewPin(_ prompt: String, nothing: String) throws -> String {
    let pin = try readSecret(prompt)
    if let problem = PinRule.problem(with: pin) { throw Failure(problem + " Rien n'a été changé.") }
    let again = try readSecret("Retapez le nouveau code PIN : ")
    guard pin == again else { throw Failure("Les deux codes PIN ne sont pas identiques : \(nothing).") }
    return pin
}

private func parseRole(_ text: String) throws -> Role {
    let folded = text.lowercased().replacingOccurrences(of: "é", with: "e")
    guard let role = Role(rawValue: folded) else {
        throw Failure("Rôle « \(text) » inconnu : benevole, responsable ou admin.")
    }
    return role
}
