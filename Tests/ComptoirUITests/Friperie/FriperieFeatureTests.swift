import Foundation
import Testing
import ComptoirCore
@testable import ComptoirUI

/// The back door on its own slice of the state: it changes only `FriperieState` and asks
/// the app for the rest (status, navigation) through its outputs.
@Suite struct FriperieFeatureTests {
    static let context = FriperieContext(user: Fixtures.camille, now: Fixtures.now,
                                         timeZone: Fixtures.context().timeZone, hasScale: false)

    static func opened() -> FriperieState {
        var friperie = FriperieState()
        _ = FriperieScreen.open(&friperie, Self.context)
        return friperie
    }

    @Test func openingLoadsTheWeighingsAndAsksToBeShown() {
        var friperie = FriperieState()
        friperie.chart = true
        let (effects, outputs) = FriperieScreen.open(&friperie, Self.context)
        #expect(effects == [.friperie(.loadFriperie)])
        #expect(outputs.first == .show)
        #expect(!friperie.chart)
    }

    @Test func escapeGoesBackToSaleAndSaysATypedWeightIsDropped() {
        var friperie = Self.opened()
        #expect(FriperieScreen.handle(&friperie, Self.context, .escape).1 == [.backToSale, .status(StatusLine())])
        friperie.weight = TextField("4", maxLength: 10)
        let outputs = FriperieScreen.handle(&friperie, Self.context, .escape).1
        #expect(outputs == [.backToSale, .status(.info("Pesée en cours abandonnée : rien n'a été enregistré."))])
    }

    @Test func aWeighingIsRecordedAtTheContextsTimeByItsUser() {
        var friperie = Self.opened()
        friperie.weight = TextField("2,5", maxLength: 10)
        let (effects, outputs) = FriperieScreen.handle(&friperie, Self.context, .function(5))
        let flow = FriperieFlow(direction: .intake, family: .textile, grams: 2_500, origin: .particulier, at: Fixtures.now)
        #expect(effects == [.friperie(.recordFlow(flow, operatorId: Fixtures.camille.id))])
        #expect(outputs == [.status(.info("Enregistrement…"))])
    }

    @Test func withoutAScaleTheWeightIsToBeTypedAndTheScaleKeyIsNotListed() {
        var friperie = Self.opened()
        let (effects, outputs) = FriperieScreen.handle(&friperie, Self.context, .function(4))
        #expect(effects.isEmpty && !friperie.readingScale && friperie.focus == .weight)
        #expect(outputs == [.status(.error("Pas de balance branchée à cette caisse : tapez le poids, par exemple 12,5."))])
        #expect(!FriperieScreen.hints(friperie, Self.context, for: .bar).map(\.label).contains("Balance"))
        var scale = Self.context
        scale.hasScale = true
        #expect(FriperieScreen.handle(&friperie, scale, .function(4)).0 == [.readScale])
        #expect(friperie.readingScale)
        #expect(FriperieScreen.hints(friperie, scale, for: .bar).map(\.label).contains("Balance"))
    }

    @Test func theChartOpensOnTheContextsYearAndStopsThere() {
        var friperie = Self.opened()
        let year = CalendarDay(Fixtures.now, in: Self.context.timeZone).year
        #expect(FriperieScreen.handle(&friperie, Self.context, .function(7)).0 == [.friperie(.loadFriperieFigures(year: year))])
        #expect(friperie.chart && friperie.chartYear == year)
        let (effects, outputs) = FriperieScreen.handle(&friperie, Self.context, .right)
        #expect(effects.isEmpty)
        #expect(outputs == [.status(.info("\(year) est l'année en cours : pas de chiffres après elle."))])
        #expect(FriperieScreen.handle(&friperie, Self.context, .left).0 == [.friperie(.loadFriperieFigures(year: year - 1))])
    }

    @Test func aWrongDigitInAChoiceSaysWhyAndChangesNothing() {
        var friperie = Self.opened()
        let (_, outputs) = FriperieScreen.handle(&friperie, Self.context, .char("9"))
        #expect(friperie.family == .textile)
        #expect(outputs == [.status(.error("Famille : tapez un chiffre de 1 à \(FriperieFamily.allCases.count), ou choisissez avec ← →."))])
    }
}
