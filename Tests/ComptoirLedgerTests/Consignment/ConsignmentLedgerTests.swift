import ComptoirCore
import Foundation
import Testing
@testable import ComptoirLedger

/// A shop with box B07 and seller Lucie Petit, and helpers to rent, register and sell.
private struct Consignment {
    let shop: TestShop
    let seller: Seller
    static let today = CalendarDay(year: 2026, month: 12, day: 1)

    init() throws {
        shop = try TestShop()
        try shop.ledger.saveBox(Box(code: "b07", size: "étagère", weeklyRent: Money(cents: 500), monthlyRent: Money(cents: 1_500)),
                                by: shop.admin.id, till: TestShop.till)
        seller = try shop.ledger.saveSeller(Seller(lastName: "Petit", firstName: "Lucie", phone: "06 12 34 56 78",
                                                   document: .identityCard, documentNumber: "x123456", address: "12 rue des Lilas, 62300 Lens", documentIssuedOn: CalendarDay(year: 2020, month: 3, day: 14), documentAuthority: "Préfecture du Pas-de-Calais"),
                                            by: shop.benevole.id, till: TestShop.till)
    }

    var ledger: Ledger { shop.ledger }

    func rent(_ from: CalendarDay = today, days: Int = 14, rate: Int = 2_500, rent: Int64 = 1_000,
              payment: Rental.RentPayment = .atTill) throws -> RentalSummary {
        try ledger.signRental(Rental(sellerId: seller.id, boxCode: "B07", from: from, to: from.adding(days: days - 1),
                                     rateBasisPoints: rate, rent: Money(cents: rent), rentPayment: payment),
                              by: shop.benevole.id, till: TestShop.till)
    }

    func item(_ rental: RentalSummary, _ description: String, _ cents: Int64) throws -> ConsignedItem {
        try ledger.registerItem(rental: rental.rental.id, description: description, price: Money(cents: cents),
                                today: Self.today, by: shop.benevole.id, till: TestShop.till)
    }

    func sellLabel(_ item: ConsignedItem, on other: Ledger? = nil) throws -> CommittedTicket {
        try shop.sell([(other ?? ledger).saleLine(label: item.code.barcode)], on: other)
    }
}

@Suite struct ConsignmentLedgerTests {
    @Test func aRentalOverABoxAlreadyRentedIsRefusedAndWritesNothing() throws {
        let c = try Consignment()
        defer { c.shop.close() }
        _ = try c.rent()
        let before = try c.ledger.journalEntryCount()
        #expect(refusal { _ = try c.rent(Consignment.today.adding(days: 13)) }
                == "Le box B07 est déjà loué du 01/12/2026 au 14/12/2026 (Lucie Petit) : choisissez d'autres dates ou un autre box.")
        #expect(try c.ledger.journalEntryCount() == before)
        // The day after the end is free.
        _ = try c.rent(Consignment.today.adding(days: 14))
        #expect(try c.ledger.verify().isOK)
    }

    @Test func eachLineSplitsIntoCommissionAndShareThatAddUpToThePrice() throws {
        let c = try Consignment()
        defer { c.shop.close() }
        let rental = try c.rent()
        var items: [ConsignedItem] = []
        for cents: Int64 in [1, 99, 199, 1_333] { items.append(try c.item(rental, "article \(cents)", cents)) }
        _ = try c.shop.sell(try items.map { try c.ledger.saleLine(label: $0.code.text) })
        let commissions = try #require(try c.ledger.rawString(
            "SELECT group_concat(commission_cents, ',') FROM (SELECT commission_cents FROM ticket_lines ORDER BY id)"))
        #expect(commissions == "0,25,50,333")
        #expect(try c.ledger.rawInt("SELECT SUM(amount_cents - commission_cents) FROM ticket_lines") == 1_632 - 408)
        #expect(try c.ledger.sellerBalance(seller: c.seller.id) == Money(cents: 1_224))
        #expect(try c.ledger.verify().isOK)
    }

    @Test func theRateFrozenAtSignatureSurvivesAChangeOfTheShopsDefault() throws {
        let c = try Consignment()
        defer { c.shop.close() }
        let old = try c.rent(rate: CommissionSplit.defaultRateBasisPoints)
        let item = try c.item(old, "lampe", 1_000)
        // The shop's default goes to 30 %: a new rental (another box) is signed at that rate.
        try c.ledger.saveBox(Box(code: "B08", size: "", weeklyRent: Money(cents: 500), monthlyRent: Money(cents: 1_500)),
                             by: c.shop.admin.id, till: TestShop.till)
        _ = try c.ledger.signRental(Rental(sellerId: c.seller.id, boxCode: "B08", from: Consignment.today,
                                           to: Consignment.today.adding(days: 6), rateBasisPoints: 3_000,
                                           rent: Money(cents: 500), rentPayment: .deducted),
                                    by: c.shop.benevole.id, till: TestShop.till)
        _ = try c.sellLabel(item)
        #expect(try c.ledger.rawInt("SELECT commission_cents FROM ticket_lines") == 250)
        #expect(try c.ledger.rental(id: old.rental.id)?.rental.rateBasisPoints == 2_500)
    }

    @Test func anItemSellsOnceAndTheSecondScanNamesTheTicket() throws {
        let c = try Consignment()
        defer { c.shop.close() }
        let item = try c.item(try c.rent(), "pull rouge", 450)
        let line = try c.ledger.saleLine(label: item.code.text)
        #expect(line.label == "B07 pull rouge" && line.unitPrice == Money(cents: 450) && line.itemId == item.id)
        let sold = try c.shop.sell([line])
        #expect(refusal { _ = try c.ledger.saleLine(label: item.code.barcode) }
                == "L'article \(item.code.text) (« pull rouge ») est déjà vendu, ticket n° \(sold.number) : il ne se vend qu'une fois.")
        // A line scanned before the sale, committed after it, is refused too.
        let before = try c.ledger.journalEntryCount()
        #expect(refusal { _ = try c.shop.sell([line]) }?.contains("déjà vendu, ticket n° \(sold.number)") == true)
        #expect(try c.ledger.journalEntryCount() == before)
        // The unique index is the last guard: a second sale of the same round does not get in.
        #expect(throws: (any Error).self) {
            try c.ledger.rawExecute("INSERT INTO item_movements (item_id, round, kind, journal_seq, at) VALUES (\(item.id), 1, 'vente', 1, 'x')")
        }
    }

    @Test func badLabelsAreRefusedWithTheirReason() throws {
        let c = try Consignment()
        defer { c.shop.close() }
        let item = try c.item(try c.rent(), "pull rouge", 450)
        let text = item.code.text  // V1-001-c
        let wrong = String(text.dropLast()) + String((Int(String(text.last!))! + 1) % 10)
        #expect(refusal { _ = try c.ledger.saleLine(label: wrong) }
                == "Étiquette « \(wrong) » : la clé de contrôle est fausse. Retapez le code ou scannez à nouveau.")
        let elsewhere = ItemLabelCode(rental: 99, item: 1)
        #expect(refusal { _ = try c.ledger.saleLine(label: elsewhere.text) }
                == "L'étiquette \(elsewhere.text) n'est pas enregistrée ici : une étiquette d'une autre boutique ? Mettez l'article de côté.")
        #expect(refusal { _ = try c.ledger.registerItem(rental: 1, description: "vase", price: .zero, today: Consignment.today,
                                                         by: c.shop.benevole.id, till: TestShop.till) }
                == "Prix : un article en dépôt a un prix d'au moins 0,01 €.")
    }

    @Test func twoTillsOnOneDatabaseScanningTheSameLabelMakeOneSale() throws {
        let c = try Consignment()
        defer { c.shop.close() }
        let item = try c.item(try c.rent(), "lampe", 1_200)
        let other = try Ledger.open(path: c.shop.path, pinRounds: 1_000)
        defer { try? other.close() }
        // Both tills scanned the label before either sold it.
        let lines = [try c.ledger.saleLine(label: item.code.text), try other.saleLine(label: item.code.text)]
        let lock = NSLock()
        nonisolated(unsafe) var results: [Bool] = []
        DispatchQueue.concurrentPerform(iterations: 2) { i in
            let ok = (try? c.shop.sell([lines[i]], on: i == 0 ? c.ledger : other)) != nil
            lock.withLock { results.append(ok) }
        }
        #expect(results.count == 2 && results.filter { $0 }.count == 1)
        #expect(try c.ledger.rawInt("SELECT COUNT(*) FROM item_movements WHERE kind = 'vente'") == 1)
        #expect(try c.ledger.verify().isOK)
    }

    @Test func balanceAfterSalesRentDeductedRefundAndPayout() throws {
        let c = try Consignment()
        defer { c.shop.close() }
        let rental = try c.rent(rent: 500, payment: .deducted)
        let lamp = try c.item(rental, "lampe", 2_000), vase = try c.item(rental, "vase", 1_000)
        #expect(try c.ledger.sellerBalance(seller: c.seller.id) == Money(cents: -500))
        let sold = try c.shop.sell([try c.ledger.saleLine(label: lamp.code.text), try c.ledger.saleLine(label: vase.code.text)])
        #expect(try c.ledger.sellerBalance(seller: c.seller.id) == Money(cents: 1_500 + 750 - 500))
        // The vase comes back: its split is reversed and it is in the box again.
        _ = try c.ledger.refund(RefundRequest(number: sold.number, items: [.init(position: 2, quantity: 1)], method: .cash,
                                              amount: Money(cents: 1_000)),
                                reason: "fêlé", authorizedBy: c.shop.admin.id, till: TestShop.till,
                                operatorId: c.shop.benevole.id, sessionId: c.shop.session.id)
        #expect(try c.ledger.rawInt("SELECT commission_cents FROM ticket_lines ORDER BY id DESC LIMIT 1") == -250)
        #expect(try c.ledger.sellerBalance(seller: c.seller.id) == Money(cents: 1_000))
        #expect(try c.ledger.items(rental: rental.rental.id).map(\.status) == [.sold(ticket: sold.number), .inStock])
        #expect(try c.ledger.saleLine(label: vase.code.text).itemId == vase.id)

        let before = try c.ledger.journalEntryCount()
        #expect(refusal { _ = try c.ledger.payOut(seller: c.seller.id, amount: Money(cents: 1_001), method: .cash,
                                                  authorizedBy: c.shop.admin.id, till: TestShop.till,
                                                  operatorId: c.shop.benevole.id, sessionId: c.shop.session.id) }
                == "Lucie Petit ne peut recevoir que 10,00 € (son solde) : 10,01 €, c'est trop.")
        #expect(refusal { _ = try c.ledger.payOut(seller: c.seller.id, amount: Money(cents: 100), method: .cash,
                                                  authorizedBy: c.shop.benevole.id, till: TestShop.till,
                                                  operatorId: c.shop.benevole.id, sessionId: c.shop.session.id) }?
                .hasPrefix("Réservé aux responsables") == true)
        #expect(refusal { _ = try c.ledger.payOut(seller: c.seller.id, amount: Money(cents: 100), method: .transfer,
                                                  authorizedBy: c.shop.admin.id, till: TestShop.till,
                                                  operatorId: c.shop.benevole.id, sessionId: nil) }
                == "Lucie Petit n'a pas d'IBAN : ajoutez-le à sa fiche (RIB) ou payez en espèces.")
        #expect(try c.ledger.journalEntryCount() == before)

        let paid = try c.ledger.payOut(seller: c.seller.id, amount: Money(cents: 1_000), method: .cash,
                                       authorizedBy: c.shop.admin.id, till: TestShop.till,
                                       operatorId: c.shop.benevole.id, sessionId: c.shop.session.id)
        #expect(paid.balanceBefore == Money(cents: 1_000) && paid.balanceAfter == .zero && paid.payout.authorizedBy == "Jean")
        #expect(try c.ledger.sellerBalance(seller: c.seller.id) == .zero)
        #expect(try c.ledger.rawInt("SELECT amount_cents FROM cash_movements WHERE kind = 'payout'") == -1_000)
        #expect(try c.ledger.verify().isOK)
    }

    @Test func rentPaidAtTheTillIsATicketLineTakenOnce() throws {
        let c = try Consignment()
        defer { c.shop.close() }
        let rental = try c.rent(rent: 1_000)
        #expect(rental.rentDue == Money(cents: 1_000))
        #expect(rental.rentLine.activity == .loyer && rental.rentLine.rentalId == rental.rental.id)
        _ = try c.shop.sell([rental.rentLine])
        #expect(try c.ledger.rental(id: rental.rental.id)?.rentDue == .zero)
        #expect(refusal { _ = try c.shop.sell([rental.rentLine]) }
                == "Le loyer du box B07 est déjà payé (ou déduit des ventes) : retirez la ligne 1.")
        // Rent paid at the till is not taken from the seller's sales.
        #expect(try c.ledger.sellerBalance(seller: c.seller.id) == .zero)
    }

    @Test func aHandwrittenLabelSellsAsBoxAndPriceForTheSellerRentingItToday() throws {
        let c = try Consignment()
        defer { c.shop.close() }
        let rental = try c.rent()
        var line = try c.ledger.handwrittenLine(box: "b07", price: Money(cents: 300), today: Consignment.today)
        #expect(line.rentalId == rental.rental.id && line.itemId == nil && line.activity == .videGreniers)
        // The registre needs every object: without a description, nothing is written.
        #expect(refusal { _ = try c.shop.sell([line]) }
                == "La ligne 1 (« B07 étiquette manuscrite ») : décrivez l'article, le registre des objets mobiliers le demande.")
        #expect(try c.ledger.items(rental: rental.rental.id).isEmpty)
        line.newItemDescription = "  lampe de chevet "
        let sold = try c.shop.sell([line])
        #expect(try c.ledger.sellerBalance(seller: c.seller.id) == Money(cents: 225))
        // The object was registered with its sale: an item of the box, sold by that ticket.
        let items = try c.ledger.items(rental: rental.rental.id)
        #expect(items.map(\.description) == ["lampe de chevet"] && items.first?.price == Money(cents: 300))
        #expect(items.first?.status == .sold(ticket: sold.number))
        let stored = try #require(try c.ledger.ticket(number: sold.number))
        #expect(stored.lines.first?.itemId == items.first?.id && stored.lines.first?.code == items.first?.code.text)
        #expect(stored.lines.first?.label == "B07 lampe de chevet")
        let now = CalendarDay(Date(), in: c.ledger.timeZone)  // the item's deposit is its sale's time
        let registre = try c.ledger.objectRegister(from: now, to: now)
        #expect(registre.map(\.description) == ["lampe de chevet"] && registre.first?.soldAt != nil)
        #expect(refusal { _ = try c.ledger.handwrittenLine(box: "B07", price: Money(cents: 300), today: Consignment.today.adding(days: 20)) }
                == "Le box B07 n'est pas loué aujourd'hui : à qui est cet article ? Mettez-le de côté.")
        #expect(try c.ledger.verify().isOK)
    }

    @Test func theLabelFileHoldsTheItemsStillInTheBoxRentedThatDay() throws {
        let c = try Consignment()
        defer { c.shop.close() }
        let rental = try c.rent()
        let lamp = try c.item(rental, "lampe", 1_000), vase = try c.item(rental, "vase", 500)
        _ = try c.sellLabel(lamp)
        #expect(try c.ledger.itemsInBox("b07", on: Consignment.today).map(\.id) == [vase.id])
        #expect(ItemLabelFile.csv(try c.ledger.itemsInBox("B07", on: Consignment.today))
                == "box;article;code;code_barres;description;prix\r\nB07;2;\(vase.code.text);\(vase.code.barcode);vase;5,00\r\n")
        #expect(refusal { _ = try c.ledger.itemsInBox("B07", on: Consignment.today.adding(days: 30)) }
                == "Le box B07 n'est pas loué le 31/12/2026 : pas d'étiquettes à faire.")
        #expect(refusal { _ = try c.ledger.itemsInBox("Z9", on: Consignment.today) } == "Il n'y a pas de box « Z9 » : vérifiez le code.")
    }

    @Test func atTheEndUnsoldItemsAreReturnedOrDonatedAndNoLongerSell() throws {
        let c = try Consignment()
        defer { c.shop.close() }
        let rental = try c.rent()
        let a = try c.item(rental, "jeu de société", 500), b = try c.item(rental, "robe", 800)
        let ended = try c.ledger.endRentalEarly(id: rental.rental.id, today: Consignment.today.adding(days: 3),
                                                by: c.shop.benevole.id, till: TestShop.till)
        #expect(ended.rental.to == Consignment.today.adding(days: 2) && ended.itemsInBox == 2)
        let board = try c.ledger.boxBoard(today: Consignment.today.adding(days: 3))
        #expect(board.map(\.state) == [.endedWithItems])
        try c.ledger.endItem(id: a.id, donatedGrams: nil, donated: false, by: c.shop.benevole.id, till: TestShop.till)
        try c.ledger.endItem(id: b.id, donatedGrams: 350, donated: true, by: c.shop.benevole.id, till: TestShop.till)
        #expect(try c.ledger.items(rental: rental.rental.id).map(\.status) == [.returned, .donated(grams: 350)])
        #expect(refusal { _ = try c.ledger.saleLine(label: a.code.text) }
                == "L'article \(a.code.text) a été rendu à son déposant : impossible de le vendre.")
        #expect(try c.ledger.boxBoard(today: Consignment.today.adding(days: 3)).map(\.state) == [.free])
        // A new seller may take the box from that day.
        _ = try c.rent(Consignment.today.adding(days: 3))
        #expect(try c.ledger.verify().isOK)
    }

    @Test func theStatementListsTheSalesRentAndPayoutsOfThePeriod() throws {
        let c = try Consignment()
        defer { c.shop.close() }
        let now = CalendarDay(Date(), in: c.ledger.timeZone)
        let rental = try c.ledger.signRental(Rental(sellerId: c.seller.id, boxCode: "B07", from: now, to: now.adding(days: 13),
                                                    rent: Money(cents: 400), rentPayment: .deducted),
                                             by: c.shop.benevole.id, till: TestShop.till)
        let lamp = try c.ledger.registerItem(rental: rental.rental.id, description: "lampe", price: Money(cents: 1_333),
                                             today: now, by: c.shop.benevole.id, till: TestShop.till)
        _ = try c.sellLabel(lamp)
        _ = try c.ledger.payOut(seller: c.seller.id, amount: Money(cents: 500), method: .cash, authorizedBy: c.shop.admin.id,
                                till: TestShop.till, operatorId: c.shop.benevole.id, sessionId: c.shop.session.id)
        let statement = try c.ledger.sellerStatement(seller: c.seller.id, from: now, to: now)
        #expect(statement.sales.map(\.description) == ["lampe"] && statement.sales.first?.item == lamp.code)
        #expect(statement.gross == Money(cents: 1_333) && statement.commission == Money(cents: 333))
        #expect(statement.share == Money(cents: 1_000) && statement.rent == Money(cents: 400))
        #expect(statement.paidOut == Money(cents: 500) && statement.openingBalance == .zero)
        #expect(statement.closingBalance == Money(cents: 100))
        #expect(statement.closingBalance == (try c.ledger.sellerBalance(seller: c.seller.id)))
        let later = try c.ledger.sellerStatement(seller: c.seller.id, from: now.adding(days: 1), to: now.adding(days: 2))
        #expect(later.sales.isEmpty && later.openingBalance == Money(cents: 100))
    }

    @Test func verifyNamesASellerWhoseIdentityChangedBehindTheJournal() throws {
        let c = try Consignment()
        defer { c.shop.close() }
        let item = try c.item(try c.rent(), "lampe", 1_000)
        _ = try c.sellLabel(item)
        #expect(try c.ledger.verify().isOK)
        try c.ledger.rawExecute("UPDATE sellers SET document_number = 'Z999' WHERE id = \(c.seller.id)")
        #expect(try c.ledger.verify().problem?.reason
                == "le déposant n° \(c.seller.id) ne correspond pas au journal (identité ou pièce d'identité)")
    }

    @Test func verifyNamesAnItemMovementWrittenBehindTheJournal() throws {
        let c = try Consignment()
        defer { c.shop.close() }
        let item = try c.item(try c.rent(), "lampe", 1_000)
        _ = try c.sellLabel(item)
        let sale = try #require(try c.ledger.rawInt("SELECT journal_seq FROM item_movements"))
        // Someone marks the sold lamp as returned, tying the row to the sale's entry.
        try c.ledger.rawExecute("INSERT INTO item_movements (item_id, round, kind, journal_seq, at) VALUES (\(item.id), 2, 'remboursement', \(sale), 'x')")
        #expect(try c.ledger.verify().problem?.reason
                == "un mouvement de l'article en dépôt interne \(item.id) (ticket n° 1) ne correspond pas au journal")
        #expect(try c.ledger.verify().problem?.table == "item_movements")
    }

    @Test func verifyNamesAnItemThatNoEntryRegistered() throws {
        let c = try Consignment()
        defer { c.shop.close() }
        let rental = try c.rent()
        _ = try c.item(rental, "lampe", 1_000)
        let seq = try #require(try c.ledger.rawInt("SELECT journal_seq FROM rentals"))
        try c.ledger.rawExecute("""
            INSERT INTO consigned_items (id, rental_id, number, description, price_cents, journal_seq, at)
            VALUES (99, \(rental.rental.id), 9, 'glissé', 100, \(seq), 'x')
            """)
        #expect(try c.ledger.verify().problem?.reason
                == "un article en dépôt (n° 99) est rattaché à cette entrée, qui ne l'enregistre pas")
    }

    @Test func moneyRowsOfTheVideGreniersCannotBeChanged() throws {
        let c = try Consignment()
        defer { c.shop.close() }
        _ = try c.sellLabel(try c.item(try c.rent(), "lampe", 1_000))
        _ = try c.ledger.payOut(seller: c.seller.id, amount: Money(cents: 100), method: .cash, authorizedBy: c.shop.admin.id,
                                till: TestShop.till, operatorId: c.shop.benevole.id, sessionId: c.shop.session.id)
        for sql in ["UPDATE consigned_items SET price_cents = 1", "DELETE FROM rentals", "UPDATE payouts SET amount_cents = 1",
                    "DELETE FROM item_movements", "UPDATE ticket_lines SET commission_cents = 0"] {
            #expect(throws: (any Error).self) { try c.ledger.rawExecute(sql) }
        }
    }

    @Test func theObjectRegisterListsEachDepositWithItsSellerAndSale() throws {
        let c = try Consignment()
        defer { c.shop.close() }
        let now = CalendarDay(Date(), in: c.ledger.timeZone)
        let rental = try c.rent(now)
        let lamp = try c.item(rental, "lampe", 1_000), vase = try c.item(rental, "vase", 500)
        let sold = try c.sellLabel(lamp)
        try c.ledger.endItem(id: vase.id, donatedGrams: nil, donated: false, by: c.shop.benevole.id, till: TestShop.till)
        let register = try c.ledger.objectRegister(from: now, to: now)
        #expect(register.map(\.order) == [lamp.id, vase.id])
        #expect(register[0].seller.documentNumber == "X123456" && register[0].seller.lastName == "Petit")
        #expect(register[0].payment == "Espèces" && register[0].soldAt != nil && register[0].outcome == nil)
        #expect(register[1].soldAt == nil && register[1].outcome == "rendu au déposant")
        #expect(try c.ledger.objectRegister(from: now.adding(days: 1), to: now.adding(days: 2)).isEmpty)
        let text = String(decoding: ObjectRegisterCSV.file(register, timeZone: c.ledger.timeZone).dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("numero_ordre;date_depot;etiquette;box;description;prix;deposant_nom"))
        // Every column the registre asks for, in the order of the article.
        #expect(text.hasPrefix("numero_ordre;date_depot;etiquette;box;description;prix;deposant_nom;deposant_prenom;deposant_domicile;"
                               + "piece_identite;numero_piece;piece_delivree_le;piece_delivree_par;date_vente;paiement;sortie\r\n"))
        #expect(text.contains("\(lamp.id);\(now.french);\(lamp.code.text);B07;lampe;10,00;Petit;Lucie;12 rue des Lilas, 62300 Lens;"
                              + "carte d'identité;X123456;14/03/2020;Préfecture du Pas-de-Calais;\(now.french);Espèces;"))
        _ = sold
    }
}
