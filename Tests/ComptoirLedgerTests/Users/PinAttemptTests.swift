import ComptoirCore
import Foundation
import Testing
@testable import ComptoirLedger

/// Wrong PINs are counted in the ledger, per account, whatever the till and across restarts.
@Suite struct PinAttemptTests {
    static let t0 = Date(timeIntervalSince1970: 1_795_453_500)

    private func check(_ l: Ledger, _ id: Int64, _ pin: String, at now: Date, _ place: PinAttemptPlace = .login) throws -> PinVerdict {
        try l.checkPin(userId: id, pin: pin, at: place, now: now, till: TestShop.till)
    }

    @Test func theDelayDoublesFromTheThirdWrongPinUpToFiveMinutes() {
        #expect((0...12).map(PinAttempts.delay(afterFailures:)) == [0, 0, 0, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300])
        #expect(PinAttempts.delay(afterFailures: 1_000) == 300)
    }

    @Test func wrongPinsWaitThenLockAndNothingIsCheckedDuringTheWait() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let l = shop.ledger, id = shop.benevole.id
        var now = Self.t0
        #expect(try check(l, id, "0000", at: now) == .refused(.wrongPin(remainingBeforeLock: 9, waitSeconds: 0)))
        #expect(try check(l, id, "0000", at: now) == .refused(.wrongPin(remainingBeforeLock: 8, waitSeconds: 0)))
        #expect(try check(l, id, "0000", at: now) == .refused(.wrongPin(remainingBeforeLock: 7, waitSeconds: 2)))
        // During the wait even the right PIN is not checked, and nothing is counted.
        let entries = try l.journalEntryCount()
        #expect(try check(l, id, "1111", at: now + 1.5) == .refused(.wait(seconds: 1)))
        #expect(try check(l, id, "0000", at: now + 1) == .refused(.wait(seconds: 1)))
        #expect(try l.journalEntryCount() == entries)
        var expectedWaits: [Int] = []
        var waits: [Int] = []
        for failures in 4...9 {
            now += Double(PinAttempts.delay(afterFailures: failures - 1))
            guard case .refused(.wrongPin(let left, let wait)) = try check(l, id, "0000", at: now) else {
                Issue.record("wrong PIN n° \(failures) not counted")
                return
            }
            #expect(left == PinAttempts.lockAfter - failures)
            waits.append(wait)
            expectedWaits.append(PinAttempts.delay(afterFailures: failures))
        }
        #expect(waits == [4, 8, 16, 32, 64, 128] && waits == expectedWaits)
        now += 128
        #expect(try check(l, id, "0000", at: now) == .refused(.locked))
        // Locked: even the right PIN, even much later.
        #expect(try check(l, id, "1111", at: now + 86_400) == .refused(.locked))
        #expect(try l.users(includeInactive: false).first { $0.id == id }?.locked == true)
        let kinds = try l.read { db in
            try String.fetchAll(db, sql: "SELECT kind FROM journal WHERE kind LIKE 'user.%' AND seq > 3 ORDER BY seq")
        }
        #expect(kinds == Array(repeating: "user.pin_failed", count: 10) + ["user.locked"])
        #expect(try l.verify().isOK)
    }

    @Test func aRightPinAfterTheWaitSetsTheCountBackToZero() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let l = shop.ledger, id = shop.benevole.id
        for _ in 0..<3 { _ = try check(l, id, "0000", at: Self.t0) }
        #expect(try check(l, id, "1111", at: Self.t0 + 2).user == shop.benevole)
        #expect(try l.rawString("SELECT kind FROM journal ORDER BY seq DESC LIMIT 1") == "user.pin_accepted")
        #expect(try l.rawInt("SELECT pin_failures FROM users WHERE id = \(id)") == 0)
        // Counted from zero again: the next wrong PIN waits for nothing.
        #expect(try check(l, id, "0000", at: Self.t0 + 2) == .refused(.wrongPin(remainingBeforeLock: 9, waitSeconds: 0)))
        // A right PIN with no wrong one before writes nothing.
        _ = try check(l, id, "1111", at: Self.t0 + 2)
        let count = try l.journalEntryCount()
        _ = try check(l, id, "1111", at: Self.t0 + 3)
        #expect(try l.journalEntryCount() == count)
        #expect(try l.verify().isOK)
    }

    @Test func theCountSurvivesReopeningAndIsSharedByEveryTill() throws {
        let shop = try TestShop()
        let path = shop.path, id = shop.admin.id
        for _ in 0..<3 { _ = try check(shop.ledger, id, "0000", at: Self.t0) }
        // A second till on the same file sees the wait at once.
        let other = try Ledger.open(path: path, pinRounds: 1_000)
        #expect(try check(other, id, "9999", at: Self.t0 + 1) == .refused(.wait(seconds: 1)))
        #expect(try check(other, id, "0000", at: Self.t0 + 2) == .refused(.wrongPin(remainingBeforeLock: 6, waitSeconds: 4)))
        #expect(try shop.ledger.pinRefusalBeforeCheck(userId: id, now: Self.t0 + 3) == .wait(seconds: 3))
        try other.close()
        try shop.ledger.close()
        // Restarted: the count and the wait are still there.
        let reopened = try Ledger.open(path: path, pinRounds: 1_000)
        defer { try? reopened.close(); shop.temp.remove() }
        #expect(try reopened.pinRefusalBeforeCheck(userId: id, now: Self.t0 + 5) == .wait(seconds: 1))
        #expect(try check(reopened, id, "0000", at: Self.t0 + 6) == .refused(.wrongPin(remainingBeforeLock: 5, waitSeconds: 8)))
        #expect(try reopened.verify().isOK)
    }

    @Test func anAdminReactivatesALockedOrDeactivatedAccount() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let l = shop.ledger, id = shop.benevole.id
        let sophie = try l.createUser(firstName: "Sophie", pin: "3333", role: .responsable, by: shop.admin.id, till: "c")
        var now = Self.t0
        for failures in 1...PinAttempts.lockAfter {
            _ = try check(l, id, "0000", at: now)
            now += Double(PinAttempts.delay(afterFailures: failures))
        }
        #expect(try check(l, id, "1111", at: now) == .refused(.locked))
        let before = try l.journalEntryCount()
        #expect(refusal { try l.reactivate(userId: id, by: sophie.id, till: "c") }?.hasPrefix("Seul un admin réactive") == true)
        #expect(refusal { try l.reactivate(userId: id, by: nil, till: "c") }?.contains("--as") == true, "an admin can still act")
        #expect(refusal { try l.reactivate(userId: sophie.id, by: shop.admin.id, till: "c") }?.contains("rien à réactiver") == true)
        #expect(try l.journalEntryCount() == before)
        let back = try l.reactivate(userId: id, by: shop.admin.id, till: "c")
        #expect(back.usable)
        #expect(try check(l, id, "1111", at: now).user?.id == id)
        // A deactivated account too, unless its name went to someone else meanwhile.
        try l.deactivate(userId: sophie.id, by: shop.admin.id, till: "c")
        #expect(try check(l, sophie.id, "3333", at: now) == .refused(.inactive))
        let other = try l.createUser(firstName: "sophie", pin: "4444", role: .benevole, by: shop.admin.id, till: "c")
        #expect(refusal { try l.reactivate(userId: sophie.id, by: shop.admin.id, till: "c") }?.contains("Un autre compte actif") == true)
        try l.deactivate(userId: other.id, by: shop.admin.id, till: "c")
        #expect(try l.reactivate(userId: sophie.id, by: shop.admin.id, till: "c").active)
        #expect(try l.rawString("SELECT kind FROM journal ORDER BY seq DESC LIMIT 1") == "user.reactivated")
        #expect(try l.verify().isOK)
    }

    @Test func withEveryAdminLockedTheCommandLineReactivatesWithoutActor() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let l = shop.ledger, id = shop.admin.id
        var now = Self.t0
        for failures in 1...PinAttempts.lockAfter {
            _ = try check(l, id, "0000", at: now, .command)
            now += Double(PinAttempts.delay(afterFailures: failures))
        }
        #expect(refusal { _ = try l.createUser(firstName: "Léa", pin: "1234", role: .benevole, by: id, till: "c") }?
                .contains("verrouillé") == true, "a locked manager acts no more")
        #expect(try l.reactivate(userId: id, by: nil, till: "c").usable)
        #expect(try l.rawInt("SELECT operator_id IS NULL FROM journal ORDER BY seq DESC LIMIT 1") == 1)
    }

    @Test func pinChangeRules() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let l = shop.ledger
        let sophie = try l.createUser(firstName: "Sophie", pin: "3333", role: .responsable, by: shop.admin.id, till: "c")
        let max = try l.createUser(firstName: "Max", pin: "5555", role: .responsable, by: shop.admin.id, till: "c")
        let before = try l.journalEntryCount()
        let byAdmin = "Un responsable redonne un code à un bénévole ; celui d'un responsable ou d'un admin, c'est un admin qui le redonne."
        #expect(refusal { try l.resetPin(userId: max.id, pin: "1234", by: sophie.id, till: "c") } == byAdmin)
        #expect(refusal { try l.resetPin(userId: shop.admin.id, pin: "1234", by: sophie.id, till: "c") } == byAdmin)
        #expect(refusal { try l.resetPin(userId: sophie.id, pin: "1234", by: sophie.id, till: "c") }?.hasPrefix("Pour votre propre code") == true)
        #expect(refusal { try l.resetPin(userId: shop.benevole.id, pin: "12", by: sophie.id, till: "c") } == PinRule.problem(with: "12"))
        #expect(refusal { _ = try l.changeOwnPin(userId: sophie.id, oldPin: "3333", newPin: "3333", now: Self.t0, till: "c") } != nil)
        #expect(try l.journalEntryCount() == before)
        // A responsable resets a bénévole's; an admin a responsable's and another admin's.
        try l.resetPin(userId: shop.benevole.id, pin: "2468", by: sophie.id, till: "c")
        try l.resetPin(userId: max.id, pin: "1357", by: shop.admin.id, till: "c")
        #expect(try check(l, shop.benevole.id, "2468", at: Self.t0).user != nil)
        #expect(try check(l, max.id, "1357", at: Self.t0).user != nil)
        // One's own: the old PIN is checked and a wrong one counts.
        #expect(try l.changeOwnPin(userId: sophie.id, oldPin: "0000", newPin: "4321", now: Self.t0, till: "c")
                == .refused(.wrongPin(remainingBeforeLock: 9, waitSeconds: 0)))
        #expect(try l.rawString("SELECT payload FROM journal ORDER BY seq DESC LIMIT 1") == #"{"failures":1,"user":\#(sophie.id),"via":"own_pin"}"#)
        #expect(try check(l, sophie.id, "3333", at: Self.t0).user != nil, "unchanged")
        #expect(try l.changeOwnPin(userId: sophie.id, oldPin: "3333", newPin: "4321", now: Self.t0, till: "c").user?.id == sophie.id)
        #expect(try check(l, sophie.id, "4321", at: Self.t0).user != nil)
        #expect(try l.verify().isOK)
    }

    @Test func attemptEntriesCarryNoPinMaterial() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let l = shop.ledger
        for pin in ["4827", "55501", "1111"] { _ = try check(l, shop.benevole.id, pin, at: Self.t0, .approval) }
        let payloads = try l.read { db in
            try String.fetchAll(db, sql: "SELECT payload FROM journal WHERE kind IN ('user.pin_failed', 'user.pin_accepted')")
        }
        #expect(payloads.count == 3)
        let hash = try #require(try l.rawString("SELECT pin_hash FROM users WHERE id = \(shop.benevole.id)"))
        for payload in payloads {
            for secret in ["4827", "55501", "1111", hash, UserPayload.digest(ofPinHash: hash)] { #expect(!payload.contains(secret)) }
        }
    }

    @Test func verifyNamesACountOrALockChangedBehindTheJournal() throws {
        for sql in ["UPDATE users SET pin_failures = 0", "UPDATE users SET locked = 0", "UPDATE users SET pin_failed_at = NULL",
                    "UPDATE users SET pin_failed_at = '2020-01-01T00:00:00.000Z'"] {
            let shop = try TestShop()
            defer { shop.close() }
            let id = shop.benevole.id
            var now = Self.t0
            for failures in 1...PinAttempts.lockAfter {
                _ = try check(shop.ledger, id, "0000", at: now)
                now += Double(PinAttempts.delay(afterFailures: failures))
            }
            #expect(try shop.ledger.verify().isOK)
            try shop.ledger.rawExecute(sql + " WHERE id = \(id)")
            let report = try shop.ledger.verify()
            #expect(report.problem?.table == "users", "\(sql)")
            #expect(report.message.contains("ses codes faux ou son verrouillage"), "\(sql)")
        }
    }
}
