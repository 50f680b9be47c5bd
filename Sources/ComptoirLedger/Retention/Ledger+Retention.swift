import ComptoirCore
import Foundation
import GRDB

/// Journal payload of `retention.applied`: the cut-off days and how many files were
/// erased; never a name.
struct RetentionPayload: Codable, Equatable {
    var households: Int
    var sellers: Int
    var donorNames: Int
    var householdsBefore: String
    var sellersBefore: String
    var donorsBefore: String

    enum CodingKeys: String, CodingKey {
        case households, sellers
        case donorNames = "donor_names"
        case householdsBefore = "households_before"
        case sellersBefore = "sellers_before"
        case donorsBefore = "donors_before"
    }
}

/// What a retention run erased.
public struct RetentionOutcome: Equatable, Sendable {
    public var households: [Int64]
    public var sellers: [Int64]
    public var donorNames: Int
}

extension Ledger {
    /// The pseudonym that replaces a seller's names once the registre's period is over;
    /// `erased` stands for the first name and the document number.
    static func sellerPseudonym(_ id: Int64) -> String { "Déposant n° \(id)" }
    static let erased = "(effacé)"

    /// Applies the retention periods as of `now`, by a responsable, in one transaction:
    /// households without contact for `householdYears` are purged; sellers whose last
    /// rental ended `registerYears` ago get a pseudonym (their rentals, items, sales and
    /// payouts stay, the registre names the pseudonym); donors' names on weighings older
    /// than `donorNameYears` are erased. The journal says how many, with the cut-off days.
    /// Erased text is zeroed (`secure_delete`) and the WAL emptied into the base.
    public func applyRetention(_ periods: RetentionPeriods, now: Date? = nil, by actor: Int64, till: String) throws -> RetentionOutcome {
        let now = now ?? clock()
        let (householdsBefore, sellersBefore, donorsBefore) = cutoffs(periods, CalendarDay(now, in: timeZone))
        let outcome: RetentionOutcome = try write { db in
            try self.checkActor(db, actor)
            let households = try self.deleteHouseholds(db, noContactSince: self.utc(householdsBefore), by: actor, till: till)
            let sellers = try self.pseudonymizeSellers(db, endedBefore: sellersBefore, by: actor, till: till)
            let donorLimit = self.utc(donorsBefore)
            try db.execute(sql: "UPDATE friperie_flows SET party = '' WHERE direction = 'entree' AND party <> '' AND at < ?",
                           arguments: [donorLimit])
            let donorNames = db.changesCount
            try self.journal(db, .retentionApplied, till: till, operatorId: actor, RetentionPayload(
                households: households.count, sellers: sellers.count, donorNames: donorNames,
                householdsBefore: householdsBefore.iso, sellersBefore: sellersBefore.iso, donorsBefore: donorsBefore.iso))
            return RetentionOutcome(households: households, sellers: sellers, donorNames: donorNames)
        }
        // The pages that held the erased text leave the WAL for the zeroed base.
        try? pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        return outcome
    }

    /// What `applyRetention` would erase now, when it was not applied yet this month (shop
    /// time) and something is to erase: the first login of a responsable proposes it.
    public func retentionDue(_ periods: RetentionPeriods, now: Date? = nil) throws -> RetentionDue? {
        let now = now ?? clock()
        let today = CalendarDay(now, in: timeZone)
        let (householdsBefore, sellersBefore, donorsBefore) = cutoffs(periods, today)
        return try read { db in
            if let last = try String.fetchOne(db, sql: "SELECT MAX(at) FROM journal WHERE kind = ?",
                                              arguments: [JournalKind.retentionApplied.rawValue]).flatMap(Timestamp.date),
               CalendarDay(last, in: self.timeZone).firstOfMonth >= today.firstOfMonth {
                return nil
            }
            let households = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM households WHERE last_contact < ?",
                                              arguments: [self.utc(householdsBefore)]) ?? 0
            let sellers = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sellers s WHERE " + Self.sellersPastSQL,
                                           arguments: [sellersBefore.iso]) ?? 0
            let donors = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM friperie_flows WHERE direction = 'entree' AND party <> '' AND at < ?
                """, arguments: [self.utc(donorsBefore)]) ?? 0
            guard households + sellers + donors > 0 else { return nil }
            return RetentionDue(periods: periods, households: households, sellers: sellers, donorNames: donors)
        }
    }

    /// The first days no longer kept: households', sellers' (their last rental's end) and donors'.
    private func cutoffs(_ periods: RetentionPeriods, _ today: CalendarDay) -> (CalendarDay, CalendarDay, CalendarDay) {
        (today.adding(months: -12 * periods.householdYears), today.adding(months: -12 * periods.registerYears),
         today.adding(months: -12 * periods.donorNameYears))
    }

    private func utc(_ day: CalendarDay) -> String { Timestamp.string(millis: Timestamp.millis(day.start(in: timeZone))) }

    /// Sellers `s` with rentals, all ended before `?1`, not yet pseudonymised.
    static let sellersPastSQL = """
        s.last_name <> 'Déposant n° ' || s.id
          AND EXISTS (SELECT 1 FROM rentals r WHERE r.seller_id = s.id)
          AND NOT EXISTS (SELECT 1 FROM rentals r WHERE r.seller_id = s.id AND \(rentalEndSQL("r")) >= ?1)
        """

    /// Sellers with rentals, all ended before `day`, not yet pseudonymised: names, phone,
    /// e-mail, document number, domicile and IBAN replaced or emptied, journaled as
    /// `seller.pseudonymized` with the digests of what stays.
    func pseudonymizeSellers(_ db: Database, endedBefore day: CalendarDay, by actor: Int64, till: String) throws -> [Int64] {
        let ids = try Int64.fetchAll(db, sql: "SELECT s.id FROM sellers s WHERE " + Self.sellersPastSQL + " ORDER BY s.id",
                                     arguments: [day.iso])
        let digests = try KeyedDigest.load(db)
        for id in ids {
            guard var record = try SellerRecord.fetchOne(db, key: id) else { continue }
            let pseudonym = Seller(id: id, lastName: Self.sellerPseudonym(id), firstName: Self.erased, document: record.seller.document,
                                   documentNumber: Self.erased)
            try self.journal(db, .sellerPseudonymized, till: till, operatorId: actor, Self.sellerPayload(pseudonym, digests: digests))
            record.apply(pseudonym)
            try record.update(db)
        }
        return ids
    }
}
