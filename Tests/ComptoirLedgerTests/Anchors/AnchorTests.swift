import ComptoirCore
import Foundation
import Testing
@testable import ComptoirLedger

@Suite struct AnchorTests {
    /// A shop with two sales and a backup of it in `<folder>/cle-usb`; returns the backup.
    private func shopWithBackup() throws -> (TestShop, String) {
        let shop = try TestShop()
        try shop.sell([TestShop.tshirt])
        try shop.sell([TestShop.pull])
        let folder = shop.temp.folder + "/cle-usb"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return (shop, try shop.ledger.backup(toFolder: folder))
    }

    @Test func theChainHeadIsTheLastEntryAndReadsBackFromPaper() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let ticket = try shop.sell([TestShop.tshirt])
        let head = try #require(try shop.ledger.chainHead())
        #expect(head.seq == Int64(try shop.ledger.journalEntryCount()))
        #expect(try shop.ledger.chainHead(at: head.seq) == head && shop.ledger.chainHead(at: head.seq + 1) == nil)
        #expect(head.hash.count == 64 && ticket.number >= 1)
        #expect(head.printed == "Journal n° \(head.seq) · \(head.hash.prefix(16))")
        #expect(ChainHead.parse(head.argument)! == (head.seq, String(head.hash.prefix(16))))
        #expect(ChainHead.parse(head.printed)! == (head.seq, String(head.hash.prefix(16))))
        #expect(ChainHead.parse("12:3f9a0c1b") == nil)  // fewer than 16 digits
        #expect(ChainHead.parse("12:3f9a0c1b2d3e4f5z") == nil)
    }

    @Test func aBaseThatGoesOnFromABackupExtendsIt() throws {
        let (shop, backup) = try shopWithBackup()
        defer { shop.close() }
        let before = fileBytes(backup)
        try shop.sell([TestShop.free])
        let report = try shop.ledger.verify(anchors: [.backup(backup)])
        #expect(report.isOK)
        #expect(report.message.hasPrefix("OK — ") && report.message.contains("; 1 ancre vérifiée (1 sauvegarde)"))
        #expect(report.anchors.first?.lastSeq == Int64(try shop.ledger.journalEntryCount()) - 1)
        #expect(fileBytes(backup) == before)
        #expect(!FileManager.default.fileExists(atPath: backup + "-wal") && !FileManager.default.fileExists(atPath: backup + "-shm"))
    }

    @Test func aChainRecomputedFromScratchIsCaughtByTheBackupAndNamed() throws {
        let (shop, backup) = try shopWithBackup()
        defer { shop.close() }
        try shop.sell([TestShop.free])
        // The base alone verifies: the forger rewrote entry 2 (a user's creation) and every hash after it.
        try ChainForger.rewrite(path: shop.path, seq: 2, till: "caisse-fantôme")
        #expect(try shop.ledger.verify().isOK)
        let report = try shop.ledger.verify(anchors: [.backup(backup)])
        #expect(!report.isOK)
        let problem = try #require(report.anchors.first?.problem)
        #expect(problem.hasPrefix("la chaîne a été réécrite à partir de l'entrée n° 2 (la sauvegarde du "))
        #expect(report.message.hasPrefix("ERREUR — la sauvegarde \((backup as NSString).lastPathComponent) : la chaîne a été réécrite"))
    }

    @Test func aTailDeletedIsCaughtWithBothNumbers() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let ticket = try shop.sell([TestShop.tshirt])
        let kept = Int64(try shop.ledger.journalEntryCount())
        // Reprints have no row of their own: deleting them leaves the base consistent.
        try shop.ledger.recordReprint(number: ticket.number, till: TestShop.till, operatorId: shop.benevole.id)
        try shop.ledger.recordReprint(number: ticket.number, till: TestShop.till, operatorId: shop.benevole.id)
        let backup = shop.temp.folder + "/copie.sqlite"
        try shop.ledger.backup(toFile: backup)
        try ChainForger.truncate(path: shop.path, keep: kept)
        #expect(try shop.ledger.verify().isOK)
        let report = try shop.ledger.verify(anchors: [.backup(backup)])
        let day = CalendarDay(Date(), in: Ledger.parisTime).french
        #expect(report.anchors.first?.problem == "la fin du journal a été supprimée : la sauvegarde du \(day) va jusqu'à "
            + "l'entrée n° \(kept + 2), la base s'arrête au n° \(kept)")
    }

    @Test func anotherShopsBackupIsRefused() throws {
        let (shop, _) = try shopWithBackup()
        defer { shop.close() }
        let other = try TestShop()
        defer { other.close() }
        let foreign = other.temp.folder + "/autre.sqlite"
        try other.ledger.backup(toFile: foreign)
        let report = try shop.ledger.verify(anchors: [.backup(foreign)])
        #expect(report.anchors.first?.problem?.hasPrefix("elle n'est pas de cette boutique") == true)
        #expect(try shop.ledger.verify(anchors: [.backup(shop.temp.folder + "/absent.sqlite")]).anchors.first?.problem
                == "le fichier est introuvable : vérifiez le chemin")
        let text = shop.temp.folder + "/texte.sqlite"
        _ = FileManager.default.createFile(atPath: text, contents: Data("pas une base".utf8))
        #expect(try shop.ledger.verify(anchors: [.backup(text)]).anchors.first?.problem
                == "ce fichier n'est pas une base Comptoir : ce n'est pas une sauvegarde")
    }

    @Test func aPrintedHeadIsCheckedByItsPrefix() throws {
        let shop = try TestShop()
        defer { shop.close() }
        try shop.sell([TestShop.tshirt])
        let head = try #require(try shop.ledger.chainHead())
        let prefix = String(head.hash.prefix(16))
        #expect(try shop.ledger.verify(anchors: [.head(seq: head.seq, hashPrefix: prefix)]).isOK)
        #expect(try shop.ledger.verify(anchors: [.head(seq: head.seq + 5, hashPrefix: prefix)]).anchors.first?.problem
                == "la fin du journal a été supprimée : la ligne imprimée va jusqu'à l'entrée n° \(head.seq + 5), la base s'arrête au n° \(head.seq)")
        try ChainForger.rewrite(path: shop.path, seq: 2, till: "ailleurs")
        let problem = try shop.ledger.verify(anchors: [.head(seq: head.seq, hashPrefix: prefix)]).anchors.first?.problem
        #expect(problem?.hasPrefix("la chaîne a été réécrite : l'entrée n° \(head.seq) n'a plus l'empreinte imprimée") == true)
    }

    @Test func everyCommitLeavesItsLinesInTheWitnessAndVerifyComparesThem() throws {
        let temp = TempFolder()
        defer { temp.remove() }
        let witnessPath = temp.folder + "/temoin.txt"
        let ledger = try Ledger.open(path: temp.path, pinRounds: 1_000, witness: WitnessFile(path: witnessPath))
        defer { try? ledger.close() }
        let admin = try ledger.createUser(firstName: "Jean", pin: "9999", role: .admin, by: nil, till: "c1")
        let session = try ledger.openSession(till: "c1", operatorId: admin.id, float: .zero)
        _ = try ledger.commitSale(TestShop.draft([TestShop.tshirt]), till: "c1", operatorId: admin.id, sessionId: session.id)
        let lines = try String(contentsOfFile: witnessPath, encoding: .utf8).split(separator: "\n")
        let count = try ledger.journalEntryCount()
        #expect(lines.count == count)
        #expect(lines.last.map(String.init) == "\(count) \(try ledger.chainHead()!.hash)")
        #expect(try ledger.verify(anchors: [.witness(witnessPath)]).message.contains("1 ancre vérifiée (1 témoin)"))

        try ChainForger.rewrite(path: temp.path, seq: 2, till: "ailleurs")
        #expect(try ledger.verify(anchors: [.witness(witnessPath)]).anchors.first?.problem?
                .hasPrefix("la chaîne a été réécrite à partir de l'entrée n° 2 (ligne 2 du témoin") == true)
        // A witness line altered by hand is named too.
        try "\(count + 1) xyz\n".write(toFile: witnessPath, atomically: false, encoding: .utf8)
        #expect(try ledger.verify(anchors: [.witness(witnessPath)]).anchors.first?.problem?.hasPrefix("la ligne 1 est illisible") == true)
    }

    @Test func aWitnessThatCannotBeWrittenNeverLosesTheSale() throws {
        let temp = TempFolder()
        defer { temp.remove() }
        let failures = Failures()
        let witness = WitnessFile(path: temp.folder + "/disque-absent/temoin.txt") { failures.add($0) }
        let ledger = try Ledger.open(path: temp.path, pinRounds: 1_000, witness: witness)
        defer { try? ledger.close() }
        let admin = try ledger.createUser(firstName: "Jean", pin: "9999", role: .admin, by: nil, till: "c1")
        #expect(try ledger.users(includeInactive: false).map(\.id) == [admin.id])
        #expect(failures.all.count == 1 && failures.all[0].contains("n'a pas pu être écrit"))
        #expect(failures.all[0].contains("bien enregistré dans la base"))
        // verify says the witness could not be compared, without counting it.
        let report = try ledger.verify(anchors: [.witness(witness.path)])
        #expect(report.isOK && report.message.hasPrefix("OK — ") && !report.message.contains("ancre vérifiée"))
        #expect(report.message.contains("Note — le témoin \(witness.path) : le fichier est introuvable"))
    }

    @Test func aSealedArchiveIsAnAnchorToo() throws {
        let shop = try TestShop()
        defer { shop.close() }
        try shop.sell([TestShop.tshirt])
        let year = CalendarDay(Date(), in: Ledger.parisTime).year
        let zip = shop.temp.folder + "/archive.zip"
        _ = try shop.ledger.writeArchive(year: year, to: zip, shopName: "B", siret: "", by: shop.admin.id, till: TestShop.till)
        try shop.sell([TestShop.pull])
        #expect(try shop.ledger.verify(anchors: [Anchor.file(zip)]).message.contains("(1 archive)"))
        try ChainForger.rewrite(path: shop.path, seq: 3, till: "ailleurs")
        #expect(try shop.ledger.verify(anchors: [.archive(zip)]).anchors.first?.problem?
                .hasPrefix("la chaîne a été réécrite à partir de l'entrée n° 3 (l'archive de \(year)") == true)
    }
}

/// Collects the witness's complaints (called from the writing thread).
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [String] = []
    func add(_ message: String) { lock.lock(); messages.append(message); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return messages }
}
