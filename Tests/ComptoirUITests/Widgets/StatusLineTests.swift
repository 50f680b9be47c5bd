import Foundation
import Testing
import ComptoirCore
@testable import ComptoirUI

@Suite struct StatusLineTests {
    @Test func longMessageWrapsInsteadOfBeingCut() {
        var state = Fixtures.atSale()
        let pasta = Product(code: "3038350012005", name: "Spaghetti 500 g", marketPrice: Money(cents: 115), stock: 100)
        _ = App.update(&state, .sale(.codeResolved(code: pasta.code, quantity: 1, item: .product(pasta))))
        let canvas = App.view(state)
        let rows = (0..<canvas.height).map { canvas.row($0) }
        #expect(rows.contains { $0.contains("✘ « Spaghetti 500 g » : épicerie sociale") })
        #expect(rows.contains { $0.contains("Scannez d'abord la carte du foyer.") })
        expectGolden(canvas, "sale-grocery-refused")
    }
}
