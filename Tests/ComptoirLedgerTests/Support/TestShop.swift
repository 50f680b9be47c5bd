import ComptoirCore
import Foundation
@testable import ComptoirLedger

/// A unique temporary folder per test; `path` is the database inside it (not created).
struct TempFolder {
    let folder: String
    var path: String { folder + "/data/comptoir.sqlite" }

    init() {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("comptoir-ledger-tests-\(UUID().uuidString)").path
    }

    func remove() { try? FileManager.default.removeItem(atPath: folder) }
}

/// A ledger with an admin (Jean, 9999), a bénévole (Camille, 1111) and an open session
/// on "caisse-1". PBKDF2 is cut to 1 000 rounds to keep tests fast.
struct TestShop {
    static let till = "caisse-1"
    let temp: TempFolder
    let ledger: Ledger
    let admin: UserSummary
    let benevole: UserSummary
    let session: SessionInfo

    var path: String { temp.path }

    init() throws {
        temp = TempFolder()
        ledger = try Ledger.open(path: temp.path, pinRounds: 1_000)
        admin = try ledger.createUser(firstName: "Jean", pin: "9999", role: .admin, by: nil, till: Self.till)
        benevole = try ledger.createUser(firstName: "Camille", pin: "1111", role: .benevole, by: admin.id, till: Self.till)
        session = try ledger.openSession(till: Self.till, operatorId: benevole.id, float: Money(cents: 5_000))
    }

    /// Commits a cash sale of `lines` paid with `given` (the total when nil).
    @discardableResult
    func sell(_ lines: [CartLine], given: Money? = nil, on ledger: Ledger? = nil) throws -> CommittedTicket {
        try (ledger ?? self.ledger).commitSale(Self.draft(lines, given: given), till: Self.till,
                                              operatorId: benevole.id, sessionId: session.id)
    }

    static func draft(_ lines: [CartLine], given: Money? = nil) -> TicketDraft {
        let total = lines.reduce(Money.zero) { $0 + $1.amount }
        let payment = try! Payment.cash(total: total, given: given ?? total).get()
        return TicketDraft(lines: lines, payments: [payment])
    }

    static let tshirt = CartLine(code: "TSHIRT", label: "T-shirt", activity: .friperie, unitPrice: Money(cents: 100))
    static let pull = CartLine(code: "PULL", label: "Pull", activity: .friperie, unitPrice: Money(cents: 250), quantity: 2)
    static let free = CartLine(code: nil, label: "Vaisselle « à l'unité » é/€", activity: .autre, unitPrice: Money(cents: 320))

    func close() {
        try? ledger.close()
        temp.remove()
    }
}

func fileBytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

func permissions(_ path: String) -> Int? {
    (try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue
}

/// The French message of a refusal, nil for anything else.
func refusal(_ body: () throws -> Void) -> String? {
    do { try body() } catch let LedgerError.refused(message) { return message } catch { return "autre erreur : \(error)" }
    return nil
}
