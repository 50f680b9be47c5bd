import ComptoirCore
import Foundation
import GRDB

extension Ledger {
    /// The friperie's kilograms of `year`, month by month in the shop's time zone: the
    /// donations weighed in, the items of vide-greniers boxes given to the shop (with their
    /// weight), the friperie lines sold (net of refunds and cancellations) and the outflows.
    public func friperieFigures(year: Int) throws -> FriperieFigures {
        try friperieFigures(year: year, from: CalendarDay(year: year, month: 1, day: 1),
                            to: CalendarDay(year: year + 1, month: 1, day: 1))
    }

    /// The kilograms of the month of `day` alone: what the back-door screen shows after
    /// each weighing, read by the time index instead of the whole year.
    public func friperieMonth(_ day: CalendarDay) throws -> FriperieFigures.Month {
        let first = day.firstOfMonth
        return try friperieFigures(year: day.year, from: first, to: first.adding(months: 1)).months[day.month - 1]
    }

    /// The period's friperie lines, found through the tickets' time index (`tickets_by_at`).
    static let friperieLinesSQL = """
        SELECT l.quantity, l.weight_grams, c.family, c.average_grams, t.at
        FROM ticket_lines l JOIN tickets t ON t.id = l.ticket_id LEFT JOIN categories c ON c.code = l.code
        WHERE l.activity = 'friperie' AND t.at >= ?1 AND t.at < ?2
        """

    private func friperieFigures(year: Int, from first: CalendarDay, to next: CalendarDay) throws -> FriperieFigures {
        let start = Timestamp.start(of: first, in: timeZone)
        let end = Timestamp.start(of: next, in: timeZone)
        let month = { (at: String) -> Int in
            Timestamp.date(at).map { CalendarDay($0, in: self.timeZone).month - 1 } ?? 0
        }
        return try read { db in
            var figures = FriperieFigures(year: year)
            for row in try Row.fetchAll(db, sql: """
                SELECT direction, family, grams, origin, destination, at FROM friperie_flows WHERE at >= ? AND at < ?
                """, arguments: [start, end]) {
                let m = month(row["at"]), grams: Int = row["grams"]
                let family = FriperieFamily(rawValue: row["family"]) ?? .autre
                if row["direction"] as String == FriperieFlow.Direction.intake.rawValue {
                    figures.months[m].intake[family, default: 0] += grams
                    let origin = (row["origin"] as String?).flatMap(DonationOrigin.init(rawValue:)) ?? .autre
                    figures.months[m].intakeByOrigin[origin, default: 0] += grams
                } else {
                    let destination = (row["destination"] as String?).flatMap(OutflowDestination.init(rawValue:)) ?? .autre
                    figures.months[m].outflow[destination, default: 0] += grams
                }
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT weight_grams, at FROM item_movements WHERE kind = 'don' AND weight_grams IS NOT NULL AND at >= ? AND at < ?
                """, arguments: [start, end]) {
                let m = month(row["at"]), grams: Int = row["weight_grams"]
                figures.months[m].intake[.autre, default: 0] += grams
                figures.months[m].intakeByOrigin[.videGreniers, default: 0] += grams
            }
            let lines = try Row.fetchCursor(db, sql: Self.friperieLinesSQL, arguments: [start, end])
            while let row = try lines.next() {
                let m = month(row[4]), quantity: Int = row[0]
                let family = (row[2] as String?).flatMap(FriperieFamily.init(rawValue:)) ?? .autre
                if let grams = row[1] as Int? {
                    figures.months[m].soldWeighed[family, default: 0] += grams * quantity
                } else if let average = row[3] as Int? {
                    figures.months[m].soldByPiece[family, default: 0] += average * quantity
                } else {
                    figures.piecesWithoutWeight += quantity
                }
            }
            return figures
        }
    }
}
