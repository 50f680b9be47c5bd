import Foundation
import ComptoirCore
import ComptoirLedger
import ComptoirUI

/// Who is at the till: accounts, PIN, the opening of a session.
extension EffectPerformer {
    func perform(_ effect: LoginEffect) throws -> [Msg] {
        switch effect {
        case .loadUsers:
            return [.login(.usersLoaded(try ledger.users(includeInactive: true)))]
        case .createFirstManager(let firstName, let pin):
            guard try !ledger.hasUsers() else { throw LedgerError.refused("Un compte existe déjà : connectez-vous.") }
            _ = try ledger.createUser(firstName: firstName, pin: pin, role: .admin, by: nil, till: till)
            return [.login(.usersLoaded(try ledger.users(includeInactive: true)))]
        case .authenticate(let userId, let pin):
            let user: UserSummary
            switch try ledger.checkPin(userId: userId, pin: pin, at: .login, now: Date(), till: till) {
            case .accepted(let accepted): user = accepted
            case .refused(let refusal):
                logger.notice("code PIN refusé", metadata: ["utilisateur": "\(userId)", "raison": "\(refusal)"])
                return [.login(.loginRefused(refusal))]
            }
            try ledger.recordLogin(user: user.id, till: till)
            logger.info("connexion", metadata: ["utilisateur": "\(user.id)"])
            return [.login(.loggedIn(user, try ledger.currentSession(till: till).map(Self.openSession)))]
        case .openSession(let float, let operatorId):
            let session = try ledger.openSession(till: till, operatorId: operatorId, float: float)
            logger.info("caisse ouverte", metadata: ["session": "\(session.id)", "fond": "\(float.cents)"])
            return [.login(.sessionOpened(Self.openSession(session)))]
        case .logout(let userId, let quitting):
            try ledger.recordLogout(user: userId, quitting: quitting, till: till)
            logger.info(quitting ? "fin du programme" : "déconnexion", metadata: ["utilisateur": "\(userId)"])
            return []
        }
    }

    static func openSession(_ s: SessionInfo) -> OpenSession {
        OpenSession(id: s.id, openedAt: s.openedAt, float: s.float)
    }
}
