import Crypto
import Foundation
import GRDB

/// A keyed digest (HMAC-SHA-256, hex) of personal values the journal must vouch for without
/// holding them: a seller's IBAN, a household's incomes. The key is random per shop, kept in
/// `comptoir_meta` and never exported, so a journal export or an archive cannot be used to
/// find an IBAN or an income by trying every value.
enum KeyedDigest {
    static let metaKey = "digest_key"

    /// The shop's key; written by migration v12.
    static func key(_ db: Database) throws -> [UInt8] {
        guard let hex = try String.fetchOne(db.cachedStatement(sql: "SELECT value FROM comptoir_meta WHERE key = ?"),
                                            arguments: [metaKey]),
              let bytes = Hex.bytes(hex), bytes.count == 32 else {
            throw LedgerError.storage("clé d'empreinte de la boutique absente")
        }
        return bytes
    }

    static func hex(_ text: String, key: [UInt8]) -> String {
        Hex.string(HMAC<SHA256>.authenticationCode(for: Data(text.utf8), using: SymmetricKey(data: key)))
    }

    /// What decides a household's rate besides its composition: incomes, charges, benefits,
    /// the CAF quotient and the number of disabled children.
    static func household(resources: Int64, charges: Int64, benefits: Int64, cafQuotient: Int64?, disabledChildren: Int64,
                          key: [UInt8]) -> String {
        hex("foyer|\(resources)|\(charges)|\(benefits)|\(cafQuotient.map(String.init) ?? "-")|\(disabledChildren)", key: key)
    }

    static func iban(_ iban: String?, key: [UInt8]) -> String? {
        iban.map { hex("iban|\($0)", key: key) }
    }
}
