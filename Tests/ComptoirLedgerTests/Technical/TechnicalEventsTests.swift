import ComptoirCore
import Foundation
import Testing
@testable import ComptoirLedger

/// Logins, logouts, exports, backups and a clock put back: journaled, with no personal
/// data beyond a user id, and checked by `verify`.
@Suite struct TechnicalEventsTests {
    private func last(_ shop: TestShop) throws -> (kind: String, operatorId: Int64?, payload: String) {
        let kind = try #require(try shop.ledger.rawString("SELECT kind FROM journal ORDER BY seq DESC LIMIT 1"))
        let payload = try #require(try shop.ledger.rawString("SELECT payload FROM journal ORDER BY seq DESC LIMIT 1"))
        let op = try shop.ledger.rawString("SELECT operator_id FROM journal ORDER BY seq DESC LIMIT 1").flatMap { Int64($0) }
        return (kind, op, payload)
    }

    @Test func loginAndLogoutNameOnlyTheUserId() throws {
        let shop = try TestShop()
        defer { shop.close() }
        try shop.ledger.recordLogin(user: shop.benevole.id, till: TestShop.till)
        var entry = try last(shop)
        #expect(entry.kind == "user.logged_in" && entry.operatorId == shop.benevole.id)
        #expect(entry.payload == #"{"user":\#(shop.benevole.id)}"#)
        try shop.ledger.recordLogout(user: shop.benevole.id, quitting: false, till: TestShop.till)
        entry = try last(shop)
        #expect(entry.kind == "user.logged_out" && entry.payload == #"{"user":\#(shop.benevole.id),"via":"deconnexion"}"#)
        try shop.ledger.recordLogout(user: shop.benevole.id, quitting: true, till: TestShop.till)
        #expect(try last(shop).payload.contains(#""via":"quitter""#))
        #expect(!(try last(shop).payload.contains("Camille")))
        #expect(try shop.ledger.verify().isOK)
    }

    @Test func anExportKeepsItsKindAndFileNameWithoutTheFolder() throws {
        let shop = try TestShop()
        defer { shop.close() }
        try shop.ledger.recordExport(.households, file: "/home/marie/Bureau/foyers.csv", count: 12, operatorId: shop.admin.id,
                                     till: TestShop.till)
        let entry = try last(shop)
        #expect(entry.kind == "export.written" && entry.operatorId == shop.admin.id)
        #expect(entry.payload == #"{"count":12,"file":"foyers.csv","kind":"foyers"}"#)
        #expect(try shop.ledger.verify().isOK)
    }

    @Test func aBackupKeepsItsFileAndTheHeadItHolds() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let folder = shop.temp.folder + "/cle"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = try shop.ledger.backup(toFolder: folder)
        let head = try Ledger.journalHead(ofCopy: path)
        #expect(head == Int64(try shop.ledger.journalEntryCount()))
        try shop.ledger.recordBackup(file: path, headSeq: head, operatorId: nil, till: TestShop.till)
        let entry = try last(shop)
        #expect(entry.kind == "backup.made" && entry.operatorId == nil)
        #expect(entry.payload == #"{"file":"\#((path as NSString).lastPathComponent)","head_seq":\#(head)}"#)
        #expect(try shop.ledger.verify().isOK)
        // The copy itself does not hold its own mention: it stays a part of the base's history.
        #expect(try Ledger.journalHead(ofCopy: path) == head)
    }

    @Test func aClockBehindTheLastEntryIsJournaledOnceSaidAndVerified() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let lastAt = try #require(try shop.ledger.lastEntry()).at
        #expect(try shop.ledger.checkClock(now: lastAt.addingTimeInterval(-30), till: TestShop.till) == nil, "within the tolerance")
        #expect(try shop.ledger.checkClock(now: lastAt.addingTimeInterval(3_600), till: TestShop.till) == nil)
        let count = try shop.ledger.journalEntryCount()
        let now = lastAt.addingTimeInterval(-2 * 86_400)
        let behind = try #require(try shop.ledger.checkClock(now: now, till: TestShop.till))
        #expect(behind.lastSeq == Int64(count))
        #expect(try shop.ledger.journalEntryCount() == count + 1)
        let entry = try last(shop)
        #expect(entry.kind == "clock.behind" && entry.operatorId == nil)
        #expect(entry.payload.hasPrefix(#"{"last_at":""#) && entry.payload.hasSuffix(#""last_seq":\#(count)}"#))
        let message = behind.message(timeZone: Ledger.parisTime)
        #expect(message.contains("avant une entrée déjà au journal"))
        #expect(message.contains(CalendarDay(now, in: Ledger.parisTime).french))
        // Restarted with the clock still wrong: the entry it wrote is the last, not the
        // latest; it is said and journaled again, behind the same entry.
        let again = try #require(try shop.ledger.checkClock(now: now.addingTimeInterval(300), till: TestShop.till))
        #expect(again.lastSeq == Int64(count))
        #expect(try shop.ledger.verify().isOK)
    }

    @Test func backupNamesAreKnownSoACommandNeverWritesIntoACopy() {
        #expect(Ledger.looksLikeBackup(path: "/media/cle/comptoir-20261201-183005.sqlite"))
        #expect(Ledger.looksLikeBackup(path: "/data/comptoir.sqlite.avant-restauration-20261201-183005"))
        #expect(!Ledger.looksLikeBackup(path: "/data/comptoir.sqlite"))
        #expect(!Ledger.looksLikeBackup(path: "/data/comptoir-demo.sqlite"))
        #expect(!Ledger.looksLikeBackup(path: "/data/comptoir-2026120a-183005.sqlite"))
    }

    @Test(arguments: [
        // A name slipped into a login.
        (#"{"user":2}"#, #"{"name":"Camille","user":2}"#),
        // An export of a kind that does not exist, then a path with a folder.
        (#"{"count":12,"file":"foyers.csv","kind":"foyers"}"#, #"{"count":12,"file":"foyers.csv","kind":"malades"}"#),
        (#"{"count":12,"file":"foyers.csv","kind":"foyers"}"#, #"{"count":12,"file":"/home/marie/foyers.csv","kind":"foyers"}"#),
    ])
    func verifyRefusesATechnicalEntryWithMoreOrOtherThanItsPayload(written: String, forged: String) throws {
        let shop = try TestShop()
        defer { shop.close() }
        if written.contains("count") {
            try shop.ledger.recordExport(.households, file: "foyers.csv", count: 12, operatorId: shop.admin.id, till: TestShop.till)
        } else {
            try shop.ledger.recordLogin(user: shop.benevole.id, till: TestShop.till)
        }
        let seq = Int64(try shop.ledger.journalEntryCount())
        let stored = try #require(try shop.ledger.rawString("SELECT payload FROM journal WHERE seq = \(seq)"))
        let user = "\(shop.benevole.id)"
        #expect(stored == written.replacingOccurrences(of: ":2}", with: ":\(user)}"))
        try ChainForger.rewrite(path: shop.path, seq: seq, payload: forged.replacingOccurrences(of: ":2}", with: ":\(user)}"))
        let report = try shop.ledger.verify()
        #expect(!report.isOK)
        #expect(report.message.contains("n° \(seq)"))
    }

    @Test func aClockEntryWhoseTimeIsNotBehindIsRefused() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let lastAt = try #require(try shop.ledger.lastEntry()).at
        try shop.ledger.checkClock(now: lastAt.addingTimeInterval(-86_400), till: TestShop.till)
        let seq = Int64(try shop.ledger.journalEntryCount())
        // Claims to be behind an entry that is earlier than itself.
        try ChainForger.rewrite(path: shop.path, seq: seq, payload: #"{"last_at":"2000-01-01T00:00:00.000Z","last_seq":1}"#)
        let report = try shop.ledger.verify()
        #expect(!report.isOK)
        #expect(report.message.contains("horloge"))
    }
}
