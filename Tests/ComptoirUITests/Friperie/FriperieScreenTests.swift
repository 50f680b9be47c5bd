import Foundation
import Testing
import ComptoirCore
@testable import ComptoirUI

/// The back door: donations weighed in, outflows weighed out, a bag after another; the
/// last weighings and this month beside the form; the donation receipt; the year's chart.
@Suite struct FriperieScreenTests {
    static let at = Fixtures.now

    static let recent = [
        FriperieFlow(id: 5, direction: .intake, family: .chaussures, grams: 12_500, origin: .particulier, at: at.addingTimeInterval(-300)),
        FriperieFlow(id: 4, direction: .outflow, family: .textile, grams: 40_000, destination: .recyclage, at: at.addingTimeInterval(-1_800)),
        FriperieFlow(id: 3, direction: .intake, family: .linge, grams: 8_250, origin: .entreprise, at: at.addingTimeInterval(-3_600)),
        FriperieFlow(id: 2, direction: .intake, family: .maison, grams: 1_204_000 / 100, origin: .association,
                     at: at.addingTimeInterval(-86_400)),
    ]

    static var month: FriperieFigures.Month {
        var m = FriperieFigures.Month()
        m.intake = [.chaussures: 112_500, .linge: 8_250, .maison: 12_040, .textile: 112_710]
        m.soldWeighed = [.textile: 80_300]
        m.soldByPiece = [.chaussures: 40_000]
        m.outflow = [.recyclage: 40_000]
        return m
    }

    static func atFriperie(scale: Bool = false) -> AppState {
        var state = Fixtures.atSale()
        state.context.hasScale = scale
        #expect(state.press(.alt("b")) == [.friperie(.loadFriperie)])
        #expect(state.screen == .friperie)
        _ = App.update(&state, .friperie(.friperieLoaded(recent: recent, month: month)))
        return state
    }

    @Test func aDonationIsTypedAndRecordedThenTheFormIsReadyForTheNextBag() {
        var state = Self.atFriperie()
        #expect(state.friperie.focus == .family)
        state.type("2", then: .tab)  // Chaussures
        state.type("12,5", then: .enter)
        #expect(state.friperie.focus == .place)
        state.press(.enter)
        state.type("Mme Leroy")
        let expected = FriperieFlow(direction: .intake, family: .chaussures, grams: 12_500, origin: .particulier,
                                    party: "Mme Leroy", at: Fixtures.now)
        #expect(state.press(.enter) == [.friperie(.recordFlow(expected, operatorId: 1))])
        var saved = expected
        saved.id = 6
        _ = App.update(&state, .friperie(.flowRecorded(saved, recent: [saved] + Self.recent, month: Self.month)))
        #expect(state.status == .success("Don de 12,500 kg (Chaussures, particulier) enregistré. F6 : reçu de don."))
        // Same kind of bag next: direction, family and origin stay; weight and donor go.
        #expect(state.friperie.direction == .intake && state.friperie.family == .chaussures && state.friperie.origin == .particulier)
        #expect(state.friperie.weight.isEmpty && state.friperie.party.isEmpty && state.friperie.focus == .weight)
        #expect(state.friperie.recent.first == saved)
        // The next bag: its weight, then F5 from the weight field.
        state.type("3")
        guard case .friperie(.recordFlow(let next, _))? = state.press(.function(5)).first else { Issue.record("not sent"); return }
        #expect(next.grams == 3_000 && next.family == .chaussures && next.party.isEmpty)
    }

    @Test func anOutflowNamesItsDestination() {
        var state = Self.atFriperie()
        state.press(.function(2))
        #expect(state.friperie.direction == .outflow)
        state.press(.right, .tab)  // Chaussures
        state.type("40", then: .tab)
        state.type("2", then: .tab)  // Autre association
        state.type("Emmaüs Lens")
        let effects = state.press(.alt("e"))
        let expected = FriperieFlow(direction: .outflow, family: .chaussures, grams: 40_000, destination: .association,
                                    party: "Emmaüs Lens", at: Fixtures.now)
        #expect(effects == [.friperie(.recordFlow(expected, operatorId: 1))])
        _ = App.update(&state, .friperie(.flowRecorded(expected, recent: Self.recent, month: Self.month)))
        #expect(state.status.text == "Sortie de 40,000 kg (Chaussures, autre association : Emmaüs Lens) enregistrée.")
        // F6 after an outflow: no receipt.
        #expect(state.press(.function(6)).isEmpty)
        #expect(state.status == .error("La dernière pesée est une sortie : le reçu ne se donne que pour un don."))
    }

    @Test("a weight that is missing, not a number, zero or above a tonne is refused, nothing sent",
          arguments: ["", "abc", "0", "0,000", "1000,5", "1,2,5"])
    func badWeights(_ typed: String) {
        var state = Self.atFriperie()
        state.press(.tab)
        state.type(typed)
        #expect(state.press(.function(5)).isEmpty)
        #expect(state.status.kind == .error && state.friperie.focus == .weight)
        switch typed {
        case "": #expect(state.status.text == "Poids : tapez les kilos, par exemple 12,5.")
        case "abc": #expect(state.status.text == "« abc » n'est pas un poids : tapez les kilos, par exemple 12,5.")
        case "0", "0,000": #expect(state.status.text.hasPrefix("Le poids doit être plus grand que 0"))
        case "1000,5": #expect(state.status.text == "1 000,500 kg : ce poids n'est pas plausible (plus d'une tonne) ; vérifiez la saisie.")
        default: #expect(state.status.text.contains("n'est pas un poids"))
        }
    }

    @Test func digitsAndArrowsChooseTheFamilyAndTheOrigin() {
        var state = Self.atFriperie()
        state.type("7")
        #expect(state.friperie.family == .autre)
        state.press(.right)
        #expect(state.friperie.family == .textile)
        state.press(.left, .left)
        #expect(state.friperie.family == .maison)
        state.type("9")
        #expect(state.friperie.family == .maison && state.status.text == "Famille : tapez un chiffre de 1 à 7, ou choisissez avec ← →.")
        state.press(.down, .down)
        #expect(state.friperie.focus == .place)
        state.type("4")
        #expect(state.friperie.origin == .autre)
        state.press(.right)
        #expect(state.friperie.origin == .particulier, "no vide-greniers at the back door: the boxes record theirs")
        state.press(.up, .up, .up, .up)
        #expect(state.friperie.focus == .party, "↑ from the first field goes round to the last")
    }

    @Test func f4AsksTheScaleAndItsAnswerFillsTheWeight() {
        var state = Self.atFriperie(scale: true)
        #expect(state.press(.function(4)) == [.readScale])
        #expect(state.friperie.focus == .weight && state.status.text == "Lecture de la balance…")
        _ = App.update(&state, .scaleAnswered(grams: 7_340, problem: nil))
        #expect(state.friperie.weight.text == "7,340" && state.status.text == "Balance : 7,340 kg. F5 : enregistrer.")
        // A late answer nobody asked for changes nothing.
        _ = App.update(&state, .scaleAnswered(grams: 100, problem: nil))
        #expect(state.friperie.weight.text == "7,340")
        state.press(.function(4))
        _ = App.update(&state, .scaleAnswered(grams: nil, problem: "Poids instable : attendez que la balance se stabilise."))
        #expect(state.status == .error("Poids instable : attendez que la balance se stabilise."))
        // The old weight is gone: F5 cannot record it as if just read.
        #expect(state.friperie.weight.isEmpty && state.friperie.focus == .weight)
        #expect(state.press(.function(5)).isEmpty && state.status.kind == .error)
        state.type("7,5")
        guard case .friperie(.recordFlow(let flow, _))? = state.press(.function(5)).first else { Issue.record("not sent"); return }
        #expect(flow.grams == 7_500)
    }

    @Test func aFailedReadingClearsATypedWeightToo() {
        var state = Self.atFriperie(scale: true)
        state.press(.tab)
        #expect(state.friperie.focus == .weight)
        state.type("3,2")
        #expect(state.friperie.weight.text == "3,2")
        state.press(.function(4))
        _ = App.update(&state, .scaleAnswered(grams: nil, problem: "La balance ne répond pas sur /dev/ttyUSB0."))
        #expect(state.friperie.weight.isEmpty && state.status == .error("La balance ne répond pas sur /dev/ttyUSB0."))
    }

    @Test func withoutAScaleF4SaysToTypeTheWeight() {
        var state = Self.atFriperie()
        #expect(state.press(.function(4)).isEmpty)
        #expect(state.status.text == "Pas de balance branchée à cette caisse : tapez le poids, par exemple 12,5.")
    }

    @Test func theSaleScreenStillTakesItsOwnScaleAnswers() {
        var state = Self.atFriperie(scale: true)
        state.press(.escape)
        #expect(state.screen == .sale)
        _ = App.update(&state, .scaleAnswered(grams: 2_000, problem: nil))
        #expect(state.sale.cart.isEmpty && state.friperie.weight.isEmpty)
    }

    @Test func f6PrintsTheReceiptOfTheLastDonation() {
        var state = Self.atFriperie()
        #expect(state.press(.function(6)).isEmpty)
        #expect(state.status.text == "Aucun don enregistré sur cet écran : enregistrez le don, puis F6 pour son reçu.")
        let don = Self.recent[0]
        _ = App.update(&state, .friperie(.flowRecorded(don, recent: Self.recent, month: Self.month)))
        #expect(state.press(.alt("r")) == [.friperie(.printDonationReceipt(don, operatorId: 1))])
        #expect(state.status.text == "Impression du reçu de don…")
        _ = App.update(&state, .notice("Pas d'imprimante configurée : le reçu de don n'est pas imprimé."))
        #expect(state.status.kind == .info)
    }

    @Test func theFormWithTheLastWeighingsAndTheMonth() {
        var state = Self.atFriperie()
        state.type("2", then: .tab)
        state.type("12,5")
        let canvas = App.view(state)
        expectGolden(canvas, "friperie-form")
        #expect(canvas.text.contains("Poids (kg)  : 12,5______"))
        #expect(canvas.text.contains("18:00 Don    Chaussures   12,500"))
        #expect(canvas.text.contains("22/11 Don    Maison       12,040"), "an earlier day shows its date")
        #expect(canvas.text.contains("Dons reçus            245,500 kg"))
        #expect(!canvas.text.contains("F4 Balance"), "no scale: no F4 key")
        state.press(.function(2), .down)
        let outflow = App.view(state).text
        #expect(outflow.contains("Destination : ◀ 1 Déchets (rebut) ▶") && outflow.contains("5 Autre"))
        #expect(outflow.contains("Reçu par"))
        state.press(.escape)
        #expect(state.screen == .sale && state.status.text == "Pesée en cours abandonnée : rien n'a été enregistré.")
    }

    static var year: FriperieFigures {
        var figures = FriperieFigures(year: 2026, piecesWithoutWeight: 3)
        let intake = [310_000, 245_500, 402_000, 120_000, 0, 515_250, 98_000, 60_000, 350_000, 280_000, 190_400, 0]
        for (i, grams) in intake.enumerated() where i < 11 {
            figures.months[i].intake = [.textile: grams * 6 / 10, .chaussures: grams / 10, .livres: grams - grams * 7 / 10]
            figures.months[i].intakeByOrigin = [.particulier: grams * 8 / 10, .entreprise: grams - grams * 8 / 10]
            figures.months[i].soldWeighed = [.textile: grams / 3]
            figures.months[i].soldByPiece = [.chaussures: grams / 20]
            figures.months[i].outflow = [.recyclage: grams / 8, .dechets: grams / 25]
        }
        figures.months[3].outflow[.association] = 150_000
        figures.months[6].intake[.autre] = 12_000
        figures.months[6].intakeByOrigin[.videGreniers] = 12_000
        return figures
    }

    @Test func f7ShowsTheYearAsAChartAndEscapeGoesBackToTheForm() {
        var state = Self.atFriperie()
        #expect(state.press(.function(7)) == [.friperie(.loadFriperieFigures(year: 2026))])
        #expect(App.view(state).text.contains("Calcul des chiffres…"))
        _ = App.update(&state, .friperie(.friperieFiguresLoaded(Self.year)))
        let canvas = App.view(state)
        expectGolden(canvas, "friperie-chart")
        #expect(canvas.row(9).hasPrefix("  juin  ███████   515,3"), "the largest month fills its bar")
        #expect(canvas.row(4 + 11).prefix(56).trimmingCharacters(in: .whitespaces) == "déc.", "December is still to come")
        #expect(canvas.text.contains("Vide-gren.      12,0"))
        #expect(canvas.text.contains("3 pièces vendues sans poids connu"))
        // The year before: asked, and a late answer for another year is ignored.
        #expect(state.press(.left) == [.friperie(.loadFriperieFigures(year: 2025))])
        _ = App.update(&state, .friperie(.friperieFiguresLoaded(Self.year)))
        #expect(state.friperie.figures == nil)
        state.press(.right)
        #expect(state.press(.right).isEmpty, "no year after this one")
        state.press(.escape)
        #expect(!state.friperie.chart && state.screen == .friperie)
    }

    @Test func theSaleScreenShowsTheKey() {
        let state = Fixtures.atSale()
        #expect(App.hints(state).contains(KeyHint("Alt+B", "Pesées", help: "Dons et sorties de la friperie, pesés ; chiffres en kg")))
    }
}
