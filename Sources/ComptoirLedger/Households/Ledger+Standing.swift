import ComptoirCore
import Foundation
import GRDB

extension Ledger {
    /// Where the household stands at `date`: rights, rate, what is left of the month's
    /// cap. nil when no household has that number.
    public func householdStanding(number: Int64, at date: Date? = nil) throws -> HouseholdStanding? {
        let date = date ?? clock()
        return try read { db in try self.standing(db, number: number, at: date) }
    }

    func standing(_ db: Database, number: Int64, at date: Date) throws -> HouseholdStanding? {
        guard let household = try Self.household(db, number: number) else { return nil }
        let rules = try epicerieRules(db)
        let today = CalendarDay(date, in: timeZone)
        let monthStart = Timestamp.string(millis: Timestamp.millis(today.firstOfMonth.start(in: timeZone)))
        let weekStart = Timestamp.string(millis: Timestamp.millis(today.monday.start(in: timeZone)))
        let used = try Int64.fetchOne(db.cachedStatement(sql: Self.capUsedSQL(rules.capBasis)),
                                      arguments: [number, monthStart]) ?? 0
        let visits = try Int.fetchOne(db.cachedStatement(sql: Self.weekVisitsSQL), arguments: [number, weekStart]) ?? 0
        return HouseholdStanding(household, rules: rules, today: today, used: Money(cents: max(0, used)),
                                 visitsThisWeek: visits)
    }

    /// What the household's tickets since a date count against its cap. Counter-entries
    /// name the household too: a refund gives its share of the cap back.
    static func capUsedSQL(_ basis: EpicerieRules.CapBasis) -> String {
        let counted = basis == .marketValue ? "COALESCE(l.market_unit_cents, l.unit_price_cents) * l.quantity" : "l.amount_cents"
        return """
            SELECT COALESCE(SUM(\(counted)), 0) FROM tickets t JOIN ticket_lines l ON l.ticket_id = t.id
            WHERE t.household = ? AND t.at >= ? AND l.activity = 'epicerie'
            """
    }

    /// The household's sales since a date, less the cancelled ones.
    static let weekVisitsSQL = """
        SELECT COUNT(*) FROM tickets t WHERE t.household = ? AND t.at >= ? AND t.kind = 'sale'
        AND NOT EXISTS (SELECT 1 FROM tickets c WHERE c.original_ticket_id = t.id AND c.kind = 'cancellation')
        """

    /// The épicerie rules checked again inside the sale's transaction, so that two tills
    /// serving the same household at once cannot both pass the cap: a household on the
    /// ticket, rights open, prices at its participation, the cap not passed. A
    /// responsable's override lifts these checks; it is journaled with the ticket.
    func checkEpicerie(_ db: Database, _ draft: TicketDraft) throws {
        let lines = draft.lines.filter { $0.activity == .epicerie }
        if let override = draft.override {
            try checkActor(db, override.managerId)
            guard !override.reason.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw LedgerError.refused("Donnez la raison de la dérogation.")
            }
            if let problem = JournaledReason.problem(override.reason) { throw LedgerError.refused(problem) }
        }
        guard let number = draft.household else {
            guard lines.isEmpty || draft.override != nil else {
                throw LedgerError.refused("Les articles de l'épicerie sociale sont réservés aux foyers inscrits : scannez d'abord la carte du foyer.")
            }
            return
        }
        guard let standing = try standing(db, number: number, at: clock()) else { throw Self.unknownHousehold(number) }
        guard draft.override == nil else { return }
        if lines.isEmpty { return }
        if let refusal = standing.refusal { throw LedgerError.refused(refusal) }
        let rate = standing.rate ?? 100
        var cost = Money.zero
        for line in lines {
            guard let code = line.code else {
                // A free-price épicerie line (off the catalogue): paid at its price, counted whole.
                guard line.marketUnitPrice == nil, line.weightGrams == nil, line.amount.cents > 0 else {
                    throw LedgerError.refused("« \(line.label) » n'est pas au catalogue de l'épicerie : retirez la ligne.")
                }
                cost += standing.capCost(market: line.amount, paid: line.amount)
                continue
            }
            guard let row = try Row.fetchOne(db.cachedStatement(sql: """
                SELECT market_price_cents, solidarity_price_cents, unit FROM products WHERE code = ?
                """), arguments: [code]) else {
                throw LedgerError.refused("« \(line.label) » n'est pas au catalogue de l'épicerie : retirez la ligne.")
            }
            var market = Money(cents: row["market_price_cents"])
            let solidarity = (row["solidarity_price_cents"] as Int64?).map { Money(cents: $0) }
            var expected = standing.rules.price(market: market, solidarity: solidarity, rate: rate)
            let byWeight = (row["unit"] as String) == Product.Unit.kg.rawValue
            if byWeight {
                guard let grams = line.weightGrams, grams > 0, line.quantity == 1 else {
                    throw LedgerError.refused("« \(line.label) » se vend au poids : retirez la ligne et pesez-le à nouveau.")
                }
                (market, expected) = standing.rules.weighedPrice(marketPerKg: market, solidarityPerKg: solidarity,
                                                                  rate: rate, grams: grams)
            }
            guard line.unitPrice == expected, line.marketUnitPrice == market, byWeight || line.weightGrams == nil else {
                throw LedgerError.refused("Le prix de « \(line.label) » a changé (\(expected.formatted) pour ce foyer) : retirez la ligne et scannez-la à nouveau.")
            }
            cost += standing.capCost(market: line.marketAmount, paid: line.amount)
        }
        guard cost <= standing.remaining else {
            throw LedgerError.refused("Ce ticket (\(cost.formatted)) dépasse ce qui reste du plafond du mois du foyer \(standing.code) (\(standing.remaining.formatted)).")
        }
    }
}
