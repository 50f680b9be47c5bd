import Foundation
import GRDB

/// The schema, as versioned migrations. A migration never changes once shipped: a later
/// need is a new migration ("v2"…) appended at the end.
enum Migrations {
    /// Tables where nothing is ever updated or deleted (money, journal, shop identity).
    static let appendOnlyTables = [
        "comptoir_meta", "journal", "till_sessions", "session_closings", "cash_movements",
        "tickets", "ticket_lines", "payments",
    ]

    /// `clock` dates what a migration writes (the shop's creation, v12's journal entries).
    static func makeMigrator(clock: @escaping @Sendable () -> Date = Ledger.systemClock) -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        let steps: [(String, @Sendable (Database) throws -> Void)] = [
            ("v1", { try v1($0, now: clock()) }), ("v2", v2), ("v3", v3), ("v4", v4), ("v5", v5), ("v6", v6), ("v7", v7),
            ("v8", v8), ("v9", v9), ("v10", v10), ("v11", v11), ("v12", { try v12($0, now: clock()) }), ("v13", v13), ("v14", v14),
            ("v15", v15), ("v16", v16), ("v17", v17), ("v18", v18), ("v19", v19), ("v20", v20),
        ]
        // Only CREATE, ADD COLUMN and (v19) an UPDATE of a new column: foreign keys can stay on during the migration.
        for (identifier, step) in steps {
            migrator.registerMigration(identifier, foreignKeyChecks: .immediate) { db in try step(db) }
        }
        return migrator
    }

    static var knownIdentifiers: [String] { makeMigrator().migrations }

    /// Every table whose rows are never updated, deleted or replaced once written.
    static let protectedTables = appendOnlyTables + [
        "parked_tickets", "parked_resumptions", "epicerie_rules", "stock_movements", "rentals", "rental_changes",
        "consigned_items", "item_movements", "payouts", "period_closings", "friperie_flows",
        "shop_settings",
    ]

    /// The till itself: the shop's identity (`comptoir_meta`, with the random fingerprint the
    /// journal's first entry chains to), the hash-chained journal, users, categories and
    /// products, till sessions and their closings, cash movements, tickets, their lines and
    /// payments. Those money tables, the journal and `comptoir_meta` refuse UPDATE and DELETE.
    private static func v1(_ db: Database, now: Date) throws {
        try db.execute(sql: """
            CREATE TABLE comptoir_meta (
                key TEXT NOT NULL PRIMARY KEY,
                value TEXT NOT NULL
            );

            CREATE TABLE journal (
                seq INTEGER PRIMARY KEY NOT NULL CHECK (seq >= 1),
                at TEXT NOT NULL,
                till TEXT NOT NULL,
                operator_id INTEGER,
                kind TEXT NOT NULL,
                payload TEXT NOT NULL,
                prev_hash TEXT NOT NULL,
                hash TEXT NOT NULL CHECK (length(hash) = 64)
            );

            CREATE TABLE users (
                id INTEGER PRIMARY KEY,
                first_name TEXT NOT NULL CHECK (length(trim(first_name)) > 0),
                role TEXT NOT NULL CHECK (role IN ('benevole', 'responsable', 'admin')),
                active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
                pin_hash TEXT NOT NULL,
                created_at TEXT NOT NULL
            );

            CREATE TABLE categories (
                id INTEGER PRIMARY KEY,
                code TEXT NOT NULL UNIQUE CHECK (length(code) > 0),
                label TEXT NOT NULL CHECK (length(trim(label)) > 0),
                price_cents INTEGER NOT NULL CHECK (price_cents >= 0),
                key INTEGER CHECK (key BETWEEN 1 AND 9),
                active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
            );
            CREATE UNIQUE INDEX categories_active_key ON categories(key)
                WHERE active = 1 AND key IS NOT NULL;

            CREATE TABLE products (
                id INTEGER PRIMARY KEY,
                code TEXT NOT NULL UNIQUE CHECK (length(code) > 0),
                name TEXT NOT NULL CHECK (length(trim(name)) > 0),
                market_price_cents INTEGER NOT NULL CHECK (market_price_cents >= 0),
                active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
            );

            CREATE TABLE till_sessions (
                id INTEGER PRIMARY KEY,
                till TEXT NOT NULL,
                opened_at TEXT NOT NULL,
                opened_by INTEGER NOT NULL REFERENCES users(id),
                float_cents INTEGER NOT NULL CHECK (float_cents >= 0),
                journal_seq INTEGER NOT NULL UNIQUE REFERENCES journal(seq)
            );
            CREATE INDEX till_sessions_by_till ON till_sessions(till, id);

            -- A session is closed by inserting here, never by updating till_sessions.
            CREATE TABLE session_closings (
                id INTEGER PRIMARY KEY,
                session_id INTEGER NOT NULL UNIQUE REFERENCES till_sessions(id),
                closed_at TEXT NOT NULL,
                closed_by INTEGER NOT NULL REFERENCES users(id),
                journal_seq INTEGER NOT NULL UNIQUE REFERENCES journal(seq)
            );

            CREATE TABLE cash_movements (
                id INTEGER PRIMARY KEY,
                session_id INTEGER NOT NULL REFERENCES till_sessions(id),
                kind TEXT NOT NULL,
                amount_cents INTEGER NOT NULL,
                journal_seq INTEGER NOT NULL REFERENCES journal(seq),
                at TEXT NOT NULL
            );
            CREATE INDEX cash_movements_by_session ON cash_movements(session_id);
            CREATE INDEX cash_movements_by_seq ON cash_movements(journal_seq);

            -- A cancellation or refund is a new ticket pointing at the original one.
            CREATE TABLE tickets (
                id INTEGER PRIMARY KEY,
                number INTEGER NOT NULL UNIQUE CHECK (number >= 1),
                kind TEXT NOT NULL DEFAULT 'sale',
                original_ticket_id INTEGER REFERENCES tickets(id),
                reason TEXT,
                authorized_by INTEGER REFERENCES users(id),
                session_id INTEGER NOT NULL REFERENCES till_sessions(id),
                till TEXT NOT NULL,
                operator_id INTEGER NOT NULL REFERENCES users(id),
                at TEXT NOT NULL,
                total_cents INTEGER NOT NULL,
                journal_seq INTEGER NOT NULL UNIQUE REFERENCES journal(seq)
            );
            CREATE INDEX tickets_by_session ON tickets(session_id);
            CREATE INDEX tickets_by_original ON tickets(original_ticket_id)
                WHERE original_ticket_id IS NOT NULL;

            CREATE TABLE ticket_lines (
                id INTEGER PRIMARY KEY,
                ticket_id INTEGER NOT NULL REFERENCES tickets(id),
                position INTEGER NOT NULL CHECK (position >= 1),
                code TEXT,
                label TEXT NOT NULL,
                activity TEXT NOT NULL,
                unit_price_cents INTEGER NOT NULL,
                quantity INTEGER NOT NULL,
                amount_cents INTEGER NOT NULL,
                journal_seq INTEGER NOT NULL REFERENCES journal(seq),
                UNIQUE (ticket_id, position)
            );

            CREATE TABLE payments (
                id INTEGER PRIMARY KEY,
                ticket_id INTEGER NOT NULL REFERENCES tickets(id),
                position INTEGER NOT NULL CHECK (position >= 1),
                method TEXT NOT NULL,
                amount_cents INTEGER NOT NULL,
                given_cents INTEGER NOT NULL,
                change_cents INTEGER NOT NULL,
                journal_seq INTEGER NOT NULL REFERENCES journal(seq),
                UNIQUE (ticket_id, position)
            );
            """)

        for table in appendOnlyTables {
            try refuseChanges(db, table: table,
                              update: "modification interdite, les écritures sont définitives",
                              delete: "suppression interdite, les écritures sont définitives")
        }

        var generator = SystemRandomNumberGenerator()
        let fingerprint = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        try db.execute(
            sql: "INSERT INTO comptoir_meta (key, value) VALUES ('app', 'comptoir'), ('fingerprint', ?), ('created_at', ?)",
            arguments: [Hex.string(fingerprint), Timestamp.string(millis: Timestamp.millis(now))])
    }

    /// Parked tickets: a ticket put aside (the customer fetches something) and resumed
    /// later, at any till, even after a restart. No money moves, so nothing was journaled
    /// (v12 ties them to journal entries); resuming inserts a row instead of deleting the
    /// parked one.
    private static func v2(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE parked_tickets (
                id INTEGER PRIMARY KEY,
                till TEXT NOT NULL,
                operator_id INTEGER NOT NULL REFERENCES users(id),
                parked_at TEXT NOT NULL,
                lines TEXT NOT NULL
            );
            CREATE TABLE parked_resumptions (
                parked_id INTEGER PRIMARY KEY REFERENCES parked_tickets(id),
                till TEXT NOT NULL,
                operator_id INTEGER NOT NULL REFERENCES users(id),
                resumed_at TEXT NOT NULL
            );
            """)
        for table in ["parked_tickets", "parked_resumptions"] {
            try refuseChanges(db, table: table, update: "modification interdite", delete: "suppression interdite")
        }
    }

    /// Voucher references: a voucher (CCAS…) pays once. ADD COLUMN rewrites no row, so the
    /// append-only triggers stay untouched; the partial unique index is the guard (v14
    /// replaces it with a trigger that counts counter-entries).
    private static func v3(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE payments ADD COLUMN reference TEXT;
            CREATE UNIQUE INDEX payments_reference_once ON payments(method, reference)
                WHERE reference IS NOT NULL AND amount_cents > 0;
            """)
    }

    /// Refunds and credit notes. A refund line names the line of the original ticket it
    /// gives back (`original_position`), so that no line is refunded twice over. A credit
    /// note is a payment of method `avoir`: negative where a ticket issues it, positive
    /// where one spends it, both carrying its code; the index finds both quickly.
    private static func v4(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE ticket_lines ADD COLUMN original_position INTEGER;
            CREATE INDEX payments_by_reference ON payments(reference) WHERE reference IS NOT NULL;
            """)
    }

    /// The épicerie: households, the shop's rules, the catalog's extra columns and stock.
    /// A household's file is personal data that is corrected and, after two years without
    /// contact, purged (RGPD): it may be updated, and its journal entries carry the card
    /// number, composition and rights, never a name or an income. Rules and stock
    /// movements are insert-only and journaled; the latest rules apply. A ticket names its
    /// household; an épicerie line keeps the market price of one unit (the aid is the
    /// difference).
    private static func v5(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE households (
                number INTEGER PRIMARY KEY CHECK (number >= 1),
                name TEXT NOT NULL CHECK (length(trim(name)) > 0),
                phone TEXT NOT NULL DEFAULT '',
                adults INTEGER NOT NULL CHECK (adults >= 1),
                children INTEGER NOT NULL CHECK (children >= 0),
                disabled_children INTEGER NOT NULL DEFAULT 0 CHECK (disabled_children BETWEEN 0 AND children),
                resources_cents INTEGER NOT NULL CHECK (resources_cents >= 0),
                charges_cents INTEGER NOT NULL CHECK (charges_cents >= 0),
                benefits_cents INTEGER NOT NULL CHECK (benefits_cents >= 0),
                caf_qf_cents INTEGER CHECK (caf_qf_cents >= 0),
                referrer TEXT NOT NULL DEFAULT '',
                rights_from TEXT NOT NULL,
                rights_to TEXT NOT NULL CHECK (rights_to >= rights_from),
                suspended INTEGER NOT NULL DEFAULT 0 CHECK (suspended IN (0, 1)),
                created_at TEXT NOT NULL,
                last_contact TEXT NOT NULL
            );
            CREATE INDEX households_by_name ON households(name COLLATE NOCASE);

            CREATE TABLE epicerie_rules (
                id INTEGER PRIMARY KEY,
                rules TEXT NOT NULL,
                journal_seq INTEGER NOT NULL UNIQUE REFERENCES journal(seq)
            );

            ALTER TABLE products ADD COLUMN category TEXT NOT NULL DEFAULT '';
            ALTER TABLE products ADD COLUMN unit TEXT NOT NULL DEFAULT 'piece' CHECK (unit IN ('piece', 'kg'));
            ALTER TABLE products ADD COLUMN solidarity_price_cents INTEGER CHECK (solidarity_price_cents >= 0);
            ALTER TABLE products ADD COLUMN weight_grams INTEGER CHECK (weight_grams > 0);
            ALTER TABLE products ADD COLUMN low_stock INTEGER NOT NULL DEFAULT 0;

            -- Arrivals and corrections are journaled one by one; sales and their
            -- counter-entries carry the ticket's journal entry.
            CREATE TABLE stock_movements (
                id INTEGER PRIMARY KEY,
                product_code TEXT NOT NULL,
                kind TEXT NOT NULL,
                quantity INTEGER NOT NULL,
                weight_grams INTEGER,
                reason TEXT,
                journal_seq INTEGER NOT NULL REFERENCES journal(seq),
                at TEXT NOT NULL
            );
            CREATE INDEX stock_movements_by_product ON stock_movements(product_code, quantity);

            ALTER TABLE tickets ADD COLUMN household INTEGER;
            CREATE INDEX tickets_by_household ON tickets(household, at) WHERE household IS NOT NULL;
            ALTER TABLE ticket_lines ADD COLUMN market_unit_cents INTEGER;
            """)
        for table in ["epicerie_rules", "stock_movements"] {
            try refuseChanges(db, table: table,
                              update: "modification interdite, les écritures sont définitives",
                              delete: "suppression interdite, les écritures sont définitives")
        }
    }

    /// Reports by period (the épicerie's month): tickets found by their time through an
    /// index, not by reading ten years of them. An index rewrites no row: the append-only
    /// triggers stay untouched.
    private static func v6(_ db: Database) throws {
        try db.execute(sql: "CREATE INDEX tickets_by_at ON tickets(at)")
    }

    /// Lines sold by weight (an épicerie product by the kg): the grams weighed. The line's
    /// unit price is the price of that weight, quantity 1, so amount = price × quantity.
    private static func v7(_ db: Database) throws {
        try db.execute(sql: "ALTER TABLE ticket_lines ADD COLUMN weight_grams INTEGER")
    }

    /// The vide-greniers. Sellers and boxes are master data that may be corrected (checked
    /// by replaying their entries); rentals, their extensions and early ends, items, item
    /// movements and payouts are insert-only, each tied to its journal entry. An item's
    /// movements are numbered (`round`): two tills selling the same label compute the same
    /// round and the unique index lets only one through. A consigned ticket line keeps its
    /// rental, its item and the shop's commission; the seller's share is the rest.
    private static func v8(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE sellers (
                id INTEGER PRIMARY KEY,
                last_name TEXT NOT NULL CHECK (length(trim(last_name)) > 0),
                first_name TEXT NOT NULL CHECK (length(trim(first_name)) > 0),
                phone TEXT NOT NULL DEFAULT '',
                email TEXT NOT NULL DEFAULT '',
                document TEXT NOT NULL,
                document_number TEXT NOT NULL CHECK (length(trim(document_number)) > 0),
                iban TEXT,
                created_at TEXT NOT NULL
            );
            CREATE INDEX sellers_by_name ON sellers(last_name COLLATE NOCASE, first_name COLLATE NOCASE);

            CREATE TABLE boxes (
                code TEXT PRIMARY KEY NOT NULL CHECK (length(trim(code)) > 0),
                size TEXT NOT NULL DEFAULT '',
                weekly_rent_cents INTEGER NOT NULL CHECK (weekly_rent_cents >= 0),
                monthly_rent_cents INTEGER NOT NULL CHECK (monthly_rent_cents >= 0)
            );

            CREATE TABLE rentals (
                id INTEGER PRIMARY KEY,
                seller_id INTEGER NOT NULL REFERENCES sellers(id),
                box_code TEXT NOT NULL REFERENCES boxes(code),
                from_day TEXT NOT NULL,
                to_day TEXT NOT NULL CHECK (to_day >= from_day),
                rate_bp INTEGER NOT NULL CHECK (rate_bp BETWEEN 0 AND 10000),
                rent_cents INTEGER NOT NULL CHECK (rent_cents >= 0),
                rent_payment TEXT NOT NULL CHECK (rent_payment IN ('caisse', 'deduit')),
                journal_seq INTEGER NOT NULL UNIQUE REFERENCES journal(seq),
                at TEXT NOT NULL
            );
            CREATE INDEX rentals_by_box ON rentals(box_code, to_day);
            CREATE INDEX rentals_by_seller ON rentals(seller_id);

            -- An extension (new end, extra rent) or an early end (new end, no rent).
            CREATE TABLE rental_changes (
                id INTEGER PRIMARY KEY,
                rental_id INTEGER NOT NULL REFERENCES rentals(id),
                kind TEXT NOT NULL CHECK (kind IN ('prolongation', 'fin')),
                to_day TEXT NOT NULL,
                rent_cents INTEGER NOT NULL CHECK (rent_cents >= 0),
                journal_seq INTEGER NOT NULL UNIQUE REFERENCES journal(seq),
                at TEXT NOT NULL
            );
            CREATE INDEX rental_changes_by_rental ON rental_changes(rental_id, id);

            CREATE TABLE consigned_items (
                id INTEGER PRIMARY KEY,
                rental_id INTEGER NOT NULL REFERENCES rentals(id),
                number INTEGER NOT NULL CHECK (number >= 1),
                description TEXT NOT NULL CHECK (length(trim(description)) > 0),
                price_cents INTEGER NOT NULL CHECK (price_cents > 0),
                journal_seq INTEGER NOT NULL UNIQUE REFERENCES journal(seq),
                at TEXT NOT NULL,
                UNIQUE (rental_id, number)
            );

            CREATE TABLE item_movements (
                id INTEGER PRIMARY KEY,
                item_id INTEGER NOT NULL REFERENCES consigned_items(id),
                round INTEGER NOT NULL CHECK (round >= 1),
                kind TEXT NOT NULL CHECK (kind IN ('vente', 'remboursement', 'rendu', 'don')),
                weight_grams INTEGER CHECK (weight_grams > 0),
                journal_seq INTEGER NOT NULL REFERENCES journal(seq),
                at TEXT NOT NULL,
                UNIQUE (item_id, round)
            );
            CREATE INDEX item_movements_by_seq ON item_movements(journal_seq);

            CREATE TABLE payouts (
                id INTEGER PRIMARY KEY,
                seller_id INTEGER NOT NULL REFERENCES sellers(id),
                amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
                method TEXT NOT NULL CHECK (method IN ('especes', 'virement')),
                session_id INTEGER REFERENCES till_sessions(id),
                till TEXT NOT NULL,
                authorized_by INTEGER NOT NULL REFERENCES users(id),
                journal_seq INTEGER NOT NULL UNIQUE REFERENCES journal(seq),
                at TEXT NOT NULL
            );
            CREATE INDEX payouts_by_seller ON payouts(seller_id, at);

            ALTER TABLE ticket_lines ADD COLUMN rental_id INTEGER;
            ALTER TABLE ticket_lines ADD COLUMN item_id INTEGER;
            ALTER TABLE ticket_lines ADD COLUMN commission_cents INTEGER;
            CREATE INDEX ticket_lines_by_rental ON ticket_lines(rental_id) WHERE rental_id IS NOT NULL;
            """)
        for table in ["rentals", "rental_changes", "consigned_items", "item_movements", "payouts"] {
            try refuseChanges(db, table: table,
                              update: "modification interdite, les écritures sont définitives",
                              delete: "suppression interdite, les écritures sont définitives")
        }
    }

    /// The Z: a closing row keeps what was counted and the whole report as journaled
    /// (canonical JSON), so that a reprint is the Z as it was. ADD COLUMN rewrites no row.
    private static func v9(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE session_closings ADD COLUMN counted_cents INTEGER;
            ALTER TABLE session_closings ADD COLUMN report TEXT;
            """)
    }

    /// Monthly and yearly closings: insert-only, one per period, each the roll-up of its
    /// Z's as journaled.
    private static func v10(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE period_closings (
                id INTEGER PRIMARY KEY,
                kind TEXT NOT NULL CHECK (kind IN ('mois', 'annee')),
                period TEXT NOT NULL,
                closed_at TEXT NOT NULL,
                closed_by INTEGER NOT NULL REFERENCES users(id),
                journal_seq INTEGER NOT NULL UNIQUE REFERENCES journal(seq),
                report TEXT NOT NULL,
                UNIQUE (kind, period)
            );
            """)
        try refuseChanges(db, table: "period_closings",
                          update: "modification interdite, les écritures sont définitives",
                          delete: "suppression interdite, les écritures sont définitives")
    }

    /// The friperie by the kilogram: a category is sold by the piece or per kg, belongs to
    /// a family (textile, shoes…) and may carry the weight of an average piece. Donations in
    /// and outflows are weighed, insert-only, each under its journal entry; the donor's name
    /// (optional) stays in the row, out of the journal.
    private static func v11(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE categories ADD COLUMN unit TEXT NOT NULL DEFAULT 'piece' CHECK (unit IN ('piece', 'kg'));
            ALTER TABLE categories ADD COLUMN family TEXT NOT NULL DEFAULT 'textile';
            ALTER TABLE categories ADD COLUMN average_grams INTEGER CHECK (average_grams > 0);

            CREATE TABLE friperie_flows (
                id INTEGER PRIMARY KEY,
                direction TEXT NOT NULL CHECK (direction IN ('entree', 'sortie')),
                family TEXT NOT NULL,
                grams INTEGER NOT NULL CHECK (grams > 0),
                origin TEXT,
                destination TEXT,
                party TEXT NOT NULL DEFAULT '',
                journal_seq INTEGER NOT NULL UNIQUE REFERENCES journal(seq),
                at TEXT NOT NULL,
                CHECK ((direction = 'entree') = (origin IS NOT NULL)),
                CHECK ((direction = 'sortie') = (destination IS NOT NULL))
            );
            CREATE INDEX friperie_flows_by_time ON friperie_flows(at);
            """)
        try refuseChanges(db, table: "friperie_flows",
                          update: "modification interdite, une pesée se corrige par une nouvelle pesée",
                          delete: "suppression interdite, une pesée se corrige par une nouvelle pesée")
    }

    /// The ledger cannot lie, even to someone who holds the file (issue 14):
    /// - `INSERT OR REPLACE` deletes the row it replaces without firing the DELETE triggers
    ///   (unless `recursive_triggers` is on, which `sqlite3` leaves off): a BEFORE INSERT
    ///   guard on every protected table refuses an insert that would replace a row.
    /// - Parked tickets and their resumptions are journaled (`journal_seq`); a transfer
    ///   payout keeps the IBAN it went to.
    /// - A random key for the keyed digests of IBANs and incomes (`KeyedDigest`), and one
    ///   `household.changed` / `seller.changed` entry per existing file carrying them, so
    ///   that every file is checked in full from now on.
    private static func v12(_ db: Database, now: Date) throws {
        try db.execute(sql: """
            ALTER TABLE parked_tickets ADD COLUMN journal_seq INTEGER REFERENCES journal(seq);
            ALTER TABLE parked_resumptions ADD COLUMN journal_seq INTEGER REFERENCES journal(seq);
            ALTER TABLE payouts ADD COLUMN iban TEXT;
            """)
        // Tables a later migration adds to the list get their guard there.
        for table in protectedTables where try db.tableExists(table) { try refuseReplacement(db, table: table) }

        var generator = SystemRandomNumberGenerator()
        let key = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        try db.execute(sql: "INSERT INTO comptoir_meta (key, value) VALUES (?, ?)",
                       arguments: [KeyedDigest.metaKey, Hex.string(key)])
        let digest = KeyedDigest(key: key)
        for row in try Row.fetchAll(db, sql: "SELECT * FROM households ORDER BY number") {
            let payload = HouseholdPayload(
                number: row["number"], adults: row["adults"], children: row["children"], rightsFrom: row["rights_from"],
                rightsTo: row["rights_to"], suspended: row["suspended"],
                digest: digest.household(resources: row["resources_cents"], charges: row["charges_cents"],
                                              benefits: row["benefits_cents"], cafQuotient: row["caf_qf_cents"],
                                              disabledChildren: row["disabled_children"]),
                lastContact: row["last_contact"])
            _ = try Journal.append(db, kind: .householdChanged, till: upgradeTill, operatorId: nil,
                                   payload: try CanonicalJSON.encode(payload), now: now)
        }
        for row in try Row.fetchAll(db, sql: "SELECT * FROM sellers ORDER BY id") {
            let payload = SellerPayload(seller: row["id"], lastName: row["last_name"], firstName: row["first_name"],
                                        document: row["document"], documentNumber: row["document_number"],
                                        iban: digest.iban(row["iban"]))
            _ = try Journal.append(db, kind: .sellerChanged, till: upgradeTill, operatorId: nil,
                                   payload: try CanonicalJSON.encode(payload), now: now)
        }
    }

    /// PIN attempts, counted per account whatever the till: the wrong PINs in a row, the
    /// time of the last one (the wait is counted from it) and the lock after too many.
    /// Replayed by `verify` from the `user.pin_failed`, `user.pin_accepted`, `user.locked`
    /// and `user.reactivated` entries.
    private static func v13(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE users ADD COLUMN pin_failures INTEGER NOT NULL DEFAULT 0 CHECK (pin_failures >= 0);
            ALTER TABLE users ADD COLUMN pin_failed_at TEXT;
            ALTER TABLE users ADD COLUMN locked INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1));
            """)
    }

    /// A voucher freed by the cancellation of the sale it paid pays again: the unique index
    /// that let a reference be paid with once, ever, gives way to a trigger that counts it
    /// net of counter-entries. A voucher (or any method but `avoir`) is in use while the
    /// sum of its payments is above zero; a credit note is still spent once, ever (a
    /// cancellation gives a new one back). The replacement guard of v12 carried the index's
    /// condition: it is rebuilt from the keys that remain.
    private static func v14(_ db: Database) throws {
        try db.execute(sql: """
            DROP INDEX payments_reference_once;
            DROP TRIGGER payments_no_replace;
            """)
        try refuseReplacement(db, table: "payments")
        try db.execute(sql: """
            CREATE TRIGGER payments_reference_net_once BEFORE INSERT ON payments
            WHEN NEW.reference IS NOT NULL AND NEW.amount_cents > 0 AND CASE NEW.method
                WHEN 'avoir' THEN EXISTS (SELECT 1 FROM payments
                    WHERE method = 'avoir' AND reference = NEW.reference AND amount_cents > 0)
                ELSE (SELECT COALESCE(SUM(amount_cents), 0) FROM payments
                    WHERE method = NEW.method AND reference = NEW.reference) > 0
                END
            BEGIN SELECT RAISE(ABORT, 'payments : cette référence a déjà servi, un bon ou un avoir ne paie qu''une fois'); END;
            """)
    }

    /// The shop's settings (name, address, SIRET, legal mention…), journaled like the
    /// épicerie rules: insert-only rows, each with its entry.
    private static func v15(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE shop_settings (
                id INTEGER PRIMARY KEY,
                settings TEXT NOT NULL,
                journal_seq INTEGER NOT NULL UNIQUE REFERENCES journal(seq)
            )
            """)
        try refuseChanges(db, table: "shop_settings",
                          update: "modification interdite, les écritures sont définitives",
                          delete: "suppression interdite, les écritures sont définitives")
        try refuseReplacement(db, table: "shop_settings")
    }

    /// The household's size at the time of each épicerie visit, kept with the ticket (and
    /// its journal entry): the funders' « personnes touchées » of a past month do not move
    /// when a file is edited or purged. Older tickets leave it NULL.
    private static func v16(_ db: Database) throws {
        try db.execute(sql: "ALTER TABLE tickets ADD COLUMN household_persons INTEGER")
    }

    /// What the registre des objets mobiliers also asks of a seller: domicile, and the
    /// identity document's issue date and authority (C. pén. R321-3 ff.). Kept in the file,
    /// vouched for in the journal by a keyed digest (`KeyedDigest.sellerIdentity`).
    private static func v17(_ db: Database) throws {
        try db.execute(sql: "ALTER TABLE sellers ADD COLUMN address TEXT NOT NULL DEFAULT ''")
        try db.execute(sql: "ALTER TABLE sellers ADD COLUMN document_issued_on TEXT")
        try db.execute(sql: "ALTER TABLE sellers ADD COLUMN document_authority TEXT NOT NULL DEFAULT ''")
    }

    /// Retention: a donor's name on a weighing may be erased (set to ''), nothing else of a
    /// weighing changes. The name was never journaled, so no figure and no entry move.
    private static func v18(_ db: Database) throws {
        try db.execute(sql: """
            DROP TRIGGER friperie_flows_no_update;
            CREATE TRIGGER friperie_flows_no_update BEFORE UPDATE ON friperie_flows
            WHEN NOT (NEW.party = '' AND OLD.direction = 'entree' AND NEW.id IS OLD.id AND NEW.direction IS OLD.direction
                      AND NEW.family IS OLD.family AND NEW.grams IS OLD.grams AND NEW.origin IS OLD.origin
                      AND NEW.destination IS OLD.destination AND NEW.journal_seq IS OLD.journal_seq AND NEW.at IS OLD.at)
            BEGIN SELECT RAISE(ABORT, 'friperie_flows : modification interdite, une pesée se corrige par une nouvelle pesée'); END;
            """)
    }

    /// A product's stock read in one indexed step, whatever its history: each stock movement
    /// keeps the product's balance after it (`balance_after`, written in the movement's
    /// transaction, checked by `verify` as the running sum of the quantities). Existing rows
    /// get theirs here, the one update this append-only table ever sees: its update guard is
    /// lifted for it and put back as it was. The index finds a product's last movement.
    private static func v19(_ db: Database) throws {
        try db.execute(sql: """
            DROP TRIGGER stock_movements_no_update;
            ALTER TABLE stock_movements ADD COLUMN balance_after INTEGER;
            UPDATE stock_movements SET balance_after = running.balance
            FROM (SELECT id, SUM(quantity) OVER (PARTITION BY product_code ORDER BY id) AS balance FROM stock_movements) AS running
            WHERE running.id = stock_movements.id;
            DROP INDEX stock_movements_by_product;
            CREATE INDEX stock_movements_by_product ON stock_movements(product_code, id);
            CREATE TRIGGER stock_movements_no_update BEFORE UPDATE ON stock_movements
            BEGIN SELECT RAISE(ABORT, 'stock_movements : modification interdite, les écritures sont définitives'); END;
            """)
    }

    /// A period's sessions (its Z's, those still without one) found by their opening time:
    /// without it, each closing and `report year` read every session of the shop's history.
    private static func v20(_ db: Database) throws {
        try db.execute(sql: "CREATE INDEX till_sessions_by_opening ON till_sessions(opened_at)")
    }

    /// The till name of entries a migration writes.
    static let upgradeTill = "mise-a-jour"

    /// A BEFORE INSERT trigger that refuses a row clashing with an existing one on any
    /// unique key (the rowid alias, UNIQUE constraints and unique indexes): the clash that
    /// `INSERT OR REPLACE` would resolve by deleting the old row.
    private static func refuseReplacement(_ db: Database, table: String) throws {
        var keys: [[String]] = []
        for column in try Row.fetchAll(db, sql: "SELECT name, type, pk FROM pragma_table_info(?) ORDER BY cid", arguments: [table])
        where column["pk"] as Int == 1 && (column["type"] as String).uppercased() == "INTEGER" {
            keys.append([column["name"]])
        }
        var partial: [String] = []
        for index in try Row.fetchAll(db, sql: """
            SELECT name, partial FROM pragma_index_list(?) WHERE "unique" = 1 ORDER BY name
            """, arguments: [table]) {
            let name: String = index["name"]
            let columns = try String.fetchAll(db, sql: "SELECT name FROM pragma_index_info(?) ORDER BY seqno", arguments: [name])
            if index["partial"] as Int == 1 {
                partial.append(name)
            } else {
                keys.append(columns)
            }
        }
        var conditions = keys.map { columns in
            "EXISTS (SELECT 1 FROM \(table) WHERE " + columns.map { "\($0) = NEW.\($0)" }.joined(separator: " AND ") + ")"
        }
        for name in partial {
            // The only partial unique index: a voucher pays once.
            guard name == "payments_reference_once" else { fatalError("unhandled partial unique index \(name)") }
            conditions.append("""
                (NEW.reference IS NOT NULL AND NEW.amount_cents > 0 AND EXISTS (SELECT 1 FROM payments \
                WHERE method = NEW.method AND reference = NEW.reference AND amount_cents > 0))
                """)
        }
        try db.execute(sql: """
            CREATE TRIGGER \(table)_no_replace BEFORE INSERT ON \(table)
            WHEN \(conditions.joined(separator: " OR "))
            BEGIN SELECT RAISE(ABORT, '\(table) : remplacement interdit, les écritures sont définitives'); END;
            """)
    }

    /// Triggers that refuse UPDATE and DELETE on `table` with these French messages.
    private static func refuseChanges(_ db: Database, table: String, update: String, delete: String) throws {
        try db.execute(sql: """
            CREATE TRIGGER \(table)_no_update BEFORE UPDATE ON \(table)
            BEGIN SELECT RAISE(ABORT, '\(table) : \(update)'); END;
            CREATE TRIGGER \(table)_no_delete BEFORE DELETE ON \(table)
            BEGIN SELECT RAISE(ABORT, '\(table) : \(delete)'); END;
            """)
    }
}
