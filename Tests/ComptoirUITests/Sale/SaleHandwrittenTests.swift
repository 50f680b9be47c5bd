import Foundation
import Testing
import ComptoirCore
@testable import ComptoirUI

/// A handwritten label (`B07 4,50`) asks what the object is: the registre des objets
/// mobiliers has a line for every object sold for a seller.
@Suite struct SaleHandwrittenTests {
    static let resolved = CartLine(code: nil, label: "B07 étiquette manuscrite", activity: .videGreniers,
                                   unitPrice: Money(cents: 450), rentalId: 4)

    static func asked() -> AppState {
        var state = Fixtures.atSale()
        _ = App.update(&state, .sale(.consignedLineResolved(resolved)))
        return state
    }

    @Test func theDescriptionIsAskedThenTheLineCarriesIt() {
        var state = Self.asked()
        #expect(state.sale.cart.isEmpty && state.sale.handwritten?.line == Self.resolved)
        #expect(state.status.text == "Étiquette manuscrite : décrivez l'objet pour le registre (par exemple : lampe de chevet), puis Entrée.")
        state.type("la")
        state.press(.enter)
        #expect(state.sale.cart.isEmpty, "two letters say nothing of the object")
        #expect(state.status.text.hasPrefix("Description : quelques mots sur l'objet"))
        state.type("mpe de chevet")
        let canvas = App.view(state)
        expectGolden(canvas, "sale-handwritten")
        #expect(canvas.text.contains("Box B07 · 4,50 €") && canvas.text.contains("Description : lampe de chevet"))
        #expect(canvas.text.contains("Entrée ajouter  Échap annuler"))
        state.press(.enter)
        var expected = Self.resolved
        expected.label = "B07 lampe de chevet"
        expected.newItemDescription = "lampe de chevet"
        #expect(state.sale.cart.lines == [expected] && state.sale.handwritten == nil)
    }

    @Test func escapeAddsNothingAndOtherKeysOnlyType() {
        var state = Self.asked()
        #expect(state.press(.function(5)).isEmpty, "F5 does not cash the ticket behind the window")
        state.type("5")
        #expect(state.sale.handwritten?.description.text == "5")
        state.press(.escape)
        #expect(state.sale.cart.isEmpty && state.sale.handwritten == nil)
        #expect(state.status.text == "Article à étiquette manuscrite non ajouté : mettez-le de côté.")
    }
}
