// Covers CategoriesEffect (load; save new, change, key clash, bénévole refused) and the
// CatalogWatch: two tills on one ledger file, a change at one seen by the other.
import Foundation
import Testing
import ComptoirCore
import ComptoirLedger
import ComptoirUI
@testable import ComptoirRuntime

@Suite struct CategoriesPerformerTests {
    static let pull = Category(code: "PULL", label: "Pull", price: Money(cents: 250), key: 3)

    @Test func aNewCategoryIsJournaledAndAChangeToo() throws {
        let shop = try RuntimeShop()
        var answers = shop.perform(.categories(.saveCategory(Self.pull, isNew: true, actorId: shop.manager.id)))
        #expect(answers == [.categories(.categoriesLoaded([Self.pull], message: "Catégorie PULL créée : Pull, 2,50 €, touche 3, textile."))])
        var vrac = Self.pull
        vrac.unit = .kg
        vrac.averageGrams = 400
        answers = shop.perform(.categories(.saveCategory(vrac, isNew: false, actorId: shop.manager.id)))
        #expect(answers == [.categories(.categoriesLoaded([vrac],
                                                          message: "Catégorie PULL changée : Pull, 2,50 €/kg, touche 3, textile, 0,400 kg la pièce."))])
        #expect(try shop.journaled("category.created") == 1)
        #expect(try shop.journaled("category.changed") == 1)
    }

    @Test func aNewCategoryNeverOverwritesOneWithItsCodeNorTakesAKey() throws {
        let shop = try RuntimeShop()
        _ = shop.perform(.categories(.saveCategory(Self.pull, isNew: true, actorId: shop.manager.id)))
        let same = Effect.categories(.saveCategory(Category(code: "PULL", label: "Autre", price: Money(cents: 1)), isNew: true,
                                                   actorId: shop.manager.id))
        #expect(shop.perform(same) == [.failed("Le code PULL est déjà utilisé par « Pull » : choisissez un autre code.", request: same)])
        let clash = Effect.categories(.saveCategory(Category(code: "ROBE", label: "Robe", price: Money(cents: 300), key: 3), isNew: true,
                                                    actorId: shop.manager.id))
        #expect(shop.perform(clash) == [.failed("La touche 3 est déjà prise par « Pull » : choisissez une autre touche.", request: clash)])
        let volunteer = Effect.categories(.saveCategory(Category(code: "ROBE", label: "Robe", price: Money(cents: 300)), isNew: true,
                                                        actorId: shop.volunteer.id))
        guard case .failed(let text, _)? = shop.perform(volunteer).first else { Issue.record("accepted"); return }
        #expect(text.hasPrefix("Réservé aux responsables"))
        #expect(shop.perform(.categories(.loadCategories)) == [.categories(.categoriesLoaded([Self.pull], message: nil))])
    }

    @Test func anotherTillOnTheSameFileSeesTheChangeWithinAPoll() throws {
        let shop = try RuntimeShop()
        // The second till: its own ledger connection on the same file, and its own watch.
        let other = try Ledger.open(path: shop.databasePath, pinRounds: 1_000)
        defer { try? other.close() }
        let start = Date()
        var watch = CatalogWatch(seen: try other.categories(), interval: 2, now: start)
        #expect(watch.poll(other, now: start) == nil, "nothing changed")
        _ = shop.perform(.categories(.saveCategory(Self.pull, isNew: true, actorId: shop.manager.id)))
        #expect(watch.poll(other, now: start.addingTimeInterval(1)) == nil, "not before the interval")
        #expect(watch.poll(other, now: start.addingTimeInterval(2)) == .categories(.categoriesLoaded([Self.pull], message: nil)))
        #expect(shop.sell() != nil)
        #expect(watch.poll(other, now: start.addingTimeInterval(4)) == nil, "a sale moves the journal, not the categories")
        var cheaper = Self.pull
        cheaper.price = Money(cents: 200)
        _ = shop.perform(.categories(.saveCategory(cheaper, isNew: false, actorId: shop.manager.id)))
        #expect(watch.poll(other, now: start.addingTimeInterval(6)) == .categories(.categoriesLoaded([cheaper], message: nil)))
        // The till's app puts the list in place: its sale screen sells at the new price.
        var state = AppState(context: AppContext(shopName: "Test", tillName: "Caisse 2", categories: [Self.pull]))
        _ = App.update(&state, .categories(.categoriesLoaded([cheaper], message: nil)))
        #expect(state.context.categories == [cheaper])
    }
}
