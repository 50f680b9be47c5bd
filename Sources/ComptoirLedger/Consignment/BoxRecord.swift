import ComptoirCore
import GRDB

/// A row of `boxes`: master data corrected in place, `verify` replaying its entries.
struct BoxRecord: FetchableRecord, PersistableRecord, Sendable {
    static let databaseTableName = "boxes"

    enum Columns {
        static let code = Column("code")
        static let size = Column("size")
        static let weeklyRentCents = Column("weekly_rent_cents")
        static let monthlyRentCents = Column("monthly_rent_cents")
    }

    var code: String
    var size: String
    var weeklyRentCents: Int64
    var monthlyRentCents: Int64

    init(_ box: Box) {
        code = box.code
        size = box.size
        weeklyRentCents = box.weeklyRent.cents
        monthlyRentCents = box.monthlyRent.cents
    }

    init(row: Row) {
        code = row[Columns.code]
        size = row[Columns.size]
        weeklyRentCents = row[Columns.weeklyRentCents]
        monthlyRentCents = row[Columns.monthlyRentCents]
    }

    func encode(to container: inout PersistenceContainer) {
        container[Columns.code] = code
        container[Columns.size] = size
        container[Columns.weeklyRentCents] = weeklyRentCents
        container[Columns.monthlyRentCents] = monthlyRentCents
    }

    var box: Box {
        Box(code: code, size: size, weeklyRent: Money(cents: weeklyRentCents), monthlyRent: Money(cents: monthlyRentCents))
    }
}
