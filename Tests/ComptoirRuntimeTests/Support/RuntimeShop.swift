import Foundation
import ComptoirCore
import ComptoirLedger
import ComptoirUI
@testable import ComptoirRuntime

/// A performer on a temporary ledger with an admin (Jean, 9999), a responsable (Sophie,
/// 3333), a bénévole (Camille, 1111) and an open session; its printer is a file, read
/// back by the tests. PBKDF2 is cut to 1 000 rounds to keep tests fast.
final class RuntimeShop {
    static let till = "Caisse 1"
    let folder: String
    let ledger: Ledger
    let performer: EffectPerformer
    let admin: UserSummary
    let manager: UserSummary
    let volunteer: UserSummary
    let session: SessionInfo

    var databasePath: String { folder + "/comptoir.sqlite" }
    var printerPath: String { folder + "/imprimante.bin" }

    /// `printer`: false for a till without printer. `brokenPrinter`: the printer file is in a
    /// folder that does not exist, so every print fails.
    init(printer: Bool = true, brokenPrinter: Bool = false, backupFolder: Bool = false,
         configure: (inout Configuration) -> Void = { _ in }) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("comptoir-runtime-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        ledger = try Ledger.open(path: folder + "/comptoir.sqlite", pinRounds: 1_000)
        admin = try ledger.createUser(firstName: "Jean", pin: "9999", role: .admin, by: nil, till: Self.till)
        manager = try ledger.createUser(firstName: "Sophie", pin: "3333", role: .responsable, by: admin.id, till: Self.till)
        volunteer = try ledger.createUser(firstName: "Camille", pin: "1111", role: .benevole, by: admin.id, till: Self.till)
        session = try ledger.openSession(till: Self.till, operatorId: volunteer.id, float: Money(cents: 5_000))
        var config = Configuration()
        config.tillName = Self.till
        config.shopName = "Épicerie test"
        if printer {
            config.printer.transport = .file
            config.printer.path = folder + (brokenPrinter ? "/absente/imprimante.bin" : "/imprimante.bin")
        }
        if backupFolder { config.backupFolder = folder + "/sauvegardes" }
        configure(&config)
        performer = EffectPerformer(ledger: ledger, till: Self.till, config: config, databasePath: folder + "/comptoir.sqlite")
    }

    /// The answers of `effect`, then those the print queue gave once idle.
    func perform(_ effect: Effect) -> [Msg] {
        let now = performer.perform(effect)
        _ = performer.printer.waitUntilIdle(timeout: 10)
        return now + performer.printer.drain().flatMap { $0 }
    }

    /// What reached the printer file, as text where it is text.
    var printed: String {
        guard let data = FileManager.default.contents(atPath: printerPath) else { return "" }
        return String(decoding: data.map { $0 < 0x20 && $0 != 0x0A ? 0x20 : $0 }, as: UTF8.self)
    }

    var printedBytes: [UInt8] { FileManager.default.contents(atPath: printerPath).map { [UInt8]($0) } ?? [] }

    func approval(_ pin: String = "3333", reason: String = "test", by manager: UserSummary? = nil) -> Approval {
        Approval(managerId: (manager ?? self.manager).id, pin: pin, reason: reason, operatorId: volunteer.id)
    }

    /// A cash sale of one 2,50 € free-price line, committed through the performer.
    func sell(cents: Int64 = 250) -> Int64? {
        let line = CartLine(code: nil, label: "Vaisselle", activity: .autre, unitPrice: Money(cents: cents))
        let payment = try! Payment.cash(total: line.amount, given: line.amount).get()
        let answers = perform(.sale(.commitSale(TicketDraft(lines: [line], payments: [payment]), operatorId: volunteer.id,
                                                sessionId: session.id)))
        guard case .sale(.saleCommitted(let number, _, _))? = answers.first else { return nil }
        return number
    }

    deinit {
        try? ledger.close()
        try? FileManager.default.removeItem(atPath: folder)
    }
}
