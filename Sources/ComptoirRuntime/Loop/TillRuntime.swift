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
public final class TillRuntime {
    private let performer: EffectPerformer
    private var state: AppState
    private var running = true
    private let ledger: Ledger
    /// Picks up the categories changed elsewhere, every two seconds.
    private var catalog: CatalogWatch
    /// Picks up the shop settings saved at another till, every two seconds.
    private var shopWatch: ShopSettingsWatch
    private var printerWatch = PrinterWatch()

    /// A till that cannot start: the French reason.
    public struct StartFailure: Error {
        public let message: String
    }

    public init(ledger: Ledger, config: Configuration, databasePath: String, isDemo: Bool,
                demoPins: [Int64: String]?) throws(StartFailure) {
        let scale: ScaleReader?
        do throws(ScaleError) {
            scale = try config.scale.scale().map { ScaleReader(scale: $0) }
        } catch {
            throw StartFailure(message: error.message)
        }
        self.ledger = ledger
        // The shop's settings are the ledger's (an older file's [shop] seeds them once).
        var config = config
        let shop: ShopSettings?
        do {
            shop = try config.loadShopSettings(from: ledger, seeding: true)
        } catch {
            throw StartFailure(message: (error as? LedgerError)?.message ?? "\(error)")
        }
        performer = EffectPerformer(ledger: ledger, till: config.tillName, config: config, databasePath: databasePath,
                                    scale: scale, demo: isDemo)
        let categories: [ComptoirCore.Category]
        do {
            categories = try ledger.categories()
        } catch {
            throw StartFailure(message: (error as? LedgerError)?.message ?? "\(error)")
        }
        var context = AppContext(shopName: config.shopName, tillName: config.tillName, demoPins: demoPins,
                                 categories: categories, receipts: config.printer.receiptMode,
                                 commissionBasisPoints: config.commissionBasisPoints, hasScale: scale != nil)
        context.shop = shop
        context.shopSettingsRequired = !isDemo
        context.variableMeasure = config.variableMeasure
        state = AppState(context: context)
        catalog = CatalogWatch(seen: categories)
        shopWatch = ShopSettingsWatch(seen: shop)
    }

    public func run() throws(StartFailure) {
        let terminal: Terminal
        do {
            terminal = try Terminal()
        } catch {
            throw StartFailure(message: "Impossible de préparer le terminal : \(error)")
        }
        defer { terminal.stop() }
        let size = terminal.size
        let (initial, effects) = Self.start(ledger: ledger, context: state.context, width: size.width, height: size.height, now: Date())
        state = initial
        perform(effects)
        let printQueue = performer.printer, scaleQueue = performer.scale?.queue
        Logger(label: "comptoir").info("caisse démarrée", metadata: ["caisse": "\(state.context.tillName)"])
        while running {
            terminal.paint(App.view(state))
            // While the printer works, look for its answer often.
            let busy = printQueue.isBusy || scaleQueue?.isBusy == true
            let event = terminal.nextEvent(timeoutMilliseconds: busy ? 50 : 1000)
            var messages: [Msg] = [.tick(Date())] + printQueue.drain().flatMap { $0 } + (scaleQueue?.drain().flatMap { $0 } ?? [])
            switch event {
            case .key(let key)?: messages.append(.key(key))
            case .resize(let w, let h)?: messages.append(.resize(width: w, height: h))
            case nil: break
            }
            // The training copy has its own categories: the ledger effects go to is watched.
            if let changed = catalog.poll(performer.ledger, now: Date()) { messages.append(changed) }
            if let settings = shopWatch.poll(performer.realLedger, now: Date()) { messages.append(performer.adopt(settings)) }
            if printerWatch.isDue(now: Date(), queueBusy: printQueue.isBusy) { performer.pollPrinter() }
            for msg in messages { dispatch(msg) }
        }
        if !printQueue.waitUntilIdle(timeout: 10) {
            Logger(label: "comptoir").warning("impression encore en cours à la fermeture")
        }
        Logger(label: "comptoir").info("caisse fermée")
    }

    /// The app's first state, with what the ledger says of this till's last ticket and
    /// whether its session was left open (a crash, or a quit without the Z). A clock
    /// earlier than the last journal entry is journaled and said on the status line.
    static func start(ledger: Ledger, context: AppContext, width: Int, height: Int, now: Date) -> (AppState, [Effect]) {
        var (state, effects) = App.start(context: context, width: width, height: height, now: now)
        do {
            let last = try ledger.lastTicket(till: context.tillName)
            let open = try ledger.currentSession(till: context.tillName)
            App.restarted(&state, lastTicket: last.map { RecordedTicket(number: $0.number, total: $0.total, at: $0.at) },
                          sessionLeftOpen: open != nil && open?.id == last?.sessionId)
        } catch {
            // Only a help: the till starts without it.
            Logger(label: "comptoir").warning("dernier ticket illisible", metadata: ["raison": "\(error)"])
        }
        do {
            if let behind = try ledger.checkClock(now: now, till: context.tillName) {
                state.status = .error(behind.message(timeZone: ledger.timeZone))
                Logger(label: "comptoir").warning("horloge en retard sur le journal", metadata: ["dernière entrée": "\(behind.lastSeq)"])
            }
        } catch {
            state.status = .error("L'horloge de ce PC n'a pas pu être comparée au journal : \((error as? LedgerError)?.message ?? "\(error)")")
        }
        return (state, effects)
    }

    private func dispatch(_ msg: Msg) {
        perform(App.update(&state, msg))
    }

    private func perform(_ effects: [Effect]) {
        for effect in effects {
            if effect == .quit { running = false }
            for answer in performer.perform(effect) {
                // Settings this till saved itself are not news from another till.
                if case .shopSettings(.saved(let settings, _)) = answer { shopWatch.saw(settings) }
                dispatch(answer)
            }
        }
    }
}
