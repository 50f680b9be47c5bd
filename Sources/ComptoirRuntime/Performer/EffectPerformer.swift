import Foundation
import Logging
import ComptoirCore
import ComptoirLedger
import ComptoirPrint
import ComptoirUI

/// Performs the interface's effects on the ledger and answers with messages. One switch,
/// with no default, hands each feature's effects to that feature's `perform` (in the
/// `EffectPerformer+<Feature>.swift` files): an effect nobody performs does not compile.
public final class EffectPerformer {
    /// The ledger effects go to: the real one, or the training copy while training is on.
    var ledger: Ledger
    /// The shop's ledger, where a responsable's PIN for training is checked.
    let realLedger: Ledger
    let till: String
    /// The ledger's shop settings are applied to it at start and after each save.
    var config: Configuration
    /// The base's file, beside which the training copy is made.
    let databasePath: String
    /// Where printer and drawer work runs, off the loop; its answers come back as messages.
    public let printer: PrintQueue<[Msg]>
    /// The configured scale, if any.
    public let scale: ScaleReader?
    /// The demo shop (`--demo`): every document says DÉMONSTRATION.
    let demo: Bool
    /// Training mode: every document says FACTICE; the ledger is the training copy.
    var training: Bool { ledger !== realLedger }
    let logger = Logger(label: "comptoir.caisse")

    public init(ledger: Ledger, till: String, config: Configuration, databasePath: String,
                printer: PrintQueue<[Msg]> = PrintQueue(), scale: ScaleReader? = nil, demo: Bool = false) {
        self.ledger = ledger
        realLedger = ledger
        self.till = till
        self.config = config
        self.databasePath = databasePath
        self.printer = printer
        self.scale = scale
        self.demo = demo
    }

    /// The answers to `effect`; a refusal or a failure answers `.failed` naming it.
    public func perform(_ effect: Effect) -> [Msg] {
        do {
            return try run(effect)
        } catch let denied as ApprovalDenied {
            logger.notice("code responsable refusé", metadata: ["effet": "\(name(effect))", "raison": "\(denied.refusal)"])
            return [.approvalRefused(denied.refusal)]
        } catch let error as LedgerError {
            logger.warning("refus", metadata: ["effet": "\(name(effect))", "raison": "\(error.message)"])
            if case .sale(.commitSale) = effect {
                return [.failed("Vente NON enregistrée : \(error.message)", request: effect)]
            }
            return [.failed(error.message, request: effect)]
        } catch {
            logger.error("erreur", metadata: ["effet": "\(name(effect))", "erreur": "\(error)"])
            return [.failed("Erreur inattendue (\(error.localizedDescription)). Rien n'a été enregistré ; réessayez ou appelez un responsable.",
                            request: effect)]
        }
    }

    private func run(_ effect: Effect) throws -> [Msg] {
        switch effect {
        case .login(let effect): return try perform(effect)
        case .users(let effect): return try perform(effect)
        case .sale(let effect): return try perform(effect)
        case .payment(let effect): return try perform(effect)
        case .households(let effect): return try perform(effect)
        case .stock(let effect): return try perform(effect)
        case .consignment(let effect): return try perform(effect)
        case .closing(let effect): return try perform(effect)
        case .friperie(let effect): return try perform(effect)
        case .readScale:
            guard let scale else {
                return [.scaleAnswered(grams: nil, problem: "Aucune balance n'est configurée (scale.port) : tapez le poids.")]
            }
            scale.read()
            return []
        case .setTraining(let on, let approval):
            return try setTraining(on, approval)
        case .quit:
            return []  // the loop stops itself: it looks for `.quit` before performing
        case .categories(let effect): return try perform(effect)
        case .shopSettings(let effect):
            return try perform(effect)
        }
    }

    /// The responsable allowing `approval`, their PIN checked (and counted) in `ledger`;
    /// throws `ApprovalDenied` when it is wrong or they are no responsable.
    func manager(_ approval: Approval, in ledger: Ledger? = nil, operatorId: Int64?? = .none) throws -> UserSummary {
        let ledger = ledger ?? self.ledger
        let manager: UserSummary
        switch try ledger.checkPin(userId: approval.managerId, pin: approval.pin, at: .approval, now: Date(), till: till,
                                   operatorId: operatorId ?? approval.operatorId) {
        case .accepted(let accepted): manager = accepted
        case .refused(let refusal): throw ApprovalDenied(refusal: .pin(refusal))
        }
        guard manager.role.isManager else { throw ApprovalDenied(refusal: .notManager(name: manager.firstName)) }
        return manager
    }

    /// The current session of this till, or a refusal saying what was not done.
    func currentSession(_ nothingDone: String) throws -> SessionInfo {
        guard let session = try ledger.currentSession(till: till) else {
            throw LedgerError.refused("La caisse n'est pas ouverte : \(nothingDone).")
        }
        return session
    }

    /// `closing.loadSessionReport`: the feature and the case, never the values (a PIN).
    private func name(_ effect: Effect) -> String {
        let text = String(describing: effect)
        let feature = text.prefix { $0 != "(" }
        guard effect.approval == nil, text.count > feature.count else { return String(feature) }
        let inner = text.dropFirst(feature.count + 1).prefix { $0 != "(" && $0 != ")" }
        return "\(feature).\(inner.split(separator: ".").last ?? "")"
    }
}

/// A responsable's PIN was refused, or they are no responsable: the approval form answers.
struct ApprovalDenied: Error {
    let refusal: ApprovalRefusal
}
