import ComptoirCore
import Foundation
import GRDB

extension Ledger {
    /// Registers the seller (id 0) or saves the corrections to their file. Refused, with
    /// the field named, when it is incomplete (the registre needs the identity document).
    /// Bank details given, changed or removed need `authorizedBy`, a responsable who typed
    /// their PIN: a transfer goes to them. The entry names that responsable.
    @discardableResult
    public func saveSeller(_ seller: Seller, by actor: Int64, authorizedBy: Int64? = nil, till: String) throws -> Seller {
        if let problem = seller.problem { throw LedgerError.refused(problem) }
        var seller = seller
        seller.lastName = seller.lastName.trimmingCharacters(in: .whitespaces)
        seller.firstName = seller.firstName.trimmingCharacters(in: .whitespaces)
        seller.phone = seller.phone.trimmingCharacters(in: .whitespaces)
        seller.email = seller.email.trimmingCharacters(in: .whitespaces)
        seller.documentNumber = seller.documentNumber.trimmingCharacters(in: .whitespaces).uppercased()
        seller.iban = seller.iban.flatMap { $0.isEmpty ? nil : IBAN.normalized($0) }
        return try write { db in
            try self.checkUser(db, actor)
            let kind: JournalKind
            let previousIban: String?
            if seller.id == 0 {
                seller.id = try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) + 1 FROM sellers") ?? 1
                kind = .sellerCreated
                previousIban = nil
            } else {
                guard let stored = try Self.seller(db, id: seller.id) else { throw Self.unknownSeller(seller.id) }
                kind = .sellerChanged
                previousIban = stored.iban
            }
            let bankDetailsChanged = seller.iban != previousIban
            if bankDetailsChanged {
                guard let authorizedBy else {
                    throw LedgerError.refused("Les coordonnées bancaires d'un déposant ne changent qu'avec le code d'un responsable.")
                }
                try self.checkActor(db, authorizedBy)
            }
            try self.journal(db, kind, till: till, operatorId: actor, SellerPayload(
                seller: seller.id, lastName: seller.lastName, firstName: seller.firstName,
                document: seller.document.rawValue, documentNumber: seller.documentNumber,
                iban: try KeyedDigest.load(db).iban(seller.iban), authorizedBy: bankDetailsChanged ? authorizedBy : nil))
            let arguments: StatementArguments = [
                seller.lastName, seller.firstName, seller.phone, seller.email, seller.document.rawValue,
                seller.documentNumber, seller.iban, seller.id,
            ]
            if kind == .sellerCreated {
                try db.execute(sql: """
                    INSERT INTO sellers (last_name, first_name, phone, email, document, document_number, iban, id, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: arguments + [Timestamp.string(millis: Timestamp.millis(Date()))])
            } else {
                try db.execute(sql: """
                    UPDATE sellers SET last_name = ?, first_name = ?, phone = ?, email = ?, document = ?,
                        document_number = ?, iban = ? WHERE id = ?
                    """, arguments: arguments)
            }
            return seller
        }
    }

    public func seller(id: Int64) throws -> Seller? {
        try read { db in try Self.seller(db, id: id) }
    }

    /// Sellers whose number, name (in part, any case) or phone matches `text`, by name.
    public func searchSellers(_ text: String, limit: Int = 50) throws -> [Seller] {
        let query = text.trimmingCharacters(in: .whitespaces)
        return try read { db in
            if let id = Int64(query) { return try Self.seller(db, id: id).map { [$0] } ?? [] }
            let pattern = "%" + query.replacingOccurrences(of: "%", with: "").replacingOccurrences(of: "_", with: "") + "%"
            return try Row.fetchAll(db, sql: """
                SELECT * FROM sellers
                WHERE last_name LIKE ?1 OR first_name LIKE ?1 OR (first_name || ' ' || last_name) LIKE ?1 OR phone LIKE ?1
                ORDER BY last_name COLLATE NOCASE, first_name COLLATE NOCASE, id LIMIT ?2
                """, arguments: [pattern, limit]).map(Self.seller)
        }
    }

    static func seller(_ db: Database, id: Int64) throws -> Seller? {
        try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM sellers WHERE id = ?"), arguments: [id]).map(seller)
    }

    static func seller(_ row: Row) -> Seller {
        Seller(id: row["id"], lastName: row["last_name"], firstName: row["first_name"], phone: row["phone"],
               email: row["email"], document: Seller.Document(rawValue: row["document"]) ?? .identityCard,
               documentNumber: row["document_number"], iban: row["iban"])
    }

    static func unknownSeller(_ id: Int64) -> LedgerError {
        .refused("Aucun déposant n'a le n° \(id) : vérifiez le numéro, ou inscrivez le déposant.")
    }

    /// Any active account may do it (a volunteer registers a seller at the till).
    func checkUser(_ db: Database, _ id: Int64) throws {
        guard try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM users WHERE id = ? AND active = 1)"),
                                arguments: [id]) == true else {
            throw LedgerError.refused("Le compte qui enregistre n'existe pas ou est désactivé : reconnectez-vous.")
        }
    }
}
