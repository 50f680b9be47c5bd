import ComptoirCore
import Foundation

/// A small shop to try Comptoir with: four accounts, the nine friperie keys, seven
/// épicerie products (one sold by the kg) with their stock, two households, and a
/// vide-greniers of twelve boxes, three of them rented (one ending soon, one ended with
/// an item left). Journaled like any other change.
public enum DemoShop {
    public static let users: [(firstName: String, role: Role, pin: String)] = [
        ("Camille", .benevole, "1111"),
        ("Karim", .benevole, "2222"),
        ("Sophie", .responsable, "3333"),
        ("Jean", .admin, "9999"),
    ]

    /// With the weight of an average piece, so that the friperie's figures count in kg what
    /// is sold by the piece; the vrac is sold by the kilogram (typed, or read from a scale).
    public static let categories: [Category] = [
        Category(code: "TSHIRT", label: "T-shirt", price: Money(cents: 100), key: 1, averageGrams: 200),
        Category(code: "PANTALON", label: "Pantalon", price: Money(cents: 200), key: 2, averageGrams: 500),
        Category(code: "PULL", label: "Pull", price: Money(cents: 250), key: 3, averageGrams: 450),
        Category(code: "ROBE", label: "Robe", price: Money(cents: 300), key: 4, averageGrams: 350),
        Category(code: "VESTE", label: "Veste / manteau", price: Money(cents: 500), key: 5, averageGrams: 1_000),
        Category(code: "CHAUSSURES", label: "Chaussures", price: Money(cents: 300), key: 6, family: .chaussures, averageGrams: 800),
        Category(code: "LINGE", label: "Linge de maison", price: Money(cents: 150), key: 7, family: .linge, averageGrams: 600),
        Category(code: "JOUET", label: "Jouet", price: Money(cents: 100), key: 8, family: .jouets, averageGrams: 400),
        Category(code: "LIVRE", label: "Livre", price: Money(cents: 50), key: 9, family: .livres, averageGrams: 300),
        Category(code: "VRAC", label: "Vrac", price: Money(cents: 300), unit: .kg),
    ]

    /// Two bags given this morning and a sack of scraps, so that the friperie's screen and
    /// figures are not empty.
    static let flows: [FriperieFlow] = [
        FriperieFlow(direction: .intake, family: .textile, grams: 12_500, origin: .particulier),
        FriperieFlow(direction: .intake, family: .chaussures, grams: 4_200, origin: .association, party: "Secours populaire"),
        FriperieFlow(direction: .outflow, family: .textile, grams: 8_000, destination: .recyclage, party: "Le Relais"),
    ]

    /// EAN-13 codes with the French GS1 prefix (3…) and a valid check digit. The potatoes
    /// have a fixed solidarity price; the others follow the household's participation.
    public static let products: [Product] = [
        Product(code: "3038350012005", name: "Spaghetti 500 g", marketPrice: Money(cents: 115),
                category: "Épicerie sèche", weightGrams: 500, lowStock: 5),
        Product(code: "3560070005109", name: "Riz long grain 1 kg", marketPrice: Money(cents: 189),
                category: "Épicerie sèche", weightGrams: 1000, lowStock: 5),
        Product(code: "3252210390014", name: "Lait demi-écrémé 1 L", marketPrice: Money(cents: 105),
                category: "Frais", weightGrams: 1030, lowStock: 6),
        Product(code: "3265473123008", name: "Huile de tournesol 1 L", marketPrice: Money(cents: 229),
                category: "Épicerie sèche", weightGrams: 920, lowStock: 3),
        Product(code: "3046710011506", name: "Café moulu 250 g", marketPrice: Money(cents: 349),
                category: "Épicerie sèche", weightGrams: 250, lowStock: 3),
        Product(code: "POMMES25", name: "Pommes de terre 2,5 kg", marketPrice: Money(cents: 299),
                category: "Fruits et légumes", solidarityPrice: Money(cents: 50), weightGrams: 2500, lowStock: 4),
        // Sold by the kg: its price is per kg, its stock in grams.
        Product(code: "VRAC-LENT", name: "Lentilles vrac", marketPrice: Money(cents: 320), category: "Vrac",
                unit: .kg, lowStock: 2000),
    ]

    /// Stock brought in at the start: a food-bank delivery.
    static let initialStock = [24, 20, 30, 12, 10, 8, 10_000]

    /// Two households: the Martins (2 adults, 2 children, 2 000 € a month and 150 € of
    /// family benefits: 3 parts, QF 716,67 €, 30 %), whose rights run from the day the
    /// demo is installed; and one whose rights ended a month ago.
    public static func households(today: CalendarDay) -> [Household] {
        [
            Household(name: "Martin", adults: 2, children: 2, monthlyResources: Money(euros: 2000),
                      fixedCharges: Money(euros: 850), familyBenefits: Money(euros: 150), referrer: "CCAS",
                      rightsFrom: today, rightsTo: today.adding(months: 6).adding(days: -1)),
            Household(name: "Durand", adults: 1, children: 1, monthlyResources: Money(euros: 900),
                      fixedCharges: Money(euros: 500), familyBenefits: Money(euros: 100), referrer: "Assistante sociale",
                      rightsFrom: today.adding(months: -7), rightsTo: today.adding(months: -1)),
        ]
    }

    /// Seeds the demo shop; refused unless the ledger has no account yet.
    public static func seed(_ ledger: Ledger, till: String) throws {
        guard try !ledger.hasUsers() else {
            throw LedgerError.refused(
                "La boutique de démonstration s'installe seulement dans une base neuve : cette base a déjà des comptes. Indiquez un autre fichier de base.")
        }
        // PBKDF2 is slow on purpose: hash before taking the write lock.
        let hashes = try users.map { try ledger.hashPin($0.pin) }
        // Managers first: a bénévole cannot be the shop's first account.
        let order = users.indices.sorted { users[$0].role > users[$1].role }
        try ledger.write { db in
            if try !UserRecord.all().isEmpty(db) {
                throw LedgerError.refused(
                    "La boutique de démonstration s'installe seulement dans une base neuve : cette base a déjà des comptes. Indiquez un autre fichier de base.")
            }
            for i in order {
                _ = try ledger.insertUser(db, firstName: users[i].firstName, pinHash: hashes[i],
                                          role: users[i].role, by: nil, till: till)
            }
            for category in categories { try ledger.insertCategory(db, category, by: nil, till: till) }
            for product in products { try ledger.insertProduct(db, product, by: nil, till: till) }
            for (product, quantity) in zip(products, initialStock) {
                let grams = product.unit == .kg ? quantity : product.weightGrams.map { $0 * quantity }
                try ledger.insertStockMovement(db, code: product.code, kind: .foodBank, quantity: quantity,
                                               weightGrams: grams, reason: nil,
                                               by: nil, till: till)
            }
            let today = CalendarDay(ledger.clock(), in: ledger.timeZone)
            for household in households(today: today) {
                _ = try ledger.insertOrUpdateHousehold(db, household, by: nil, till: till)
            }
        }
        try seedVideGreniers(ledger, till: till)
        if let volunteer = try ledger.users(includeInactive: false).first(where: { $0.role == .benevole }) {
            for flow in flows { try ledger.recordFlow(flow, by: volunteer.id, till: till) }
        }
    }

    public static let boxes: [Box] = (1...12).map { n in
        let large = n % 4 == 0
        return Box(code: String(format: "B%02d", n), size: large ? "portant" : "étagère",
                   weeklyRent: Money(cents: large ? 800 : 500), monthlyRent: Money(cents: large ? 2_500 : 1_500))
    }

    /// Boxes, two sellers and three rentals with items, through the ledger's own calls.
    private static func seedVideGreniers(_ ledger: Ledger, till: String) throws {
        guard let manager = try ledger.users(includeInactive: false).first(where: { $0.role == .responsable }) else { return }
        for box in boxes { try ledger.saveBox(box, by: manager.id, till: till) }
        let today = CalendarDay(ledger.clock(), in: ledger.timeZone)
        let marc = try ledger.saveSeller(Seller(lastName: "Lefèvre", firstName: "Marc", phone: "06 11 22 33 44",
                                                document: .identityCard, documentNumber: "DEMO12345",
                                                address: "3 rue de la Gare, 62300 Lens", documentIssuedOn: CalendarDay(year: 2019, month: 6, day: 3),
                                                documentAuthority: "Préfecture du Pas-de-Calais"), by: manager.id, till: till)
        let lucie = try ledger.saveSeller(Seller(lastName: "Petit", firstName: "Lucie", phone: "07 55 66 77 88",
                                                 email: "lucie.petit@example.org", document: .passport,
                                                 documentNumber: "DEMO67890",
                                                 address: "8 allée des Tilleuls, 62300 Lens", documentIssuedOn: CalendarDay(year: 2022, month: 1, day: 20),
                                                 documentAuthority: "Préfecture du Nord"), by: manager.id, till: till)
        let rentals: [(Seller, String, Int, Int, [(String, Int64)])] = [
            (marc, "B03", -10, 17, [("Lampe de chevet", 800), ("Service à café", 1_200), ("Jeu de société", 500)]),
            (lucie, "B05", -12, 2, [("Robe d'été taille 38", 650), ("Sac à main", 900)]),
            (lucie, "B09", -30, -2, [("Cadre photo", 300)]),
        ]
        for (seller, box, from, to, items) in rentals {
            let rental = try ledger.signRental(
                Rental(sellerId: seller.id, boxCode: box, from: today.adding(days: from), to: today.adding(days: to),
                       rent: Money(cents: 1_000), rentPayment: .deducted), by: manager.id, till: till)
            for (description, cents) in items {
                try ledger.registerItem(rental: rental.rental.id, description: description, price: Money(cents: cents),
                                        today: today.adding(days: from), by: manager.id, till: till)
            }
        }
    }
}
