import Foundation
import Testing
import ComptoirCore
@testable import ComptoirUI

/// The first start's form on its own slice: it asks the app for the status line only.
@Suite struct SetupFeatureTests {
    static func typing(_ text: String, then key: Key, _ setup: inout SetupState) -> ([Effect], [SetupOutput]) {
        for c in text { _ = SetupScreen.handle(&setup, .char(c)) }
        return SetupScreen.handle(&setup, key)
    }

    @Test func theManagerAccountIsCreatedWhenBothPinsMatch() {
        var setup = SetupState()
        _ = Self.typing("Sophie", then: .enter, &setup)
        _ = Self.typing("2468", then: .enter, &setup)
        let (effects, outputs) = Self.typing("2468", then: .enter, &setup)
        #expect(effects == [.login(.createFirstManager(firstName: "Sophie", pin: "2468"))])
        #expect(outputs.isEmpty)
    }

    @Test func differentPinsAreSaidAndTheConfirmationEmptied() {
        var setup = SetupState()
        _ = Self.typing("Sophie", then: .tab, &setup)
        _ = Self.typing("2468", then: .tab, &setup)
        let (effects, outputs) = Self.typing("2469", then: .enter, &setup)
        #expect(effects.isEmpty)
        #expect(outputs == [.status(.error("Les deux codes PIN ne sont pas identiques. Retapez la confirmation."))])
        #expect(setup.confirmPin.isEmpty && setup.focus == 2)
    }
}
