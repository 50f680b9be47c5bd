/// Every column of every table, and how `verify` vouches for it: compared with the journal
/// (`checked`), or left out on purpose (`unchecked`), with the reason. A test enumerates
/// the schema and fails on a column missing here, so a migration cannot add one silently;
/// another changes each checked column of a rich ledger and expects `verify` to name it.
enum ColumnCoverage {
    enum Coverage: Equatable {
        /// How `verify` compares it.
        case checked(String)
        /// Why it needs no comparison (personal data kept out of the journal, read by nothing…).
        case unchecked(String)

        var isChecked: Bool { if case .checked = self { return true } else { return false } }
    }

    private static let chain = Coverage.checked("the hash chain")
    private static let entry = Coverage.checked("equal to its entry's payload")
    private static let entryTime = Coverage.checked("equal to its entry's time")
    private static let entrySeq = Coverage.checked("the entry that wrote the row, walked in journal order")
    private static let sequence = Coverage.checked("rows are only inserted: the k-th in journal order has id k")
    private static let replayed = Coverage.checked("equal to the replay of the entries about the row")
    private static let contact = Coverage.unchecked(
        "contact details, corrected in place and kept out of the journal (RGPD); they decide no amount, right or figure")
    private static let unread = Coverage.unchecked("written once when the row is made, read by nothing")

    static let tables: [String: [String: Coverage]] = [
        "journal": [
            "seq": .checked("gapless, from 1"), "at": chain, "till": chain, "operator_id": chain, "kind": chain,
            "payload": chain, "prev_hash": .checked("the previous entry's hash (the first: the shop's fingerprint)"),
            "hash": .checked("recomputed"),
        ],
        "comptoir_meta": [
            "key": .checked("only the keys of SchemaCheck.metaKeys, each once"),
            "value": .checked("app and key formats checked; the fingerprint by the chain, the digest key by the digests"),
        ],
        "grdb_migrations": ["identifier": .checked("exactly the migrations this program knows")],
        "users": [
            "id": entry, "first_name": replayed, "role": replayed, "active": replayed,
            "pin_hash": .checked("its digest equals the last journaled one"), "created_at": unread,
            "pin_failures": replayed, "locked": replayed,
            "pin_failed_at": .checked("the time of the last user.pin_failed entry since the count was last zero"),
        ],
        "categories": [
            "id": .unchecked("never read: a category is found by its code, no table refers to its id"),
            "code": replayed, "label": replayed, "price_cents": replayed, "key": replayed,
            "active": .checked("always 1: no entry deactivates a category"), "unit": replayed, "family": replayed,
            "average_grams": replayed,
        ],
        "products": [
            "id": .unchecked("never read: a product is found by its code, no table refers to its id"),
            "code": replayed, "name": replayed, "market_price_cents": replayed,
            "active": .checked("always 1: no entry deactivates a product"), "category": replayed, "unit": replayed,
            "solidarity_price_cents": replayed, "weight_grams": replayed, "low_stock": replayed,
        ],
        "households": [
            "number": replayed, "adults": replayed, "children": replayed, "rights_from": replayed, "rights_to": replayed,
            "suspended": replayed,
            "disabled_children": .checked("in the keyed digest of the entry"),
            "resources_cents": .checked("in the keyed digest of the entry"),
            "charges_cents": .checked("in the keyed digest of the entry"),
            "benefits_cents": .checked("in the keyed digest of the entry"),
            "caf_qf_cents": .checked("in the keyed digest of the entry"),
            "last_contact": .checked("the time of the last entry about the household or of its last sale"),
            "name": contact, "phone": contact, "referrer": contact, "created_at": unread,
        ],
        "epicerie_rules": ["id": sequence, "rules": entry, "journal_seq": entrySeq],
        "stock_movements": [
            "id": sequence, "product_code": entry, "kind": entry, "quantity": entry, "weight_grams": entry, "reason": entry,
            "journal_seq": entrySeq, "at": entryTime,
            "balance_after": .checked("the running sum of the product's quantities, movement after movement in journal order"),
        ],
        "till_sessions": [
            "id": entry, "till": entry, "opened_at": entryTime, "opened_by": entry, "float_cents": entry, "journal_seq": entrySeq,
        ],
        "session_closings": [
            "id": sequence, "session_id": entry, "closed_at": entryTime, "closed_by": entry, "journal_seq": entrySeq,
            "counted_cents": entry, "report": .checked("byte for byte the entry's payload, itself recomputed from the session"),
        ],
        "period_closings": [
            "id": sequence, "kind": entry, "period": entry, "closed_at": entryTime, "closed_by": entry, "journal_seq": entrySeq,
            "report": .checked("byte for byte the entry's payload, itself recomputed from the Z's"),
        ],
        "cash_movements": [
            "id": sequence, "session_id": entry, "kind": entry, "amount_cents": entry, "journal_seq": entrySeq, "at": entryTime,
        ],
        "tickets": [
            "id": sequence, "number": .checked("equal to its entry's payload, and gapless"), "kind": entry,
            "original_ticket_id": .checked("the original's number equals the payload's"), "reason": entry,
            "authorized_by": entry, "session_id": entry, "till": entry, "operator_id": entry, "at": entryTime,
            "total_cents": entry, "journal_seq": entrySeq, "household": entry,
            "household_persons": .checked("its journal entry; a sale's also against the household's file replayed to that moment"),
        ],
        "ticket_lines": [
            "id": sequence, "ticket_id": .checked("walked with its ticket"), "position": .checked("1, 2, 3… in its ticket"),
            "code": entry, "label": entry, "activity": entry, "unit_price_cents": entry, "quantity": entry, "amount_cents": entry,
            "journal_seq": entrySeq, "original_position": entry, "market_unit_cents": entry, "weight_grams": entry,
            "rental_id": entry, "item_id": entry, "commission_cents": entry,
        ],
        "payments": [
            "id": sequence, "ticket_id": .checked("walked with its ticket"), "position": .checked("1, 2, 3… in its ticket"),
            "method": entry, "amount_cents": entry, "given_cents": entry, "change_cents": entry, "journal_seq": entrySeq,
            "reference": entry,
        ],
        "parked_tickets": [
            "id": entry, "till": entry, "operator_id": entry, "parked_at": entryTime, "lines": entry,
            "journal_seq": .checked("the entry that parked it; a row without one is never resumed"),
        ],
        "parked_resumptions": [
            "parked_id": entry, "till": entry, "operator_id": entry, "resumed_at": entryTime,
            "journal_seq": .checked("the entry that resumed it; without one only for a row parked before v12"),
        ],
        "sellers": [
            "id": replayed, "last_name": replayed, "first_name": replayed, "document": replayed, "document_number": replayed,
            "iban": .checked("its keyed digest equals the last journaled one"),
            "address": .checked("with the document's issue, its keyed digest equals the last journaled one"),
            "document_issued_on": .checked("in the keyed digest of the seller's identity"),
            "document_authority": .checked("in the keyed digest of the seller's identity"),
            "phone": contact, "email": contact, "created_at": unread,
        ],
        "boxes": ["code": replayed, "size": replayed, "weekly_rent_cents": replayed, "monthly_rent_cents": replayed],
        "rentals": [
            "id": entry, "seller_id": entry, "box_code": entry, "from_day": entry, "to_day": entry, "rate_bp": entry,
            "rent_cents": entry, "rent_payment": entry, "journal_seq": entrySeq, "at": entryTime,
        ],
        "rental_changes": [
            "id": sequence, "rental_id": entry, "kind": entry, "to_day": entry, "rent_cents": entry, "journal_seq": entrySeq,
            "at": entryTime,
        ],
        "consigned_items": [
            "id": entry, "rental_id": entry, "number": entry, "description": entry, "price_cents": entry,
            "journal_seq": entrySeq, "at": entryTime,
        ],
        "item_movements": [
            "id": sequence, "item_id": entry, "round": .checked("the item's movements are numbered 1, 2, 3… in journal order"),
            "kind": entry, "weight_grams": entry, "journal_seq": entrySeq, "at": entryTime,
        ],
        "payouts": [
            "id": entry, "seller_id": entry, "amount_cents": entry, "method": entry, "session_id": entry,
            "till": .checked("equal to its entry's till"), "authorized_by": entry, "journal_seq": entrySeq, "at": entryTime,
            "iban": .checked("its keyed digest equals the entry's"),
        ],
        "friperie_flows": [
            "id": entry, "direction": entry, "family": entry, "grams": entry, "origin": entry, "destination": entry,
            "journal_seq": entrySeq, "at": entryTime,
            "party": .unchecked(
                "an outflow's recipient is checked against the entry; a donor's name stays out of the journal (personal data) and decides no figure"),
        ],
        "shop_settings": ["id": sequence, "settings": entry, "journal_seq": entrySeq],
    ]
}
