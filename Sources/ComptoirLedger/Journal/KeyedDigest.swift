import Crypto
import Foundation
import GRDB

/// A keyed digest (HMAC-SHA-256, hex) of personal values the journal must vouch for without
/// holding them: a seller's IBAN, a household's incomes. The key is random per shop, kept in
/// `comptoir_meta` and never exported, so a journal export or an archive cannot be used to
/// find an IBAN or an income by trying every value.
struct KeyedDigest {
    static let metaKey = "digest_key"

    /// The HMAC with its key already mixed in: `verify` digests thousands of files.
    private let keyed: HMAC<SHA256>

    init(key: [UInt8]) {
        keyed = HMAC(key: SymmetricKey(data: key))
    }

    /// The shop's; its key is written by migration v12.
    static func load(_ db: Database) throws -> KeyedDigest {
        guard let hex = try String.fetchOne(db.cachedStatement(sql: "SELECT value FROM comptoir_meta WHERE key = ?"),
                                            arguments: [metaKey]),
              let bytes = Hex.bytes(hex), bytes.count == 32 else {
            throw LedgerError.storage("clé d'empreinte de la boutique absente")
        }
        return KeyedDigest(key: bytes)
    }

    func hex(_ text: String) -> String {
        var hmac = keyed
        var text = text
        text.withUTF8 { hmac.update(data: $0) }
        return Hex.string(hmac.finalize())
    }

    /// What decides a household's rate besides its composition: incomes, charges, benefits,
    /// the CAF quotient and the number of disabled children.
    func household(resources: Int64, charges: Int64, benefits: Int64, cafQuotient: Int64?, disabledChildren: Int64) -> String {
        hex("foyer|\(resources)|\(charges)|\(benefits)|\(cafQuotient.map(String.init) ?? "-")|\(disabledChildren)")
    }

    func iban(_ iban: String?) -> String? {
        iban.map { hex("iban|\($0)") }
    }

    /// A seller's names and identity document number.
    func sellerPerson(lastName: String, firstName: String, documentNumber: String) -> String {
        hex("personne|\(lastName)|\(firstName)|\(documentNumber)")
    }

    /// A seller's domicile and identity document's issue (day, authority): vouched for by
    /// the journal without it holding them. Nil while all three are empty.
    func sellerIdentity(address: String, issuedOn: String?, authority: String) -> String? {
        if address.isEmpty, issuedOn == nil, authority.isEmpty { return nil }
        return hex("deposant|\(address)|\(issuedOn ?? "-")|\(authority)")
    }
}
