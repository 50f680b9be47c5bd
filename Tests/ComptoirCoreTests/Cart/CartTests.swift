import ComptoirCore
import Testing

@Suite("The cart at the till")
struct CartTests {
    let tshirt = CartLine(code: "TS", label: "T-shirt", activity: .friperie, unitPrice: Money(cents: 100))
    let trousers = CartLine(code: "PA", label: "Pantalon", activity: .friperie, unitPrice: Money(cents: 200))

    func freePrice(_ cents: Int64) -> CartLine {
        CartLine(code: nil, label: "Prix libre", activity: .friperie, unitPrice: Money(cents: cents))
    }

    @Test func newCartIsEmpty() {
        let cart = Cart()
        #expect(cart.isEmpty)
        #expect(cart.total == .zero)
        #expect(cart.itemCount == 0)
    }

    @Test func addingTheSameCodeAtTheSamePriceMerges() {
        var cart = Cart()
        #expect(cart.add(tshirt) == 0)
        #expect(cart.add(trousers) == 1)
        #expect(cart.add(tshirt) == 0)
        #expect(cart.lines.count == 2)
        #expect(cart.lines[0].quantity == 2)
        #expect(cart.total == Money(cents: 400))
        #expect(cart.itemCount == 3)
    }

    @Test func sameCodeAtAnotherPriceIsANewLine() {
        var cart = Cart()
        cart.add(tshirt)
        var discounted = tshirt
        discounted.unitPrice = Money(cents: 50)
        #expect(cart.add(discounted) == 1)
        #expect(cart.lines.map(\.quantity) == [1, 1])
        #expect(cart.total == Money(cents: 150))
    }

    @Test func freePriceLinesNeverMerge() {
        var cart = Cart()
        cart.add(freePrice(350))
        cart.add(freePrice(350))
        #expect(cart.lines.count == 2)
        #expect(cart.lines.allSatisfy { $0.quantity == 1 })
        #expect(cart.total == Money(cents: 700))
    }

    @Test func mergingAddsTheQuantityAndStopsAtTheMaximum() {
        var cart = Cart()
        var three = tshirt
        three.quantity = 3
        cart.add(three)
        cart.add(three)
        #expect(cart.lines[0].quantity == 6)
        var many = tshirt
        many.quantity = 998
        cart.add(many)
        #expect(cart.lines[0].quantity == Cart.maximumQuantity)
    }

    @Test func setQuantity() {
        var cart = Cart()
        cart.add(tshirt)
        cart.add(trousers)
        #expect(cart.setQuantity(5, at: 1) == nil)
        #expect(cart.lines[1].quantity == 5)
        #expect(cart.lines[1].amount == Money(cents: 1000))
        #expect(cart.total == Money(cents: 1100))
        #expect(cart.itemCount == 6)
        #expect(cart.setQuantity(999, at: 0) == nil)
        #expect(cart.lines[0].quantity == 999)
    }

    @Test("refused quantities leave the cart unchanged", arguments: [
        (0, "La quantité doit être d'au moins 1."),
        (-1, "La quantité doit être d'au moins 1."),
        (1000, "La quantité ne peut pas dépasser 999."),
        (Int.max, "La quantité ne peut pas dépasser 999."),
    ])
    func refusedQuantity(quantity: Int, message: String) {
        var cart = Cart()
        cart.add(tshirt)
        cart.add(tshirt)
        let before = cart
        #expect(cart.setQuantity(quantity, at: 0) == message)
        #expect(cart == before)
        #expect(cart.lines[0].quantity == 2)
    }

    @Test func setQuantityOnNoLine() {
        var cart = Cart()
        cart.add(tshirt)
        let before = cart
        #expect(cart.setQuantity(2, at: 1) == "Aucune ligne sélectionnée.")
        #expect(cart.setQuantity(2, at: -1) == "Aucune ligne sélectionnée.")
        #expect(cart == before)
    }

    @Test func remove() {
        var cart = Cart()
        cart.add(tshirt)
        cart.add(trousers)
        cart.add(freePrice(1250))
        cart.remove(at: 1)
        #expect(cart.lines.map(\.label) == ["T-shirt", "Prix libre"])
        #expect(cart.total == Money(cents: 1350))
        cart.remove(at: 7)
        #expect(cart.lines.count == 2)
        cart.clear()
        #expect(cart.isEmpty)
        #expect(cart.total == .zero)
    }

    @Test func totalOfAMixedTicket() {
        var cart = Cart()
        cart.add(tshirt)
        cart.add(tshirt)
        cart.add(trousers)
        cart.add(CartLine(code: "B12-0007", label: "Lampe de chevet", activity: .videGreniers, unitPrice: Money(cents: 850)))
        cart.add(freePrice(175))
        // 2 × 1,00 + 2,00 + 8,50 + 1,75
        #expect(cart.total == Money(cents: 1425))
        #expect(cart.total.formatted == "14,25 €")
        #expect(cart.itemCount == 5)
    }

    @Test func ticketDraftTotals() throws {
        let lines = [tshirt, trousers, freePrice(350)]
        let cash = try Payment.cash(total: Money(cents: 650), given: Money(cents: 1000)).get()
        let draft = TicketDraft(lines: lines, payments: [cash])
        #expect(draft.total == Money(cents: 650))
        #expect(draft.paid == Money(cents: 650))
        #expect(draft.change == Money(cents: 350))
    }
}
