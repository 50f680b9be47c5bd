import ComptoirCore
import Foundation
import GRDB

extension Ledger {
    /// The épicerie's figures for the calendar month of `day`, in the shop's time zone.
    /// Tickets are found through their time's index, so a month costs the same after ten
    /// years of history.
    public func epicerieReport(month day: CalendarDay) throws -> EpicerieReport {
        let first = day.firstOfMonth
        let start = Self.utcText(first.start(in: timeZone))
        let end = Self.utcText(first.adding(months: 1).start(in: timeZone))
        return try read { db in
            let visits = try Row.fetchOne(db, sql: Self.visitsSQL, arguments: [start, end])
            let lines = try Row.fetchOne(db, sql: Self.linesSQL, arguments: [start, end])
            return EpicerieReport(
                month: first, householdsServed: visits?["households"] ?? 0, visits: visits?["visits"] ?? 0,
                personsReached: visits?["persons"] ?? 0, paid: Money(cents: lines?["paid"] ?? 0),
                marketValue: Money(cents: lines?["market"] ?? 0), gramsSold: lines?["grams"] ?? 0,
                unitsWithoutWeight: lines?["unweighed"] ?? 0)
        }
    }

    private static func utcText(_ date: Date) -> String { Timestamp.string(millis: Timestamp.millis(date)) }

    /// Sales of the month to a household with at least one épicerie line, not cancelled.
    /// Each household counts the persons its last visit of the month recorded: later
    /// edits and purges of its file change nothing. Only a ticket from before that was
    /// recorded (NULL) falls back on the file as it is now. `at` is UTC text: it sorts as time.
    static let visitsSQL = """
        WITH visits AS (
            SELECT t.household, t.household_persons, t.at FROM tickets t
            WHERE t.at >= ?1 AND t.at < ?2 AND t.kind = 'sale' AND t.household IS NOT NULL
              AND EXISTS (SELECT 1 FROM ticket_lines l WHERE l.ticket_id = t.id AND l.activity = 'epicerie')
              AND NOT EXISTS (SELECT 1 FROM tickets c WHERE c.original_ticket_id = t.id AND c.kind = 'cancellation')
        )
        SELECT (SELECT COUNT(*) FROM visits) AS visits,
               (SELECT COUNT(DISTINCT household) FROM visits) AS households,
               (SELECT COALESCE(SUM(COALESCE(
                    (SELECT v.household_persons FROM visits v WHERE v.household = d.household AND v.household_persons IS NOT NULL
                     ORDER BY v.at DESC LIMIT 1),
                    (SELECT h.adults + h.children FROM households h WHERE h.number = d.household))), 0)
                 FROM (SELECT DISTINCT household FROM visits) d) AS persons
        """

    /// Every épicerie line of the month's tickets, counter-entries included (their
    /// amounts and quantities are negative), with the weight weighed or the product's
    /// weight per piece where known.
    static let linesSQL = """
        SELECT COALESCE(SUM(l.amount_cents), 0) AS paid,
               COALESCE(SUM(COALESCE(l.market_unit_cents, l.unit_price_cents) * l.quantity), 0) AS market,
               COALESCE(SUM(l.quantity * COALESCE(l.weight_grams, p.weight_grams)), 0) AS grams,
               COALESCE(SUM(CASE WHEN COALESCE(l.weight_grams, p.weight_grams) IS NULL THEN l.quantity END), 0) AS unweighed
        FROM tickets t
        JOIN ticket_lines l ON l.ticket_id = t.id
        LEFT JOIN products p ON p.code = l.code
        WHERE t.at >= ?1 AND t.at < ?2 AND l.activity = 'epicerie'
        """
}
