import ComptoirCore
import Foundation
import GRDB
import Testing
@testable import ComptoirLedger

@Suite struct RestoreTests {
    /// A shop with one sale, its backup, then one more sale; the ledger is closed.
    private func shopAfterBackup() throws -> (TestShop, String) {
        let shop = try TestShop()
        try shop.sell([TestShop.tshirt])
        let saved = shop.temp.folder + "/sauvegarde.sqlite"
        try shop.ledger.backup(toFile: saved)
        try shop.sell([TestShop.pull])
        return (shop, saved)
    }

    private func headOf(_ path: String) throws -> ChainHead? {
        let ledger = try Ledger.openReadOnly(path: path)
        defer { try? ledger.close() }
        return try ledger.chainHead()
    }

    @Test func theRestoredBaseJournalsWhoWhatAndHowMuchWasLost() throws {
        let (shop, saved) = try shopAfterBackup()
        defer { shop.close() }
        let replaced = try #require(try shop.ledger.chainHead())
        try shop.ledger.close()
        let savedBytes = fileBytes(saved)
        let backupHead = try #require(try headOf(saved))

        let (report, aside) = try Ledger.restore(backup: saved, into: shop.path, authorizedBy: shop.admin.id, till: "caisse-2")
        #expect(report.isOK && aside != nil)
        #expect(fileBytes(saved) == savedBytes)  // the file given is never written
        let restored = try Ledger.openReadOnly(path: shop.path)
        defer { try? restored.close() }
        let entry = try #require(try restored.read { db in
            try Row.fetchOne(db, sql: "SELECT seq, kind, till, operator_id, payload FROM journal ORDER BY seq DESC LIMIT 1")
        })
        #expect(entry[0] as Int64 == backupHead.seq + 1 && entry[1] as String == "ledger.restored" && entry[2] as String == "caisse-2")
        #expect(entry[3] as Int64? == shop.admin.id)
        let payload = try #require(CanonicalJSON.decode(LedgerRestoredPayload.self, from: entry[4]))
        #expect(payload == LedgerRestoredPayload(authorizedBy: shop.admin.id, backupFile: "sauvegarde.sqlite",
                                                 backupHeadSeq: backupHead.seq, backupHeadHash: backupHead.hash,
                                                 replacedHeadSeq: replaced.seq, replacedHeadHash: replaced.hash,
                                                 lostEntries: replaced.seq - backupHead.seq))
        // The base put aside still verifies against the restored one: its difference is explained.
        let check = try restored.verify(anchors: [.backup(try #require(aside))])
        #expect(check.isOK && check.message.contains("Note — la sauvegarde ") && check.message.contains("prise avant la restauration"))

        // A backup taken after the restore is not excused by it: a rewrite is still caught.
        try restored.close()
        let after = shop.temp.folder + "/apres.sqlite"
        let reopened = try Ledger.open(path: shop.path, pinRounds: 1_000)
        defer { try? reopened.close() }
        try reopened.backup(toFile: after)
        try ChainForger.rewrite(path: shop.path, seq: backupHead.seq + 1, till: "ailleurs")
        #expect(try reopened.verify(anchors: [.backup(after)]).anchors.first?.problem?
                .hasPrefix("la chaîne a été réécrite à partir de l'entrée n° \(backupHead.seq + 1)") == true)
    }

    @Test func nothingThatIsNotThisShopsTrueHistoryIsRestored() throws {
        let (shop, saved) = try shopAfterBackup()
        defer { shop.close() }
        let before = try #require(try shop.ledger.chainHead())
        try shop.ledger.close()
        func unchanged() throws -> Bool { try headOf(shop.path) == before }

        let empty = shop.temp.folder + "/vide.sqlite"
        _ = FileManager.default.createFile(atPath: empty, contents: Data())
        #expect(refusal { _ = try Ledger.restore(backup: empty, into: shop.path) }?.contains("est vide (0 octet)") == true)

        let text = shop.temp.folder + "/texte.sqlite"
        _ = FileManager.default.createFile(atPath: text, contents: Data("pas une base".utf8))
        #expect(refusal { _ = try Ledger.restore(backup: text, into: shop.path) }?.contains("n'est pas une sauvegarde de Comptoir") == true)

        let other = try TestShop()
        defer { other.close() }
        let foreign = other.temp.folder + "/autre.sqlite"
        try other.ledger.backup(toFile: foreign)
        #expect(refusal { _ = try Ledger.restore(backup: foreign, into: shop.path) }?.contains("sauvegarde d'une autre boutique") == true)

        let ledger = try Ledger.open(path: shop.path, pinRounds: 1_000)
        let training = try ledger.makeTrainingCopy(at: shop.temp.folder + "/formation.sqlite")
        try training.close()
        try ledger.close()
        #expect(refusal { _ = try Ledger.restore(backup: shop.temp.folder + "/formation.sqlite", into: shop.path) }?
                .contains("copie du mode formation") == true)

        // A backup whose history went another way (the base was rewritten since, or the other way round).
        let diverged = shop.temp.folder + "/divergente.sqlite"
        try FileManager.default.copyItem(atPath: saved, toPath: diverged)
        try ChainForger.rewrite(path: diverged, seq: 2, till: "ailleurs")
        #expect(refusal { _ = try Ledger.restore(backup: diverged, into: shop.path) }?
                .contains("ne fait pas partie de l'histoire de la base actuelle") == true)

        #expect(try unchanged())
        let names = try FileManager.default.contentsOfDirectory(atPath: (shop.path as NSString).deletingLastPathComponent)
        #expect(!names.contains { $0.contains("avant-restauration") || $0.hasSuffix(".restauration") })
    }

    @Test func aRunningTillStopsTheRestoreAndARestoreStopsATill() throws {
        let (shop, saved) = try shopAfterBackup()
        defer { shop.close() }
        let before = try shop.ledger.chainHead()
        do {
            let till = try TillLock.shared(for: shop.path)
            let second = try TillLock.shared(for: shop.path)  // several tills at once
            do {
                _ = try Ledger.restore(backup: saved, into: shop.path)
                Issue.record("a till is open: the restore must be refused")
            } catch let error as LedgerError {
                #expect(error == .tillOpen)
                #expect(error.message == "Une caisse est ouverte sur cette base : fermez toutes les caisses puis recommencez.")
            }
            withExtendedLifetime((till, second)) {}
        }
        #expect(try shop.ledger.chainHead() == before)
        let restore = try TillLock.exclusive(for: shop.path)
        #expect(refusal { _ = try TillLock.shared(for: shop.path) }?.hasPrefix("Une restauration de la base est en cours") == true)
        withExtendedLifetime(restore) {}
    }

    @Test func theWitnessLinesOfTheReplacedHistoryAreExplainedAfterARestore() throws {
        let temp = TempFolder()
        defer { temp.remove() }
        let witness = WitnessFile(path: temp.folder + "/temoin.txt")
        var ledger = try Ledger.open(path: temp.path, pinRounds: 1_000, witness: witness)
        let admin = try ledger.createUser(firstName: "Jean", pin: "9999", role: .admin, by: nil, till: "c1")
        let saved = temp.folder + "/sauvegarde.sqlite"
        try ledger.backup(toFile: saved)
        _ = try ledger.createUser(firstName: "Lina", pin: "1234", role: .benevole, by: admin.id, till: "c1")
        _ = try ledger.createUser(firstName: "Karim", pin: "2222", role: .benevole, by: admin.id, till: "c1")
        try ledger.close()
        _ = try Ledger.restore(backup: saved, into: temp.path, authorizedBy: admin.id, witness: witness)
        ledger = try Ledger.open(path: temp.path, pinRounds: 1_000, witness: witness)
        defer { try? ledger.close() }
        _ = try ledger.createUser(firstName: "Zoé", pin: "3333", role: .benevole, by: admin.id, till: "c1")
        // Entries 2 and 3 were witnessed, replaced by the restore (2) and a new user (3).
        let report = try ledger.verify(anchors: [.witness(witness.path)])
        #expect(report.isOK)
        #expect(report.message.contains("Note — le témoin \(witness.path) : entrées n° 2 à 3 : prise avant la restauration"))
        // A line of the new history rewritten is still caught.
        try ChainForger.rewrite(path: temp.path, seq: 3, till: "ailleurs")
        #expect(try ledger.verify(anchors: [.witness(witness.path)]).anchors.first?.problem?
                .hasPrefix("la chaîne a été réécrite à partir de l'entrée n° 3") == true)
    }

    @Test func aMissingBaseIsRestoredWithoutAnyoneToAuthorize() throws {
        let (shop, saved) = try shopAfterBackup()
        defer { shop.close() }
        let target = shop.temp.folder + "/nouveau-disque/comptoir.sqlite"
        let (report, aside) = try Ledger.restore(backup: saved, into: target)
        #expect(report.isOK && aside == nil)
        let restored = try Ledger.openReadOnly(path: target)
        defer { try? restored.close() }
        #expect(try restored.ticketCount() == 1 && restored.fingerprint() == shop.ledger.fingerprint())
    }
}
