import ComptoirCore

/// Realistic friperie tickets: 1 to 6 lines, mostly category keys (T-shirts and books
/// more than coats), some free-price lines typed by the volunteer, paid cash with change.
struct TicketFactory {
    private let categoryLine: Weighted<CartLine>
    private let lineCount = Weighted([(1, 30), (2, 25), (3, 18), (4, 12), (5, 9), (6, 6)])
    private let quantity = Weighted([(1, 75), (2, 18), (3, 7)])
    /// Labels a volunteer types for what has no key, with a plausible price range in cents.
    private let freeLine = Weighted<(label: String, activity: Activity, cents: ClosedRange<Int64>)>([
        (("Sac à main", .friperie, 100...800), 6),
        (("Ceinture", .friperie, 50...300), 4),
        (("Écharpe", .friperie, 50...300), 4),
        (("Vêtement bébé", .friperie, 20...200), 6),
        (("Bibelot", .videGreniers, 20...500), 5),
        (("Vaisselle", .videGreniers, 20...400), 5),
        (("Petit électroménager", .videGreniers, 300...2_500), 2),
        (("Lot de cintres", .autre, 50...200), 1),
        (("Divers", .autre, 10...1_000), 3),
    ])
    /// Notes and coins a customer hands over when not paying the exact amount.
    private static let tenders: [Int64] = [100, 200, 500, 1_000, 2_000, 5_000]

    /// `categories` are the shop's keyed categories (codes of `DemoShop`); unknown codes
    /// get an average weight.
    init(categories: [Category]) {
        let popularity = ["TSHIRT": 30, "PANTALON": 18, "PULL": 14, "LIVRE": 12, "ROBE": 8,
                          "CHAUSSURES": 8, "LINGE": 6, "JOUET": 6, "VESTE": 6]
        categoryLine = Weighted(categories.map { category in
            (CartLine(code: category.code, label: category.label, activity: .friperie, unitPrice: category.price),
             popularity[category.code] ?? 8)
        })
    }

    func draft(using rng: inout some RandomNumberGenerator) -> TicketDraft {
        var lines: [CartLine] = []
        for _ in 0..<lineCount.pick(using: &rng) {
            if Int.random(in: 0..<100, using: &rng) < 82 {
                var line = categoryLine.pick(using: &rng)
                line.quantity = quantity.pick(using: &rng)
                lines.append(line)
            } else {
                let free = freeLine.pick(using: &rng)
                // Free prices are typed to the ten cents.
                let cents = Int64.random(in: free.cents, using: &rng) / 10 * 10
                lines.append(CartLine(code: nil, label: free.label, activity: free.activity,
                                      unitPrice: Money(cents: max(cents, 10))))
            }
        }
        let total = lines.reduce(Money.zero) { $0 + $1.amount }
        let payment = Payment.cash(total: total, given: Money(cents: given(for: total.cents, using: &rng)))
        // `given` always covers the total, so the payment is never refused.
        return TicketDraft(lines: lines, payments: [try! payment.get()])
    }

    /// An épicerie visit: 1 to 3 of the generated products, at the household's rate.
    func epicerieDraft(household: Int64, rate: Int, products: Int = BenchShop.productCount,
                       using rng: inout some RandomNumberGenerator) -> TicketDraft {
        let lines = (0..<Int.random(in: 1...3, using: &rng)).map { _ in
            let product = BenchShop.product(Int.random(in: 0..<products, using: &rng))
            return CartLine(code: product.code, label: product.name, activity: .epicerie,
                            unitPrice: EpicerieRules.standard.price(market: product.marketPrice, solidarity: nil, rate: rate),
                            marketUnitPrice: product.marketPrice)
        }
        let total = lines.reduce(Money.zero) { $0 + $1.amount }
        let payment = Payment.cash(total: total, given: Money(cents: given(for: total.cents, using: &rng)))
        // The generated products have no stock: every sale goes below zero, accepted.
        return TicketDraft(lines: lines, payments: [try! payment.get()], household: household,
                           stockAccepted: Set(lines.compactMap(\.code)))
    }

    /// A quarter pay the exact amount; the others hand the smallest note or coin that
    /// covers it (or the next euro, or tens above 50 €).
    private func given(for total: Int64, using rng: inout some RandomNumberGenerator) -> Int64 {
        if Int.random(in: 0..<4, using: &rng) == 0 { return total }
        if Bool.random(using: &rng), total % 100 != 0 { return (total / 100 + 1) * 100 }
        return Self.tenders.first { $0 >= total } ?? (total / 1_000 + 1) * 1_000
    }
}
