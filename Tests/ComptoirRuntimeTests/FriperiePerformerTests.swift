// Covers FriperieEffect: loadFriperie, recordFlow (a donation in, the month counted; no
// origin refused), printDonationReceipt (printed; an outflow refused; no printer → notice;
// printer failing), loadFriperieFigures (the year's kilograms).
import Foundation
import Testing
import ComptoirCore
import ComptoirLedger
import ComptoirUI
@testable import ComptoirRuntime

@Suite struct FriperiePerformerTests {
    static let donation = FriperieFlow(direction: .intake, family: .textile, grams: 12_500, origin: .particulier, party: "Mme Roux")

    @Test func theBackDoorIsLoaded() throws {
        let shop = try RuntimeShop()
        let saved = try shop.ledger.recordFlow(Self.donation, by: shop.volunteer.id, till: RuntimeShop.till)
        let answers = shop.perform(.friperie(.loadFriperie))
        guard answers.count == 1, case .friperie(.friperieLoaded(let recent, let month)) = answers[0] else { Issue.record("\(answers)"); return }
        #expect(recent == [saved])
        #expect(month.intakeTotal == 12_500)
    }

    @Test func aDonationIsRecordedAndCounted() throws {
        let shop = try RuntimeShop()
        let answers = shop.perform(.friperie(.recordFlow(Self.donation, operatorId: shop.volunteer.id)))
        guard answers.count == 1, case .friperie(.flowRecorded(let saved, let recent, let month)) = answers[0] else {
            Issue.record("\(answers)"); return
        }
        #expect(saved.id > 0)
        #expect(saved.grams == 12_500)
        #expect(recent == [saved])
        #expect(month.intake[.textile] == 12_500)
        #expect(try shop.journaled("friperie.flow") == 1)
    }

    @Test func aDonationWithoutOriginIsRefused() throws {
        let shop = try RuntimeShop()
        var flow = Self.donation
        flow.origin = nil
        let request = Effect.friperie(.recordFlow(flow, operatorId: shop.volunteer.id))
        #expect(failure(shop.perform(request), request) == "Choisissez la provenance du don.")
        #expect(try shop.journaled("friperie.flow") == 0)
    }

    @Test func aDonationReceiptIsPrinted() throws {
        let shop = try RuntimeShop()
        let saved = try shop.ledger.recordFlow(Self.donation, by: shop.volunteer.id, till: RuntimeShop.till)
        #expect(shop.perform(.friperie(.printDonationReceipt(saved, operatorId: shop.volunteer.id))) == [.notice("Reçu de don imprimé.")])
        #expect(shop.printed.contains("DE DON"))
        #expect(shop.printed.contains("12,500 kg"))
        #expect(shop.printed.contains("Mme Roux"))
    }

    @Test func anOutflowHasNoReceipt() throws {
        let shop = try RuntimeShop()
        let outflow = FriperieFlow(direction: .outflow, family: .textile, grams: 3_000, destination: .recyclage)
        let request = Effect.friperie(.printDonationReceipt(outflow, operatorId: shop.volunteer.id))
        #expect(failure(shop.perform(request), request) == "Le reçu ne se donne que pour un don, pas pour une sortie.")
        #expect(shop.printedBytes.isEmpty)
    }

    @Test func withoutPrinterTheReceiptIsNotPrinted() throws {
        let shop = try RuntimeShop(printer: false)
        #expect(shop.perform(.friperie(.printDonationReceipt(Self.donation, operatorId: shop.volunteer.id)))
            == [.notice("Pas d'imprimante configurée : le reçu de don n'est pas imprimé.")])
    }

    @Test func aReceiptThatCannotPrintNamesItsRequest() throws {
        let shop = try RuntimeShop(brokenPrinter: true)
        let request = Effect.friperie(.printDonationReceipt(Self.donation, operatorId: shop.volunteer.id))
        #expect(failure(shop.perform(request), request)?.hasPrefix("Reçu de don non imprimé (F6 pour réessayer) : ") == true)
    }

    @Test func theYearsFiguresAreLoaded() throws {
        let shop = try RuntimeShop()
        try shop.ledger.recordFlow(Self.donation, by: shop.volunteer.id, till: RuntimeShop.till)
        let year = shop.today.year
        let answers = shop.perform(.friperie(.loadFriperieFigures(year: year)))
        guard answers.count == 1, case .friperie(.friperieFiguresLoaded(let figures)) = answers[0] else { Issue.record("\(answers)"); return }
        #expect(figures.year == year)
        #expect(figures.total.intakeTotal == 12_500)
        #expect(figures.months[shop.today.month - 1].intake[.textile] == 12_500)
    }
}
