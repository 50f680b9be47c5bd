import ArgumentParser
import Foundation
import ComptoirCore
import ComptoirLedger

/// `comptoir users`: list, add, change the role of, deactivate the people at the till.
/// Every change is made in the name of a responsable who types their PIN.
struct UsersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users",
        abstract: "Gère les utilisateurs de la caisse (liste, ajout, rôle, désactivation).",
        subcommands: [List.self, Add.self, SetRole.self, Deactivate.self],
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
                print(pad(user.firstName, 20) + pad(user.role.label, 14) + (user.active ? "actif" : "désactivé"))
            }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Ajoute un utilisateur. Le code PIN est demandé (lu sur l'entrée standard sans écho)."
        )
        @OptionGroup var options: CommonOptions
        @Argument(help: "Prénom (ou pseudonyme).") var firstName: String
        @Option(help: "Rôle : benevole, responsable ou admin.") var role: String = "benevole"
        @Option(name: .customLong("as"), help: "Prénom du responsable qui autorise (inutile pour le tout premier compte).")
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
            let pin = try readSecret("Code PIN de \(firstName) (4 à 8 chiffres) : ")
            if let problem = PinRule.problem(with: pin) { throw Failure(problem) }
            let again = try readSecret("Retapez le code PIN : ")
            guard pin == again else { throw Failure("Les deux codes PIN ne sont pas identiques : rien n'a été créé.") }
            let user = try ledgerCall {
                try shop.ledger.createUser(firstName: firstName, pin: pin, role: role, by: actorId, till: shop.tillName)
            }
            print("Compte de \(PrintableText.sanitized(user.firstName)) (\(user.role.label)) créé.")
        }
    }

    struct SetRole: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "role", abstract: "Change le rôle d'un utilisateur.")
        @OptionGroup var options: CommonOptions
        @Argument(help: "Prénom de l'utilisateur.") var firstName: String
        @Argument(help: "Nouveau rôle : benevole, responsable ou admin.") var role: String
        @Option(name: .customLong("as"), help: "Prénom du responsable qui autorise.") var actor: String?

        func run() throws {
            let shop = try Shop.open(options)
            let role = try parseRole(role)
            let target = try findUser(shop, firstName)
            let actorId = try authenticateManager(shop, actor)
            try ledgerCall { try shop.ledger.setRole(userId: target.id, role: role, by: actorId, till: shop.tillName) }
            print("\(PrintableText.sanitized(target.firstName)) est maintenant \(role.label).")
        }
    }

    struct Deactivate: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "deactivate", abstract: "Désactive un utilisateur (il ne peut plus se connecter).")
        @OptionGroup var options: CommonOptions
        @Argument(help: "Prénom de l'utilisateur.") var firstName: String
        @Option(name: .customLong("as"), help: "Prénom du responsable qui autorise.") var actor: String?

        func run() throws {
            let shop = try Shop.open(options)
            let target = try findUser(shop, firstName)
            let actorId = try authenticateManager(shop, actor)
            try ledgerCall { try shop.ledger.deactivate(userId: target.id, by: actorId, till: shop.tillName) }
            print("Compte de \(PrintableText.sanitized(target.firstName)) désactivé.")
        }
    }
}

private func parseRole(_ text: String) throws -> Role {
    let folded = text.lowercased().replacingOccurrences(of: "é", with: "e")
    guard let role = Role(rawValue: folded) else {
        throw Failure("Rôle « \(text) » inconnu : benevole, responsable ou admin.")
    }
    return role
}
