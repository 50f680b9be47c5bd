import Testing
@testable import ComptoirUI

@Suite struct KeyTableTests {
    enum Action: Equatable, Sendable { case pay, park, previous, next, override, help }

    /// The context is whether the override is allowed.
    let table = KeyTable<Bool, Action>([
        KeyBinding(.function(8), alt: .alt("u"), "Mon code", help: "Change votre code", .help).listed { _ in .help },
        KeyBinding(.up, "Précédent", .previous).hidden,
        KeyBinding(.upDown, "Choisir", .next),
        KeyBinding(.function(5), alt: .alt("e"), "Encaisser", help: "Passe au paiement", .pay),
        KeyBinding(.function(12), alt: .alt("t"), "Attente", .park),
        KeyBinding(.alt("g"), "Dérogation", .override).when { $0 },
    ])

    @Test func aFunctionKeyAndItsAltLetterGiveTheSameAction() {
        #expect(table.action(for: .function(5), false) == .pay)
        #expect(table.action(for: .alt("e"), false) == .pay)
        #expect(table.action(for: .function(12), false) == .park)
        #expect(table.action(for: .function(6), false) == nil)
        #expect(table.action(for: .char("e"), false) == nil, "a typed letter is not its Alt")
    }

    @Test func theAltLetterMatchesInEitherCase() {
        #expect(table.action(for: .alt("E"), false) == .pay)
        #expect(table.action(for: .alt("T"), false) == .park)
    }

    @Test func theFirstBindingWinsSoAHiddenKeyCanTakeOneOfTwoArrows() {
        #expect(table.action(for: .up, false) == .previous)
        #expect(table.action(for: .down, false) == .next)
    }

    @Test func aBindingThatIsNotEnabledNeitherMatchesNorShows() {
        #expect(table.action(for: .alt("g"), false) == nil)
        #expect(!table.hints(false).map(\.key).contains("Alt+G"))
        #expect(table.action(for: .alt("g"), true) == .override)
        #expect(table.hints(true).map(\.key).last == "Alt+G")
    }

    @Test func theBarAndTheHelpListTheirBindingsInOrder() {
        #expect(table.hints(false) == [
            KeyHint("↑↓", "Choisir"),
            KeyHint("F5", "Encaisser", alt: "Alt+E", help: "Passe au paiement"),
            KeyHint("F12", "Attente", alt: "Alt+T"),
        ])
        let help = table.hints(false, for: .help)
        #expect(help.first == KeyHint("F8", "Mon code", alt: "Alt+U", help: "Change votre code"), "help-only, and first")
        #expect(help.count == 5 && help[1] == KeyHint("↑", "Précédent"), "a hidden binding is out of the bar, in the help")
        #expect(table.action(for: .function(8), false) == .help, "a help-only binding still works")
    }

    @Test func theHelpListsAKeyShownInTheBarOnlySometimesButNotAShadowedOne() {
        let keys = KeyTable<Bool, Action>([
            KeyBinding(.alt("g"), "Dérogation", .override).shown { $0 },
            KeyBinding(.function(2), "Payer", .pay),
            KeyBinding(.function(2), "Réservé aux responsables", .park).hidden,
            KeyBinding(.function(3), "Réservé aux responsables", .park).hidden,
        ])
        #expect(keys.hints(false).map(\.key) == ["F2"])
        #expect(keys.hints(false, for: .help).map(\.key) == ["Alt+G", "F2", "F3"], "F2's second binding never acts")
        #expect(keys.keyNames(false) == ["Alt+G", "F2", "F2", "F3"])
    }

    @Test func aLineRemindsTheListedKeys() {
        #expect(table.line(true, separator: "  ") == "↑↓ Choisir  F5 Encaisser  F12 Attente  Alt+G Dérogation")
    }

    @Test func keyNamesReadAsTheKeyBarWritesThem() {
        #expect([KeyName.function(11), .alt("k"), .char("r"), .enter, .escape, .space, .delete, .plusMinus, .arrows].map(\.text)
            == ["F11", "Alt+K", "R", "Entrée", "Échap", "Espace", "Suppr", "+ -", "←↑↓→"])
        #expect(KeyName.plusMinus.matches(.char("-")) && KeyName.plusMinus.matches(.char("+")) && !KeyName.plusMinus.matches(.char("*")))
        #expect(KeyName.char("r").matches(.char("R")) && !KeyName.char("r").matches(.alt("r")))
        #expect(KeyName.space.matches(.char(" ")) && KeyName.leftRight.matches(.left) && !KeyName.leftRight.matches(.up))
    }
}
