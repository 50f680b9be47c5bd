import ComptoirCore
import GRDB

/// Users, catalog rows and household files may be updated (a role changes, an account is
/// deactivated, rights are renewed), so they carry no `journal_seq`. `verify` replays their
/// journal entries instead and compares the result with the tables: a row changed, added
/// or removed behind the journal's back (an admin slipped in, a PIN hash swapped, an income
/// lowered to get a better rate) is named with the last entry about it.
struct MasterDataReplay {
    private struct User: Equatable {
        var firstName: String, role: String, active: Bool, pinDigest: String, lastSeq: Int64
        /// PIN attempts (v13): wrong PINs in a row, the time of the last one, the lock.
        var failures: Int64 = 0, failedAt: String? = nil, locked = false
    }
    private struct Item: Equatable {
        var label: String, priceCents: Int64, key: Int64?, unit: String, family: String, averageGrams: Int64?, seq: Int64
    }
    private struct Household {
        var payload: HouseholdPayload, seq: Int64, lastContact: String
    }

    private var users: [Int64: User] = [:]
    private var categories: [String: Item] = [:]
    private var products: [String: (ProductPayload, seq: Int64)] = [:]
    private var households: [Int64: Household] = [:]
    /// Sales naming a household since its last entry: the time of the latest.
    private var visits: [Int64: String] = [:]
    /// Rules are insert-only rows tied to their entry.
    private var rules: [Int64: String] = [:]

    /// Takes in one journal entry; the French reason when it cannot be applied.
    mutating func record(kind: JournalKind, seq: Int64, at: String, payload: String) -> String? {
        switch kind {
        case .userCreated, .userRoleChanged, .userDeactivated, .userPinChanged, .userPinFailed, .userPinAccepted, .userLocked,
             .userReactivated:
            guard let p = CanonicalJSON.decode(UserPayload.self, from: payload) else {
                return "le contenu de l'entrée est illisible"
            }
            if kind == .userCreated {
                guard let name = p.firstName, let role = p.role, let digest = p.pinDigest, users[p.user] == nil else {
                    return "la création du compte n° \(p.user) est incomplète ou en double"
                }
                users[p.user] = User(firstName: name, role: role, active: true, pinDigest: digest, lastSeq: seq)
                return nil
            }
            guard var user = users[p.user] else {
                return "cette entrée modifie le compte n° \(p.user), qui n'a jamais été créé"
            }
            switch kind {
            case .userRoleChanged:
                guard let role = p.role else { return "le nouveau rôle manque" }
                user.role = role
            case .userDeactivated:
                user.active = false
            case .userPinFailed:
                guard let failures = p.failures, Int64(failures) == user.failures + 1 else {
                    return "le nombre de codes faux de cette entrée ne suit pas les précédents"
                }
                user.failures += 1
                user.failedAt = at
            case .userPinAccepted:
                user.failures = 0
                user.failedAt = nil
            case .userLocked:
                guard user.failures >= Int64(PinAttempts.lockAfter) else {
                    return "le compte est verrouillé avant \(PinAttempts.lockAfter) codes faux"
                }
                user.locked = true
            case .userReactivated:
                user.active = true
                user.locked = false
                user.failures = 0
                user.failedAt = nil
            default:
                guard let digest = p.pinDigest else { return "l'empreinte du nouveau code PIN manque" }
                user.pinDigest = digest
            }
            user.lastSeq = seq
            users[p.user] = user
        case .categoryCreated, .categoryChanged:
            guard let p = CanonicalJSON.decode(CategoryPayload.self, from: payload) else {
                return "le contenu de l'entrée est illisible"
            }
            if kind == .categoryChanged, categories[p.code] == nil {
                return "la catégorie « \(p.code) » change sans avoir été créée"
            }
            categories[p.code] = Item(label: p.label, priceCents: p.priceCents, key: p.key.map(Int64.init), unit: p.unit ?? "piece",
                                      family: p.family ?? "textile", averageGrams: p.averageGrams.map(Int64.init), seq: seq)
        case .productCreated, .productChanged:
            guard let p = CanonicalJSON.decode(ProductPayload.self, from: payload) else {
                return "le contenu de l'entrée est illisible"
            }
            if (products[p.code] == nil) != (kind == .productCreated) {
                return "le produit « \(p.code) » est créé deux fois, ou modifié sans avoir été créé"
            }
            products[p.code] = (p, seq)
        case .householdCreated, .householdChanged:
            guard let p = CanonicalJSON.decode(HouseholdPayload.self, from: payload) else {
                return "le contenu de l'entrée est illisible"
            }
            if (households[p.number] == nil) != (kind == .householdCreated) {
                return "le foyer n° \(p.number) est créé deux fois, ou modifié sans avoir été créé"
            }
            // Saving the file is a contact; the upgrade's entry carries the one it found.
            households[p.number] = Household(payload: p, seq: seq, lastContact: p.lastContact ?? at)
            visits[p.number] = nil
        case .householdPurged:
            guard let p = CanonicalJSON.decode(HouseholdPurgePayload.self, from: payload) else {
                return "le contenu de l'entrée est illisible"
            }
            visits[p.number] = nil
            guard households.removeValue(forKey: p.number) != nil else {
                return "le foyer n° \(p.number) est effacé sans avoir été inscrit"
            }
        case .epicerieRulesChanged:
            rules[seq] = payload
        default:
            break
        }
        return nil
    }

    /// A sale naming the household: its last contact moves to the sale's time (the RGPD
    /// purge counts from it).
    /// The household's adults and children as the journal has them so far.
    func persons(of number: Int64) -> Int64? {
        households[number].map { Int64($0.payload.adults + $0.payload.children) }
    }

    mutating func visited(household number: Int64, at: String) {
        visits[number] = at
    }

    /// The first table row that differs from the replayed journal, if any.
    func check(_ db: Database, digestKey: KeyedDigest) throws -> VerifyProblem? {
        var seen = Set<Int64>()
        for row in try Row.fetchAll(db, sql: """
            SELECT id, first_name, role, active, pin_hash, pin_failures, pin_failed_at, locked FROM users ORDER BY id
            """) {
            let id = row.safeInt("id") ?? Int64.min
            let name = row.safeText("first_name") ?? ""
            seen.insert(id)
            guard let user = users[id] else {
                return unjournaled("le compte de « \(name) » n'a été créé par aucune entrée du journal", table: "users")
            }
            let actual = User(firstName: name, role: row.safeText("role") ?? "", active: row.safeInt("active") == 1,
                              pinDigest: UserPayload.digest(ofPinHash: row.safeText("pin_hash") ?? ""), lastSeq: user.lastSeq,
                              failures: row.safeInt("pin_failures") ?? Int64.min, failedAt: row.safeText("pin_failed_at"),
                              locked: row.safeInt("locked") == 1)
            if actual != user {
                let what = actual.pinDigest != user.pinDigest ? "son code PIN"
                    : (actual.failures != user.failures || actual.failedAt != user.failedAt || actual.locked != user.locked)
                    ? "ses codes faux ou son verrouillage" : "son prénom, son rôle ou son état"
                return VerifyProblem(seq: user.lastSeq, kind: "utilisateur",
                                     reason: "le compte de « \(user.firstName) » ne correspond pas au journal (\(what))", table: "users")
            }
        }
        if let (id, user) = users.first(where: { !seen.contains($0.key) }) {
            return VerifyProblem(seq: user.lastSeq, kind: "utilisateur",
                                 reason: "le compte n° \(id) (« \(user.firstName) ») manque dans la table des utilisateurs", table: "users")
        }
        if let problem = try checkCategories(db) { return problem }
        if let problem = try checkProducts(db) { return problem }
        if let problem = try checkHouseholds(db, digestKey: digestKey) { return problem }
        return try checkRules(db)
    }

    private func checkProducts(_ db: Database) throws -> VerifyProblem? {
        var seen = Set<String>()
        for row in try Row.fetchAll(db, sql: """
            SELECT code, name, market_price_cents, category, unit, solidarity_price_cents, weight_grams, low_stock, active
            FROM products
            """) {
            let code = row.safeText("code") ?? "NULL"
            seen.insert(code)
            guard let (expected, seq) = products[code] else {
                return unjournaled("le produit « \(code) » n'a été créé par aucune entrée du journal", table: "products")
            }
            var actual = ProductPayload(code: code, name: row.safeText("name") ?? "", marketPriceCents: row.safeInt("market_price_cents") ?? Int64.min)
            let category = row.safeText("category"), unit = row.safeText("unit"), low = row.safeInt("low_stock")
            actual.category = category == "" ? nil : category
            actual.unit = unit == "piece" ? nil : unit
            actual.solidarityPriceCents = row.safeInt("solidarity_price_cents")
            actual.weightGrams = row.safeInt("weight_grams").map { Int(truncatingIfNeeded: $0) }
            actual.lowStock = low == 0 ? nil : low.map { Int(truncatingIfNeeded: $0) } ?? Int.min
            guard actual == expected, row.safeInt("active") == 1 else {
                return VerifyProblem(seq: seq, kind: "catalogue", reason: "le produit « \(code) » ne correspond pas au journal",
                                     table: "products")
            }
        }
        if let (code, item) = products.first(where: { !seen.contains($0.key) }) {
            return VerifyProblem(seq: item.seq, kind: "catalogue", reason: "le produit « \(code) » manque dans le catalogue",
                                 table: "products")
        }
        return nil
    }

    /// Composition, rights and suspension against the payload; incomes, charges, benefits,
    /// CAF quotient and disabled children against its keyed digest; the last contact (the
    /// purge counts from it) against the last entry or sale. Name, phone and referrer are
    /// contact details, outside the journal on purpose (see `ColumnCoverage`).
    private func checkHouseholds(_ db: Database, digestKey: KeyedDigest) throws -> VerifyProblem? {
        var seen = Set<Int64>()
        seen.reserveCapacity(households.count)
        // Thousands of files: read straight from the statement, by position.
        let statement = try db.makeStatement(sql: """
            SELECT number, adults, children, disabled_children, resources_cents, charges_cents, benefits_cents, caf_qf_cents,
                   rights_from, rights_to, suspended, last_contact
            FROM households
            """)
        let cursor = try Row.fetchCursor(statement)
        let s = statement.sqliteStatement
        typealias C = VerifyRows.Column
        while try cursor.next() != nil {
            let number = C.int(s, 0)
            seen.insert(number)
            guard let expected = households[number] else {
                return unjournaled("le foyer n° \(number) n'a été inscrit par aucune entrée du journal", table: "households")
            }
            let p = expected.payload
            let suspended = C.int(s, 10)
            guard C.int(s, 1) == Int64(p.adults), C.int(s, 2) == Int64(p.children), C.text(s, 8) == p.rightsFrom,
                  C.text(s, 9) == p.rightsTo, suspended == (p.suspended ? 1 : 0) else {
                return VerifyProblem(seq: expected.seq, kind: "foyer", table: "households",
                                     reason: "le foyer n° \(number) ne correspond pas au journal (composition ou droits)")
            }
            let digest = digestKey.household(resources: C.int(s, 4), charges: C.int(s, 5), benefits: C.int(s, 6),
                                             cafQuotient: C.optionalInt(s, 7), disabledChildren: C.int(s, 3))
            guard digest == p.digest else {
                return VerifyProblem(seq: expected.seq, kind: "foyer", table: "households",
                                     reason: "le foyer n° \(number) ne correspond pas au journal (ressources, charges, prestations, quotient ou enfants handicapés)")
            }
            guard C.text(s, 11) == visits[number] ?? expected.lastContact else {
                return VerifyProblem(seq: expected.seq, kind: "foyer", table: "households",
                                     reason: "la date du dernier contact du foyer n° \(number) ne correspond pas au journal (elle décide de l'effacement)")
            }
        }
        if let (number, item) = households.first(where: { !seen.contains($0.key) }) {
            return VerifyProblem(seq: item.seq, kind: "foyer", reason: "le foyer n° \(number) manque dans le fichier des foyers",
                                 table: "households")
        }
        return nil
    }

    /// Rules rows against their entries, in journal order (the till applies the latest by
    /// journal order), each with the next id.
    private func checkRules(_ db: Database) throws -> VerifyProblem? {
        var count: Int64 = 0
        for row in try Row.fetchAll(db, sql: "SELECT id, journal_seq, rules FROM epicerie_rules ORDER BY journal_seq") {
            let seq = row.safeInt("journal_seq") ?? Int64.min
            count += 1
            guard let text = rules[seq], text == row.safeText("rules"), row.safeInt("id") == count else {
                return VerifyProblem(seq: seq, kind: "règles", reason: "les règles de l'épicerie ne correspondent pas au journal",
                                     table: "epicerie_rules")
            }
        }
        if count != Int64(rules.count), let seq = rules.keys.min() {
            return VerifyProblem(seq: seq, kind: "règles", reason: "des règles de l'épicerie manquent dans leur table",
                                 table: "epicerie_rules")
        }
        return nil
    }

    private func checkCategories(_ db: Database) throws -> VerifyProblem? {
        var seen = Set<String>()
        for row in try Row.fetchAll(db, sql: "SELECT code, label, price_cents, key, active, unit, family, average_grams FROM categories") {
            let code = row.safeText("code") ?? "NULL"
            seen.insert(code)
            guard let item = categories[code] else {
                return unjournaled("la catégorie « \(code) » n'a été créée par aucune entrée du journal", table: "categories")
            }
            let actual = Item(label: row.safeText("label") ?? "", priceCents: row.safeInt("price_cents") ?? Int64.min,
                              key: row.safeInt("key"), unit: row.safeText("unit") ?? "", family: row.safeText("family") ?? "",
                              averageGrams: row.safeInt("average_grams"), seq: item.seq)
            guard actual == item, row.safeInt("active") == 1 else {
                return VerifyProblem(seq: item.seq, kind: "catalogue", reason: "la catégorie « \(code) » ne correspond pas au journal",
                                     table: "categories")
            }
        }
        if let (code, item) = categories.first(where: { !seen.contains($0.key) }) {
            return VerifyProblem(seq: item.seq, kind: "catalogue", reason: "la catégorie « \(code) » manque dans le catalogue",
                                 table: "categories")
        }
        return nil
    }

    private func unjournaled(_ reason: String, table: String) -> VerifyProblem {
        VerifyProblem(seq: 0, kind: "entrée absente", reason: reason, table: table)
    }
}
