/// Journal payload of `session.closed`: the whole Z, so that the journal alone says what
/// the till took, what was counted and who closed it.
struct ClosingPayload: Codable, Equatable {
    var session: Int64
    var closedBy: Int64
    var floatCents: Int64
    var sales: Int64
    var cancellations: Int64
    var refunds: Int64
    var byMethod: [String: Int64]
    var byActivity: [String: Int64]
    var commissionCents: Int64
    var sellersShareCents: Int64
    var cashPayoutsCents: Int64
    var otherCashCents: Int64
    var expectedCashCents: Int64
    var countedCents: Int64
    /// Pieces counted by denomination in cents ("5000": 3).
    var pieces: [String: Int]
    var varianceCents: Int64
    var comment: String?
    var totalCents: Int64
    /// The highest ticket number when the Z was made: the perpetual total is every ticket
    /// up to it.
    var lastTicket: Int64
    var perpetualCents: Int64
    /// Absent from the Z's made before they were kept (and then checked as absent).
    var perpetualSalesCents: Int64? = nil
    var perpetualCounterCents: Int64? = nil

    enum CodingKeys: String, CodingKey {
        case session, sales, cancellations, refunds, pieces, comment
        case closedBy = "closed_by"
        case floatCents = "float_cents"
        case byMethod = "by_method"
        case byActivity = "by_activity"
        case commissionCents = "commission_cents"
        case sellersShareCents = "sellers_share_cents"
        case cashPayoutsCents = "cash_payouts_cents"
        case otherCashCents = "other_cash_cents"
        case expectedCashCents = "expected_cash_cents"
        case countedCents = "counted_cents"
        case varianceCents = "variance_cents"
        case totalCents = "total_cents"
        case lastTicket = "last_ticket"
        case perpetualCents = "perpetual_cents"
        case perpetualSalesCents = "perpetual_sales_cents"
        case perpetualCounterCents = "perpetual_counter_cents"
    }
}
