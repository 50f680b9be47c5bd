// Covers ConsignmentEffect: loadBoard, searchSellers, loadSellerPage (page and message;
// unknown seller), saveSeller (new; changed; invalid; bank details without a responsable),
// saveSellerBankDetails (allowed; wrong PIN; volunteer), saveBox (saved; volunteer refused),
// signRental (signed, contract printed; rent at the till; no printer; printer failing;
// unknown box), extendRental (extended with rent; earlier end refused), endRentalEarly
// (ended; already ended), registerItem (registered; price 0 refused), endItem (returned;
// donated with its weight; a weight of 0 refused), printLabels (printed; none in
// box; no printer; printer failing), loadStatement (loaded; unknown seller), printStatement (printed; no printer;
// printer failing),
// payout (cash: journaled, slip and drawer kick; transfer: no kick; amount 0; no IBAN;
// wrong PIN; cash with no open session; printer failing).
import Foundation
import Testing
import ComptoirCore
import ComptoirLedger
import ComptoirUI
@testable import ComptoirRuntime

@Suite struct ConsignmentPerformerTests {
    static let iban = "FR7630006000011234567890189"

    /// The page and message of a `.consignment(.sellerPageLoaded)` answer.
    private func page(_ answers: [Msg]) -> (page: SellerPage, message: String?)? {
        guard answers.count == 1, case .consignment(.sellerPageLoaded(let page, let message)) = answers[0] else { return nil }
        return (page, message)
    }

    // MARK: Board, sellers, boxes

    @Test func theBoardShowsTheBoxes() throws {
        let shop = try RuntimeShop()
        _ = try shop.rentB07()
        let answers = shop.perform(.consignment(.loadBoard(shop.today)))
        guard answers.count == 1, case .consignment(.boardLoaded(let board, let message)) = answers[0] else { Issue.record("\(answers)"); return }
        #expect(board.map(\.box.code) == ["B07"])
        #expect(message == nil)
    }

    @Test func sellersAreFound() throws {
        let shop = try RuntimeShop()
        let lucie = try shop.addSeller()
        #expect(shop.perform(.consignment(.searchSellers("peti"))) == [.consignment(.sellersFound([lucie]))])
    }

    @Test func aSellerPageIsLoadedWithItsMessage() throws {
        let shop = try RuntimeShop()
        let (seller, rental) = try shop.rentB07()
        let answer = page(shop.perform(.consignment(.loadSellerPage(sellerId: seller.id, rentalId: rental.rental.id, message: "Bonjour"))))
        #expect(answer?.page.seller == seller)
        #expect(answer?.page.rentals.map(\.rental.id) == [rental.rental.id])
        #expect(answer?.page.balance == .zero)
        #expect(answer?.message == "Bonjour")
    }

    @Test func anUnknownSellerPageIsRefused() throws {
        let shop = try RuntimeShop()
        let request = Effect.consignment(.loadSellerPage(sellerId: 99))
        #expect(failure(shop.perform(request), request) == "Aucun déposant n'a le n° 99 : vérifiez le numéro.")
    }

    @Test func aNewSellerIsRegistered() throws {
        let shop = try RuntimeShop()
        let seller = Seller(lastName: "Petit", firstName: "Lucie", document: .passport, documentNumber: "P1")
        let answer = page(shop.perform(.consignment(.saveSeller(seller, actorId: shop.volunteer.id))))
        let id = try #require(answer?.page.seller.id)
        #expect(answer?.message == "Lucie Petit inscrit(e), déposant n° \(id). F3 : lui louer un box.")
        #expect(try shop.journaled("seller.created") == 1)
    }

    @Test func aSellerIsChanged() throws {
        let shop = try RuntimeShop()
        var seller = try shop.addSeller()
        seller.phone = "0601020304"
        let answer = page(shop.perform(.consignment(.saveSeller(seller, actorId: shop.volunteer.id))))
        #expect(answer?.message == "Fiche de Lucie Petit enregistrée.")
        #expect(try shop.ledger.seller(id: seller.id)?.phone == "0601020304")
    }

    @Test func aSellerWithoutNameIsRefused() throws {
        let shop = try RuntimeShop()
        let request = Effect.consignment(.saveSeller(Seller(lastName: "", firstName: "Lucie", document: .passport, documentNumber: "P1"),
                                                     actorId: shop.volunteer.id))
        #expect(failure(shop.perform(request), request) == "Nom : tapez le nom du déposant.")
    }

    @Test func bankDetailsNeedAResponsable() throws {
        let shop = try RuntimeShop()
        var seller = try shop.addSeller()
        seller.iban = Self.iban
        let request = Effect.consignment(.saveSeller(seller, actorId: shop.volunteer.id))
        #expect(failure(shop.perform(request), request) == "Les coordonnées bancaires d'un déposant ne changent qu'avec le code d'un responsable.")
    }

    @Test func bankDetailsAllowedByAResponsable() throws {
        let shop = try RuntimeShop()
        var seller = try shop.addSeller()
        seller.iban = Self.iban
        let answer = page(shop.perform(.consignment(.saveSellerBankDetails(seller, shop.approval()))))
        #expect(answer?.message == "Fiche de Lucie Petit enregistrée, IBAN autorisé par Sophie.")
        #expect(try shop.ledger.seller(id: seller.id)?.iban != nil)
    }

    @Test func bankDetailsOfANewSellerSayItsNumber() throws {
        let shop = try RuntimeShop()
        let seller = Seller(lastName: "Petit", firstName: "Lucie", document: .passport, documentNumber: "P1", iban: Self.iban)
        let answer = page(shop.perform(.consignment(.saveSellerBankDetails(seller, shop.approval()))))
        let id = try #require(answer?.page.seller.id)
        #expect(answer?.message == "Lucie Petit inscrit(e), déposant n° \(id), IBAN autorisé par Sophie.")
    }

    @Test func bankDetailsWithAWrongPinAreNotSaved() throws {
        let shop = try RuntimeShop()
        var seller = try shop.addSeller()
        seller.iban = Self.iban
        let answers = shop.perform(.consignment(.saveSellerBankDetails(seller, shop.approval("0000"))))
        guard answers.count == 1, case .approvalRefused(.pin) = answers[0] else { Issue.record("\(answers)"); return }
        #expect(try shop.ledger.seller(id: seller.id)?.iban == nil)
    }

    @Test func aVolunteerCannotAllowBankDetails() throws {
        let shop = try RuntimeShop()
        var seller = try shop.addSeller()
        seller.iban = Self.iban
        #expect(shop.perform(.consignment(.saveSellerBankDetails(seller, shop.approval("1111", by: shop.volunteer))))
            == [.approvalRefused(.notManager(name: "Camille"))])
    }

    @Test func aBoxIsSaved() throws {
        let shop = try RuntimeShop()
        let box = Box(code: "b08", size: "grand", weeklyRent: Money(cents: 700), monthlyRent: Money(cents: 2_000))
        let answers = shop.perform(.consignment(.saveBox(box, actorId: shop.manager.id)))
        guard answers.count == 1, case .consignment(.boardLoaded(let board, let message)) = answers[0] else { Issue.record("\(answers)"); return }
        #expect(message == "Box B08 enregistré.")
        #expect(board.map(\.box.code) == ["B08"])
    }

    @Test func aVolunteerCannotSaveABox() throws {
        let shop = try RuntimeShop()
        let request = Effect.consignment(.saveBox(RuntimeShop.b07, actorId: shop.volunteer.id))
        #expect(failure(shop.perform(request), request) == "Réservé aux responsables : demandez à un responsable de le faire avec son code.")
        #expect(try shop.ledger.boxes().isEmpty)
    }

    // MARK: Rentals

    private func rental(_ shop: RuntimeShop, rent: Money = .zero, payment: Rental.RentPayment = .deducted) throws -> Rental {
        try shop.ledger.saveBox(RuntimeShop.b07, by: shop.admin.id, till: RuntimeShop.till)
        let seller = try shop.addSeller()
        return Rental(sellerId: seller.id, boxCode: "B07", from: shop.today, to: shop.today.adding(days: 6), rent: rent, rentPayment: payment)
    }

    @Test func aRentalIsSignedAndItsContractPrinted() throws {
        let shop = try RuntimeShop()
        let answers = shop.perform(.consignment(.signRental(try rental(shop), actorId: shop.volunteer.id)))
        guard answers.count == 1, case .consignment(.rentalSigned(let page, let rentLine, let message)) = answers[0] else {
            Issue.record("\(answers)"); return
        }
        #expect(rentLine == nil)
        #expect(page.rentals.count == 1)
        #expect(message.hasPrefix("Box B07"))
        #expect(message.hasSuffix(" loué à Lucie Petit. Le contrat s'imprime."))
        #expect(shop.printed.contains("B07"))
        #expect(shop.printed.contains("Petit"))
        #expect(try shop.journaled("rental.signed") == 1)
    }

    @Test func aRentPaidAtTheTillComesAsALine() throws {
        let shop = try RuntimeShop()
        let answers = shop.perform(.consignment(.signRental(try rental(shop, rent: Money(cents: 500), payment: .atTill),
                                                            actorId: shop.volunteer.id)))
        guard case .consignment(.rentalSigned(_, let rentLine, _))? = answers.first else { Issue.record("\(answers)"); return }
        #expect(rentLine?.amount == Money(cents: 500))
    }

    @Test func aRentalWithoutPrinterSaysNothingPrints() throws {
        let shop = try RuntimeShop(printer: false)
        let answers = shop.perform(.consignment(.signRental(try rental(shop), actorId: shop.volunteer.id)))
        guard case .consignment(.rentalSigned(_, _, let message))? = answers.first else { Issue.record("\(answers)"); return }
        #expect(message.hasSuffix(" loué à Lucie Petit. Pas d'imprimante : rien n'est imprimé."))
    }

    @Test func aContractThatCannotPrintNamesItsRequest() throws {
        let shop = try RuntimeShop(brokenPrinter: true)
        let request = Effect.consignment(.signRental(try rental(shop), actorId: shop.volunteer.id))
        let answers = shop.perform(request)
        guard answers.count == 2, case .consignment(.rentalSigned) = answers[0] else { Issue.record("\(answers)"); return }
        #expect(failure([answers[1]], request)?.hasPrefix("Contrat du box B07 non imprimé : ") == true)
    }

    @Test func aRentalOfAnUnknownBoxIsRefused() throws {
        let shop = try RuntimeShop()
        var rental = try rental(shop)
        rental.boxCode = "Z99"
        let request = Effect.consignment(.signRental(rental, actorId: shop.volunteer.id))
        #expect(failure(shop.perform(request), request) == "Il n'y a pas de box « Z99 » : vérifiez le code.")
    }

    @Test func aRentalIsExtendedWithItsRent() throws {
        let shop = try RuntimeShop()
        let (seller, signed) = try shop.rentB07()
        let to = shop.today.adding(days: 13)
        let answer = page(shop.perform(.consignment(.extendRental(rentalId: signed.rental.id, sellerId: seller.id, to: to,
                                                                  rent: Money(cents: 500), actorId: shop.volunteer.id))))
        #expect(answer?.message?.hasPrefix("Location prolongée : ") == true)
        #expect(answer?.message?.hasSuffix(", 5,00 € de loyer déduit des ventes.") == true)
        #expect(try shop.ledger.rental(id: signed.rental.id)?.rental.to == to)
    }

    @Test func anExtensionMustEndLater() throws {
        let shop = try RuntimeShop()
        let (seller, signed) = try shop.rentB07()
        let request = Effect.consignment(.extendRental(rentalId: signed.rental.id, sellerId: seller.id, to: shop.today,
                                                       rent: .zero, actorId: shop.volunteer.id))
        #expect(failure(shop.perform(request), request)
            == "La nouvelle fin (\(shop.today.french)) doit être après la fin actuelle (\(shop.today.adding(days: 6).french)).")
    }

    @Test func aRentalIsEndedEarly() throws {
        let shop = try RuntimeShop()
        let (seller, signed) = try shop.rentB07()
        let answer = page(shop.perform(.consignment(.endRentalEarly(rentalId: signed.rental.id, sellerId: seller.id, actorId: shop.volunteer.id))))
        #expect(answer?.message == "Location du box B07 terminée : R rend l'article choisi, D le donne à la friperie.")
        // It ends yesterday: the box is free today.
        #expect(try shop.ledger.rental(id: signed.rental.id)?.rental.to == shop.today.adding(days: -1))
    }

    @Test func anEndedRentalCannotEndAgain() throws {
        let shop = try RuntimeShop()
        let (seller, signed) = try shop.rentB07()
        _ = try shop.ledger.endRentalEarly(id: signed.rental.id, today: shop.today, by: shop.volunteer.id, till: RuntimeShop.till)
        let request = Effect.consignment(.endRentalEarly(rentalId: signed.rental.id, sellerId: seller.id, actorId: shop.volunteer.id))
        let message = failure(shop.perform(request), request)
        #expect(message?.hasSuffix(" est déjà finie.") == true)
    }

    // MARK: Items

    @Test func anItemIsRegistered() throws {
        let shop = try RuntimeShop()
        let (seller, signed) = try shop.rentB07()
        let answers = shop.perform(.consignment(.registerItem(rentalId: signed.rental.id, sellerId: seller.id, description: "Lampe",
                                                              price: Money(cents: 1_200), actorId: shop.volunteer.id)))
        guard answers.count == 1, case .consignment(.itemRegistered(let item, let page)) = answers[0] else { Issue.record("\(answers)"); return }
        #expect(item.description == "Lampe")
        #expect(item.status == .inStock)
        #expect(page.items == [item])
    }

    @Test func anItemWithoutPriceIsRefused() throws {
        let shop = try RuntimeShop()
        let (seller, signed) = try shop.rentB07()
        let request = Effect.consignment(.registerItem(rentalId: signed.rental.id, sellerId: seller.id, description: "Lampe",
                                                       price: .zero, actorId: shop.volunteer.id))
        let message = failure(shop.perform(request), request)
        #expect(message?.hasPrefix("Prix") == true)
        #expect(try shop.ledger.items(rental: signed.rental.id).isEmpty)
    }

    @Test func anItemIsReturned() throws {
        let shop = try RuntimeShop()
        let (seller, _, item) = try shop.consignedItem()
        let answer = page(shop.perform(.consignment(.endItem(itemId: item.id, sellerId: seller.id, donatedGrams: nil, donated: false,
                                                             actorId: shop.volunteer.id))))
        #expect(answer?.message == "\(item.code.text) « Lampe » rendu au déposant.")
        #expect(answer?.page.ending == true)
        #expect(answer?.page.items.first?.status == .returned)
    }

    @Test func anItemIsDonatedWithItsWeight() throws {
        let shop = try RuntimeShop()
        let (seller, _, item) = try shop.consignedItem()
        let answer = page(shop.perform(.consignment(.endItem(itemId: item.id, sellerId: seller.id, donatedGrams: 400, donated: true,
                                                             actorId: shop.volunteer.id))))
        #expect(answer?.message == "\(item.code.text) « Lampe » donné à la friperie (0,400 kg).")
        #expect(answer?.page.items.first?.status == .donated(grams: 400))
    }

    @Test func aDonatedItemNeedsAWeightAboveZero() throws {
        let shop = try RuntimeShop()
        let (seller, _, item) = try shop.consignedItem()
        let request = Effect.consignment(.endItem(itemId: item.id, sellerId: seller.id, donatedGrams: 0, donated: true, actorId: shop.volunteer.id))
        #expect(failure(shop.perform(request), request) == "Poids : tapez le poids de l'article donné, par exemple 0,4 (kg).")
    }

    @Test func labelsArePrinted() throws {
        let shop = try RuntimeShop()
        let (_, rental, item) = try shop.consignedItem()
        #expect(shop.perform(.consignment(.printLabels(rentalId: rental.rental.id, operatorId: shop.volunteer.id)))
            == [.notice("1 étiquette imprimée.")])
        #expect(shop.printed.contains(item.code.text))
    }

    @Test func anEmptyBoxHasNoLabels() throws {
        let shop = try RuntimeShop()
        let (_, rental) = try shop.rentB07()
        let request = Effect.consignment(.printLabels(rentalId: rental.rental.id, operatorId: shop.volunteer.id))
        #expect(failure(shop.perform(request), request) == "Aucun article en box : rien à étiqueter.")
    }

    @Test func labelsWithoutPrinterAreRefused() throws {
        let shop = try RuntimeShop(printer: false)
        let (_, rental, _) = try shop.consignedItem()
        let request = Effect.consignment(.printLabels(rentalId: rental.rental.id, operatorId: shop.volunteer.id))
        #expect(failure(shop.perform(request), request) == "Pas d'imprimante configurée : les étiquettes ne peuvent pas s'imprimer.")
    }

    @Test func labelsThatCannotPrintNameTheirRequest() throws {
        let shop = try RuntimeShop(brokenPrinter: true)
        let (_, rental, _) = try shop.consignedItem()
        let request = Effect.consignment(.printLabels(rentalId: rental.rental.id, operatorId: shop.volunteer.id))
        #expect(failure(shop.perform(request), request)?.hasPrefix("Étiquettes non imprimées (F4 pour réessayer) : ") == true)
    }

    // MARK: Statements and payouts

    /// Lucie's lamp sold at the till: her balance is her share of it.
    private func soldItem(_ shop: RuntimeShop, iban: Bool = false) throws -> (seller: Seller, balance: Money) {
        let (seller, _, item) = try shop.consignedItem()
        if iban {
            var withIban = seller
            withIban.iban = Self.iban
            _ = try shop.ledger.saveSeller(withIban, by: shop.volunteer.id, authorizedBy: shop.manager.id, till: RuntimeShop.till)
        }
        try shop.sellInLedger(try shop.ledger.saleLine(label: item.code.text))
        return (seller, try shop.ledger.sellerBalance(seller: seller.id))
    }

    @Test func aStatementIsLoaded() throws {
        let shop = try RuntimeShop()
        let (seller, _) = try soldItem(shop)
        let answers = shop.perform(.consignment(.loadStatement(sellerId: seller.id, from: shop.today.adding(days: -1), to: shop.today)))
        guard answers.count == 1, case .consignment(.statementLoaded(let statement)) = answers[0] else { Issue.record("\(answers)"); return }
        #expect(statement.seller.id == seller.id)
        #expect(statement.sales.map(\.description) == ["Lampe"])
    }

    @Test func aStatementIsPrinted() throws {
        let shop = try RuntimeShop()
        let (seller, _) = try soldItem(shop)
        #expect(shop.perform(.consignment(.printStatement(sellerId: seller.id, from: shop.today, to: shop.today)))
            == [.notice("Relevé imprimé.")])
        #expect(shop.printed.contains("Lampe"))
        #expect(shop.printed.contains("12,00"))
    }

    @Test func aStatementWithoutPrinterStaysOnScreen() throws {
        let shop = try RuntimeShop(printer: false)
        let seller = try shop.addSeller()
        let request = Effect.consignment(.printStatement(sellerId: seller.id, from: shop.today, to: shop.today))
        #expect(failure(shop.perform(request), request) == "Pas d'imprimante configurée : le relevé reste à l'écran.")
    }

    @Test func aCashPayoutIsJournaledPrintedAndKicks() throws {
        let shop = try RuntimeShop()
        let (seller, balance) = try soldItem(shop)
        #expect(balance > .zero)
        let answers = shop.perform(.consignment(.payout(sellerId: seller.id, amount: balance, method: .cash, shop.approval())))
        guard answers.count == 1, case .consignment(.payoutMade(let page, let method, let message)) = answers[0] else { Issue.record("\(answers)"); return }
        #expect(message == "\(balance.formatted) reversés à Lucie Petit (espèces), autorisé par Sophie. Solde : 0,00 €. Le bon s'imprime.")
        #expect(page.balance == .zero)
        #expect(method == .cash)
        #expect(try shop.journaled("payout.made") == 1)
        #expect(shop.printed.contains("Petit"))
        #expect(shop.printedBytes.contains(drawerKick))
    }

    @Test func aTransferPayoutDoesNotKick() throws {
        let shop = try RuntimeShop()
        let (seller, balance) = try soldItem(shop, iban: true)
        let answers = shop.perform(.consignment(.payout(sellerId: seller.id, amount: balance, method: .transfer, shop.approval())))
        guard answers.count == 1, case .consignment(.payoutMade(_, let method, let message)) = answers[0] else { Issue.record("\(answers)"); return }
        #expect(message.contains("(virement)"))
        #expect(method == .transfer)
        #expect(!shop.printedBytes.isEmpty)
        #expect(!shop.printedBytes.contains(drawerKick))
    }

    @Test func aPayoutOfNothingIsRefused() throws {
        let shop = try RuntimeShop()
        let (seller, _) = try soldItem(shop)
        let request = Effect.consignment(.payout(sellerId: seller.id, amount: .zero, method: .cash, shop.approval()))
        #expect(failure(shop.perform(request), request) == "Montant : tapez un montant à reverser, par exemple 12,50.")
        #expect(shop.printedBytes.isEmpty)
    }

    @Test func aTransferNeedsAnIban() throws {
        let shop = try RuntimeShop()
        let (seller, balance) = try soldItem(shop)
        let request = Effect.consignment(.payout(sellerId: seller.id, amount: balance, method: .transfer, shop.approval()))
        #expect(failure(shop.perform(request), request)
            == "Lucie Petit n'a pas d'IBAN : ajoutez-le à sa fiche (RIB) ou payez en espèces.")
    }

    @Test func aPayoutWithAWrongPinIsRefused() throws {
        let shop = try RuntimeShop()
        let (seller, balance) = try soldItem(shop)
        let answers = shop.perform(.consignment(.payout(sellerId: seller.id, amount: balance, method: .cash, shop.approval("0000"))))
        guard answers.count == 1, case .approvalRefused(.pin) = answers[0] else { Issue.record("\(answers)"); return }
        #expect(try shop.journaled("payout.made") == 0)
        #expect(shop.printedBytes.isEmpty)
    }

    @Test func noCashPayoutWithoutAnOpenSession() throws {
        let shop = try RuntimeShop()
        let (seller, balance) = try soldItem(shop)
        try shop.closeSessionInLedger()
        let request = Effect.consignment(.payout(sellerId: seller.id, amount: balance, method: .cash, shop.approval()))
        #expect(failure(shop.perform(request), request)
            == "La caisse Caisse 1 n'est pas ouverte : un reversement en espèces sort du tiroir d'une caisse ouverte.")
        #expect(shop.printedBytes.isEmpty)
    }

    @Test func aCashPayoutWhosePrinterFailsIsStillMade() throws {
        let shop = try RuntimeShop(brokenPrinter: true)
        let (seller, balance) = try soldItem(shop)
        let request = Effect.consignment(.payout(sellerId: seller.id, amount: balance, method: .cash, shop.approval()))
        let answers = shop.perform(request)
        guard answers.count == 3, case .consignment(.payoutMade) = answers[0] else { Issue.record("\(answers)"); return }
        #expect(failure([answers[1]], request)?.hasPrefix("Bon de reversement non imprimé (le reversement est enregistré) : ") == true)
        #expect(failure([answers[2]], request)?.hasPrefix("Tiroir non ouvert (le reversement est enregistré) : ") == true)
        #expect(try shop.journaled("payout.made") == 1)
    }

    @Test func aStatementThatCannotPrintNamesItsRequest() throws {
        let shop = try RuntimeShop(brokenPrinter: true)
        let seller = try shop.addSeller()
        let request = Effect.consignment(.printStatement(sellerId: seller.id, from: shop.today, to: shop.today))
        #expect(failure(shop.perform(request), request)?.hasPrefix("Relevé non imprimé (F2 pour réessayer) : ") == true)
    }

    @Test func anUnknownSellerHasNoStatement() throws {
        let shop = try RuntimeShop()
        let request = Effect.consignment(.loadStatement(sellerId: 99, from: shop.today, to: shop.today))
        #expect(failure(shop.perform(request), request)?.hasPrefix("Aucun déposant n'a le n° 99") == true)
    }
}
