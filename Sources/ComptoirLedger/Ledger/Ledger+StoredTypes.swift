import GRDB

extension Ledger {
    /// The small tables the till reads whole at start-up and on every screen. A value of
    /// the wrong type there (`UPDATE categories SET average_grams = 'x'` with sqlite3)
    /// would stop the program inside GRDB; this finds it first, so it can be named.
    public static let masterDataTables = [
        "users", "categories", "products", "households", "sellers", "boxes", "epicerie_rules", "comptoir_meta", "parked_tickets",
    ]

    /// Refuses, naming the table, the row and the column, the first value whose SQLite type
    /// is not the one its column declares (read from the schema, so new columns count).
    /// Cheap: one query per table, each stopping at the first bad row.
    public func checkStoredTypes(tables: [String] = Ledger.masterDataTables) throws {
        try read { db in
            for table in tables where try db.tableExists(table) {
                let columns = try Row.fetchAll(db, sql: "SELECT name, type FROM pragma_table_info(?)", arguments: [table])
                    .compactMap { row -> (String, [String])? in
                        let name: String = row[0], declared: String = row[1]
                        return Self.storageClasses(declared: declared).map { (name, $0) }
                    }
                guard !columns.isEmpty else { continue }
                let cases: String = columns.map { (name: String, allowed: [String]) -> String in
                    let classes = allowed.map { "'\($0)'" }.joined(separator: ", ")
                    let literal = "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
                    return "WHEN typeof(\(name.quotedDatabaseIdentifier)) NOT IN ('null', \(classes)) THEN \(literal)"
                }.joined(separator: " ")
                let sql: String = "SELECT rowid, bad_column FROM (SELECT rowid, CASE \(cases) END AS bad_column FROM "
                    + "\(table.quotedDatabaseIdentifier)) WHERE bad_column IS NOT NULL LIMIT 1"
                guard let bad = try Row.fetchOne(db, sql: sql) else { continue }
                let rowid: Int64 = bad[0], column: String = bad[1]
                let found = try String.fetchOne(db, sql: "SELECT quote(\(column.quotedDatabaseIdentifier)) FROM \(table.quotedDatabaseIdentifier) WHERE rowid = ?",
                                                arguments: [rowid]) ?? "?"
                throw LedgerError.refused("La base a été modifiée en dehors de Comptoir : dans la table « \(table) », la ligne \(rowid) "
                    + "a dans la colonne « \(column) » la valeur \(found.prefix(40)), qui n'est pas du bon type. Comptoir ne démarre pas "
                    + "sur ces données. Restaurez la dernière sauvegarde (comptoir restore), ou faites corriger cette valeur, "
                    + "puis lancez comptoir verify.")
            }
        }
    }

    /// What SQLite storage classes a declared type admits, by its affinity; nil when any.
    static func storageClasses(declared: String) -> [String]? {
        let type = declared.uppercased()
        if type.contains("INT") || type.contains("BOOL") { return ["integer"] }
        if type.contains("CHAR") || type.contains("CLOB") || type.contains("TEXT") || type.contains("DATE") || type.contains("TIME") {
            return ["text"]
        }
        if type.contains("REAL") || type.contains("FLOA") || type.contains("DOUB") { return ["real", "integer"] }
        if type.isEmpty || type.contains("BLOB") { return nil }
        return ["integer", "real"]
    }
}
