import ComptoirCore
import Foundation
import GRDB

/// A row of `sellers`: a seller's file, corrected in place, `verify` replaying its entries.
/// Phone and e-mail stay in the row, out of the journal.
struct SellerRecord: FetchableRecord, PersistableRecord, Sendable {
    static let databaseTableName = "sellers"

    enum Columns {
        static let id = Column("id")
        static let lastName = Column("last_name")
        static let firstName = Column("first_name")
        static let phone = Column("phone")
        static let email = Column("email")
        static let document = Column("document")
        static let documentNumber = Column("document_number")
        static let iban = Column("iban")
        static let address = Column("address")
        static let documentIssuedOn = Column("document_issued_on")
        static let documentAuthority = Column("document_authority")
        static let createdAt = Column("created_at")
    }

    var id: Int64
    var lastName: String
    var firstName: String
    var phone: String
    var email: String
    /// `Seller.Document`'s raw value.
    var document: String
    var documentNumber: String
    var iban: String?
    var address = ""
    /// ISO day, or nil.
    var documentIssuedOn: String?
    var documentAuthority = ""
    var createdAt: String

    /// A new file, created now.
    init(_ seller: Seller, createdAt: Date) {
        id = seller.id
        lastName = ""; firstName = ""; phone = ""; email = ""; document = ""; documentNumber = ""
        self.createdAt = Timestamp.string(millis: Timestamp.millis(createdAt))
        apply(seller)
    }

    /// Takes the seller's fields; the creation time stays.
    mutating func apply(_ seller: Seller) {
        id = seller.id
        lastName = seller.lastName
        firstName = seller.firstName
        phone = seller.phone
        email = seller.email
        document = seller.document.rawValue
        documentNumber = seller.documentNumber
        iban = seller.iban
        address = seller.address
        documentIssuedOn = seller.documentIssuedOn?.iso
        documentAuthority = seller.documentAuthority
    }

    init(row: Row) {
        id = row[Columns.id]
        lastName = row[Columns.lastName]
        firstName = row[Columns.firstName]
        phone = row[Columns.phone]
        email = row[Columns.email]
        document = row[Columns.document]
        documentNumber = row[Columns.documentNumber]
        iban = row[Columns.iban]
        address = row[Columns.address] ?? ""
        documentIssuedOn = row[Columns.documentIssuedOn]
        documentAuthority = row[Columns.documentAuthority] ?? ""
        createdAt = row[Columns.createdAt]
    }

    func encode(to container: inout PersistenceContainer) {
        container[Columns.id] = id
        container[Columns.lastName] = lastName
        container[Columns.firstName] = firstName
        container[Columns.phone] = phone
        container[Columns.email] = email
        container[Columns.document] = document
        container[Columns.documentNumber] = documentNumber
        container[Columns.iban] = iban
        container[Columns.address] = address
        container[Columns.documentIssuedOn] = documentIssuedOn
        container[Columns.documentAuthority] = documentAuthority
        container[Columns.createdAt] = createdAt
    }

    var seller: Seller {
        Seller(id: id, lastName: lastName, firstName: firstName, phone: phone, email: email,
               document: Seller.Document(rawValue: document) ?? .identityCard, documentNumber: documentNumber, iban: iban,
               address: address, documentIssuedOn: documentIssuedOn.flatMap(CalendarDay.init), documentAuthority: documentAuthority)
    }
}
