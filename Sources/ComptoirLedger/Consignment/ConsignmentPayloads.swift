/// Journal payloads of the vide-greniers. A seller's entry carries what the registre des
/// objets mobiliers needs to stay provable (name and identity document) and a keyed digest
/// of the IBAN (a transfer goes to it: `verify` must see it changed, the journal must not
/// hold it); phone and e-mail are contact details, corrected in the table only.
struct SellerPayload: Codable, Equatable {
    var seller: Int64
    /// In clear only in entries written before `person` (they stay as written: the chain
    /// holds them); nil since.
    var lastName: String?
    var firstName: String?
    var document: String
    var documentNumber: String?
    /// `KeyedDigest.sellerPerson` of the names and the document's number: the journal
    /// vouches for the file without holding them, so a pseudonymised seller leaves nothing
    /// readable in it.
    var person: String? = nil
    /// `KeyedDigest.iban`; nil when the seller has no IBAN (or before migration v12).
    var iban: String?
    /// The responsable who allowed a change of the IBAN, on the entry that changes it only.
    var authorizedBy: Int64?
    /// `KeyedDigest.sellerIdentity` of the domicile and the document's issue date and
    /// authority; nil while all three are empty (every file before they were asked).
    var identity: String? = nil

    enum CodingKeys: String, CodingKey {
        case seller, document, iban, identity, person
        case authorizedBy = "authorized_by"
        case lastName = "last_name"
        case firstName = "first_name"
        case documentNumber = "document_number"
    }
}

struct BoxPayload: Codable, Equatable {
    var box: String
    var size: String
    var weeklyRentCents: Int64
    var monthlyRentCents: Int64

    enum CodingKeys: String, CodingKey {
        case box, size
        case weeklyRentCents = "weekly_rent_cents"
        case monthlyRentCents = "monthly_rent_cents"
    }
}

struct RentalPayload: Codable, Equatable {
    var rental: Int64
    var seller: Int64
    var box: String
    var from: String
    var to: String
    var rateBasisPoints: Int64
    var rentCents: Int64
    var rentPayment: String

    enum CodingKeys: String, CodingKey {
        case rental, seller, box, from, to
        case rateBasisPoints = "rate_bp"
        case rentCents = "rent_cents"
        case rentPayment = "rent_payment"
    }
}

/// `rental.changed`: an extension (`prolongation`, with its rent) or an early end (`fin`).
struct RentalChangePayload: Codable, Equatable {
    var rental: Int64
    var kind: String
    var to: String
    var rentCents: Int64

    enum CodingKeys: String, CodingKey {
        case rental, kind, to
        case rentCents = "rent_cents"
    }
}

struct ItemPayload: Codable, Equatable {
    var item: Int64
    var rental: Int64
    var number: Int64
    var description: String
    var priceCents: Int64

    enum CodingKeys: String, CodingKey {
        case item, rental, number, description
        case priceCents = "price_cents"
    }
}

/// `item.ended`: an unsold item given back to its seller (`rendu`) or to the friperie (`don`).
struct ItemEndPayload: Codable, Equatable {
    var item: Int64
    var kind: String
    var round: Int64
    var weightGrams: Int64?

    enum CodingKeys: String, CodingKey {
        case item, kind, round
        case weightGrams = "weight_grams"
    }
}

struct PayoutPayload: Codable, Equatable {
    var payout: Int64
    var seller: Int64
    var amountCents: Int64
    var method: String
    var session: Int64?
    var authorizedBy: Int64
    /// A transfer: the keyed digest of the IBAN it was made to (kept in the row).
    var iban: String?

    enum CodingKeys: String, CodingKey {
        case payout, seller, method, session, iban
        case amountCents = "amount_cents"
        case authorizedBy = "authorized_by"
    }
}
