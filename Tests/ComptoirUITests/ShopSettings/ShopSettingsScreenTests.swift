import Foundation
import Testing
import ComptoirCore
@testable import ComptoirUI

@Suite struct ShopSettingsScreenTests {
    static let admin = UserSummary(id: 9, firstName: "Jean", role: .admin)

    /// A real (non-demo) till with no settings, right after the first start's account.
    static func afterFirstAccount() -> AppState {
        var context = Fixtures.context(demo: false)
        context.shopSettingsRequired = true
        var (state, _) = App.start(context: context, width: 80, height: 24, now: Fixtures.now)
        _ = App.update(&state, .login(.usersLoaded([])))
        _ = App.update(&state, .login(.usersLoaded([admin])))
        return state
    }

    static let typed = ShopSettings(name: "Le Grenier du Ternois", addressLines: ["3 place du Marché", "62130 Saint-Pol"],
                                    siret: "73282932000074", legalMention: .franchise)

    /// The admin's screen, reached by F8 then F9, on settings already saved.
    static func filled() -> AppState {
        var context = Fixtures.context(demo: false)
        context.shopSettingsRequired = true
        context.shop = typed
        var (state, _) = App.start(context: context, width: 80, height: 24, now: Fixtures.now)
        _ = App.update(&state, .login(.usersLoaded(Fixtures.users + [admin])))
        _ = App.update(&state, .login(.loggedIn(admin, Fixtures.session)))
        state.press(.function(8))
        _ = App.update(&state, .login(.usersLoaded(Fixtures.users + [admin])))
        state.press(.function(9))
        return state
    }

    @Test func theFirstStartGoesOnWithTheShopSettings() {
        let state = Self.afterFirstAccount()
        #expect(state.screen == .shopSettings)
        #expect(state.shopSettings.firstStart)
        #expect(state.shopSettings.actorId == 9)
        expectGolden(App.view(state), "shop-settings-first-start")
    }

    @Test func theAdminReachesTheSettingsFromTheUsersScreen() {
        let state = Self.filled()
        #expect(state.screen == .shopSettings)
        #expect(state.shopSettings[.name].text == "Le Grenier du Ternois")
        #expect(state.shopSettings[.siret].text == "732 829 320 00074")
        expectGolden(App.view(state), "shop-settings")
    }

    @Test func aResponsableIsRefusedTheSettings() {
        var state = Fixtures.atSale(as: Fixtures.sophie)
        state.press(.function(8))
        state.press(.function(9))
        #expect(state.screen == .users)
    }

    @Test func enterOnTheLastFieldSavesAsTheFirstAdmin() {
        var state = Self.afterFirstAccount()
        state.type("Le Grenier", then: .enter)
        state.type("3 place du Marché", then: .enter, .enter)
        state.type("62130 Saint-Pol", then: .enter)
        state.type("732 829 320 00074", then: .enter)
        var effects: [Effect] = []
        for _ in 0..<11 { effects = state.press(.enter) }
        guard case .shopSettings(.save(let settings, let actor))? = effects.first else {
            Issue.record("pas d'enregistrement : \(effects) \(state.status.text)")
            return
        }
        #expect(actor == 9)
        #expect(settings.name == "Le Grenier")
        #expect(settings.addressLines == ["3 place du Marché", "62130 Saint-Pol"])
        #expect(settings.siret == "73282932000074")
        #expect(settings.freePriceThreshold == Money(euros: 100))
        #expect(settings.freePriceActivity == .autre)
        #expect(settings.fiscalYearStart == .calendarYear)
        #expect(settings.retention == .legalDefaults, "the law's periods unless changed")
        _ = App.update(&state, .shopSettings(.saved(settings, receipts: .ask(default: false))))
        #expect(state.context.receipts == .ask(default: false))
        #expect(state.screen == .categories, "the first start goes on with the categories")
        #expect(state.context.shopName == "Le Grenier")
        #expect(state.context.shopProblem == nil)
    }

    /// The retention periods are choices: only what the law allows can be picked, and the
    /// hint under the form says what each counts from.
    @Test func retentionPeriodsAreChosenWithinTheLaw() {
        var form = ShopSettingsState(ShopSettings(name: "Le Grenier", addressLines: ["3 place du Marché"]))
        form.focus = ShopSettingsState.Field.householdYears.rawValue
        for _ in 0..<3 { _ = ShopSettingsScreen.handle(&form, .right) }
        form.focus = ShopSettingsState.Field.registerYears.rawValue
        for _ in 0..<2 { _ = ShopSettingsScreen.handle(&form, .right) }
        form.focus = ShopSettingsState.Field.donorNameYears.rawValue
        for _ in 0..<3 { _ = ShopSettingsScreen.handle(&form, .left) }
        guard case .success(let settings) = form.settings else { Issue.record("\(form.settings)"); return }
        #expect(settings.retention == RetentionPeriods(householdYears: 1, registerYears: 7, donorNameYears: 0), "choices go round: 2 → 1 → 2 → 1")
        #expect(settings.problem == nil)
        var canvas = Canvas(width: 80, height: 22)
        ShopSettingsScreen.view(form, &canvas)
        #expect(canvas.text.contains("après la pesée"), "\(canvas.text)")
        var tooLong = settings
        tooLong.retention.householdYears = 3
        #expect(tooLong.problem == "Conservation des fiches de foyer : 1 ou 2 ans (CNIL).")
    }

    /// First start: admin account → shop settings → categories (as that admin) → login.
    @Test func theFirstStartGoesOnWithTheCategoriesAsItsAdminThenTheLogin() {
        var state = Self.afterFirstAccount()
        var effects = App.update(&state, .shopSettings(.saved(Self.typed, receipts: .ask(default: false))))
        #expect(state.screen == .categories)
        #expect(effects == [.categories(.loadCategories)])
        #expect(state.user == nil, "nobody is logged in yet")
        #expect(state.firstStartActor == Self.admin)
        #expect(state.categories.exit == .login)
        #expect(state.status.text.hasPrefix("Réglages enregistrés. Créez les catégories"))
        _ = App.update(&state, .categories(.categoriesLoaded([], message: nil)))
        expectGolden(App.view(state), "categories-first-start")
        // The admin creates one: the save is theirs.
        state.press(.function(2))
        #expect(state.categories.form != nil)
        state.type("TSHIRT", then: .enter)
        state.type("T-shirt", then: .enter)
        state.type("1", then: .enter, .enter)
        state.type("1")
        effects = state.press(.function(2))
        guard case .categories(.saveCategory(let category, true, let actor))? = effects.first else {
            Issue.record("pas d'enregistrement : \(effects) \(state.status.text)")
            return
        }
        #expect(category.code == "TSHIRT")
        #expect(actor == Self.admin.id)
        let tshirt = Category(code: "TSHIRT", label: "T-shirt", price: Money(euros: 1), key: 1)
        _ = App.update(&state, .categories(.categoriesLoaded([tshirt], message: "Catégorie TSHIRT créée.")))
        #expect(state.context.categories == [tshirt])
        // Échap ends the first start: the admin logs in like anyone else.
        state.press(.escape)
        #expect(state.screen == .login)
        #expect(state.firstStartActor == nil)
        #expect(state.categoriesContext.user == nil)
        #expect(state.status.text == "La boutique est prête. Connectez-vous avec votre code PIN.")
    }

    @Test func settingsSavedOutsideAFirstStartDoNotOpenTheCategories() {
        var state = Self.filled()
        _ = App.update(&state, .shopSettings(.saved(Self.typed, receipts: .ask(default: false))))
        #expect(state.screen == .users)
        #expect(state.firstStartActor == nil)
    }

    @Test func theFiscalYearStartIsADayAndAMonthOfEveryYear() {
        var state = Self.filled()
        let field = ShopSettingsState.Field.fiscalYear.rawValue
        #expect(state.shopSettings.fields[field].text == "01/01")
        state.shopSettings.fields[field].input = TextField("29/02", maxLength: 5)
        #expect(state.press(.function(2)).isEmpty)
        #expect(state.status.text.hasPrefix("Début d'exercice : tapez le premier jour de l'exercice JJ/MM"))
        #expect(state.shopSettings.focus == field)
        state.shopSettings.fields[field].input = TextField("1/9", maxLength: 5)
        guard case .shopSettings(.save(let settings, _))? = state.press(.function(2)).first else {
            Issue.record("pas d'enregistrement : \(state.status.text)")
            return
        }
        #expect(settings.fiscalYearStart == FiscalYearStart("01/09"))
        #expect(ShopSettingsState(settings).fields[field].text == "01/09")
    }

    @Test func aWrongSiretIsSaidInFrenchAndNothingIsSaved() {
        var state = Self.afterFirstAccount()
        state.type("Le Grenier", then: .enter)
        state.type("3 place du Marché", then: .enter, .enter, .enter)
        state.type("732 829 320 00075")
        let effects = state.press(.function(2))
        #expect(effects.isEmpty)
        #expect(state.status.text.contains("chiffre de contrôle"))
        #expect(state.shopSettings.focus == ShopSettingsState.Field.siret.rawValue)
    }

    @Test func escapeAtFirstStartSaysTheTillWillNotSell() {
        var state = Self.afterFirstAccount()
        state.press(.escape)
        #expect(state.screen == .login)
        #expect(state.status.text.contains("la caisse ne vend pas"))
    }

    @Test func aVolunteerCannotSellWithoutTheShopSettings() {
        var context = Fixtures.context(demo: false)
        context.shopSettingsRequired = true
        var (state, _) = App.start(context: context, width: 80, height: 24, now: Fixtures.now)
        _ = App.update(&state, .login(.usersLoaded(Fixtures.users)))
        _ = App.update(&state, .login(.loggedIn(Fixtures.camille, Fixtures.session)))
        #expect(state.screen == .login)
        #expect(state.user == nil)
        #expect(state.status.text.contains("les réglages de la boutique n'ont jamais été saisis"))
    }
}
