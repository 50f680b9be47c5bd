import Foundation
import Testing
import ComptoirCore
@testable import ComptoirUI

/// The registre des objets mobiliers asks a seller's domicile and their identity
/// document's issue date and authority: the file takes them, a rental needs them.
@Suite struct SellerRegistreTests {
    @Test func aFileWithoutThemCannotRentAndSaysWhatIsMissing() {
        var state = ConsignmentScreenTests.atBoard()
        var page = ConsignmentScreenTests.page()
        page.seller.address = ""
        page.seller.documentIssuedOn = nil
        _ = App.update(&state, .consignment(.sellerPageLoaded(page, message: nil)))
        #expect(state.press(.function(3)).isEmpty)
        #expect(state.consignment.form == nil)
        #expect(state.status.text == "Le registre des objets mobiliers demande son domicile et la date de délivrance de sa pièce d'identité : complétez la fiche de Lucie Petit (F9 Fiche) avant de louer un box.")
    }

    @Test func theFileTakesDomicileIssueDateAndAuthority() {
        var state = ConsignmentScreenTests.atBoard()
        var page = ConsignmentScreenTests.page()
        page.seller.address = ""
        page.seller.documentIssuedOn = nil
        page.seller.documentAuthority = ""
        _ = App.update(&state, .consignment(.sellerPageLoaded(page, message: nil)))
        state.press(.function(9))
        state.press(.down, .down)
        state.type("8 allée des Tilleuls, 62300 Lens")
        state.press(.down, .down, .down, .down, .down)
        state.type("31/12/2099")
        #expect(state.press(.function(2)).isEmpty, "an issue date to come is refused")
        #expect(state.status.text == "Délivrée le : une pièce est délivrée au plus tard aujourd'hui.")
        for _ in 0..<10 { state.press(.backspace) }
        state.type("20/01/2022")
        state.press(.down)
        state.type("Préfecture du Nord")
        guard case .consignment(.saveSeller(let seller, _))? = state.press(.function(2)).first else {
            Issue.record("not saved"); return
        }
        #expect(seller.address == "8 allée des Tilleuls, 62300 Lens")
        #expect(seller.documentIssuedOn == CalendarDay(year: 2022, month: 1, day: 20) && seller.documentAuthority == "Préfecture du Nord")
        #expect(seller.registreProblem == nil)
    }
}
