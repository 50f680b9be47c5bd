import GRDB
import Testing
@testable import ComptoirLedger

/// The master-data record types (`UserRecord`, `HouseholdRecord`…) cover their table:
/// every column is read and written back unchanged, so saving a record loses nothing and a
/// migration adding a column is noticed here.
@Suite(.serialized) struct MasterDataRecordTests {
    private static func roundTrips<R: FetchableRecord & PersistableRecord>(_ type: R.Type, _ db: Database) throws -> [String] {
        let table = R.databaseTableName
        let columns = try String.fetchSet(db, sql: "SELECT name FROM pragma_table_info(?)", arguments: [table])
        let rows = try Row.fetchAll(db, sql: "SELECT * FROM \(table)")
        #expect(!rows.isEmpty, "the rich ledger has no row in \(table)")
        var problems: [String] = []
        for row in rows {
            let written = try R(row: row).databaseDictionary
            if Set(written.keys) != columns {
                problems.append("\(table): writes \(written.keys.sorted()), the table has \(columns.sorted())")
            }
            for column in columns where written[column] != row[column] as DatabaseValue {
                problems.append("\(table).\(column): read \(row[column] as DatabaseValue), written back \(written[column] ?? .null)")
            }
        }
        return problems
    }

    @Test func everyRecordReadsAndWritesBackEveryColumnOfItsTable() throws {
        let s = try RichLedger.make()
        defer { try? s.ledger.close() }
        let problems = try s.ledger.read { db in
            try Self.roundTrips(UserRecord.self, db) + Self.roundTrips(HouseholdRecord.self, db)
                + Self.roundTrips(SellerRecord.self, db) + Self.roundTrips(BoxRecord.self, db)
                + Self.roundTrips(ProductRecord.self, db) + Self.roundTrips(CategoryRecord.self, db)
        }
        #expect(problems == [])
    }
}
