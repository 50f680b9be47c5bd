// Covers SaleEffect: resolveCode (a product; an unknown code), commitSale (committed;
// refused « Vente NON enregistrée »), printReceipt (number and total printed; duplicate
// journaled; drawer kick; training has none — see TrainingPerformerTests; unknown ticket;
// printer failing → printFailed), openDrawer (kick; printer failing), openDrawerApproved
// (journaled and kicked; wrong PIN; volunteer; no reason), parkTicket (parked; empty
// refused), loadParked, resumeParked (resumed; unknown refused), cancelTicket (counter-entry;
// no open session; wrong PIN), loadRefundable (loaded; unknown refused), refund (in cash, by
// credit note; no open session; volunteer), loadHousehold (standing; unknown → nil),
// epicerieOverride (granted; volunteer), resolveLabel (item line; not a label),
// resolveHandwritten (box line; unknown box).
import Foundation
import Testing
import ComptoirCore
import ComptoirLedger
import ComptoirUI
@testable import ComptoirRuntime

@Suite struct SalePerformerTests {
    static let line = CartLine(code: nil, label: "Vaisselle", activity: .autre, unitPrice: Money(cents: 250))

    // MARK: Codes and the commit

    @Test func aProductCodeIsResolved() throws {
        let shop = try RuntimeShop()
        let savon = try shop.addProduct(stock: 3)
        #expect(shop.perform(.sale(.resolveCode("SAVON", quantity: 2)))
            == [.sale(.codeResolved(code: "SAVON", quantity: 2, item: .product(savon)))])
    }

    @Test func anUnknownCodeResolvesToNothing() throws {
        let shop = try RuntimeShop()
        #expect(shop.perform(.sale(.resolveCode("INCONNU", quantity: 1)))
            == [.sale(.codeResolved(code: "INCONNU", quantity: 1, item: nil))])
    }

    @Test func aSaleIsCommittedWithItsChange() throws {
        let shop = try RuntimeShop()
        let payment = try Payment.cash(total: Money(cents: 250), given: Money(cents: 1_000)).get()
        let answers = shop.perform(.sale(.commitSale(TicketDraft(lines: [Self.line], payments: [payment]), operatorId: shop.volunteer.id,
                                                     sessionId: shop.session.id)))
        guard case .sale(.saleCommitted(let number, let change, let note))? = answers.first, answers.count == 1 else {
            Issue.record("\(answers)"); return
        }
        #expect(change == Money(cents: 750))
        #expect(note == nil)
        #expect(try shop.ledger.ticket(number: number)?.total == Money(cents: 250))
    }

    @Test func aRefusedSaleSaysItIsNotRecorded() throws {
        let shop = try RuntimeShop()
        let request = Effect.sale(.commitSale(TicketDraft(lines: [], payments: []), operatorId: shop.volunteer.id, sessionId: shop.session.id))
        #expect(failure(shop.perform(request), request)
            == "Vente NON enregistrée : Le ticket est vide : ajoutez au moins un article avant d'encaisser.")
        #expect(try shop.ledger.ticketCount() == 0)
    }

    // MARK: The receipt and the drawer

    @Test func aReceiptPrintsItsNumberAndTotal() throws {
        let shop = try RuntimeShop()
        let number = try #require(shop.sell())
        let answers = shop.perform(.sale(.printReceipt(number: number, duplicate: false, openDrawer: false, operatorId: shop.volunteer.id)))
        #expect(answers == [.sale(.printed(number: number, duplicate: false))])
        #expect(shop.printed.contains("Ticket n"))
        #expect(shop.printed.contains(" \(number) "))
        #expect(shop.printed.contains("TOTAL"))
        #expect(shop.printed.contains("2,50"))
        #expect(!shop.printed.contains("DUPLICATA"))
        #expect(!shop.printedBytes.contains(drawerKick))
        #expect(try shop.journaled("ticket.reprinted") == 0)
    }

    @Test func aDuplicateIsJournaledAndMarked() throws {
        let shop = try RuntimeShop()
        let number = try #require(shop.sell())
        let answers = shop.perform(.sale(.printReceipt(number: number, duplicate: true, openDrawer: false, operatorId: shop.volunteer.id)))
        #expect(answers == [.sale(.printed(number: number, duplicate: true))])
        #expect(shop.printed.contains("DUPLICATA"))
        #expect(try shop.journaled("ticket.reprinted") == 1)
    }

    @Test func aCashReceiptKicksTheDrawer() throws {
        let shop = try RuntimeShop()
        let number = try #require(shop.sell())
        _ = shop.perform(.sale(.printReceipt(number: number, duplicate: false, openDrawer: true, operatorId: shop.volunteer.id)))
        #expect(shop.printedBytes.contains(drawerKick))
    }

    @Test func anUnknownTicketIsNotPrinted() throws {
        let shop = try RuntimeShop()
        let request = Effect.sale(.printReceipt(number: 99, duplicate: false, openDrawer: false, operatorId: shop.volunteer.id))
        #expect(failure(shop.perform(request), request) == "Il n'y a pas de ticket n° 99 : vérifiez le numéro.")
        #expect(shop.printedBytes.isEmpty)
    }

    @Test func aFailingPrinterLeavesTheReceiptPending() throws {
        let shop = try RuntimeShop(brokenPrinter: true)
        let number = try #require(shop.sell())
        let answers = shop.perform(.sale(.printReceipt(number: number, duplicate: false, openDrawer: true, operatorId: shop.volunteer.id)))
        guard answers.count == 1, case .sale(.printFailed(let pending, let message)) = answers[0] else { Issue.record("\(answers)"); return }
        #expect(pending == PendingPrint(number: number, duplicate: false))
        #expect(message.contains("absente/imprimante.bin"))
    }

    @Test func theDrawerIsKicked() throws {
        let shop = try RuntimeShop()
        #expect(shop.perform(.sale(.openDrawer)) == [])
        #expect(shop.printedBytes.contains(drawerKick))
    }

    @Test func aDrawerThatCannotOpenSaysSo() throws {
        let shop = try RuntimeShop(brokenPrinter: true)
        let request = Effect.sale(.openDrawer)
        let message = failure(shop.perform(request), request)
        #expect(message?.hasPrefix("Tiroir non ouvert : ") == true)
        // Journaled, so the Z's cash count can be explained; the chain still verifies.
        #expect(try shop.lastPayload("drawer.failed")?.contains("imprimante") == true)
        #expect(try shop.ledger.verify().isOK)
    }

    @Test func anApprovedOpeningIsJournaledAndKicks() throws {
        let shop = try RuntimeShop()
        #expect(shop.perform(.sale(.openDrawerApproved(shop.approval(reason: "faire de la monnaie")))) == [.sale(.drawerOpened(by: "Sophie"))])
        #expect(try shop.lastPayload("drawer.opened")?.contains("faire de la monnaie") == true)
        #expect(shop.printedBytes.contains(drawerKick))
    }

    @Test func anApprovedOpeningWithAWrongPinDoesNothing() throws {
        let shop = try RuntimeShop()
        let answers = shop.perform(.sale(.openDrawerApproved(shop.approval("0000"))))
        guard answers.count == 1, case .approvalRefused(.pin(.wrongPin)) = answers[0] else { Issue.record("\(answers)"); return }
        #expect(try shop.journaled("drawer.opened") == 0)
        #expect(shop.printedBytes.isEmpty)
    }

    @Test func aVolunteerCannotAllowAnOpening() throws {
        let shop = try RuntimeShop()
        #expect(shop.perform(.sale(.openDrawerApproved(shop.approval("1111", by: shop.volunteer))))
            == [.approvalRefused(.notManager(name: "Camille"))])
        #expect(shop.printedBytes.isEmpty)
    }

    @Test func anOpeningNeedsAReason() throws {
        let shop = try RuntimeShop()
        let request = Effect.sale(.openDrawerApproved(shop.approval(reason: " ")))
        #expect(failure(shop.perform(request), request)
            == "Donnez la raison de l'ouverture du tiroir (par exemple : faire de la monnaie).")
        #expect(shop.printedBytes.isEmpty)
    }

    // MARK: Parked tickets

    @Test func aTicketIsParkedListedAndResumed() throws {
        let shop = try RuntimeShop()
        guard case .sale(.parked(let parked))? = shop.perform(.sale(.parkTicket([Self.line], operatorId: shop.volunteer.id))).first else {
            Issue.record("not parked"); return
        }
        #expect(parked.lines == [Self.line])
        #expect(shop.perform(.sale(.loadParked)) == [.sale(.parkedLoaded([parked]))])
        #expect(shop.perform(.sale(.resumeParked(id: parked.id, operatorId: shop.volunteer.id))) == [.sale(.resumed([Self.line]))])
        #expect(shop.perform(.sale(.loadParked)) == [.sale(.parkedLoaded([]))])
        #expect(try shop.journaled("ticket.resumed") == 1)
    }

    @Test func anEmptyTicketIsNotParked() throws {
        let shop = try RuntimeShop()
        let request = Effect.sale(.parkTicket([], operatorId: shop.volunteer.id))
        #expect(failure(shop.perform(request), request) == "Le ticket est vide : rien à mettre en attente.")
    }

    @Test func anUnknownParkedTicketIsNotResumed() throws {
        let shop = try RuntimeShop()
        let request = Effect.sale(.resumeParked(id: 42, operatorId: shop.volunteer.id))
        #expect(failure(shop.perform(request), request) == "Ce ticket en attente n'existe pas.")
    }

    // MARK: Counter-entries

    @Test func aTicketIsCancelled() throws {
        let shop = try RuntimeShop()
        let number = try #require(shop.sell())
        let answers = shop.perform(.sale(.cancelTicket(number, shop.approval(reason: "erreur de saisie"))))
        guard answers.count == 1, case .sale(.counterEntryCommitted(let entry)) = answers[0] else { Issue.record("\(answers)"); return }
        #expect(entry.kind == .cancellation)
        #expect(entry.original == number)
        #expect(entry.number == number + 1)
        #expect(entry.cashBack == Money(cents: 250))
        #expect(entry.by == "Sophie")
        #expect(try shop.ledger.ticket(number: entry.number)?.kind == "cancellation")
    }

    @Test func theTicketToCancelIsLookedUpBeforeThePin() throws {
        let shop = try RuntimeShop()
        let number = try #require(shop.sell())
        guard case .sale(.ticketLookedUp(number, let preview?))? = shop.perform(.sale(.lookUpTicket(number))).first else {
            Issue.record("no ticket"); return
        }
        #expect(preview.number == number && preview.total == Money(cents: 250) && !preview.lines.isEmpty)
        #expect(preview.payments.map(\.amount).reduce(.zero, +) == Money(cents: 250))
        #expect(shop.perform(.sale(.lookUpTicket(999))) == [.sale(.ticketLookedUp(number: 999, nil))])
        #expect(shop.perform(.sale(.loadTicketPreview(number))) == [.sale(.ticketPreviewLoaded(preview))], "the refund window's view")
        #expect(shop.perform(.sale(.loadTicketPreview(999))).isEmpty)
        _ = shop.perform(.sale(.cancelTicket(number, shop.approval(reason: "erreur"))))
        let request = Effect.sale(.lookUpTicket(number))
        #expect(failure(shop.perform(request), request)?.contains("déjà annulé") == true)
        #expect(try shop.ledger.ticketCount() == 2, "a look-up writes nothing")
    }

    @Test func noCancellationWithoutAnOpenSession() throws {
        let shop = try RuntimeShop()
        let number = try #require(shop.sell())
        try shop.closeSessionInLedger()
        let request = Effect.sale(.cancelTicket(number, shop.approval()))
        #expect(failure(shop.perform(request), request) == "La caisse n'est pas ouverte : rien n'a été annulé.")
    }

    @Test func aCancellationWithAWrongPinIsRefused() throws {
        let shop = try RuntimeShop()
        let number = try #require(shop.sell())
        let answers = shop.perform(.sale(.cancelTicket(number, shop.approval("0000"))))
        guard answers.count == 1, case .approvalRefused(.pin) = answers[0] else { Issue.record("\(answers)"); return }
        #expect(try shop.ledger.ticketCount() == 1)
    }

    @Test func aRefundableTicketIsLoaded() throws {
        let shop = try RuntimeShop()
        let number = try #require(shop.sell())
        guard case .sale(.refundableLoaded(let ticket))? = shop.perform(.sale(.loadRefundable(number))).first else {
            Issue.record("not loaded"); return
        }
        #expect(ticket.number == number)
        #expect(ticket.lines.map(\.refundable) == [1])
    }

    @Test func anUnknownTicketIsNotRefundable() throws {
        let shop = try RuntimeShop()
        let request = Effect.sale(.loadRefundable(77))
        let message = failure(shop.perform(request), request)
        #expect(message?.contains("77") == true)
    }

    @Test func aRefundInCash() throws {
        let shop = try RuntimeShop()
        let number = try #require(shop.sell())
        let refund = RefundRequest(number: number, items: [.init(position: 1, quantity: 1)], method: .cash, amount: Money(cents: 250))
        let answers = shop.perform(.sale(.refund(refund, shop.approval(reason: "article abîmé"))))
        guard answers.count == 1, case .sale(.counterEntryCommitted(let entry)) = answers[0] else { Issue.record("\(answers)"); return }
        #expect(entry.kind == .refund)
        #expect(entry.original == number)
        #expect(entry.cashBack == Money(cents: 250))
        #expect(entry.creditNote == nil)
        #expect(entry.by == "Sophie")
    }

    @Test func aRefundByCreditNote() throws {
        let shop = try RuntimeShop()
        let number = try #require(shop.sell())
        let refund = RefundRequest(number: number, items: [.init(position: 1, quantity: 1)], method: .creditNote, amount: Money(cents: 250))
        let answers = shop.perform(.sale(.refund(refund, shop.approval(reason: "article abîmé"))))
        guard answers.count == 1, case .sale(.counterEntryCommitted(let entry)) = answers[0] else { Issue.record("\(answers)"); return }
        #expect(entry.cashBack == .zero)
        #expect(entry.creditNote?.value == Money(cents: 250))
        #expect(try entry.creditNote.flatMap { try shop.ledger.creditNote(code: $0.code) } != nil)
    }

    @Test func noRefundWithoutAnOpenSession() throws {
        let shop = try RuntimeShop()
        let number = try #require(shop.sell())
        try shop.closeSessionInLedger()
        let refund = RefundRequest(number: number, items: [.init(position: 1, quantity: 1)], method: .cash, amount: Money(cents: 250))
        let request = Effect.sale(.refund(refund, shop.approval()))
        #expect(failure(shop.perform(request), request) == "La caisse n'est pas ouverte : rien n'a été remboursé.")
    }

    @Test func aVolunteerCannotAllowARefund() throws {
        let shop = try RuntimeShop()
        let number = try #require(shop.sell())
        let refund = RefundRequest(number: number, items: [.init(position: 1, quantity: 1)], method: .cash, amount: Money(cents: 250))
        #expect(shop.perform(.sale(.refund(refund, shop.approval("1111", by: shop.volunteer))))
            == [.approvalRefused(.notManager(name: "Camille"))])
    }

    // MARK: The épicerie

    @Test func aHouseholdIsLoadedWithItsStanding() throws {
        let shop = try RuntimeShop()
        let household = try shop.addHousehold()
        let answers = shop.perform(.sale(.loadHousehold(household.number)))
        guard case .sale(.householdLoaded(let number, let standing))? = answers.first else { Issue.record("\(answers)"); return }
        #expect(number == household.number)
        #expect(standing?.number == household.number)
        #expect(standing?.persons == 3)
    }

    @Test func anUnknownHouseholdLoadsAsNone() throws {
        let shop = try RuntimeShop()
        #expect(shop.perform(.sale(.loadHousehold(404))) == [.sale(.householdLoaded(number: 404, nil))])
    }

    @Test func anOverrideIsGrantedByAResponsable() throws {
        let shop = try RuntimeShop()
        #expect(shop.perform(.sale(.epicerieOverride(shop.approval(reason: "urgence")))) ==
            [.sale(.overrideGranted(managerId: shop.manager.id, name: "Sophie", reason: "urgence"))])
    }

    @Test func aVolunteerCannotGrantAnOverride() throws {
        let shop = try RuntimeShop()
        #expect(shop.perform(.sale(.epicerieOverride(shop.approval("1111", by: shop.volunteer))))
            == [.approvalRefused(.notManager(name: "Camille"))])
    }

    // MARK: Consigned items

    @Test func anItemLabelIsResolved() throws {
        let shop = try RuntimeShop()
        let (_, _, item) = try shop.consignedItem()
        let answers = shop.perform(.sale(.resolveLabel(item.code.text)))
        guard case .sale(.consignedLineResolved(let line))? = answers.first else { Issue.record("\(answers)"); return }
        #expect(line.unitPrice == Money(cents: 1_200))
        #expect(line.label.contains("Lampe"))
    }

    @Test func aTextThatIsNoLabelIsRefused() throws {
        let shop = try RuntimeShop()
        let request = Effect.sale(.resolveLabel("BONJOUR"))
        #expect(failure(shop.perform(request), request) == "« BONJOUR » n'est pas une étiquette de dépôt de la boutique.")
    }

    @Test func aHandwrittenLabelIsResolved() throws {
        let shop = try RuntimeShop()
        _ = try shop.rentB07()
        let answers = shop.perform(.sale(.resolveHandwritten(box: "B07", price: Money(cents: 300))))
        guard case .sale(.consignedLineResolved(let line))? = answers.first else { Issue.record("\(answers)"); return }
        #expect(line.unitPrice == Money(cents: 300))
    }

    @Test func aHandwrittenLabelOfAnUnknownBoxIsRefused() throws {
        let shop = try RuntimeShop()
        let request = Effect.sale(.resolveHandwritten(box: "Z99", price: Money(cents: 300)))
        #expect(failure(shop.perform(request), request) == "Il n'y a pas de box « Z99 » : vérifiez le code écrit sur l'étiquette.")
    }

    // MARK: Counter-entry receipts and a drawer that fails after the journal

    @Test func aCancellationReceiptNamesTheTicketItCancels() throws {
        let shop = try RuntimeShop()
        let number = try #require(shop.sell())
        guard case .sale(.counterEntryCommitted(let entry))? = shop.perform(.sale(.cancelTicket(number, shop.approval()))).first else {
            Issue.record("not cancelled"); return
        }
        #expect(shop.perform(.sale(.printReceipt(number: entry.number, duplicate: false, openDrawer: false, operatorId: shop.volunteer.id)))
            == [.sale(.printed(number: entry.number, duplicate: false))])
        #expect(shop.printed.contains("ANNULATION DU TICKET N"))
    }

    @Test func aRefundReceiptNamesTheTicketItRefunds() throws {
        let shop = try RuntimeShop()
        let number = try #require(shop.sell())
        let refund = RefundRequest(number: number, items: [.init(position: 1, quantity: 1)], method: .cash, amount: Money(cents: 250))
        guard case .sale(.counterEntryCommitted(let entry))? = shop.perform(.sale(.refund(refund, shop.approval()))).first else {
            Issue.record("not refunded"); return
        }
        _ = shop.perform(.sale(.printReceipt(number: entry.number, duplicate: false, openDrawer: false, operatorId: shop.volunteer.id)))
        #expect(shop.printed.contains("REMBOURSEMENT DU TICKET N"))
    }

    @Test func anApprovedOpeningWhoseDrawerFailsIsStillJournaled() throws {
        let shop = try RuntimeShop(brokenPrinter: true)
        let request = Effect.sale(.openDrawerApproved(shop.approval(reason: "monnaie")))
        let answers = shop.perform(request)
        guard answers.count == 2 else { Issue.record("\(answers)"); return }
        #expect(answers[0] == .sale(.drawerOpened(by: "Sophie")))
        #expect(failure([answers[1]], request)?.hasPrefix("Tiroir non ouvert (la demande est notée au journal) : ") == true)
        #expect(try shop.journaled("drawer.opened") == 1)
    }
}
