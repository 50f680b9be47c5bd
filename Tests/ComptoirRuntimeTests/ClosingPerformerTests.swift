// Covers ClosingEffect: loadSessionReport (the X; unknown session), printSessionReport
// (printed; no printer; printer failing), cashDrop (journaled with a drawer kick; no open
// session; wrong PIN; volunteer; no reason; no kick in training; drawer failing), closeSession (written,
// printed, backed up; backup folder missing → BackupOutcome.failed; no backup configured
// or in training → nil; Z printer failing; already closed; wrong PIN; volunteer).
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
        // Journaled after the copy: its name and the last entry it holds (the Z's own).
        let head = try Ledger.journalHead(ofCopy: shop.folder + "/sauvegardes/" + name)
        #expect(head == z.journalSeq)
        #expect(try shop.lastPayload("backup.made") == #"{"file":"\#(name)","head_seq":\#(head)}"#)
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

    @Test func anUnknownSessionHasNoX() throws {
        let shop = try RuntimeShop()
        let request = Effect.closing(.loadSessionReport(sessionId: 99))
        #expect(failure(shop.perform(request), request) != nil)
    }

    @Test func theXIsPrinted() throws {
        let shop = try RuntimeShop()
        _ = shop.sell()
        #expect(shop.perform(.closing(.printSessionReport(sessionId: shop.session.id))) == [.notice("X imprimé.")])
        #expect(shop.printed.contains("RAPPORT INTERM"))
        #expect(shop.printed.contains("2,50"))
    }

    @Test func anXThatCannotPrintNamesItsRequest() throws {
        let shop = try RuntimeShop(brokenPrinter: true)
        let request = Effect.closing(.printSessionReport(sessionId: shop.session.id))
        #expect(failure(shop.perform(request), request)?.hasPrefix("X non imprimé : Impossible de joindre l'imprimante") == true)
    }

    // MARK: Drops

    @Test func aDropIsJournaledAndOpensTheDrawer() throws {
        let shop = try RuntimeShop()
        #expect(shop.perform(.closing(.cashDrop(Money(cents: 2_000), shop.approval(reason: "dépôt en banque"))))
            == [.closing(.cashDropped(Money(cents: 2_000), by: "Sophie"))])
        #expect(try shop.journaled("cash.dropped") == 1)
        #expect(try shop.lastPayload("cash.dropped")?.contains("dépôt en banque") == true)
        #expect(shop.printedBytes.contains(drawerKick))
        #expect(try shop.ledger.sessionReport(session: shop.session.id).expectedCash == Money(cents: 3_000))
    }

    @Test func noDropWithoutAnOpenSession() throws {
        let shop = try RuntimeShop()
        try shop.closeSessionInLedger()
        let request = Effect.closing(.cashDrop(Money(cents: 2_000), shop.approval()))
        #expect(failure(shop.perform(request), request) == "La caisse n'est pas ouverte : rien n'a été prélevé.")
        #expect(try shop.journaled("cash.dropped") == 0)
        #expect(shop.printedBytes.isEmpty)
    }

    @Test func aDropWithAWrongPinIsRefused() throws {
        let shop = try RuntimeShop()
        let answers = shop.perform(.closing(.cashDrop(Money(cents: 2_000), shop.approval("0000"))))
        guard answers.count == 1, case .approvalRefused(.pin(.wrongPin)) = answers[0] else { Issue.record("\(answers)"); return }
        #expect(try shop.journaled("cash.dropped") == 0)
    }

    @Test func aVolunteerCannotAllowADrop() throws {
        let shop = try RuntimeShop()
        #expect(shop.perform(.closing(.cashDrop(Money(cents: 2_000), shop.approval("1111", by: shop.volunteer))))
            == [.approvalRefused(.notManager(name: "Camille"))])
    }

    @Test func aDropNeedsAReason() throws {
        let shop = try RuntimeShop()
        let request = Effect.closing(.cashDrop(Money(cents: 2_000), shop.approval(reason: "")))
        #expect(failure(shop.perform(request), request) == "Donnez la raison du prélèvement (par exemple : dépôt en banque).")
    }

    @Test func aDropInTrainingOpensNoDrawer() throws {
        let shop = try RuntimeShop()
        _ = shop.perform(.setTraining(true, shop.approval()))
        #expect(shop.perform(.closing(.cashDrop(Money(cents: 2_000), shop.approval(reason: "exercice"))))
            == [.closing(.cashDropped(Money(cents: 2_000), by: "Sophie"))])
        #expect(try shop.journaled("cash.dropped") == 0)
        #expect(shop.printedBytes.isEmpty)
    }

    // MARK: The Z

    private func z(_ shop: RuntimeShop, reason: String = "") -> Effect {
        .closing(.closeSession(sessionId: shop.session.id, count: CashCount(pieces: [5_000: 1]), comment: nil, shop.approval(reason: reason)))
    }

    @Test func aZWithoutBackupFolderSaysWhy() throws {
        let shop = try RuntimeShop(backupFolder: true)  // configured, never created
        let answers = shop.perform(z(shop))
        guard case .closing(.sessionClosed(let report, let backup))? = answers.first else { Issue.record("\(answers)"); return }
        #expect(report.comment == nil)
        guard case .failed(let reason)? = backup else { Issue.record("\(String(describing: backup))"); return }
        #expect(reason.hasPrefix("Le dossier de sauvegarde « "))
        #expect(try shop.lastPayload("backup.made") == nil)
        #expect(try shop.ledger.currentSession(till: RuntimeShop.till) == nil)
    }

    @Test func aZWithoutBackupConfiguredHasNoOutcome() throws {
        let shop = try RuntimeShop()
        guard case .closing(.sessionClosed(_, let backup))? = shop.perform(z(shop)).first else { Issue.record("no Z"); return }
        #expect(backup == nil)
    }

    @Test func aZInTrainingIsNotBackedUp() throws {
        let shop = try RuntimeShop(backupFolder: true)
        try FileManager.default.createDirectory(atPath: shop.folder + "/sauvegardes", withIntermediateDirectories: true)
        _ = shop.perform(.setTraining(true, shop.approval()))
        guard case .closing(.sessionClosed(_, let backup))? = shop.perform(z(shop)).first else { Issue.record("no Z"); return }
        #expect(backup == nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: shop.folder + "/sauvegardes").isEmpty)
        #expect(try shop.ledger.currentSession(till: RuntimeShop.till) != nil)
    }

    @Test func aZThatCannotPrintIsStillWritten() throws {
        let shop = try RuntimeShop(brokenPrinter: true)
        let request = z(shop)
        let answers = shop.perform(request)
        guard answers.count == 2, case .closing(.sessionClosed) = answers[0] else { Issue.record("\(answers)"); return }
        #expect(failure([answers[1]], request)?.hasPrefix("Z non imprimé (la clôture est enregistrée) : ") == true)
        #expect(try shop.ledger.currentSession(till: RuntimeShop.till) == nil)
    }

    @Test func aClosedSessionIsNotClosedTwice() throws {
        let shop = try RuntimeShop()
        try shop.closeSessionInLedger()
        let request = z(shop)
        #expect(failure(shop.perform(request), request) == "La session n° \(shop.session.id) de la caisse Caisse 1 est déjà clôturée.")
    }

    @Test func aDropWhoseDrawerFailsIsStillRecorded() throws {
        let shop = try RuntimeShop(brokenPrinter: true)
        let request = Effect.closing(.cashDrop(Money(cents: 2_000), shop.approval(reason: "banque")))
        let answers = shop.perform(request)
        guard answers.count == 2 else { Issue.record("\(answers)"); return }
        #expect(answers[0] == .closing(.cashDropped(Money(cents: 2_000), by: "Sophie")))
        #expect(failure([answers[1]], request)?.hasPrefix("Tiroir non ouvert (le prélèvement est enregistré) : ") == true)
        #expect(try shop.journaled("cash.dropped") == 1)
    }
}
