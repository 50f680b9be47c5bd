// Covers ShopSettingsWatch and EffectPerformer.adopt: two tills on one ledger file, the
// settings saved at one used by the other's receipts within one poll, without restart.
import Foundation
import Testing
import ComptoirCore
import ComptoirLedger
import ComptoirUI
@testable import ComptoirRuntime

@Suite struct ShopSettingsWatchTests {
    @Test func anotherTillUsesNewSettingsAtItsNextPoll() throws {
        let shop = try RuntimeShop()
        // The second till: its own ledger connection on the same file, its own printer and watch.
        let other = try Ledger.open(path: shop.databasePath, pinRounds: 1_000)
        defer { try? other.close() }
        var config = Configuration()
        config.tillName = "Caisse 2"
        config.shopName = "Nom d'avant"
        config.printer.transport = .file
        config.printer.path = shop.folder + "/caisse2.bin"
        let performer = EffectPerformer(ledger: other, till: "Caisse 2", config: config, databasePath: shop.databasePath)
        let start = Date()
        var watch = ShopSettingsWatch(seen: try other.shopSettings(), interval: 2, now: start)
        #expect(watch.poll(other, now: start) == nil, "no settings yet")

        var settings = ShopSettingsPerformerTests.settings
        settings.freePriceThreshold = Money(euros: 50)
        settings.printer = ShopPrinter(kind: .file, address: shop.folder + "/caisse2.bin")
        _ = shop.perform(.shopSettings(.save(settings, actorId: shop.admin.id)))
        #expect(watch.poll(other, now: start.addingTimeInterval(1)) == nil, "not before the interval")
        let polled = watch.poll(other, now: start.addingTimeInterval(2))
        let seen = try #require(polled)
        #expect(seen == settings)
        #expect(shop.sell() != nil)
        #expect(watch.poll(other, now: start.addingTimeInterval(4)) == nil, "a sale moves the journal, not the settings")

        // The second till adopts them: its receipts print the new name and address.
        let msg = performer.adopt(seen)
        #expect(msg == .shopSettings(.changedElsewhere(settings, receipts: .ask(default: false))))
        let number = try #require(shop.sell())
        _ = performer.perform(.sale(.printReceipt(number: number, duplicate: false, openDrawer: false, operatorId: shop.volunteer.id)))
        _ = performer.printer.waitUntilIdle(timeout: 10)
        let printed = String(decoding: FileManager.default.contents(atPath: shop.folder + "/caisse2.bin") ?? Data(), as: UTF8.self)
        #expect(printed.contains("Le Grenier du Ternois"), "\(printed)")
        #expect(printed.contains("62130 Saint-Pol"))
        #expect(!printed.contains("Nom d'avant"))

        // Its app keeps them where it is (the sale screen stays), title and threshold included.
        var state = AppState(context: AppContext(shopName: "Nom d'avant", tillName: "Caisse 2"))
        state.screen = .sale
        _ = App.update(&state, msg)
        #expect(state.screen == .sale)
        #expect(state.context.shop == settings)
        #expect(state.context.shopName == "Le Grenier du Ternois")
        #expect(state.context.shop?.freePriceThreshold == Money(euros: 50))

        // A second change is seen too; the same settings saved again are not news.
        settings.name = "Le Grenier"
        _ = shop.perform(.shopSettings(.save(settings, actorId: shop.admin.id)))
        #expect(watch.poll(other, now: start.addingTimeInterval(6))?.name == "Le Grenier")
        _ = shop.perform(.shopSettings(.save(settings, actorId: shop.admin.id)))
        #expect(watch.poll(other, now: start.addingTimeInterval(8)) == nil)
    }

    @Test func settingsThisTillSavedAreNotReportedBack() throws {
        let shop = try RuntimeShop()
        let start = Date()
        var watch = ShopSettingsWatch(seen: nil, interval: 2, now: start)
        var settings = ShopSettingsPerformerTests.settings
        settings.name = "Saisi ici"
        _ = shop.perform(.shopSettings(.save(settings, actorId: shop.admin.id)))
        watch.saw(settings)
        #expect(watch.poll(shop.ledger, now: start) == nil)
        settings.name = "Saisi ailleurs"
        _ = shop.perform(.shopSettings(.save(settings, actorId: shop.admin.id)))
        #expect(watch.poll(shop.ledger, now: start.addingTimeInterval(2))?.name == "Saisi ailleurs")
    }
}
