import ComptoirCore
import Foundation
import Testing
@testable import ComptoirLedger

@Suite struct BackupTests {
    @Test func aBackupIsAWholeLedgerAndOnlyTheNewestAreKept() throws {
        let shop = try TestShop()
        defer { shop.close() }
        try shop.sell([TestShop.tshirt])
        let folder = shop.temp.folder + "/cle-usb"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let start = Date(timeIntervalSince1970: 1_795_453_500)
        var paths: [String] = []
        for i in 0..<3 {
            paths.append(try shop.ledger.backup(toFolder: folder, keep: 2, now: start.addingTimeInterval(Double(i) * 60)))
        }
        #expect((paths[0] as NSString).lastPathComponent == "comptoir-20261123-180500.sqlite")
        let left = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(left == ["comptoir-20261123-180600.sqlite", "comptoir-20261123-180700.sqlite"])
        #expect(permissions(paths[2]) == 0o600)
        let copy = try Ledger.open(path: paths[2], pinRounds: 1_000)
        defer { try? copy.close() }
        #expect(try copy.ticketCount() == 1 && copy.verify().isOK)
    }

    @Test func aMissingFolderIsSaidAndNothingIsWritten() throws {
        let shop = try TestShop()
        defer { shop.close() }
        #expect(refusal { _ = try shop.ledger.backup(toFolder: shop.temp.folder + "/absent") }
                == "Le dossier de sauvegarde « \(shop.temp.folder)/absent » n'existe pas : branchez la clé USB ou vérifiez le chemin.")
    }

    @Test func aRestoreChecksTheBackupFirstAndKeepsTheReplacedLedgerAside() throws {
        let shop = try TestShop()
        defer { shop.close() }
        try shop.sell([TestShop.tshirt])
        let saved = shop.temp.folder + "/sauvegarde.sqlite"
        try shop.ledger.backup(toFile: saved)
        try shop.sell([TestShop.pull])  // after the backup: lost by the restore, kept aside
        try shop.ledger.close()

        let (report, aside) = try Ledger.restore(backup: saved, into: shop.path, now: Date(timeIntervalSince1970: 1_795_453_500))
        #expect(report.isOK)
        let restored = try Ledger.open(path: shop.path, pinRounds: 1_000)
        #expect(try restored.ticketCount() == 1)
        try restored.close()
        let kept = try Ledger.open(path: try #require(aside), pinRounds: 1_000)
        #expect(try kept.ticketCount() == 2)
        try kept.close()

        // A backup altered behind the journal is refused; the ledger is not touched.
        let altered = try Ledger.open(path: saved, pinRounds: 1_000)
        try altered.rawExecute("DROP TRIGGER payments_no_update")
        try altered.rawExecute("UPDATE payments SET amount_cents = 1")
        try altered.close()
        #expect(refusal { _ = try Ledger.restore(backup: saved, into: shop.path) }?
                .hasPrefix("La sauvegarde ne se vérifie pas (") == true)
        let untouched = try Ledger.open(path: shop.path, pinRounds: 1_000)
        #expect(try untouched.ticketCount() == 1)
        try untouched.close()
    }
}
