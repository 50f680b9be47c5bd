// Covers ClosingEffect.reprintZ (last Z of the till, a named session, none yet, no printer)
// and TillRuntime.start (the last ticket loaded, the status line of a session left open).
import Foundation
import Testing
import ComptoirCore
import ComptoirLedger
import ComptoirUI
@testable import ComptoirRuntime

@Suite struct ClosingReprintTests {
    private func closeWithZ(_ shop: RuntimeShop) -> ClosingReport? {
        let answers = shop.perform(.closing(.closeSession(sessionId: shop.session.id, count: CashCount(pieces: [5_000: 1, 200: 1]),
                                                          comment: nil, shop.approval())))
        guard case .closing(.sessionClosed(let z, _))? = answers.first else { return nil }
        return z
    }

    @Test func theLastZIsReprintedAsADuplicateWithTheSameTotals() throws {
        let shop = try RuntimeShop()
        _ = shop.sell(cents: 450)
        _ = shop.sell(cents: 1_000)
        guard let z = closeWithZ(shop) else { Issue.record("no Z"); return }
        let original = shop.printed
        #expect(!original.contains("DUPLICATA"))
        try FileManager.default.removeItem(atPath: shop.printerPath)
        let answers = shop.perform(.closing(.reprintZ(sessionId: nil, operatorId: shop.volunteer.id)))
        #expect(answers == [.notice("Impression du duplicata du Z de la session n° \(shop.session.id)…"),
                            .notice("Duplicata du Z de la session n° \(shop.session.id) imprimé.")])
        let copy = shop.printed
        #expect(copy.contains("DUPLICATA"))
        #expect(copy.contains("14,50"))  // the total
        #expect(copy.contains("52,00"))  // counted
        // Everything the Z said is said again, the copy adds its marker and its date.
        let missing = original.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !copy.contains($0) }
        #expect(missing.isEmpty)
        #expect(try shop.journaled("closing.reprinted") == 1)
        #expect(try shop.lastPayload("closing.reprinted") == "{\"session\":\(shop.session.id)}")
        let stored = try shop.ledger.closing(session: shop.session.id)
        #expect(stored?.report.total == z.report.total && stored?.variance == z.variance && stored?.counted == z.counted)
        #expect(stored?.report.byMethod == z.report.byMethod && stored?.report.perpetualTotal == z.report.perpetualTotal)
        #expect(try shop.ledger.verify().isOK)
    }

    @Test func noZYetNothingPrintedNorJournaled() throws {
        let shop = try RuntimeShop()
        let request = Effect.closing(.reprintZ(sessionId: nil, operatorId: shop.volunteer.id))
        #expect(failure(shop.perform(request), request) == "Aucun Z n'a encore été fait à cette caisse.")
        let named = Effect.closing(.reprintZ(sessionId: shop.session.id, operatorId: shop.volunteer.id))
        #expect(failure(shop.perform(named), named) == "La session n° \(shop.session.id) n'a pas de Z.")
        #expect(try shop.journaled("closing.reprinted") == 0)
        #expect(shop.printedBytes.isEmpty)
    }

    @Test func withoutPrinterTheZIsNotReprinted() throws {
        let shop = try RuntimeShop(printer: false)
        try shop.closeSessionInLedger()
        let request = Effect.closing(.reprintZ(sessionId: nil, operatorId: shop.volunteer.id))
        #expect(failure(shop.perform(request), request) == "Pas d'imprimante configurée : le Z ne peut pas être réimprimé.")
        #expect(try shop.journaled("closing.reprinted") == 0)
    }

    // MARK: Start

    private func start(_ shop: RuntimeShop) -> AppState {
        TillRuntime.start(ledger: shop.ledger, context: AppContext(shopName: "Boutique", tillName: RuntimeShop.till),
                          width: 80, height: 24, now: Date()).0
    }

    @Test func aRestartedTillKnowsItsLastTicketAndSaysItWhenTheSessionWasLeftOpen() throws {
        let shop = try RuntimeShop()
        #expect(start(shop).lastTicket == nil)
        _ = shop.sell(cents: 250)
        let number = shop.sell(cents: 1_250)
        let state = start(shop)
        #expect(state.lastTicket == number)
        #expect(state.status.text.hasPrefix("Dernier ticket enregistré à cette caisse : n° \(number!), 12,50 € à "))
        // After the Z, F7 still has it, and nothing is said.
        try shop.closeSessionInLedger()
        let closed = start(shop)
        #expect(closed.lastTicket == number && closed.status.text.isEmpty)
    }

    @Test func aClockBehindTheJournalIsSaidAtStartAndJournaled() throws {
        let shop = try RuntimeShop()
        let lastAt = try #require(try shop.ledger.lastEntry()).at
        let state = TillRuntime.start(ledger: shop.ledger, context: AppContext(shopName: "Boutique", tillName: RuntimeShop.till),
                                      width: 80, height: 24, now: lastAt.addingTimeInterval(-86_400)).0
        #expect(state.status.kind == .error)
        #expect(state.status.text.hasPrefix("Attention : l'horloge de ce PC indique le "))
        #expect(try shop.journaled("clock.behind") == 1)
        #expect(try shop.lastPayload("clock.behind")?.contains(#""last_seq":"#) == true)
        // With the clock right again, nothing is said nor journaled.
        #expect(!start(shop).status.text.contains("horloge"))
        #expect(try shop.journaled("clock.behind") == 1)
        #expect(try shop.ledger.verify().isOK)
    }
}
