import ComptoirCore
import Foundation
import GRDB
import Testing
@testable import ComptoirLedger

/// Every column is either compared with the journal by `verify` or listed, with its reason,
/// as left out (`ColumnCoverage`); and changing any compared one is named.
@Suite(.serialized) struct ColumnCoverageTests {
    @Test func everyColumnOfTheSchemaIsListedAndNoListedColumnIsInvented() throws {
        let temp = TempFolder()
        defer { temp.remove() }
        let ledger = try Ledger.open(path: temp.path, pinRounds: 1_000)
        defer { try? ledger.close() }
        let schema = try ledger.read { db in
            try Row.fetchAll(db, sql: """
                SELECT m.name AS t, p.name AS c FROM sqlite_master m JOIN pragma_table_info(m.name) p
                WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite%'
                """).map { "\($0["t"] as String).\($0["c"] as String)" }
        }
        let listed = ColumnCoverage.tables.flatMap { table, columns in columns.keys.map { "\(table).\($0)" } }
        #expect(Set(schema).subtracting(listed).sorted() == [], "columns nobody vouches for")
        #expect(Set(listed).subtracting(schema).sorted() == [], "listed columns that do not exist")
        // Every protected table refuses replacement as well as change and deletion.
        let triggers = try ledger.read { db in try String.fetchSet(db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger'") }
        for table in Migrations.protectedTables {
            for suffix in ["no_update", "no_delete", "no_replace"] { #expect(triggers.contains("\(table)_\(suffix)")) }
        }
    }

    /// The rich ledger, written once and closed; each tampering works on a copy.
    private static func readBase<T>(_ body: (Database) throws -> T) throws -> T {
        var config = Configuration()
        config.readonly = true
        return try DatabaseQueue(path: base.path, configuration: config).read(body)
    }

    private static let base: (folder: TempFolder, path: String, triggers: [String: [String]]) = {
        let s = try! RichLedger.make()
        let report = try! s.ledger.verify()
        precondition(report.isOK, report.message)
        let triggers = try! s.ledger.read { db in
            Dictionary(grouping: try Row.fetchAll(db, sql: "SELECT tbl_name, sql FROM sqlite_master WHERE type = 'trigger'"),
                       by: { $0["tbl_name"] as String }).mapValues { $0.map { $0["sql"] as String } }
        }
        let path = s.shop.temp.folder + "/rich.sqlite"
        try! s.ledger.rawExecute("VACUUM INTO '\(path)'")
        try! s.ledger.close()
        return (s.shop.temp, path, triggers)
    }()

    /// What verify says after `sql` ran on a copy of the rich ledger, as someone with
    /// `sqlite3` would run it: triggers of `table` dropped first and put back after (so
    /// that only the rows differ), foreign keys off. nil when SQLite refused the change
    /// (a constraint the attacker cannot pass without changing the schema, which verify
    /// names on its own) or when it changed nothing.
    private static func verifyAfter(_ table: String, _ sql: String, _ arguments: StatementArguments = []) throws -> VerifyReport? {
        let copy = base.folder.folder + "/copy-\(UUID().uuidString).sqlite"
        try FileManager.default.copyItem(atPath: base.path, toPath: copy)
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: copy + suffix) } }
        var config = Configuration()
        config.foreignKeysEnabled = false
        let queue = try DatabaseQueue(path: copy, configuration: config)
        let changed: Bool = try queue.writeWithoutTransaction { db in
            for name in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?",
                                            arguments: [table]) {
                try db.execute(sql: "DROP TRIGGER \(name)")
            }
            defer { for trigger in base.triggers[table] ?? [] { try? db.execute(sql: trigger) } }
            do { try db.execute(sql: sql, arguments: arguments) } catch { return false }
            return db.changesCount > 0
        }
        try queue.close()
        guard changed else { return nil }
        // Straight to the verifier: opening a ledger would refuse a changed migration list first.
        return try DatabaseQueue(path: copy, configuration: config).read { db in
            var verifier = Verifier(db)
            return try verifier.run()
        }
    }

    /// Where a change surfaces in another table than its own, and why.
    private static let surfacesIn: [String: String] = [:]

    /// Columns no row change can reach: the schema's CHECKs tie them to other columns, so
    /// changing one means changing the schema, which `verify` names (SchemaCheck).
    private static let pinnedBySchema: Set<String> = [
        "friperie_flows.direction",  // CHECK ((direction = 'entree') = (origin IS NOT NULL)), and the same for destination
    ]

    /// The values CHECK constraints allow in the columns held to a few.
    private static let allowedValues = [
        "0", "1", "'piece'", "'kg'", "'entree'", "'sortie'", "'prolongation'", "'fin'", "'caisse'", "'deduit'",
    ]

    @Test func everyCheckedColumnChangedOneWayOrAnotherIsNamed() throws {
        _ = Self.base  // built once, before the loop
        var tried = 0
        var unnamed: [String] = []
        let columns = try Self.readBase { db in
            try Row.fetchAll(db, sql: """
                SELECT m.name AS t, p.name AS c, p.type AS type, p."notnull" AS nn FROM sqlite_master m
                JOIN pragma_table_info(m.name) p WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite%' ORDER BY m.name, p.cid
                """).map { ($0["t"] as String, $0["c"] as String, $0["type"] as String, $0["nn"] as Bool) }
        }
        for (table, column, type, notNull) in columns {
            guard ColumnCoverage.tables[table]?[column]?.isChecked == true else { continue }
            let row = try Self.readBase { db in
                try Int64.fetchOne(db, sql: "SELECT max(rowid) FROM \(table) WHERE \(column) IS NOT NULL")
            }
            guard let row else {
                unnamed.append("\(table).\(column): no row to change in the rich ledger")
                continue
            }
            // comptoir_meta: the fingerprint row (changing the creation date is harmless).
            let target = table == "comptoir_meta" ? "key = 'fingerprint'" : "rowid = \(row)"
            let previous = "(SELECT max(rowid) FROM \(table) WHERE rowid < \(row))"
            var mutations: [(String, String, StatementArguments)] = [
                type.uppercased() == "INTEGER"
                    ? ("+1", "UPDATE \(table) SET \(column) = \(column) + 1 WHERE \(target)", [])
                    : ("un caractère", """
                        UPDATE \(table) SET \(column) = substr(\(column), 1, length(\(column)) - 1)
                          || char(unicode(substr(\(column), -1)) + 1) WHERE \(target) AND length(\(column)) > 0
                        """, []),
                ("texte", "UPDATE \(table) SET \(column) = 'x' WHERE \(target)", []),
            ]
            // Two rows' values exchanged (when they differ).
            let pair = try Self.readBase { db in
                try Row.fetchAll(db, sql: "SELECT rowid AS r, \(column) AS v FROM \(table) WHERE \(target) OR rowid = \(previous)")
            }
            if pair.count == 2, pair[0]["v"] as DatabaseValue != pair[1]["v"] as DatabaseValue {
                mutations.append(("échange", """
                    UPDATE \(table) SET \(column) = CASE rowid WHEN \(pair[0]["r"] as Int64) THEN ? ELSE ? END
                    WHERE rowid IN (\(pair[0]["r"] as Int64), \(pair[1]["r"] as Int64))
                    """, [pair[1]["v"] as DatabaseValue, pair[0]["v"] as DatabaseValue]))
            }
            if !notNull { mutations.append(("NULL", "UPDATE \(table) SET \(column) = NULL WHERE \(target)", [])) }
            // Columns held to a few values by a CHECK: another value the CHECK allows.
            for value in Self.allowedValues {
                mutations.append(("autre valeur permise \(value)",
                                  "UPDATE \(table) SET \(column) = \(value) WHERE \(target) AND \(column) IS NOT \(value)", []))
            }
            var effective = 0
            var allowedTried = false
            for (name, sql, arguments) in mutations {
                if name.hasPrefix("autre valeur permise") && (allowedTried || effective > 0) { continue }
                guard let report = try Self.verifyAfter(table, sql, arguments) else { continue }
                if name.hasPrefix("autre valeur permise") { allowedTried = true }
                effective += 1
                tried += 1
                let expected = Self.surfacesIn["\(table).\(column)"] ?? table
                if report.problem?.table != expected || report.problem?.reason.isEmpty != false {
                    unnamed.append("\(table).\(column) (\(name)): \(report.message) [\(report.problem?.table ?? "-")]")
                }
            }
            if effective == 0 && !Self.pinnedBySchema.contains("\(table).\(column)") {
                unnamed.append("\(table).\(column): no change went through")
            }
        }
        #expect(unnamed == [])
        #expect(tried > 300)
    }

    @Test func everyTableWithARowDeletedOrCopiedIsNamed() throws {
        _ = Self.base  // built once, before the loop
        var unnamed: [String] = []
        var tried = 0
        let tables = try Self.readBase { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name")
        }
        for table in tables where table != "grdb_migrations" {
            let columns = try Self.readBase { db in
                try Row.fetchAll(db, sql: "SELECT name, pk, type FROM pragma_table_info(?)", arguments: [table])
                    .filter { !($0["pk"] as Bool && ($0["type"] as String).uppercased() == "INTEGER") }
                    .map { $0["name"] as String }.joined(separator: ", ")
            }
            for (name, sql) in [
                ("supprimée", "DELETE FROM \(table) WHERE rowid = (SELECT max(rowid) FROM \(table))"),
                ("copiée", "INSERT INTO \(table) (\(columns)) SELECT \(columns) FROM \(table) WHERE rowid = (SELECT max(rowid) FROM \(table))"),
            ] {
                guard let report = try Self.verifyAfter(table, sql) else { continue }
                tried += 1
                if report.problem == nil { unnamed.append("\(table) (\(name)): \(report.message)") }
            }
        }
        #expect(unnamed == [])
        #expect(tried >= Migrations.protectedTables.count)  // at least every deletion went through
    }
}
