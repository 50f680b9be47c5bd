import ComptoirCore
import Foundation
import Testing
@testable import ComptoirLedger

@Suite struct DrawerTests {
    @Test func anOpeningIsJournaledWithItsResponsableAndReason() throws {
        let shop = try TestShop()
        defer { shop.close() }
        try shop.ledger.recordDrawerOpening(till: TestShop.till, operatorId: shop.benevole.id,
                                            authorizedBy: shop.admin.id, reason: " faire de la monnaie ")
        let payload = try shop.ledger.rawString("SELECT payload FROM journal WHERE kind = 'drawer.opened'")
        #expect(payload == #"{"authorized_by":\#(shop.admin.id),"reason":"faire de la monnaie"}"#)
        #expect(try shop.ledger.verify().isOK)
    }

    @Test func aVolunteerCannotAuthorizeAndAReasonIsNeeded() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let before = try shop.ledger.journalEntryCount()
        #expect(throws: LedgerError.self) {
            try shop.ledger.recordDrawerOpening(till: "c", operatorId: shop.benevole.id, authorizedBy: shop.benevole.id, reason: "x")
        }
        #expect(throws: LedgerError.self) {
            try shop.ledger.recordDrawerOpening(till: "c", operatorId: shop.benevole.id, authorizedBy: shop.admin.id, reason: "  ")
        }
        #expect(try shop.ledger.journalEntryCount() == before)
    }
}
