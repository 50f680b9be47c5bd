import ComptoirCore
import Testing

@Suite("PIN codes")
struct PinRuleTests {
    @Test("4 to 8 digits are accepted", arguments: ["1234", "0000", "12345678", "902817"])
    func accepted(pin: String) {
        #expect(PinRule.problem(with: pin) == nil)
    }

    @Test("too short or too long", arguments: ["", "1", "123", "123456789"])
    func wrongLength(pin: String) {
        #expect(PinRule.problem(with: pin) == "Le code PIN a de 4 à 8 chiffres.")
    }

    @Test("only digits", arguments: ["12a4", "abcd", "12 34", "-123", "１２３４"])
    func onlyDigits(pin: String) {
        #expect(PinRule.problem(with: pin) == "Le code PIN ne contient que des chiffres.")
    }

    @Test func limits() {
        #expect(PinRule.minLength == 4)
        #expect(PinRule.maxLength == 8)
    }

    /// "1\u{301}" is one Character between "0" and "9", but not a digit.
    @Test func digitsWithCombiningMarksAreRefused() {
        #expect(PinRule.problem(with: "1\u{301}234") == "Le code PIN ne contient que des chiffres.")
    }
}

@Suite("Roles")
struct RoleTests {
    @Test func ordering() {
        #expect(Role.benevole < .responsable)
        #expect(Role.responsable < .admin)
        #expect(Role.benevole < .admin)
        #expect(!(Role.admin < .admin))
        #expect(Role.allCases.sorted() == [.benevole, .responsable, .admin])
        #expect([Role.admin, .benevole, .responsable].max() == .admin)
    }

    @Test func managers() {
        #expect(!Role.benevole.isManager)
        #expect(Role.responsable.isManager)
        #expect(Role.admin.isManager)
    }

    @Test("French labels", arguments: [
        (Role.benevole, "bénévole"),
        (.responsable, "responsable"),
        (.admin, "admin"),
    ])
    func label(role: Role, label: String) {
        #expect(role.label == label)
    }

    @Test func storedByRawValue() {
        #expect(Role(rawValue: "benevole") == .benevole)
        #expect(Role(rawValue: "responsable") == .responsable)
        #expect(Role(rawValue: "bénévole") == nil)
    }
}

@Suite("Role cycling")
struct RoleCyclingTests {
    @Test func goesRoundBothWays() {
        #expect(Role.benevole.cycled(by: 1) == .responsable)
        #expect(Role.admin.cycled(by: 1) == .benevole)
        #expect(Role.benevole.cycled(by: -1) == .admin)
        #expect(Role.responsable.cycled(by: 3) == .responsable)
    }
}
