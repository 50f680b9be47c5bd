import Foundation
import Testing
import ComptoirCore
import ComptoirLedger
import ComptoirUI
@testable import ComptoirRuntime

@Suite struct ShopSettingsPerformerTests {
    static let settings = ShopSettings(name: "Le Grenier du Ternois", addressLines: ["3 place du Marché", "62130 Saint-Pol"],
                                       siret: "73282932000074", legalMention: .association, footerLines: ["À bientôt"])

    @Test func aSavedSettingIsOnTheNextReceiptAtOnce() throws {
        let shop = try RuntimeShop()
        var withFilePrinter = Self.settings
        withFilePrinter.printer = ShopPrinter(kind: .file, address: shop.printerPath)
        let answers = shop.perform(.shopSettings(.save(withFilePrinter, actorId: shop.admin.id)))
        #expect(answers == [.shopSettings(.saved(withFilePrinter, receipts: .ask(default: false)))])
        let number = try #require(shop.sell())
        _ = shop.perform(.sale(.printReceipt(number: number, duplicate: false, openDrawer: false, operatorId: shop.volunteer.id)))
        let printed = shop.printed
        #expect(printed.contains("Le Grenier du Ternois"))
        #expect(printed.contains("62130 Saint-Pol"))
        #expect(printed.contains("SIRET : 732 829 320 00074"))
        #expect(printed.contains("Association exon"))
        #expect(!printed.contains("293 B"))
        #expect(!printed.contains("Épicerie test"))
        #expect(try shop.journaled("shop.settings_changed") == 1)
    }

    /// The retention periods come from the ledger's settings, the same at every till; a
    /// till's file can no longer set them, and says where they went.
    @Test func retentionComesFromTheShopSettingsNotTheFile() throws {
        let shop = try RuntimeShop()
        #expect {
            _ = try Configuration.parse("[retention]\nhouseholds_years = 1\n", name: "test.toml")
        } throws: { error in
            "\(error)".contains("la section [retention] n'existe plus") && "\(error)".contains("réglages de la boutique")
        }
        var settings = Self.settings
        settings.retention = RetentionPeriods(householdYears: 1, registerYears: 6, donorNameYears: 0)
        try shop.ledger.setShopSettings(settings, by: shop.admin.id, till: RuntimeShop.till)
        var config = Configuration()
        #expect(config.retention == .legalDefaults)
        try config.loadShopSettings(from: shop.ledger, seeding: false)
        #expect(config.retention == settings.retention)
    }

    @Test func aVolunteerCannotSave() throws {
        let shop = try RuntimeShop()
        let effect = Effect.shopSettings(.save(Self.settings, actorId: shop.volunteer.id))
        #expect(failure(shop.perform(effect), effect) != nil)
        #expect(try shop.ledger.shopSettings() == nil)
    }

    @Test func anOlderFileSeedsTheLedgerOnceThenTheLedgerWins() throws {
        let shop = try RuntimeShop()
        var config = try Configuration.parse("""
            [shop]
            name = "Boutique du fichier"
            address = ["1 rue du Fichier", "62000 Arras"]
            siret = "732 829 320 00074"
            vat_mention = "TVA non applicable, art. 293 B du CGI"
            """, name: "test.toml")
        let seeded = try config.loadShopSettings(from: shop.ledger, seeding: true)
        #expect(seeded?.name == "Boutique du fichier")
        #expect(seeded?.legalMention == .franchise)
        #expect(seeded?.siret == "73282932000074")
        #expect(config.shopSiret == "732 829 320 00074")
        // Changed on screen: the file no longer seeds nor wins.
        var changed = try #require(seeded)
        changed.name = "Nom du réglage"
        try shop.ledger.setShopSettings(changed, by: shop.admin.id, till: RuntimeShop.till)
        var again = try Configuration.parse("[shop]\nname = \"Boutique du fichier\"\n", name: "test.toml")
        try again.loadShopSettings(from: shop.ledger, seeding: true)
        #expect(again.shopName == "Nom du réglage")
        #expect(try shop.journaled("shop.settings_changed") == 2)
    }

    @Test func aFileWithoutShopSectionSeedsNothing() throws {
        let shop = try RuntimeShop()
        var config = try Configuration.parse("[till]\nname = \"Caisse 2\"\n", name: "test.toml")
        #expect(try config.loadShopSettings(from: shop.ledger, seeding: true) == nil)
        #expect(try shop.journaled("shop.settings_changed") == 0)
    }
}
