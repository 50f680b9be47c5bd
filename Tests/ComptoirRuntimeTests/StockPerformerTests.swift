// Covers StockEffect: loadStock, recordStock (an arrival; a correction; by weight in kg;
// an unknown code refused; below zero refused), saveProduct (saved; no name refused).
import Foundation
import Testing
import ComptoirCore
import ComptoirLedger
import ComptoirUI
@testable import ComptoirRuntime

@Suite struct StockPerformerTests {
    @Test func theStockIsLoaded() throws {
        let shop = try RuntimeShop()
        let savon = try shop.addProduct(stock: 4)
        #expect(shop.perform(.stock(.loadStock)) == [.stock(.stockLoaded([savon], message: nil))])
    }

    @Test func anArrivalIsRecorded() throws {
        let shop = try RuntimeShop()
        try shop.addProduct(stock: 2)
        let answers = shop.perform(.stock(.recordStock(code: "SAVON", kind: .purchase, quantity: 5, weightGrams: nil, reason: nil,
                                                       operatorId: shop.volunteer.id)))
        guard answers.count == 1, case .stock(.stockLoaded(let products, let message)) = answers[0] else { Issue.record("\(answers)"); return }
        #expect(message == "Arrivée (achat) enregistrée : « Savon », stock 7.")
        #expect(products.first?.stock == 7)
        #expect(try shop.journaled("stock.moved") == 2)
    }

    @Test func aCorrectionIsRecorded() throws {
        let shop = try RuntimeShop()
        try shop.addProduct(stock: 5)
        let answers = shop.perform(.stock(.recordStock(code: "SAVON", kind: .correction, quantity: -2, weightGrams: nil, reason: "casse",
                                                       operatorId: shop.manager.id)))
        guard case .stock(.stockLoaded(_, let message))? = answers.first else { Issue.record("\(answers)"); return }
        #expect(message == "Correction enregistrée : « Savon », stock 3.")
    }

    @Test func aStockByWeightIsSaidInKilograms() throws {
        let shop = try RuntimeShop()
        try shop.ledger.addProduct(Product(code: "RIZ", name: "Riz vrac", marketPrice: Money(cents: 200), unit: .kg), by: shop.admin.id,
                                   till: RuntimeShop.till)
        let answers = shop.perform(.stock(.recordStock(code: "RIZ", kind: .donation, quantity: 1_500, weightGrams: nil, reason: nil,
                                                       operatorId: shop.volunteer.id)))
        guard case .stock(.stockLoaded(_, let message))? = answers.first else { Issue.record("\(answers)"); return }
        #expect(message == "Arrivée (don) enregistrée : « Riz vrac », stock 1,500 kg.")
    }

    @Test func anUnknownCodeIsRefused() throws {
        let shop = try RuntimeShop()
        let request = Effect.stock(.recordStock(code: "NOPE", kind: .purchase, quantity: 1, weightGrams: nil, reason: nil,
                                                operatorId: shop.volunteer.id))
        #expect(failure(shop.perform(request), request)
            == "Aucun produit n'a le code NOPE : vérifiez-le, ou ajoutez le produit au catalogue.")
    }

    @Test func theStockCannotGoBelowZero() throws {
        let shop = try RuntimeShop()
        try shop.addProduct(stock: 1)
        let request = Effect.stock(.recordStock(code: "SAVON", kind: .correction, quantity: -3, weightGrams: nil, reason: "casse",
                                                operatorId: shop.manager.id))
        #expect(failure(shop.perform(request), request)
            == "Quantité : le stock de « Savon » est de 1, il ne peut pas descendre sous 0.")
    }

    @Test func aProductIsSaved() throws {
        let shop = try RuntimeShop()
        let product = Product(code: "HUILE", name: "Huile 1 L", marketPrice: Money(cents: 300), solidarityPrice: Money(cents: 60))
        let answers = shop.perform(.stock(.saveProduct(product, actorId: shop.manager.id)))
        guard answers.count == 1, case .stock(.stockLoaded(let products, let message)) = answers[0] else { Issue.record("\(answers)"); return }
        #expect(message == "Produit « Huile 1 L » enregistré.")
        #expect(products.map(\.code) == ["HUILE"])
        #expect(try shop.ledger.product(code: "HUILE")?.solidarityPrice == Money(cents: 60))
    }

    @Test func aProductWithoutNameIsRefused() throws {
        let shop = try RuntimeShop()
        let request = Effect.stock(.saveProduct(Product(code: "HUILE", name: "", marketPrice: Money(cents: 300)), actorId: shop.manager.id))
        #expect(failure(shop.perform(request), request) == "Le nom du produit est vide : tapez son nom.")
        #expect(try shop.ledger.products().isEmpty)
    }
}
