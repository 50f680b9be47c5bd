import Foundation
import Testing
import ComptoirCore
@testable import ComptoirUI

/// The opening of the till on its own slice: the user is the app's, read in the context;
/// logging out is asked of the app.
@Suite struct OpenTillFeatureTests {
    static let context = OpenTillContext(userId: Fixtures.sophie.id, tillName: "Caisse 1")

    @Test func theCountedFloatOpensTheSessionForTheUser() {
        var openTill = OpenTillState()
        for c in "52,30" { _ = OpenTillScreen.handle(&openTill, Self.context, .char(c)) }
        let (effects, outputs) = OpenTillScreen.handle(&openTill, Self.context, .enter)
        #expect(effects == [.login(.openSession(float: Money(cents: 5_230), operatorId: Fixtures.sophie.id))])
        #expect(outputs.isEmpty)
    }

    @Test func aWrongAmountIsSaid() {
        var openTill = OpenTillState()
        for c in "abc" { _ = OpenTillScreen.handle(&openTill, Self.context, .char(c)) }
        let (effects, outputs) = OpenTillScreen.handle(&openTill, Self.context, .enter)
        #expect(effects.isEmpty)
        guard case .status(let status)? = outputs.first else { Issue.record("\(outputs)"); return }
        #expect(status.kind == .error)
    }

    @Test func escapeAsksTheAppToLogOut() {
        var openTill = OpenTillState()
        #expect(OpenTillScreen.handle(&openTill, Self.context, .escape).1 == [.logOut, .status(.info("Déconnecté."))])
    }
}
