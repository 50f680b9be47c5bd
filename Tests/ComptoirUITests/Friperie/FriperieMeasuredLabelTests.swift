import Foundation
import Testing
import ComptoirCore
@testable import ComptoirUI

/// F8 at the back door: the label of a bag weighed there, in a variable-measure EAN-13 the
/// till reads back at the same price.
@Suite struct FriperieMeasuredLabelTests {
    static let format = VariableMeasureFormat(weightPrefix: "21", pricePrefix: "22", itemDigits: 5)
    static let vrac = Category(code: "00042", label: "Vrac pesé", price: Money(cents: 400), unit: .kg)
    static let jouets = Category(code: "00077", label: "Jouets au kilo", price: Money(cents: 250), unit: .kg)

    static func atFriperie(format: VariableMeasureFormat? = format, printer: Bool = true,
                           categories: [Category] = Fixtures.categories + [vrac, jouets]) -> AppState {
        var state = Fixtures.atSale()
        state.context.variableMeasure = format
        state.context.categories = categories
        state.context.receipts = printer ? .always : .noPrinter
        state.press(.alt("b"))
        return state
    }

    @Test func onlyPerKiloCategoriesWithAnItemCodeCanBeLabelled() {
        let all = Fixtures.categories + [Self.vrac, Self.jouets,
                                         Category(code: "VRAC", label: "Vrac", price: Money(cents: 300), unit: .kg),
                                         Category(code: "00043", label: "Lot", price: Money(cents: 100))]
        #expect(MeasuredLabel.categories(all, format: Self.format) == [Self.vrac, Self.jouets])
        #expect(MeasuredLabel.maximumGrams(Self.format) == 99_999)
        #expect(MeasuredLabel.maximumGrams(VariableMeasureFormat(weightPrefix: "21", itemDigits: 5, measureCheckDigit: true)) == 9_999)
    }

    @Test func theLabelCarriesTheWeightThePriceOfTheTillAndACodeTheTillReadsBack() throws {
        let label = try #require(MeasuredLabel(category: Self.vrac, grams: 1_250, format: Self.format))
        #expect(label.code == "2100042012509")
        #expect(label.price == Money(cents: 500))
        // Half-up as at the till: 1,237 kg × 2,50 €/kg = 3,0925 € → 3,09 €; 1,238 kg → 3,095 € → 3,10 €.
        #expect(MeasuredLabel(category: Self.jouets, grams: 1_237, format: Self.format)?.price == Money(cents: 309))
        #expect(MeasuredLabel(category: Self.jouets, grams: 1_238, format: Self.format)?.price == Money(cents: 310))
        #expect(VariableMeasureCode.parse(label.code, Self.format) == .success(.weight(item: "00042", grams: 1_250)))
        #expect(MeasuredLabel(category: Self.vrac, grams: 100_000, format: Self.format) == nil)
        #expect(MeasuredLabel.problem(category: Self.vrac, grams: 100_000, format: Self.format)
            == "100,000 kg : une étiquette porte au plus 99,999 kg. Partagez le sac.")
        #expect(MeasuredLabel(category: Self.vrac, grams: 500, format: VariableMeasureFormat(pricePrefix: "22")) == nil)
    }

    @Test func f8ThenACategoryPrintsTheLabelAndClearsTheWeight() throws {
        var state = Self.atFriperie()
        state.press(.tab)
        state.type("1,25")
        #expect(state.press(.function(8)).isEmpty)
        #expect(state.friperie.label == FriperieState.LabelPick(grams: 1_250, selected: 0))
        #expect(state.status.text == "Étiquette de 1,250 kg : choisissez la catégorie, puis Entrée.")
        state.press(.down)
        #expect(state.friperie.label?.selected == 1)
        state.type("1")
        #expect(state.friperie.label?.selected == 0)
        let label = try #require(MeasuredLabel(category: Self.vrac, grams: 1_250, format: Self.format))
        #expect(state.press(.enter) == [.friperie(.printMeasuredLabel(label, operatorId: 1))])
        #expect(state.friperie.label == nil && state.friperie.weight.isEmpty && state.friperie.focus == .weight)
        #expect(state.status.text == "Impression de l'étiquette : Vrac pesé, 1,250 kg, 5,00 €…")
        // The next bag, the other category by its digit.
        state.type("2")
        state.press(.alt("t"))
        state.type("2")
        guard case .friperie(.printMeasuredLabel(let second, _))? = state.press(.enter).first else {
            Issue.record("no label"); return
        }
        #expect(second.category == Self.jouets && second.grams == 2_000 && second.price == Money(cents: 500))
    }

    @Test func wrongInputIsRefusedInFrenchAndNothingPrints() {
        var state = Self.atFriperie()
        #expect(state.press(.function(8)).isEmpty)
        #expect(state.status.text == "Étiquette : Poids : tapez les kilos, par exemple 12,5.")
        #expect(state.friperie.label == nil && state.friperie.focus == .weight)
        state.type("120")
        #expect(state.press(.function(8)).isEmpty)
        #expect(state.status.text == "120,000 kg : une étiquette porte au plus 99,999 kg. Partagez le sac.")
        state.press(.backspace, .backspace, .backspace)
        state.type("2")
        state.press(.function(8))
        state.type("7")
        #expect(state.status.text == "Catégorie : tapez un chiffre de 1 à 2, ou choisissez avec ↑ ↓.")
        #expect(state.press(.escape).isEmpty)
        #expect(state.friperie.label == nil && state.screen == .friperie)
        #expect(state.status.text == "Étiquette abandonnée : rien n'a été imprimé.")
        #expect(state.friperie.weight.trimmed == "2", "the weight stays for another try")

        var noPrinter = Self.atFriperie(printer: false)
        noPrinter.press(.tab)
        noPrinter.type("2")
        #expect(noPrinter.press(.function(8)).isEmpty)
        #expect(noPrinter.status.text == "Pas d'imprimante à cette caisse : l'étiquette ne peut pas être imprimée.")

        var noCategory = Self.atFriperie(categories: Fixtures.categories)
        noCategory.press(.tab)
        noCategory.type("2")
        noCategory.press(.function(8))
        #expect(noCategory.status.text == "Aucune catégorie au kilo n'a un code de 5 chiffres : un·e responsable le donne (Alt+C, Catégories).")
        #expect(noCategory.friperie.label == nil)
    }

    @Test func withoutAWeightPrefixThereIsNoLabelKey() {
        var state = Self.atFriperie(format: VariableMeasureFormat(pricePrefix: "22"))
        #expect(!App.view(state).text.contains("F8 Étiquette"))
        state.press(.tab)
        state.type("2")
        #expect(state.press(.function(8)).isEmpty)
        #expect(state.friperie.label == nil)
        #expect(App.view(Self.atFriperie()).text.contains("F8 Étiquette"))
    }

    @Test func theWindowListsEachCategoryWithThePriceOfThisBag() {
        var state = Self.atFriperie()
        state.press(.tab)
        state.type("1,25")
        state.press(.function(8), .down)
        let canvas = App.view(state)
        expectGolden(canvas, "friperie-label")
        #expect(canvas.text.contains("Poids : 1,250 kg"))
        #expect(canvas.text.contains("1 Vrac pesé                   4,00 €/kg    5,00 €"))
        #expect(canvas.text.contains("2 Jouets au kilo              2,50 €/kg    3,13 €"))
        #expect(canvas.text.contains("↑↓ Catégorie  Entrée Imprimer  Échap Annuler"))
    }
}
