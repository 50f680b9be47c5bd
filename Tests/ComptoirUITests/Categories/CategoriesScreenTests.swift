import Foundation
import Testing
import ComptoirCore
@testable import ComptoirUI

/// The friperie's categories screen (Alt+C, a responsable): the list, a new category, a
/// change, a key already taken, per kg, the average weight, and the bénévole refused.
@Suite struct CategoriesScreenTests {
    static let vrac = Category(code: "VRAC", label: "Vrac", price: Money(cents: 300), unit: .kg, family: .linge)

    static func atCategories(as user: UserSummary = Fixtures.sophie) -> AppState {
        var state = Fixtures.atSale(as: user)
        #expect(state.press(.alt("c")) == [.categories(.loadCategories)])
        _ = App.update(&state, .categories(.categoriesLoaded(Fixtures.categories + [vrac], message: nil)))
        return state
    }

    @Test func theListShowsEveryCategory() {
        let state = Self.atCategories()
        #expect(state.screen == .categories)
        let canvas = App.view(state)
        #expect(canvas.text.contains("Vrac") && canvas.text.contains("3,00 €/kg") && canvas.text.contains("Linge de maison"))
        expectGolden(canvas, "categories")
    }

    @Test func aVolunteerCannotOpenIt() {
        var state = Fixtures.atSale()
        #expect(state.press(.alt("c")).isEmpty)
        #expect(state.screen == .sale)
        #expect(state.status.text.hasPrefix("Réservé aux responsables"))
        // The help names the key for everyone and says who may use it.
        #expect(App.hints(state, for: .help).contains { $0.key == "Alt+C" && ($0.help ?? "").contains("un responsable") })
        #expect(!App.hints(state, for: .bar).contains { $0.key == "Alt+C" })
    }

    @Test func aNewCategoryIsSavedWithEnterOnTheLastField() {
        var state = Self.atCategories()
        state.press(.function(2))
        expectGolden(App.view(state), "categories-form")
        state.type("robe", then: .enter)
        state.type("Robe", then: .enter)
        state.type("4", then: .enter, .enter)   // key 4, by the piece
        state.type("3,50", then: .enter, .right, .enter)  // family: chaussures
        state.type("0,4")
        let effects = state.press(.enter)
        let robe = Category(code: "ROBE", label: "Robe", price: Money(cents: 350), key: 4, family: .chaussures, averageGrams: 400)
        #expect(effects == [.categories(.saveCategory(robe, isNew: true, actorId: Fixtures.sophie.id))])
        _ = App.update(&state, .categories(.categoriesLoaded(Fixtures.categories + [robe], message: "Catégorie ROBE créée.")))
        #expect(state.categories.form == nil)
        #expect(state.context.categories.last == robe, "the sale screen sells with the new list")
        #expect(state.categories.list.selected == 4)
        state.press(.escape)
        #expect(state.screen == .sale)
    }

    @Test func aChangeKeepsTheCodeAndSellsByTheKilo() {
        var state = Self.atCategories()
        state.press(.down, .down, .enter)   // Pull
        #expect(state.categories.form?.title == "Catégorie PULL : Pull")
        state.press(.down, .down, .right)   // au kilo
        #expect(state.categories.form?.fields[3].label == "Prix au kilo (€)")
        state.press(.function(2))
        guard case .categories(.saveCategory(let pull, let isNew, _))? = state.press(.function(2)).first else {
            Issue.record("not saved: \(state.status.text)"); return
        }
        #expect(!isNew && pull.code == "PULL" && pull.unit == .kg && pull.price == Money(cents: 250))
    }

    @Test func aKeyAlreadyTakenIsRefusedInFrench() {
        var state = Self.atCategories()
        state.press(.function(2))
        state.type("ROBE", then: .enter)
        state.type("Robe", then: .enter)
        state.type("3", then: .enter, .enter)
        state.type("2")
        #expect(state.press(.function(2)).isEmpty)
        #expect(state.status.text == "Touche (1 à 9, facult.) : la touche 3 est déjà prise par « Pull » : choisissez-en une autre.")
        #expect(state.categories.form?.focus == 2, "the key field has the focus")
    }

    @Test func aPerKiloPriceCannotBeZeroAndTheAverageWeightIsRead() {
        var form = CategoryForm(nil)
        form.fields[0].input = TextField("sac")
        form.fields[1].input = TextField("Sac")
        form.fields[3].choice = 1
        form.relabel()
        form.fields[4].input = TextField("0")
        #expect(form.category(others: []) == .failure(FieldProblem(label: "Prix au kilo (€)", message: "donnez le prix au kilo, par exemple 3,00.")))
        form.fields[4].input = TextField("2")
        form.fields[6].input = TextField("abc")
        #expect(form.category(others: []) == .failure(FieldProblem(label: "Poids moyen (kg, facult.)",
                                                                   message: "tapez des kilos, par exemple 0,2 (vide : aucun).")))
        form.fields[6].input = TextField("1,25")
        #expect(form.category(others: []) == .success(Category(code: "SAC", label: "Sac", price: Money(cents: 200), unit: .kg,
                                                                 averageGrams: 1_250)))
        #expect(CategoryForm(Category(code: "T", label: "T", price: .zero, averageGrams: 200)).fields[5].text == "0,2")
    }

    @Test func anotherTillsChangeReplacesTheCategories() {
        var state = Fixtures.atSale()
        _ = App.update(&state, .categories(.categoriesLoaded([Self.vrac], message: nil)))
        #expect(state.context.categories == [Self.vrac])
        #expect(state.screen == .sale)
    }

    @Test func anEmptyShopSaysWhereCategoriesComeFrom() {
        var state = Fixtures.atSale(as: Fixtures.sophie)
        _ = App.update(&state, .categories(.categoriesLoaded([], message: nil)))
        let canvas = App.view(state)
        #expect(canvas.text.contains("avec Alt+C (Catégories)."))
        #expect(!canvas.text.contains("n° + Entrée : ajoute"))
        expectGolden(canvas, "sale-no-categories")
    }

    @Test func theFirstStartCanChainIt() {
        var state = Fixtures.atSale(as: Fixtures.sophie)
        state.screen = .login
        #expect(App.openCategories(&state, exit: .login) == [.categories(.loadCategories)])
        #expect(App.hints(state).contains { $0.key == "Échap" && $0.label == "Terminer" })
        state.press(.escape)
        #expect(state.screen == .login)
    }
}
