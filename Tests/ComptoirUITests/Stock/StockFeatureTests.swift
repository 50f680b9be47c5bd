import Foundation
import Testing
import ComptoirCore
@testable import ComptoirUI

/// The stock feature on its own slice of the state: it changes only `StockState` and asks
/// the app for the rest (status, navigation) through its outputs.
@Suite struct StockFeatureTests {
    static let volunteer = StockContext(user: Fixtures.camille)
    static let manager = StockContext(user: Fixtures.sophie)

    static func loaded() -> StockState {
        var stock = StockState()
        _ = StockScreen.receive(&stock, .stockLoaded(StockScreenTests.products, message: nil))
        return stock
    }

    @Test func openingLoadsTheStockAndAsksToBeShown() {
        var stock = Self.loaded()
        stock.lowOnly = true
        let (effects, outputs) = StockScreen.open(&stock, Self.volunteer)
        #expect(effects == [.stock(.loadStock)])
        #expect(outputs.first == .show)
        #expect(stock == StockState())
    }

    @Test func escapeGoesBackToSaleWithAnEmptyStatus() {
        var stock = Self.loaded()
        let (effects, outputs) = StockScreen.handle(&stock, Self.volunteer, .escape)
        #expect(effects.isEmpty)
        #expect(outputs == [.backToSale, .status(StatusLine())])
    }

    @Test func aVolunteerIsRefusedACorrectionAndTheFormStaysClosed() {
        var stock = Self.loaded()
        let (effects, outputs) = StockScreen.handle(&stock, Self.volunteer, .function(4))
        #expect(effects.isEmpty)
        #expect(stock.form == nil)
        #expect(outputs == [.status(.error("Réservé aux responsables : demandez à un responsable."))])
        _ = StockScreen.handle(&stock, Self.manager, .function(4))
        guard case .correction(let product)? = stock.form?.kind else { Issue.record("no correction form"); return }
        #expect(product.code == StockScreenTests.products[0].code)
    }

    @Test func theCorrectionKeysAreListedForAResponsableOnly() {
        let labels = { (context: StockContext) in StockScreen.hints(Self.loaded(), context, for: .bar).map(\.label) }
        #expect(!labels(Self.volunteer).contains("Correction"))
        #expect(labels(Self.manager).contains("Correction"))
    }

    @Test func anArrivalIsSavedAsTheUsersEffect() {
        var stock = Self.loaded()
        _ = StockScreen.handle(&stock, Self.volunteer, .function(2))
        for c in "3" { _ = StockScreen.handle(&stock, Self.volunteer, .char(c)) }
        let (effects, outputs) = StockScreen.handle(&stock, Self.volunteer, .function(2))
        #expect(effects == [.stock(.recordStock(code: StockScreenTests.products[0].code, kind: StockMovementKind.arrivals[0],
                                                quantity: 3, weightGrams: nil, reason: nil, operatorId: Fixtures.camille.id))])
        #expect(outputs == [.status(.info("Enregistrement…"))])
        // The form stays until the ledger says it is recorded.
        #expect(stock.form != nil)
        #expect(StockScreen.receive(&stock, .stockLoaded(StockScreenTests.products, message: "Arrivée enregistrée"))
            == [.status(.success("Arrivée enregistrée"))])
        #expect(stock.form == nil)
    }

    @Test func aBadQuantityFocusesItsFieldAndSaysWhy() {
        var stock = Self.loaded()
        _ = StockScreen.handle(&stock, Self.volunteer, .function(2))
        _ = StockScreen.handle(&stock, Self.volunteer, .down)
        let (effects, outputs) = StockScreen.handle(&stock, Self.volunteer, .function(2))
        #expect(effects.isEmpty)
        #expect(stock.form?.focus == 0)
        guard case .status(let status)? = outputs.first else { Issue.record("no status"); return }
        #expect(status.kind == .error && status.text.contains("nombre entier"))
    }
}
