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
    public func applyRetention(_ periods: RetentionPeriods, now: Date = Date(), by actor: Int64, till: String) throws -> RetentionOutcome {
        let today = CalendarDay(now, in: timeZone)
        let householdsBefore = today.adding(months: -12 * periods.householdYears)
        let sellersBefore = today.adding(months: -12 * periods.registerYears)
        let donorsBefore = today.adding(months: -12 * periods.donorNameYears)
        let outcome: RetentionOutcome = try write { db in
            try self.checkActor(db, actor)
            let limit = Timestamp.string(millis: Timestamp.millis(householdsBefore.start(in: self.timeZone)))
            typealias C = HouseholdRecord.Columns
            let households = try Int64.fetchAll(db, HouseholdRecord.select(C.number).filter(C.lastContact < limit).order(C.number))
            for number in households {
                try self.journal(db, .householdPurged, till: till, operatorId: actor, HouseholdPurgePayload(number: number))
                try HouseholdRecord.deleteOne(db, key: number)
            }
            let sellers = try self.pseudonymizeSellers(db, endedBefore: sellersBefore, by: actor, till: till)
            let donorLimit = Timestamp.string(millis: Timestamp.millis(donorsBefore.start(in: self.timeZone)))
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

    /// Sellers with rentals, all ended before `day`, not yet pseudonymised: names, phone,
    /// e-mail, document number, domicile and IBAN replaced or emptied, journaled as
    /// `seller.pseudonymized` with the digests of what stays.
    func pseudonymizeSellers(_ db: Database, endedBefore day: CalendarDay, by actor: Int64, till: String) throws -> [Int64] {
        let ids = try Int64.fetchAll(db, sql: """
            SELECT s.id FROM sellers s
            WHERE s.last_name <> 'Déposant n° ' || s.id
              AND EXISTS (SELECT 1 FROM rentals r WHERE r.seller_id = s.id)
              AND NOT EXISTS (SELECT 1 FROM rentals r WHERE r.seller_id = s.id AND \(Self.rentalEndSQL("r")) >= ?)
            ORDER BY s.id
            """, arguments: [day.iso])
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
