import ComptoirCore
import Foundation
import GRDB

extension Ledger {
    /// Saves every household of a file in one transaction, each journaled like a file
    /// saved by hand: all of them, or none when the ledger refuses one (every refused line
    /// is named, `Ligne N : …`). A line identical to the household's file is left alone,
    /// so that importing an export again journals nothing and keeps each household's last
    /// contact (it counts for the two-year purge). Returns how many were created or changed.
    @discardableResult
    public func importHouseholds(_ entries: [CSVEntry<Household>], by actor: Int64?, till: String) throws -> Int {
        // Numbered lines first: a new household takes the next free number, which must not
        // be one that a later line of the same file gives to another household.
        let ordered = entries.filter { $0.value.number != 0 } + entries.filter { $0.value.number == 0 }
        return try importEach(ordered, by: actor) { db, household in
            if household.number != 0, let current = try Self.household(db, number: household.number),
               current == Self.trimmed(household) {
                return false
            }
            _ = try self.insertOrUpdateHousehold(db, household, by: actor, till: till)
            return true
        }
    }

    /// Adds or changes every product of a file in one transaction, each journaled: all of
    /// them or none, every refused line named. A product identical to the catalog's is left
    /// alone. Stock is not touched. Returns how many were created or changed.
    @discardableResult
    public func importProducts(_ entries: [CSVEntry<Product>], by actor: Int64?, till: String) throws -> Int {
        try importEach(entries, by: actor) { db, product in
            let checked = try Self.checkedProduct(product)
            if var current = try Self.product(db, code: checked.code) {
                current.stock = checked.stock
                if current == checked { return false }
            }
            try self.upsertProduct(db, checked, by: actor, till: till)
            return true
        }
    }

    /// Runs `save` for each entry inside one write transaction, each in a savepoint: a
    /// refused entry is undone alone and noted with its line, the next ones are still
    /// checked, then any refusal rolls the whole transaction back.
    private func importEach<Value>(_ entries: [CSVEntry<Value>], by actor: Int64?,
                                   _ save: (Database, Value) throws -> Bool) throws -> Int {
        try write { db in
            try self.checkActor(db, actor)
            var written = 0
            var refusals: [CSVLineProblem] = []
            for entry in entries {
                do {
                    try db.inSavepoint {
                        if try save(db, entry.value) { written += 1 }
                        return .commit
                    }
                } catch let LedgerError.refused(reason) {
                    refusals.append(CSVLineProblem(line: entry.line, field: nil, reason: reason))
                }
            }
            if !refusals.isEmpty {
                throw LedgerError.refused(refusals.sorted { $0.line < $1.line }.map(\.message).joined(separator: "\n"))
            }
            return written
        }
    }

    /// The household as `insertOrUpdateHousehold` stores it.
    private static func trimmed(_ household: Household) -> Household {
        var h = household
        h.name = h.name.trimmingCharacters(in: .whitespaces)
        h.phone = h.phone.trimmingCharacters(in: .whitespaces)
        h.referrer = h.referrer.trimmingCharacters(in: .whitespaces)
        return h
    }
}
