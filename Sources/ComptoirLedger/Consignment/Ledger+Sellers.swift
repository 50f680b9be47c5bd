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
        seller.address = seller.address.trimmingCharacters(in: .whitespaces)
        seller.documentAuthority = seller.documentAuthority.trimmingCharacters(in: .whitespaces)
        return try write { db in
            try self.checkUser(db, actor)
            let kind: JournalKind
            let stored: SellerRecord?
            if seller.id == 0 {
                seller.id = try (Int64.fetchOne(db, SellerRecord.select(max(SellerRecord.Columns.id))) ?? 0) + 1
                kind = .sellerCreated
                stored = nil
            } else {
                guard let record = try SellerRecord.fetchOne(db, key: seller.id) else { throw Self.unknownSeller(seller.id) }
                kind = .sellerChanged
                stored = record
            }
            let previousIban = stored?.iban
            let bankDetailsChanged = seller.iban != previousIban
            if bankDetailsChanged {
                guard let authorizedBy else {
                    throw LedgerError.refused("Les coordonnées bancaires d'un déposant ne changent qu'avec le code d'un responsable.")
                }
                try self.checkActor(db, authorizedBy)
            }
            let digests = try KeyedDigest.load(db)
            try self.journal(db, kind, till: till, operatorId: actor, Self.sellerPayload(
                seller, digests: digests, authorizedBy: bankDetailsChanged ? authorizedBy : nil))
            if var record = stored {
                record.apply(seller)
                try record.update(db)
            } else {
                try SellerRecord(seller, createdAt: clock()).insert(db)
            }
            return seller
        }
    }

    /// The journal's words for a seller's file: digests, never the names, number, domicile
    /// or IBAN themselves.
    static func sellerPayload(_ seller: Seller, digests: KeyedDigest, authorizedBy: Int64? = nil) -> SellerPayload {
        SellerPayload(
            seller: seller.id, lastName: nil, firstName: nil, document: seller.document.rawValue, documentNumber: nil,
            person: digests.sellerPerson(lastName: seller.lastName, firstName: seller.firstName, documentNumber: seller.documentNumber),
            iban: digests.iban(seller.iban), authorizedBy: authorizedBy,
            identity: digests.sellerIdentity(address: seller.address, issuedOn: seller.documentIssuedOn?.iso,
                                             authority: seller.documentAuthority))
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
            typealias C = SellerRecord.Columns
            let fullName = [C.firstName, " ".sqlExpression, C.lastName].joined(operator: .concat)
            return try SellerRecord
                .filter(C.lastName.like(pattern) || C.firstName.like(pattern) || fullName.like(pattern) || C.phone.like(pattern))
                .order(C.lastName.collating(.nocase), C.firstName.collating(.nocase), C.id)
                .limit(limit)
                .fetchAll(db).map(\.seller)
        }
    }

    static func seller(_ db: Database, id: Int64) throws -> Seller? {
        try SellerRecord.fetchOne(db, key: id)?.seller
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
