import ComptoirCore
import Foundation
import GRDB
import Testing
@testable import ComptoirLedger

/// A seller's IBAN changes only with a responsable, each change is an entry naming them,
/// and a transfer keeps the IBAN it went to.
@Suite struct SellerBankDetailsTests {
    static let ibanA = "FR76 3000 6000 0112 3456 7890 189"
    static let ibanB = "FR14 2004 1010 0505 0001 3M02 606"

    static func lucie(id: Int64 = 0, iban: String? = nil, phone: String = "") -> Seller {
        Seller(id: id, lastName: "Petit", firstName: "Lucie", phone: phone, document: .passport, documentNumber: "P1", iban: iban, address: "12 rue des Lilas, 62300 Lens", documentIssuedOn: CalendarDay(year: 2020, month: 3, day: 14), documentAuthority: "Préfecture du Pas-de-Calais")
    }

    @Test func anIBANNeedsAResponsableAndARefusalWritesNothing() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let l = shop.ledger
        let before = try l.journalEntryCount()
        #expect(refusal { try l.saveSeller(Self.lucie(iban: Self.ibanA), by: shop.benevole.id, till: TestShop.till) }
                == "Les coordonnées bancaires d'un déposant ne changent qu'avec le code d'un responsable.")
        #expect(refusal { try l.saveSeller(Self.lucie(iban: Self.ibanA), by: shop.benevole.id, authorizedBy: shop.benevole.id,
                                           till: TestShop.till) }?.hasPrefix("Réservé aux responsables") == true)
        #expect(try l.journalEntryCount() == before)
        #expect(try l.rawInt("SELECT count(*) FROM sellers") == 0)

        // Without an IBAN a volunteer registers and corrects the file alone.
        let seller = try l.saveSeller(Self.lucie(), by: shop.benevole.id, till: TestShop.till)
        try l.saveSeller(Self.lucie(id: seller.id, phone: "06 12 34 56 78"), by: shop.benevole.id, till: TestShop.till)
        // Adding, changing and removing it each need the responsable.
        #expect(refusal { try l.saveSeller(Self.lucie(id: seller.id, iban: Self.ibanA), by: shop.benevole.id, till: TestShop.till) } != nil)
        try l.saveSeller(Self.lucie(id: seller.id, iban: Self.ibanA), by: shop.benevole.id, authorizedBy: shop.admin.id, till: TestShop.till)
        // The same IBAN typed with other spaces is no change.
        try l.saveSeller(Self.lucie(id: seller.id, iban: "fr7630006000011234567890189", phone: "07"), by: shop.benevole.id,
                         till: TestShop.till)
        #expect(refusal { try l.saveSeller(Self.lucie(id: seller.id), by: shop.benevole.id, till: TestShop.till) } != nil)
        #expect(try l.seller(id: seller.id)?.iban == "FR7630006000011234567890189")

        let authorized = try l.rawInt("SELECT count(*) FROM journal WHERE kind LIKE 'seller.%' AND payload LIKE '%\"authorized_by\":\(shop.admin.id)%'")
        #expect(authorized == 1)
        #expect(try l.rawInt("SELECT count(*) FROM journal WHERE payload LIKE '%30006000%'") == 0)
        #expect(try l.verify().isOK)
    }

    @Test func aTransferKeepsItsIBANAndPuttingTheOldOneBackLeavesATrace() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let l = shop.ledger
        let (admin, volunteer) = (shop.admin.id, shop.benevole.id)
        let seller = try l.saveSeller(Self.lucie(iban: Self.ibanA), by: volunteer, authorizedBy: admin, till: TestShop.till)
        try l.saveBox(Box(code: "B07", size: "étagère", weeklyRent: Money(cents: 500), monthlyRent: Money(cents: 1_500)),
                      by: admin, till: TestShop.till)
        let today = CalendarDay(Date(), in: l.timeZone)
        let rental = try l.signRental(Rental(sellerId: seller.id, boxCode: "B07", from: today, to: today.adding(days: 13),
                                             rateBasisPoints: 2_500, rent: .zero, rentPayment: .atTill),
                                      by: volunteer, till: TestShop.till)
        let lamp = try l.registerItem(rental: rental.rental.id, description: "lampe", price: Money(cents: 2_000), today: today,
                                      by: volunteer, till: TestShop.till)
        _ = try shop.sell([try l.saleLine(label: lamp.code.text)])
        let paid = try l.payOut(seller: seller.id, amount: Money(cents: 1_500), method: .transfer, authorizedBy: admin,
                                till: TestShop.till, operatorId: volunteer, sessionId: nil)
        #expect(paid.payout.iban == "FR7630006000011234567890189")

        try l.saveSeller(Self.lucie(id: seller.id, iban: Self.ibanB), by: volunteer, authorizedBy: admin, till: TestShop.till)
        #expect(try l.payouts(seller: seller.id).first?.iban == "FR7630006000011234567890189")
        try l.saveSeller(Self.lucie(id: seller.id, iban: Self.ibanA), by: volunteer, authorizedBy: admin, till: TestShop.till)
        let digests = try l.read { db in
            try String.fetchAll(db, sql: """
                SELECT json_extract(payload, '$.iban') || '/' || json_extract(payload, '$.authorized_by')
                FROM journal WHERE kind LIKE 'seller.%' ORDER BY seq
                """)
        }
        #expect(digests.count == 3)
        #expect(digests[0] == digests[2] && digests[0] != digests[1])
        #expect(try l.verify().isOK)
    }

    @Test func anIBANChangedInAForgedEntryWithoutItsResponsableIsNamed() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let l = shop.ledger
        let seller = try l.saveSeller(Self.lucie(), by: shop.benevole.id, till: TestShop.till)
        try l.saveSeller(Self.lucie(id: seller.id, iban: Self.ibanA), by: shop.benevole.id, authorizedBy: shop.admin.id,
                         till: TestShop.till)
        let seq = try #require(try l.rawInt("SELECT max(seq) FROM journal"))
        let payload = try #require(try l.rawString("SELECT json_remove(payload, '$.authorized_by') FROM journal WHERE seq = \(seq)"))
        try ChainForger.rewrite(path: shop.path, seq: seq, payload: payload)
        let problem = try l.verify().problem
        #expect(problem?.seq == seq)
        #expect(problem?.reason == "l'IBAN du déposant n° \(seller.id) change sans l'accord d'un responsable")
    }
}
