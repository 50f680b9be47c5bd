import GRDB

/// Users and catalog rows may be updated (a role changes, an account is deactivated), so
/// they carry no `journal_seq`. `verify` replays their journal entries instead and compares
/// the result with the tables: a row changed, added or removed behind the journal's back
/// (an admin slipped in, a PIN hash swapped) is named with the last entry about it.
struct MasterDataReplay {
    private struct User: Equatable {
        var firstName: String, role: String, active: Bool, pinDigest: String, lastSeq: Int64
    }
    private struct Item: Equatable {
        var label: String, priceCents: Int64, key: Int?, unit: String, family: String, averageGrams: Int?, seq: Int64
    }

    private var users: [Int64: User] = [:]
    private var categories: [String: Item] = [:]
    private var products: [String: (ProductPayload, seq: Int64)] = [:]
    private var households: [Int64: (HouseholdPayload, seq: Int64)] = [:]
    /// Rules and stock arrivals are insert-only rows tied to their entry.
    private var rules: [Int64: String] = [:]
    private var stock: [Int64: StockPayload] = [:]

    /// Takes in one journal entry; the French reason when it cannot be applied.
    mutating func record(kind: String, seq: Int64, payload: String) -> String? {
        switch JournalKind(rawValue: kind) {
        case .userCreated?, .userRoleChanged?, .userDeactivated?, .userPinChanged?:
            guard let p = CanonicalJSON.decode(UserPayload.self, from: payload) else {
                return "le contenu de l'entrée est illisible"
            }
            if kind == JournalKind.userCreated.rawValue {
                guard let name = p.firstName, let role = p.role, let digest = p.pinDigest, users[p.user] == nil else {
                    return "la création du compte n° \(p.user) est incomplète ou en double"
                }
                users[p.user] = User(firstName: name, role: role, active: true, pinDigest: digest, lastSeq: seq)
                return nil
            }
            guard var user = users[p.user] else {
                return "cette entrée modifie le compte n° \(p.user), qui n'a jamais été créé"
            }
            switch JournalKind(rawValue: kind) {
            case .userRoleChanged?:
                guard let role = p.role else { return "le nouveau rôle manque" }
                user.role = role
            case .userDeactivated?:
                user.active = false
            default:
                guard let digest = p.pinDigest else { return "l'empreinte du nouveau code PIN manque" }
                user.pinDigest = digest
            }
            user.lastSeq = seq
            users[p.user] = user
        case .categoryCreated?, .categoryChanged?:
            guard let p = CanonicalJSON.decode(CategoryPayload.self, from: payload) else {
                return "le contenu de l'entrée est illisible"
            }
            if kind == JournalKind.categoryChanged.rawValue, categories[p.code] == nil {
                return "la catégorie « \(p.code) » change sans avoir été créée"
            }
            categories[p.code] = Item(label: p.label, priceCents: p.priceCents, key: p.key, unit: p.unit ?? "piece",
                                      family: p.family ?? "textile", averageGrams: p.averageGrams, seq: seq)
        case .productCreated?, .productChanged?:
            guard let p = CanonicalJSON.decode(ProductPayload.self, from: payload) else {
                return "le contenu de l'entrée est illisible"
            }
            if (products[p.code] == nil) != (kind == JournalKind.productCreated.rawValue) {
                return "le produit « \(p.code) » est créé deux fois, ou modifié sans avoir été créé"
            }
            products[p.code] = (p, seq)
        case .householdCreated?, .householdChanged?:
            guard let p = CanonicalJSON.decode(HouseholdPayload.self, from: payload) else {
                return "le contenu de l'entrée est illisible"
            }
            if (households[p.number] == nil) != (kind == JournalKind.householdCreated.rawValue) {
                return "le foyer n° \(p.number) est créé deux fois, ou modifié sans avoir été créé"
            }
            households[p.number] = (p, seq)
        case .householdPurged?:
            guard let p = CanonicalJSON.decode(HouseholdPurgePayload.self, from: payload) else {
                return "le contenu de l'entrée est illisible"
            }
            guard households.removeValue(forKey: p.number) != nil else {
                return "le foyer n° \(p.number) est effacé sans avoir été inscrit"
            }
        case .epicerieRulesChanged?:
            rules[seq] = payload
        case .stockMoved?:
            guard let p = CanonicalJSON.decode(StockPayload.self, from: payload) else {
                return "le contenu de l'entrée est illisible"
            }
            stock[seq] = p
        default:
            break
        }
        return nil
    }

    /// The first table row that differs from the replayed journal, if any.
    func check(_ db: Database) throws -> VerifyProblem? {
        var seen = Set<Int64>()
        for row in try Row.fetchAll(db, sql: "SELECT id, first_name, role, active, pin_hash FROM users ORDER BY id") {
            let id: Int64 = row["id"]
            let name: String = row["first_name"]
            seen.insert(id)
            guard let user = users[id] else {
                return unjournaled("le compte de « \(name) » n'a été créé par aucune entrée du journal")
            }
            let actual = User(firstName: name, role: row["role"], active: row["active"],
                              pinDigest: UserPayload.digest(ofPinHash: row["pin_hash"]), lastSeq: user.lastSeq)
            if actual != user {
                let what = actual.pinDigest != user.pinDigest ? "son code PIN" : "son prénom, son rôle ou son état"
                return VerifyProblem(seq: user.lastSeq, kind: "utilisateur",
                                     reason: "le compte de « \(user.firstName) » ne correspond pas au journal (\(what))")
            }
        }
        if let (id, user) = users.first(where: { !seen.contains($0.key) }) {
            return VerifyProblem(seq: user.lastSeq, kind: "utilisateur",
                                 reason: "le compte n° \(id) (« \(user.firstName) ») manque dans la table des utilisateurs")
        }
        if let problem = try compare(db, sql: "SELECT code, label, price_cents, key, active, unit, family, average_grams FROM categories",
                                     replay: categories, what: "la catégorie") { return problem }
        if let problem = try checkProducts(db) { return problem }
        if let problem = try checkHouseholds(db) { return problem }
        return try checkEpicerieRows(db)
    }

    private func checkProducts(_ db: Database) throws -> VerifyProblem? {
        var seen = Set<String>()
        for row in try Row.fetchAll(db, sql: """
            SELECT code, name, market_price_cents, category, unit, solidarity_price_cents, weight_grams, low_stock, active
            FROM products
            """) {
            let code: String = row["code"]
            seen.insert(code)
            guard let (expected, seq) = products[code] else {
                return unjournaled("le produit « \(code) » n'a été créé par aucune entrée du journal")
            }
            var actual = ProductPayload(code: code, name: row["name"], marketPriceCents: row["market_price_cents"])
            let category: String = row["category"], unit: String = row["unit"], low: Int = row["low_stock"]
            actual.category = category.isEmpty ? nil : category
            actual.unit = unit == "piece" ? nil : unit
            actual.solidarityPriceCents = row["solidarity_price_cents"]
            actual.weightGrams = row["weight_grams"]
            actual.lowStock = low == 0 ? nil : low
            guard actual == expected, row["active"] as Bool else {
                return VerifyProblem(seq: seq, kind: "catalogue", reason: "le produit « \(code) » ne correspond pas au journal")
            }
        }
        if let (code, item) = products.first(where: { !seen.contains($0.key) }) {
            return VerifyProblem(seq: item.seq, kind: "catalogue", reason: "le produit « \(code) » manque dans le catalogue")
        }
        return nil
    }

    private func checkHouseholds(_ db: Database) throws -> VerifyProblem? {
        var seen = Set<Int64>()
        for row in try Row.fetchAll(db, sql: """
            SELECT number, adults, children, rights_from, rights_to, suspended FROM households
            """) {
            let number: Int64 = row["number"]
            seen.insert(number)
            guard let (expected, seq) = households[number] else {
                return unjournaled("le foyer n° \(number) n'a été inscrit par aucune entrée du journal")
            }
            let actual = HouseholdPayload(number: number, adults: row["adults"], children: row["children"],
                                          rightsFrom: row["rights_from"], rightsTo: row["rights_to"], suspended: row["suspended"])
            guard actual == expected else {
                return VerifyProblem(seq: seq, kind: "foyer",
                                     reason: "le foyer n° \(number) ne correspond pas au journal (composition ou droits)")
            }
        }
        if let (number, item) = households.first(where: { !seen.contains($0.key) }) {
            return VerifyProblem(seq: item.seq, kind: "foyer", reason: "le foyer n° \(number) manque dans le fichier des foyers")
        }
        return nil
    }

    /// Rules and stock rows against their entries (a sale's stock movements are checked
    /// with its ticket, by `Verifier`).
    private func checkEpicerieRows(_ db: Database) throws -> VerifyProblem? {
        var rulesSeen = 0
        for row in try Row.fetchAll(db, sql: "SELECT journal_seq, rules FROM epicerie_rules ORDER BY id") {
            let seq: Int64 = row["journal_seq"]
            guard let text = rules[seq], text == row["rules"] as String else {
                return VerifyProblem(seq: seq, kind: "règles", reason: "les règles de l'épicerie ne correspondent pas au journal")
            }
            rulesSeen += 1
        }
        if rulesSeen != rules.count, let seq = rules.keys.min() {
            return VerifyProblem(seq: seq, kind: "règles", reason: "des règles de l'épicerie manquent dans leur table")
        }
        var stockSeen = 0
        for row in try Row.fetchAll(db, sql: """
            SELECT journal_seq, product_code, kind, quantity, weight_grams, reason FROM stock_movements
            WHERE kind <> 'vente' ORDER BY id
            """) {
            let seq: Int64 = row["journal_seq"]
            let actual = StockPayload(product: row["product_code"], kind: row["kind"], quantity: row["quantity"],
                                      weightGrams: row["weight_grams"], reason: row["reason"])
            guard stock[seq] == actual else {
                return VerifyProblem(seq: seq, kind: "stock", reason: "un mouvement de stock (\(actual.product)) ne correspond pas au journal")
            }
            stockSeen += 1
        }
        if stockSeen != stock.count, let seq = stock.keys.min() {
            return VerifyProblem(seq: seq, kind: "stock", reason: "des mouvements de stock manquent dans leur table")
        }
        return nil
    }

    /// Catalog rows have no change entries yet: each must be exactly its creation, active.
    private func compare(_ db: Database, sql: String, replay: [String: Item], what: String) throws -> VerifyProblem? {
        var seen = Set<String>()
        for row in try Row.fetchAll(db, sql: sql) {
            let code: String = row[0]
            seen.insert(code)
            guard let item = replay[code] else {
                return unjournaled("\(what) « \(code) » n'a été créé par aucune entrée du journal")
            }
            let actual = Item(label: row[1], priceCents: row[2], key: row[3], unit: row[5], family: row[6], averageGrams: row[7],
                              seq: item.seq)
            guard actual == item, row[4] as Bool else {
                return VerifyProblem(seq: item.seq, kind: "catalogue", reason: "\(what) « \(code) » ne correspond pas au journal")
            }
        }
        if let (code, item) = replay.first(where: { !seen.contains($0.key) }) {
            return VerifyProblem(seq: item.seq, kind: "catalogue", reason: "\(what) « \(code) » manque dans le catalogue")
        }
        return nil
    }

    private func unjournaled(_ reason: String) -> VerifyProblem {
        VerifyProblem(seq: 0, kind: "entrée absente", reason: reason)
    }
}
