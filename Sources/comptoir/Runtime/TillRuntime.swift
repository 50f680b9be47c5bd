import Foundation
import Logging
import ComptoirCore
import ComptoirLedger
import ComptoirPrint
import ComptoirScale
import ComptoirTerminal
import ComptoirUI

/// The Elm loop: paint the view, wait for a key (or a second for the clock), update,
/// perform the effects, feed their answers back.
final class TillRuntime {
    private let shop: Shop
    private var performer: EffectPerformer
    /// The training copy while training mode is on.
    private var trainingLedger: Ledger?
    private var state: AppState
    private var running = true
    private let printQueue = PrintQueue<[Msg]>()
    private let scale: ScaleReader?

    init(shop: Shop) throws {
        self.shop = shop
        do throws(ScaleError) {
            scale = try shop.config.scale.scale().map { ScaleReader(scale: $0) }
        } catch {
            throw Failure(error.message)
        }
        performer = EffectPerformer(ledger: shop.ledger, till: shop.tillName, config: shop.config, printer: printQueue,
                                    demo: shop.isDemo)
        performer.scale = scale
        let categories: [ComptoirCore.Category]
        do {
            categories = try shop.ledger.categories()
        } catch let error as LedgerError {
            throw Failure(error.message)
        }
        let context = AppContext(shopName: shop.config.shopName, tillName: shop.tillName, demoPins: shop.demoPins,
                                 categories: categories, receipts: shop.config.printer.receiptMode,
                                 commissionBasisPoints: shop.config.commissionBasisPoints, hasScale: scale != nil)
        state = AppState(context: context)
    }

    func run() throws {
        let terminal: Terminal
        do {
            terminal = try Terminal()
        } catch {
            throw Failure("Impossible de préparer le terminal : \(error)")
        }
        defer { terminal.stop() }
        let size = terminal.size
        let (initial, effects) = App.start(context: state.context, width: size.width, height: size.height, now: Date())
        state = initial
        perform(effects)
        Logger(label: "comptoir").info("caisse démarrée", metadata: ["caisse": "\(shop.tillName)"])
        while running {
            terminal.paint(App.view(state))
            // While the printer works, look for its answer often.
            let busy = printQueue.isBusy || scale?.queue.isBusy == true
            let event = terminal.nextEvent(timeoutMilliseconds: busy ? 50 : 1000)
            var messages: [Msg] = [.tick(Date())] + printQueue.drain().flatMap { $0 } + (scale?.queue.drain().flatMap { $0 } ?? [])
            switch event {
            case .key(let key)?: messages.append(.key(key))
            case .resize(let w, let h)?: messages.append(.resize(width: w, height: h))
            case nil: break
            }
            for msg in messages { dispatch(msg) }
        }
        if !printQueue.waitUntilIdle(timeout: 10) {
            Logger(label: "comptoir").warning("impression encore en cours à la fermeture")
        }
        Logger(label: "comptoir").info("caisse fermée")
    }

    private func dispatch(_ msg: Msg) {
        perform(App.update(&state, msg))
    }

    private func perform(_ effects: [Effect]) {
        for effect in effects {
            switch effect {
            case .quit:
                running = false
            case .approve(.training(let on), let managerId, let pin, let reason, let operatorId):
                for answer in setTraining(on, managerId: managerId, pin: pin, reason: reason, operatorId: operatorId) {
                    dispatch(answer)
                }
            default:
                for answer in performer.perform(effect) { dispatch(answer) }
            }
        }
    }

    /// Training mode swaps the ledger the effects go to: a fresh copy of the real one next
    /// to it (`….formation.<till>.sqlite`), so the real books never see a practice sale.
    /// A responsable allows each switch with their PIN, counted and checked in the REAL
    /// ledger (the performer's may be the copy), where the switch is journaled.
    private func setTraining(_ on: Bool, managerId: Int64, pin: String, reason: String, operatorId: Int64) -> [Msg] {
        let log = Logger(label: "comptoir")
        let real = shop.ledger
        let path = Self.trainingPath(for: shop.databasePath, till: shop.tillName)
        do {
            // A volunteer created in training does not exist in the real ledger.
            let known = try real.users(includeInactive: true).contains { $0.id == operatorId }
            let manager: UserSummary
            switch try real.checkPin(userId: managerId, pin: pin, at: .approval, now: Date(), till: shop.tillName,
                                     operatorId: known ? operatorId : nil) {
            case .accepted(let accepted): manager = accepted
            case .refused(let refusal):
                log.notice("code responsable refusé (mode formation)", metadata: ["responsable": "\(managerId)"])
                return [.approvalRefused(.pin(refusal))]
            }
            guard manager.role.isManager else {
                return [.approvalRefused(.notManager(name: manager.firstName))]
            }
            guard on != (trainingLedger != nil) else { return [] }
            if on {
                let ledger = try real.makeTrainingCopy(at: path)
                do {
                    try real.recordTraining(started: true, till: shop.tillName, operatorId: known ? operatorId : manager.id,
                                            authorizedBy: manager.id, copy: path, reason: reason)
                } catch {
                    try? ledger.close()
                    throw error
                }
                trainingLedger = ledger
                performer = EffectPerformer(ledger: ledger, till: shop.tillName, config: shop.config, printer: printQueue,
                                            training: true, demo: shop.isDemo, scale: scale)
                log.notice("mode formation activé", metadata: ["responsable": "\(manager.id)"])
            } else {
                try real.recordTraining(started: false, till: shop.tillName, operatorId: known ? operatorId : manager.id,
                                        authorizedBy: manager.id, copy: path, reason: reason)
                try? trainingLedger?.close()
                trainingLedger = nil
                performer = EffectPerformer(ledger: real, till: shop.tillName, config: shop.config, printer: printQueue,
                                            demo: shop.isDemo, scale: scale)
                log.notice("mode formation terminé", metadata: ["responsable": "\(manager.id)"])
            }
            let base = try trainingLedger?.trainingBase() ?? 0
            return [.trainingChanged(on, base: base, by: manager.firstName)] + performer.perform(.loadUsers)
        } catch let error as LedgerError {
            return [.failed("Mode formation impossible : \(error.message)")]
        } catch {
            return [.failed("Mode formation impossible : \(error.localizedDescription)")]
        }
    }

    /// One copy per till (`<base>.formation.<till>.sqlite`): two tills in training never
    /// replace each other's copy.
    static func trainingPath(for databasePath: String, till: String) -> String {
        let base = databasePath.hasSuffix(".sqlite") ? String(databasePath.dropLast(7)) : databasePath
        return base + ".formation." + Ledger.trainingFileName(till: till) + ".sqlite"
    }
}
