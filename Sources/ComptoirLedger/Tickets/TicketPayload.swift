/// Journal payload of `ticket.committed`: the whole ticket, so that the journal alone can
/// rebuild (and `verify` can check) the tickets, ticket_lines and payments rows.
struct TicketPayload: Codable, Equatable {
    struct Line: Codable, Equatable {
        var activity: String
        var amountCents: Int64
        var code: String?
        /// On a vide-greniers line, the shop's commission (the seller's share is the rest).
        var commissionCents: Int64? = nil
        /// On a labelled consigned item, the item; omitted otherwise.
        var item: Int64? = nil
        var label: String
        /// On an épicerie line, the market price of one unit; omitted otherwise.
        var marketUnitCents: Int64? = nil
        /// On a refund, the position of the line it gives back; omitted otherwise.
        var originalLine: Int64? = nil
        var quantity: Int64
        /// On a vide-greniers or rent line, the rental; omitted otherwise.
        var rental: Int64? = nil
        /// On an épicerie line that takes its product below zero (accepted at the till), the
        /// stock once the line is out: pieces, or grams by the kg. Omitted otherwise.
        var stockAfter: Int64? = nil
        var unitPriceCents: Int64
        /// On a line sold by weight, the grams; omitted otherwise.
        var weightGrams: Int64? = nil

        enum CodingKeys: String, CodingKey {
            case activity, code, label, quantity, item, rental
            case commissionCents = "commission_cents"
            case weightGrams = "weight_grams"
            case originalLine = "original_line"
            case marketUnitCents = "market_unit_cents"
            case amountCents = "amount_cents"
            case unitPriceCents = "unit_price_cents"
            case stockAfter = "stock_after"
        }
    }

    struct PaymentEntry: Codable, Equatable {
        var amountCents: Int64
        var changeCents: Int64
        var givenCents: Int64
        var method: String
        /// Omitted when nil, so payloads without one keep their bytes.
        var reference: String?

        enum CodingKeys: String, CodingKey {
            case method, reference
            case amountCents = "amount_cents"
            case changeCents = "change_cents"
            case givenCents = "given_cents"
        }
    }

    /// The responsable who allowed a counter-entry; absent on a sale.
    var authorizedBy: Int64?
    /// The household's card number, on a ticket with one; omitted otherwise.
    var household: Int64? = nil
    /// The household's adults and children at the time of the visit (or of the sale a
    /// counter-entry corrects); omitted without a household, and on older tickets.
    var householdPersons: Int64? = nil
    var kind: String
    var lines: [Line]
    var number: Int64
    var operatorId: Int64
    /// Number of the corrected ticket, for counter-entries; absent on a sale.
    var original: Int64?
    var payments: [PaymentEntry]
    /// Why a counter-entry was made; absent on a sale.
    var reason: String?
    var session: Int64
    var till: String
    var totalCents: Int64

    enum CodingKeys: String, CodingKey {
        case household, kind, lines, number, original, payments, reason, session, till
        case householdPersons = "household_persons"
        case authorizedBy = "authorized_by"
        case operatorId = "operator"
        case totalCents = "total_cents"
    }
}
