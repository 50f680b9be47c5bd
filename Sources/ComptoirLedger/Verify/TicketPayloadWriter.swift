/// Writes a `ticket.committed` payload straight from table rows, byte for byte as
/// `CanonicalJSON` writes it (sorted keys, integer cents), so that `verify` compares bytes
/// instead of decoding JSON for each of a million tickets.
///
/// It only handles strings that JSON carries unescaped; for any other it gives up and
/// `verify` falls back to decoding and comparing fields. A difference from JSONEncoder
/// therefore costs speed, never a wrong verdict.
struct TicketPayloadWriter {
    private(set) var bytes: [UInt8] = []
    /// False once a string needed escaping: `bytes` is then not to be trusted.
    private(set) var exact = true

    mutating func begin(kind: String, authorizedBy: Int64? = nil, household: Int64? = nil, householdPersons: Int64? = nil) {
        bytes.removeAll(keepingCapacity: true)
        exact = true
        raw("{")
        if let authorizedBy {
            raw("\"authorized_by\":")
            int(authorizedBy)
            raw(",")
        }
        if let household {
            raw("\"household\":")
            int(household)
            raw(",")
        }
        if let householdPersons {
            raw("\"household_persons\":")
            int(householdPersons)
            raw(",")
        }
        raw("\"kind\":")
        string(kind)
        raw(",\"lines\":[")
    }

    mutating func line(_ line: VerifyRows.Line, first: Bool) {
        raw(first ? "{\"activity\":" : ",{\"activity\":")
        string(line.activity)
        raw(",\"amount_cents\":")
        int(line.amountCents)
        if let code = line.code {
            raw(",\"code\":")
            string(code)
        }
        if let commission = line.commissionCents {
            raw(",\"commission_cents\":")
            int(commission)
        }
        if let item = line.itemId {
            raw(",\"item\":")
            int(item)
        }
        raw(",\"label\":")
        string(line.label)
        if let market = line.marketUnitCents {
            raw(",\"market_unit_cents\":")
            int(market)
        }
        if let original = line.originalPosition {
            raw(",\"original_line\":")
            int(original)
        }
        raw(",\"quantity\":")
        int(line.quantity)
        if let rental = line.rentalId {
            raw(",\"rental\":")
            int(rental)
        }
        if let after = line.stockAfter {
            raw(",\"stock_after\":")
            int(after)
        }
        raw(",\"unit_price_cents\":")
        int(line.unitPriceCents)
        if let weight = line.weightGrams {
            raw(",\"weight_grams\":")
            int(weight)
        }
        raw("}")
    }

    mutating func middle(number: Int64, operatorId: Int64, original: Int64?) {
        raw("],\"number\":")
        int(number)
        raw(",\"operator\":")
        int(operatorId)
        if let original {
            raw(",\"original\":")
            int(original)
        }
        raw(",\"payments\":[")
    }

    mutating func payment(_ payment: VerifyRows.Payment, first: Bool) {
        raw(first ? "{\"amount_cents\":" : ",{\"amount_cents\":")
        int(payment.amountCents)
        raw(",\"change_cents\":")
        int(payment.changeCents)
        raw(",\"given_cents\":")
        int(payment.givenCents)
        raw(",\"method\":")
        string(payment.method)
        if let reference = payment.reference {
            raw(",\"reference\":")
            string(reference)
        }
        raw("}")
    }

    mutating func end(session: Int64, till: String, totalCents: Int64, reason: String? = nil) {
        raw("]")
        if let reason {
            raw(",\"reason\":")
            string(reason)
        }
        raw(",\"session\":")
        int(session)
        raw(",\"till\":")
        string(till)
        raw(",\"total_cents\":")
        int(totalCents)
        raw("}")
    }

    private mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    private mutating func int(_ value: Int64) {
        DecimalDigits.append(value, to: &bytes)
    }

    private mutating func string(_ text: String) {
        var text = text
        bytes.append(UInt8(ascii: "\""))
        text.withUTF8 { utf8 in
            // Quote, backslash, controls (and DEL, to be safe) are escaped by JSONEncoder.
            for b in utf8 where b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F { exact = false }
            bytes.append(contentsOf: utf8)
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
