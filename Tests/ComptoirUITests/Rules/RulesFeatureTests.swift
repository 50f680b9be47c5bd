import Foundation
import Testing
import ComptoirCore
@testable import ComptoirUI

/// The rules feature on its own form: it asks the app to show it, to close it, and for the
/// status line through its outputs.
@Suite struct RulesFeatureTests {
    static let context = RulesContext(userId: Fixtures.sophie.id, rules: .standard)

    @Test func openingStartsFromTheRulesInForce() {
        var rules = EpicerieRules.standard
        rules.rightsMonths = 4
        let (form, outputs) = RulesScreen.open(RulesContext(userId: Fixtures.sophie.id, rules: rules))
        #expect(form == RulesForm(rules))
        #expect(outputs.first == .show)
    }

    @Test func escapeClosesUnsaved() {
        var form = RulesForm(.standard)
        let (effects, outputs) = RulesScreen.handle(&form, Self.context, .escape)
        #expect(effects.isEmpty)
        #expect(outputs == [.closed, .status(.info("Règles inchangées."))])
    }

    @Test func savingSendsTheRulesAsTheUsersWork() {
        var form = RulesForm(.standard)
        let (effects, outputs) = RulesScreen.handle(&form, Self.context, .function(2))
        #expect(effects == [.households(.saveRules(.standard, actorId: Fixtures.sophie.id))])
        #expect(outputs == [.status(.info("Enregistrement des règles…"))])
    }

    @Test func aWrongFieldIsFocusedAndSaid() {
        var form = RulesForm(.standard)
        form.fields[RulesForm.Setting.months.rawValue].input = TextField("0", maxLength: 2, digitsOnly: true)
        let (effects, outputs) = RulesScreen.handle(&form, Self.context, .function(2))
        #expect(effects.isEmpty)
        #expect(form.focus == RulesForm.Setting.months.rawValue)
        guard case .status(let status)? = outputs.first else { Issue.record("\(outputs)"); return }
        #expect(status.kind == .error)
    }

    @Test func nobodyAtTheTillDoesNothing() {
        var form = RulesForm(.standard)
        let (effects, outputs) = RulesScreen.handle(&form, RulesContext(userId: nil, rules: .standard), .function(2))
        #expect(effects.isEmpty && outputs.isEmpty)
    }
}
