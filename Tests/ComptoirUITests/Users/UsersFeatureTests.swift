import Foundation
import Testing
import ComptoirCore
@testable import ComptoirUI

/// The accounts feature on its own slice of the state: it changes only `UsersState` and
/// asks the app for the rest (status, confirmations, an approval, navigation, the list of
/// users) through its outputs.
@Suite struct UsersFeatureTests {
    static let admin = UserSummary(id: 4, firstName: "Jean", role: .admin)
    static func context(as user: UserSummary = Fixtures.sophie, training: Bool = false) -> UsersContext {
        UsersContext(user: user, users: Fixtures.users + [admin], training: training)
    }

    /// The list with `index` chosen.
    static func choosing(_ index: Int, _ context: UsersContext) -> UsersState {
        var admin = UsersState()
        for _ in 0..<index { _ = UsersScreen.handle(&admin, context, .down) }
        return admin
    }

    @Test func openingReloadsTheUsersAndAsksToBeShown() {
        var admin = UsersState()
        admin.form = UsersState.AddForm()
        let (effects, outputs) = UsersScreen.open(&admin)
        #expect(effects == [.login(.loadUsers)])
        #expect(outputs == [.show, .status(StatusLine())])
        #expect(admin.form == nil)
    }

    @Test func escapeGoesBackToSale() {
        var admin = UsersState()
        #expect(UsersScreen.handle(&admin, Self.context(), .escape).1 == [.backToSale, .status(StatusLine())])
    }

    @Test func aBenevoleSeesOnlyTheirOwnAccountAndNoManagersKeys() {
        let context = Self.context(as: Fixtures.camille)
        #expect(UsersScreen.listed(context) == [Fixtures.camille])
        var admin = UsersState()
        let (effects, outputs) = UsersScreen.handle(&admin, context, .function(4))
        #expect(effects.isEmpty)
        #expect(outputs == [.status(.error("Réservé aux responsables : ici, vous changez votre code PIN (F6)."))])
        #expect(!UsersScreen.hints(admin, context, for: .bar).contains { $0.label == "Désactiver" })
    }

    @Test func deactivatingAsksTheAppToConfirm() {
        let context = Self.context()
        var admin = Self.choosing(1, context)
        #expect(UsersScreen.handle(&admin, context, .function(4)).1 == [.confirmDeactivation(Fixtures.karim)])
        // One's own account stays.
        admin = Self.choosing(2, context)
        guard case .status(let status)? = UsersScreen.handle(&admin, context, .function(4)).1.first else {
            Issue.record("no status"); return
        }
        #expect(status.kind == .error)
    }

    @Test func onlyAnAdminIsAskedToConfirmAReactivation() {
        var locked = Fixtures.karim
        locked.locked = true
        var context = Self.context(as: Self.admin)
        context.users = [Fixtures.camille, locked, Fixtures.sophie, Self.admin]
        var admin = Self.choosing(1, context)
        #expect(UsersScreen.handle(&admin, context, .function(8)).1 == [.confirmReactivation(locked)])
        context.user = Fixtures.sophie
        #expect(UsersScreen.handle(&admin, context, .function(8)).1 == [.status(.error("Seul un admin réactive un compte."))])
    }

    @Test func trainingIsAskedOfAResponsableEitherWay() {
        var admin = UsersState()
        guard case .askApproval(.training(true), _)? = UsersScreen.handle(&admin, Self.context(), .function(5)).1.first else {
            Issue.record("no approval asked"); return
        }
        guard case .askApproval(.training(false), _)? = UsersScreen.handle(&admin, Self.context(training: true), .function(5)).1.first else {
            Issue.record("no approval asked to leave training"); return
        }
    }

    @Test func aNewAccountIsCreatedByTheUserAtTheTill() {
        let context = Self.context()
        var admin = UsersState()
        _ = UsersScreen.handle(&admin, context, .function(2))
        #expect(admin.form != nil)
        for c in "Lina" { _ = UsersScreen.handle(&admin, context, .char(c)) }
        _ = UsersScreen.handle(&admin, context, .enter)
        for c in "4321" { _ = UsersScreen.handle(&admin, context, .char(c)) }
        _ = UsersScreen.handle(&admin, context, .enter)
        let (effects, outputs) = UsersScreen.handle(&admin, context, .enter)
        #expect(effects == [.users(.createUser(firstName: "Lina", pin: "4321", role: .benevole, actorId: Fixtures.sophie.id))])
        #expect(outputs.isEmpty)
    }

    @Test func changedUsersGoToTheAppAndCloseTheForms() {
        var admin = UsersState()
        admin.pinForm = UsersState.PinForm(target: Fixtures.sophie, own: true)
        let (effects, outputs) = UsersScreen.receive(&admin, .usersChanged(Fixtures.users, message: "Compte créé."))
        #expect(effects.isEmpty)
        #expect(admin.pinForm == nil)
        #expect(outputs == [.usersChanged(Fixtures.users), .status(.success("Compte créé."))])
    }
}
