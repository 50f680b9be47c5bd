import Foundation
import ComptoirCore
import ComptoirLedger
import ComptoirUI

/// The accounts screen: each change answered with the whole list and what was done.
extension EffectPerformer {
    func perform(_ effect: UsersEffect) throws -> [Msg] {
        switch effect {
        case .createUser(let firstName, let pin, let role, let actorId):
            let user = try ledger.createUser(firstName: firstName, pin: pin, role: role, by: actorId, till: till)
            return try usersChanged("Compte \(French.de(user.firstName)) (\(user.role.label)) créé.")
        case .setRole(let userId, let role, let actorId):
            try ledger.setRole(userId: userId, role: role, by: actorId, till: till)
            return try usersChanged(about: userId) { "\($0?.firstName ?? "?") est maintenant \(role.label)." }
        case .deactivateUser(let userId, let actorId):
            try ledger.deactivate(userId: userId, by: actorId, till: till)
            return try usersChanged(about: userId) { "Compte \(French.de($0?.firstName ?? "?")) désactivé." }
        case .changeOwnPin(let userId, let oldPin, let newPin):
            let verdict = try ledger.changeOwnPin(userId: userId, oldPin: oldPin, newPin: newPin, now: Date(), till: till)
            if case .refused(let refusal) = verdict {
                logger.notice("ancien code PIN refusé", metadata: ["utilisateur": "\(userId)", "raison": "\(refusal)"])
                return [.users(.ownPinRefused(refusal))]
            }
            logger.info("code PIN changé", metadata: ["utilisateur": "\(userId)"])
            return try usersChanged("Votre code PIN est changé.")
        case .resetPin(let userId, let pin, let actorId):
            try ledger.resetPin(userId: userId, pin: pin, by: actorId, till: till)
            logger.info("nouveau code PIN donné", metadata: ["utilisateur": "\(userId)", "par": "\(actorId)"])
            return try usersChanged(about: userId) { user in
                let still = user?.locked == true ? " Son compte reste verrouillé : un admin le réactive (F8)." : ""
                return "Nouveau code PIN \(French.de(user?.firstName ?? "?")) enregistré.\(still)"
            }
        case .reactivateUser(let userId, let actorId):
            let user = try ledger.reactivate(userId: userId, by: actorId, till: till)
            logger.info("compte réactivé", metadata: ["utilisateur": "\(userId)", "par": "\(actorId)"])
            return try usersChanged("Compte \(French.de(user.firstName)) réactivé.")
        }
    }

    private func usersChanged(_ message: String) throws -> [Msg] {
        [.users(.usersChanged(try ledger.users(includeInactive: true), message: message))]
    }

    /// The list after the change, with a message about the user as the list now has them.
    private func usersChanged(about userId: Int64, _ message: (UserSummary?) -> String) throws -> [Msg] {
        let users = try ledger.users(includeInactive: true)
        return [.users(.usersChanged(users, message: message(users.first { $0.id == userId })))]
    }
}
