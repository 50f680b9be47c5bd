import GRDB

/// What `verify` checks before reading a single entry: the file is sound for SQLite
/// (`quick_check`), its schema is exactly the one this program's migrations build (every
/// table, index and trigger with its SQL: a dropped trigger, a loosened CHECK or a table
/// slipped in are named), and `comptoir_meta` holds only the rows it should.
enum SchemaCheck {
    struct Object: Equatable {
        var type: String, name: String, table: String, sql: String
    }

    /// The schema of a fresh ledger, built once in memory by the same migrations.
    static let expected: [String: Object] = {
        do {
            let queue = try DatabaseQueue()
            try Migrations.makeMigrator().migrate(queue)
            return try queue.read { db in try objects(db) }
        } catch {
            fatalError("the migrations fail on an empty database: \(error)")
        }
    }()

    private static func objects(_ db: Database) throws -> [String: Object] {
        var result: [String: Object] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT type, name, tbl_name, sql FROM sqlite_master WHERE substr(name, 1, 7) <> 'sqlite_'
            """) {
            let object = Object(type: row.safeText("type") ?? "", name: row.safeText("name") ?? "",
                                table: row.safeText("tbl_name") ?? "", sql: row.safeText("sql") ?? "")
            result[object.name] = object
        }
        return result
    }

    /// The keys of `comptoir_meta` and why each may be there. The fingerprint is checked by
    /// the chain (the first entry is chained to it), the digest key by the digests it made.
    static let metaKeys: [String: String] = [
        "app": "always « comptoir »: checked",
        "fingerprint": "the first entry chains to it: checked by the chain",
        "created_at": "when the file was made; read by nothing",
        KeyedDigest.metaKey: "the key of the IBAN and income digests: checked through the digests",
        "training": "marks a training copy (mode formation): such a copy is never restored",
        "training_base": "a training copy's last real ticket number, for showing F-n; read by the till only",
    ]

    /// SQLite's own check of the file's structure.
    static func fileProblem(_ db: Database) throws -> VerifyProblem? {
        let integrity = try String.fetchAll(db, sql: "PRAGMA quick_check")
        guard integrity == ["ok"] else {
            return VerifyProblem(seq: 0, kind: "fichier",
                                 reason: "SQLite trouve le fichier abîmé (\(integrity.prefix(2).joined(separator: " ; ")))")
        }
        return nil
    }

    static func problem(_ db: Database) throws -> VerifyProblem? {
        let actual = try objects(db)
        for (name, object) in expected.sorted(by: { $0.key < $1.key }) {
            guard let found = actual[name] else {
                return VerifyProblem(seq: 0, kind: "schéma", reason: "\(what(object)) manque", table: object.table)
            }
            if found != object {
                return VerifyProblem(seq: 0, kind: "schéma", reason: "\(what(object)) a été modifié", table: object.table)
            }
        }
        if let (_, extra) = actual.first(where: { expected[$0.key] == nil }) {
            return VerifyProblem(seq: 0, kind: "schéma", reason: "\(what(extra)) a été ajouté", table: extra.table)
        }
        let migrations = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid")
        if Set(migrations) != Set(Migrations.knownIdentifiers) || migrations.count != Migrations.knownIdentifiers.count {
            return VerifyProblem(seq: 0, kind: "schéma", reason: "la liste des mises à jour du schéma a été modifiée",
                                 table: "grdb_migrations")
        }
        return try metaProblem(db)
    }

    private static func what(_ object: Object) -> String {
        switch object.type {
        case "trigger": return "le déclencheur « \(object.name) » de la table \(object.table)"
        case "index": return "l'index « \(object.name) » de la table \(object.table)"
        case "table": return "la table \(object.name)"
        default: return "l'objet « \(object.name) » (\(object.type))"
        }
    }

    private static func metaProblem(_ db: Database) throws -> VerifyProblem? {
        func problem(_ reason: String) -> VerifyProblem {
            VerifyProblem(seq: 0, kind: "comptoir_meta", reason: reason, table: "comptoir_meta")
        }
        var seen = Set<String>()
        for row in try Row.fetchAll(db, sql: "SELECT key, value FROM comptoir_meta") {
            let key = row.safeText("key") ?? "NULL", value = row.safeText("value") ?? ""
            guard metaKeys[key] != nil, seen.insert(key).inserted else {
                return problem("la ligne « \(key) » n'a rien à faire dans l'identité de la boutique")
            }
            switch key {
            case "app" where value != "comptoir":
                return problem("la base ne se dit plus une base Comptoir")
            case "fingerprint", KeyedDigest.metaKey:
                if Hex.bytes(value)?.count != 32 || value != value.lowercased() {
                    return problem(key == "fingerprint" ? "l'empreinte de la boutique manque ou est invalide"
                                                        : "la clé des empreintes d'IBAN et de ressources est invalide")
                }
            default:
                break
            }
        }
        for key in ["app", "fingerprint", KeyedDigest.metaKey] where !seen.contains(key) {
            return problem(key == "fingerprint" ? "l'empreinte de la boutique manque ou est invalide"
                                                : "la ligne « \(key) » manque")
        }
        return nil
    }
}
