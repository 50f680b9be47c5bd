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
        var label: String, priceCents: Int64, key: Int?, seq: Int64
    }

    private var users: [Int64: User] = [:]
    private var categories: [String: Item] = [:]
    private var products: [String: Item] = [:]

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
        case .categoryCreated?:
            guard let p = CanonicalJSON.decode(CategoryPayload.self, from: payload) else {
                return "le contenu de l'entrée est illisible"
            }
            categories[p.code] = Item(label: p.label, priceCents: p.priceCents, key: p.key, seq: seq)
        case .productCreated?:
            guard let p = CanonicalJSON.decode(ProductPayload.self, from: payload) else {
                return "le contenu de l'entrée est illisible"
            }
            products[p.code] = Item(label: p.name, priceCents: p.marketPriceCents, key: nil, seq: seq)
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
        if let problem = try compare(db, sql: "SELECT code, label, price_cents, key, active FROM categories",
                                     replay: categories, what: "la catégorie") { return problem }
        return try compare(db, sql: "SELECT code, name, market_price_cents, NULL, active FROM products",
                           replay: products, what: "le produit")
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
            let actual = Item(label: row[1], priceCents: row[2], key: row[3], seq: item.seq)
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
