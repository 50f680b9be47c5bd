import Foundation
import Testing
import ComptoirCore
@testable import ComptoirLedger

@Suite struct ShopSettingsLedgerTests {
    static let settings = ShopSettings(name: "Le Grenier", addressLines: ["3 place du Marché", "62130 Saint-Pol"],
                                       siret: "73282932000074", legalMention: .association)

    @Test func eachChangeIsJournaledAndTheLatestIsInForce() throws {
        let shop = try TestShop()
        defer { shop.close() }
        #expect(try shop.ledger.shopSettings() == nil)
        try shop.ledger.setShopSettings(Self.settings, by: shop.admin.id, till: TestShop.till)
        var changed = Self.settings
        changed.name = "Le Grenier du Ternois"
        try shop.ledger.setShopSettings(changed, by: shop.admin.id, till: TestShop.till)
        #expect(try shop.ledger.shopSettings() == changed)
        #expect(try shop.ledger.rawInt("SELECT count(*) FROM journal WHERE kind = 'shop.settings_changed'") == 2)
        #expect(try shop.ledger.verify().problem == nil)
    }

    @Test func onlyAnAdminSavesAndBadSettingsAreRefused() throws {
        let shop = try TestShop()
        defer { shop.close() }
        #expect(throws: LedgerError.self) {
            try shop.ledger.setShopSettings(Self.settings, by: shop.benevole.id, till: TestShop.till)
        }
        var wrong = Self.settings
        wrong.siret = "73282932000075"
        #expect(throws: LedgerError.self) { try shop.ledger.setShopSettings(wrong, by: shop.admin.id, till: TestShop.till) }
        #expect(try shop.ledger.shopSettings() == nil)
    }

    /// The retention periods are shop settings: journaled with the rest, bounded by the law,
    /// and settings saved before they existed read as the legal defaults.
    @Test func retentionPeriodsAreSettingsWithinTheLaw() throws {
        let shop = try TestShop()
        defer { shop.close() }
        var longer = Self.settings
        longer.retention = RetentionPeriods(householdYears: 1, registerYears: 8, donorNameYears: 0)
        try shop.ledger.setShopSettings(longer, by: shop.admin.id, till: TestShop.till)
        #expect(try shop.ledger.shopSettings()?.retention == longer.retention)
        let journaled = try #require(try shop.ledger.rawString(
            "SELECT payload FROM journal WHERE kind = 'shop.settings_changed' ORDER BY seq DESC LIMIT 1"))
        #expect(journaled.contains("\"registerYears\":8"), "\(journaled)")
        var illegal = longer
        illegal.retention.registerYears = 4
        #expect(refusal { try shop.ledger.setShopSettings(illegal, by: shop.admin.id, till: TestShop.till) }
                == "Conservation du registre des déposants : 5 à 10 ans (art. R321-6 du code pénal).")
        #expect(try shop.ledger.shopSettings()?.retention == longer.retention)
        var older = try #require(try CanonicalJSON.encode(Self.settings).data(using: .utf8)).jsonObject()
        older.removeValue(forKey: "retention")
        let decoded = try JSONDecoder().decode(ShopSettings.self, from: JSONSerialization.data(withJSONObject: older))
        #expect(decoded.retention == .legalDefaults)
        #expect(try shop.ledger.verify().problem == nil)
    }

    @Test func aSettingChangedWithSqliteIsCaughtByVerify() throws {
        let shop = try TestShop()
        defer { shop.close() }
        try shop.ledger.setShopSettings(Self.settings, by: shop.admin.id, till: TestShop.till)
        try shop.ledger.rawExecute("DROP TRIGGER shop_settings_no_update")
        try shop.ledger.rawExecute("UPDATE shop_settings SET settings = replace(settings, 'Le Grenier', 'Autre boutique')")
        #expect(try shop.ledger.shopSettings()?.name == "Autre boutique")
        let report = try shop.ledger.verify()
        #expect(report.problem?.table == "shop_settings")
        #expect(report.problem?.reason == "les réglages de la boutique ne correspondent pas au journal")
    }

    @Test func theTriggersRefuseAnUpdate() throws {
        let shop = try TestShop()
        defer { shop.close() }
        try shop.ledger.setShopSettings(Self.settings, by: shop.admin.id, till: TestShop.till)
        #expect(throws: (any Error).self) { try shop.ledger.rawExecute("UPDATE shop_settings SET settings = '{}'") }
        #expect(throws: (any Error).self) { try shop.ledger.rawExecute("DELETE FROM shop_settings") }
    }

    @Test func seedingHappensOnceOnly() throws {
        let shop = try TestShop()
        defer { shop.close() }
        #expect(try shop.ledger.seedShopSettings(Self.settings, till: TestShop.till))
        var other = Self.settings
        other.name = "Ignorée"
        #expect(try !shop.ledger.seedShopSettings(other, till: TestShop.till))
        #expect(try shop.ledger.shopSettings()?.name == "Le Grenier")
        #expect(try shop.ledger.verify().problem == nil)
    }
}

private extension Data {
    func jsonObject() throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: self) as? [String: Any] ?? [:]
    }
}
