import Foundation
import Testing
import ComptoirCore
import ComptoirLedger
import ComptoirUI
@testable import ComptoirRuntime

@Suite struct ClosingPerformerTests {
    @Test func theXIsTheSessionsFigures() throws {
        let shop = try RuntimeShop()
        #expect(shop.sell() != nil)
        guard case .closing(.sessionReportLoaded(let report))? = shop.perform(.closing(.loadSessionReport(sessionId: shop.session.id))).first else {
            Issue.record("no report"); return
        }
        #expect(report.total == Money(cents: 250))
        #expect(report.expectedCash == Money(cents: 5_250))
    }

    @Test func theZIsWrittenPrintedAndBackedUp() throws {
        let shop = try RuntimeShop(backupFolder: true)
        try FileManager.default.createDirectory(atPath: shop.folder + "/sauvegardes", withIntermediateDirectories: true)
        _ = shop.sell()
        let count = CashCount(pieces: [5_000: 1, 200: 1, 50: 1])
        let answers = shop.perform(.closing(.closeSession(sessionId: shop.session.id, count: count, comment: "compté par Camille",
                                                          shop.approval(reason: "clôture du soir"))))
        guard case .closing(.sessionClosed(let z, let backup))? = answers.first else {
            Issue.record("no Z: \(answers)"); return
        }
        #expect(z.variance == .zero)
        #expect(z.comment == "compté par Camille — clôture du soir")
        guard case .saved(let name)? = backup else { Issue.record("no backup: \(String(describing: backup))"); return }
        #expect(FileManager.default.fileExists(atPath: shop.folder + "/sauvegardes/" + name))
        #expect(shop.printed.contains("Z"))
        #expect(try shop.ledger.currentSession(till: RuntimeShop.till) == nil)
    }

    @Test func aWrongPinLeavesTheSessionOpen() throws {
        let shop = try RuntimeShop()
        let answers = shop.perform(.closing(.closeSession(sessionId: shop.session.id, count: CashCount(pieces: [:]), comment: nil,
                                                          shop.approval("0000"))))
        guard case .approvalRefused(.pin)? = answers.first else { Issue.record("\(answers)"); return }
        #expect(try shop.ledger.currentSession(till: RuntimeShop.till) != nil)
    }

    @Test func aVolunteerCannotAllowTheZ() throws {
        let shop = try RuntimeShop()
        let answers = shop.perform(.closing(.closeSession(sessionId: shop.session.id, count: CashCount(pieces: [:]), comment: nil,
                                                          shop.approval("1111", by: shop.volunteer))))
        #expect(answers == [.approvalRefused(.notManager(name: "Camille"))])
    }

    @Test func theXWithoutPrinterIsRefusedNamingItsRequest() throws {
        let shop = try RuntimeShop(printer: false)
        let request = Effect.closing(.printSessionReport(sessionId: shop.session.id))
        #expect(shop.perform(request) == [.failed("Pas d'imprimante configurée : le X reste à l'écran.", request: request)])
    }
}
