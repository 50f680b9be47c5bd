import Testing
@testable import ComptoirCore

@Suite struct FrenchTests {
    @Test func elisionBeforeVowelsAccentsAndMuteH() {
        #expect(French.de("Hélène") == "d'Hélène")
        #expect(French.de("Anne") == "d'Anne")
        #expect(French.de("Émile") == "d'Émile")
        #expect(French.de("Yves") == "d'Yves")
        #expect(French.de("Hugo") == "d'Hugo")
        #expect(French.de("Karim") == "de Karim")
        #expect(French.de("Camille") == "de Camille")
        #expect(French.de("") == "de ")
        #expect(French.de("Épicerie", article: .noun) == "de l'Épicerie")
        #expect(French.de("atelier", article: .noun) == "de l'atelier")
        #expect(French.de("Friperie", article: .noun) == "de Friperie")
    }

    @Test func spacesBeforeFrenchPunctuationAreGlued() {
        let glued = French.gluingSpaces("Total 12,50 € ; F2 : carte « oui » !")
        #expect(glued == "Total 12,50\u{A0}€\u{A0}; F2\u{A0}: carte «\u{A0}oui\u{A0}»\u{A0}!")
        #expect(French.plainSpaces(glued) == "Total 12,50 € ; F2 : carte « oui » !")
        #expect(French.gluingSpaces("sans rien") == "sans rien")
    }

    @Test func truncationEndsWithAnEllipsis() {
        #expect(French.truncated("Huile de tournesol 1 L", width: 17) == "Huile de tournes…")
        #expect(French.truncated("Huile de tournesol 1 L", width: 22) == "Huile de tournesol 1 L")
        #expect(French.truncated("Huile de tournesol", width: 10) == "Huile de…")
        #expect(French.truncated("abc", width: 0) == "")
        #expect(French.truncated("abcdef", width: 1) == "…")
    }
}
