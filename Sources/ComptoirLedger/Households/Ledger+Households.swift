import ComptoirCore
import Foundation
import GRDB

extension Ledger {
    /// Creates the household (number 0: the next free number) or saves the changes to its
    /// file. Refused, with the field named, when the file is incomplete. Only a responsable
    /// opens and saves a file: it holds the family's situation.
    @discardableResult
    public func saveHousehold(_ household: Household, by actor: Int64?, till: String) throws -> Household {
        if let problem = household.problem { throw LedgerError.refused(problem) }
        return try write { db in try self.insertOrUpdateHousehold(db, household, by: actor, till: till) }
    }

    /// New rights from `today` for the rules' default length (the day before the same date
    /// that many months later), and lifts a suspension.
    @discardableResult
    public func renewRights(number: Int64, today: CalendarDay, by actor: Int64, till: String) throws -> Household {
        try write { db in
            guard var household = try Self.household(db, number: number) else { throw Self.unknownHousehold(number) }
            let months = try self.epicerieRules(db).rightsMonths
            household.rightsFrom = today
            household.rightsTo = today.adding(months: months).adding(days: -1)
            household.suspended = false
            return try self.insertOrUpdateHousehold(db, household, by: actor, till: till)
        }
    }

    @discardableResult
    public func setSuspended(number: Int64, _ suspended: Bool, by actor: Int64, till: String) throws -> Household {
        try write { db in
            guard var household = try Self.household(db, number: number) else { throw Self.unknownHousehold(number) }
            household.suspended = suspended
            return try self.insertOrUpdateHousehold(db, household, by: actor, till: till)
        }
    }

    public func household(number: Int64) throws -> Household? {
        try read { db in try Self.household(db, number: number) }
    }

    /// Households whose card code, number or name matches `text` (a name in part, any
    /// case), by name; at most `limit`. With `rightsOpenOn`, only files whose rights have
    /// not ended by that day (what a bénévole may see).
    public func searchHouseholds(_ text: String, rightsOpenOn day: CalendarDay? = nil, limit: Int = 50) throws -> [Household] {
        let query = text.trimmingCharacters(in: .whitespaces)
        let current = { (household: Household) in day.map { household.rightsTo >= $0 } ?? true }
        return try read { db in
            if let number = HouseholdCardCode.parse(query) ?? Int64(query) {
                return try Self.household(db, number: number).map { [$0] }?.filter(current) ?? []
            }
            let pattern = "%" + query.replacingOccurrences(of: "%", with: "").replacingOccurrences(of: "_", with: "") + "%"
            typealias C = HouseholdRecord.Columns
            var request = HouseholdRecord.filter(C.name.like(pattern))
            // ISO days compare as text.
            if let day { request = request.filter(C.rightsTo >= day.iso) }
            return try request.order(C.name.collating(.nocase), C.number).limit(limit).fetchAll(db).map(\.household)
        }
    }

    /// Every household, by number: the export a responsable keeps or hands over (RGPD).
    public func households() throws -> [Household] {
        try read { db in try HouseholdRecord.order(HouseholdRecord.Columns.number).fetchAll(db).map(\.household) }
    }

    /// RGPD: removes the files of households with no contact (visit or change) since
    /// `cutoff`; each removal is journaled by number only. Their tickets keep the number,
    /// which then names nobody. Returns the numbers removed.
    @discardableResult
    public func purgeHouseholds(noContactSince cutoff: Date, by actor: Int64, till: String) throws -> [Int64] {
        let limit = Timestamp.string(millis: Timestamp.millis(cutoff))
        return try write { db in
            try self.checkActor(db, actor)
            return try self.deleteHouseholds(db, noContactSince: limit, by: actor, till: till)
        }
    }

    /// The files without contact since `limit` (UTC text), each purge journaled by its
    /// number only; inside the caller's transaction (`applyRetention` too).
    func deleteHouseholds(_ db: Database, noContactSince limit: String, by actor: Int64, till: String) throws -> [Int64] {
        typealias C = HouseholdRecord.Columns
        let numbers = try Int64.fetchAll(db, HouseholdRecord.select(C.number).filter(C.lastContact < limit).order(C.number))
        for number in numbers {
            try journal(db, .householdPurged, till: till, operatorId: actor, HouseholdPurgePayload(number: number))
            try HouseholdRecord.deleteOne(db, key: number)
        }
        return numbers
    }

    /// When the household last came or its file last changed (UTC).
    public func lastContact(number: Int64) throws -> Date? {
        try read { db in
            try HouseholdRecord.fetchOne(db, key: number).flatMap { Timestamp.date($0.lastContact) }
        }
    }

    /// The household's tickets (number, date, total), for its own data on request.
    public func householdTickets(number: Int64) throws -> [(number: Int64, at: Date, total: Money)] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT number, at, total_cents FROM tickets WHERE household = ? ORDER BY number",
                             arguments: [number]).map {
                ($0["number"], Timestamp.date($0["at"] as String) ?? Date(timeIntervalSince1970: 0), Money(cents: $0["total_cents"]))
            }
        }
    }

    public func householdCount() throws -> Int {
        try read { db in try HouseholdRecord.fetchCount(db) }
    }

    // MARK: - Inside a transaction

    func insertOrUpdateHousehold(_ db: Database, _ household: Household, by actor: Int64?, till: String) throws -> Household {
        try checkActor(db, actor)
        if let problem = household.problem { throw LedgerError.refused(problem) }
        var household = household
        household.name = household.name.trimmingCharacters(in: .whitespaces)
        household.phone = household.phone.trimmingCharacters(in: .whitespaces)
        household.referrer = household.referrer.trimmingCharacters(in: .whitespaces)
        let kind: JournalKind
        var stored: HouseholdRecord?
        if household.number == 0 {
            // A purged household's number is never given again while tickets name it.
            household.number = try Int64.fetchOne(db, sql: """
                SELECT MAX(COALESCE((SELECT MAX(number) FROM households), 0),
                           COALESCE((SELECT MAX(household) FROM tickets), 0)) + 1
                """) ?? 1
            kind = .householdCreated
        } else {
            stored = try HouseholdRecord.fetchOne(db, key: household.number)
            kind = stored == nil ? .householdCreated : .householdChanged
        }
        let digest = try KeyedDigest.load(db).household(
            resources: household.monthlyResources.cents, charges: household.fixedCharges.cents,
            benefits: household.familyBenefits.cents, cafQuotient: household.cafQuotient?.cents,
            disabledChildren: Int64(household.disabledChildren))
        let stamp = try journal(db, kind, till: till, operatorId: actor, HouseholdPayload(
            number: household.number, adults: household.adults, children: household.children,
            rightsFrom: household.rightsFrom.iso, rightsTo: household.rightsTo.iso, suspended: household.suspended,
            digest: digest))
        // The entry's own time: `verify` finds the last contact again from the journal.
        let now = stamp.at
        if var record = stored {
            record.apply(household, contact: now)
            try record.update(db)
        } else {
            try HouseholdRecord(household, createdAt: now).insert(db)
        }
        return household
    }

    /// A cached statement: the till reads a household's standing at every card scanned
    /// (benchmarked).
    static func household(_ db: Database, number: Int64) throws -> Household? {
        try HouseholdRecord.fetchOne(db.cachedStatement(sql: "SELECT * FROM households WHERE number = ?"), arguments: [number])?
            .household
    }

    static func unknownHousehold(_ number: Int64) -> LedgerError {
        .refused("Aucun foyer n'a la carte \(HouseholdCardCode.make(number)) : vérifiez le numéro, ou inscrivez le foyer.")
    }
}
