import ComptoirCore
import GRDB

/// A row of `households`: a family's file, personal data corrected in place and purged
/// after two years without contact (RGPD), `verify` replaying its entries. Name, phone,
/// referrer and incomes stay here, out of the journal (incomes only as a keyed digest).
struct HouseholdRecord: FetchableRecord, PersistableRecord, Sendable {
    static let databaseTableName = "households"

    enum Columns {
        static let number = Column("number")
        static let name = Column("name")
        static let phone = Column("phone")
        static let adults = Column("adults")
        static let children = Column("children")
        static let disabledChildren = Column("disabled_children")
        static let resourcesCents = Column("resources_cents")
        static let chargesCents = Column("charges_cents")
        static let benefitsCents = Column("benefits_cents")
        static let cafQuotientCents = Column("caf_qf_cents")
        static let referrer = Column("referrer")
        static let rightsFrom = Column("rights_from")
        static let rightsTo = Column("rights_to")
        static let suspended = Column("suspended")
        static let createdAt = Column("created_at")
        static let lastContact = Column("last_contact")
    }

    var number: Int64
    var name: String
    var phone: String
    var adults: Int
    var children: Int
    var disabledChildren: Int
    var resourcesCents: Int64
    var chargesCents: Int64
    var benefitsCents: Int64
    var cafQuotientCents: Int64?
    var referrer: String
    /// Calendar days, `2026-03-01`.
    var rightsFrom: String
    var rightsTo: String
    var suspended: Bool
    /// UTC timestamps (`Timestamp`).
    var createdAt: String
    var lastContact: String

    /// A new file, created (and last in contact) at `now`.
    init(_ household: Household, createdAt now: String) {
        number = 0; name = ""; phone = ""; adults = 0; children = 0; disabledChildren = 0
        resourcesCents = 0; chargesCents = 0; benefitsCents = 0; referrer = ""; rightsFrom = ""; rightsTo = ""
        suspended = false
        createdAt = now
        lastContact = now
        apply(household, contact: now)
    }

    /// Takes the household's fields, a contact at `contact`; the creation time stays.
    mutating func apply(_ household: Household, contact: String) {
        number = household.number
        name = household.name
        phone = household.phone
        adults = household.adults
        children = household.children
        disabledChildren = household.disabledChildren
        resourcesCents = household.monthlyResources.cents
        chargesCents = household.fixedCharges.cents
        benefitsCents = household.familyBenefits.cents
        cafQuotientCents = household.cafQuotient?.cents
        referrer = household.referrer
        rightsFrom = household.rightsFrom.iso
        rightsTo = household.rightsTo.iso
        suspended = household.suspended
        lastContact = contact
    }

    init(row: Row) {
        number = row[Columns.number]
        name = row[Columns.name]
        phone = row[Columns.phone]
        adults = row[Columns.adults]
        children = row[Columns.children]
        disabledChildren = row[Columns.disabledChildren]
        resourcesCents = row[Columns.resourcesCents]
        chargesCents = row[Columns.chargesCents]
        benefitsCents = row[Columns.benefitsCents]
        cafQuotientCents = row[Columns.cafQuotientCents]
        referrer = row[Columns.referrer]
        rightsFrom = row[Columns.rightsFrom]
        rightsTo = row[Columns.rightsTo]
        suspended = row[Columns.suspended]
        createdAt = row[Columns.createdAt]
        lastContact = row[Columns.lastContact]
    }

    func encode(to container: inout PersistenceContainer) {
        container[Columns.number] = number
        container[Columns.name] = name
        container[Columns.phone] = phone
        container[Columns.adults] = adults
        container[Columns.children] = children
        container[Columns.disabledChildren] = disabledChildren
        container[Columns.resourcesCents] = resourcesCents
        container[Columns.chargesCents] = chargesCents
        container[Columns.benefitsCents] = benefitsCents
        container[Columns.cafQuotientCents] = cafQuotientCents
        container[Columns.referrer] = referrer
        container[Columns.rightsFrom] = rightsFrom
        container[Columns.rightsTo] = rightsTo
        container[Columns.suspended] = suspended
        container[Columns.createdAt] = createdAt
        container[Columns.lastContact] = lastContact
    }

    /// A day that does not parse (a damaged row) reads as 1970-01-01: rights long over.
    var household: Household {
        Household(
            number: number, name: name, phone: phone, adults: adults, children: children,
            disabledChildren: disabledChildren, monthlyResources: Money(cents: resourcesCents),
            fixedCharges: Money(cents: chargesCents), familyBenefits: Money(cents: benefitsCents),
            cafQuotient: cafQuotientCents.map { Money(cents: $0) }, referrer: referrer,
            rightsFrom: CalendarDay(rightsFrom) ?? CalendarDay(year: 1970, month: 1, day: 1),
            rightsTo: CalendarDay(rightsTo) ?? CalendarDay(year: 1970, month: 1, day: 1),
            suspended: suspended)
    }
}
