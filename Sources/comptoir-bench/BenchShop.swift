import ComptoirCore
import ComptoirLedger

/// The generated shop: the demo accounts and categories, three tills each opened by its
/// own volunteer, and an épicerie catalogue large enough for `lookup` to search a real
/// index. Everything is derived from constants, so a reused ledger is found again.
enum BenchShop {
    /// Till name, who opens it (a `DemoShop` first name), float in cents, share of the tickets.
    static let tills: [(name: String, openedBy: String, floatCents: Int64, share: Int)] = [
        ("Caisse 1", "Camille", 15_000, 45),
        ("Caisse 2", "Karim", 10_000, 35),
        ("Caisse 3", "Sophie", 8_000, 20),
    ]

    static let productCount = 2_000

    /// The `i`-th generated product: a valid EAN-13 with the French prefix 3, and a name
    /// like the ones on the shelves.
    static func product(_ i: Int) -> Product {
        Product(code: productCode(i), name: productName(i), marketPrice: Money(cents: Int64(49 + (i * 37) % 600)))
    }

    static func productCode(_ i: Int) -> String {
        let digits = String(i)
        let first12 = "376" + String(repeating: "0", count: 9 - digits.count) + digits
        return first12 + String(EAN13.checkDigit(first12)!)
    }

    private static let kinds = [
        "Pâtes", "Riz", "Lentilles", "Farine", "Sucre", "Huile", "Lait", "Café", "Thé", "Confiture",
        "Sardines", "Thon", "Tomates pelées", "Haricots verts", "Compote", "Biscuits", "Céréales",
        "Savon", "Lessive", "Dentifrice",
    ]
    private static let variants = ["", " bio", " premier prix", " familial", " sans sucre ajouté"]
    private static let sizes = ["250 g", "500 g", "1 kg", "1 L", "400 g", "x 4"]

    private static func productName(_ i: Int) -> String {
        "\(kinds[i % kinds.count])\(variants[i / kinds.count % variants.count]) \(sizes[i / 7 % sizes.count]) (réf. \(i))"
    }

    /// Registered épicerie households, numbers 1…householdCount: tens of thousands, as
    /// DESIGN §9 expects after years.
    static let householdCount = 20_000

    /// The `i`-th household: 1 or 2 adults, 0 to 4 children, resources spread over the
    /// brackets (some not eligible), rights open for six months from `today`.
    static func household(_ i: Int, today: CalendarDay) -> Household {
        Household(number: Int64(i + 1), name: "Foyer \(i + 1)", adults: 1 + i % 2, children: i / 2 % 5,
                  monthlyResources: Money(euros: Int64(500 + (i * 53) % 1_800)), fixedCharges: Money(euros: 400),
                  familyBenefits: Money(euros: Int64(i / 2 % 5) * 60), rightsFrom: today,
                  rightsTo: today.adding(months: 6).adding(days: -1))
    }

    /// Where tickets are rung up: a till, its open session and the volunteer at it.
    struct Till {
        var name: String
        var sessionId: Int64
        var operatorId: Int64
    }

    /// The open session of each till, opening the missing ones (a reused ledger may
    /// have none, or be a shop of another shape: then the first active account opens).
    static let sellerCount = 60

    /// Sixty sellers, each renting a box of their own for the whole history (boxes V01…),
    /// at the default commission, rent deducted; returns the rental ids.
    static func rentBoxes(_ ledger: Ledger, today: CalendarDay) throws -> [Int64] {
        guard let manager = try ledger.users(includeInactive: false).first(where: { $0.role.isManager }) else { return [] }
        return try (1...sellerCount).map { n in
            let code = String(format: "V%02d", n)
            try ledger.saveBox(Box(code: code, size: "étagère", weeklyRent: Money(cents: 500), monthlyRent: Money(cents: 1_500)),
                               by: manager.id, till: tills[0].name)
            let seller = try ledger.saveSeller(Seller(lastName: "Déposant \(n)", firstName: "Bench", document: .identityCard,
                                                      documentNumber: "BENCH\(n)", address: "\(n) rue du Banc, Lyon",
                                                      documentIssuedOn: today.adding(days: -3_000), documentAuthority: "Préfecture"), by: manager.id, till: tills[0].name)
            return try ledger.signRental(Rental(sellerId: seller.id, boxCode: code, from: today.adding(days: -3_650),
                                                to: today.adding(days: 365), rent: Money(cents: 1_500), rentPayment: .deducted),
                                         by: manager.id, till: tills[0].name).rental.id
        }
    }

    static func openTills(_ ledger: Ledger) throws -> [Till] {
        let users = try ledger.users(includeInactive: false)
        guard let fallback = users.first else { throw BenchError("la base n'a aucun compte actif") }
        return try tills.map { till in
            let session = try ledger.currentSession(till: till.name)
                ?? ledger.openSession(till: till.name,
                                      operatorId: (users.first { $0.firstName == till.openedBy } ?? fallback).id,
                                      float: Money(cents: till.floatCents))
            return Till(name: till.name, sessionId: session.id, operatorId: session.openedBy)
        }
    }
}
