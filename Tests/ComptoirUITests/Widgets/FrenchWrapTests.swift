import Testing
import ComptoirCore
@testable import ComptoirUI

@Suite struct FrenchWrapTests {
    /// No line starts with `€ : ; ! ? »` nor ends with `«`, at every width.
    @Test func wrapNeverOrphansFrenchPunctuation() {
        let text = "Montant insuffisant : il manque 3,00 €. Le total est de 8,00 € ; F2 : carte, « avoir » ? oui !"
        for width in 20...60 {
            let lines = Chrome.wrap(text, width: width, indent: "", maxLines: 20)
            for line in lines {
                #expect(!(line.first.map { "€:;!?»".contains($0) } ?? false), "width \(width): \(lines)")
                #expect(!line.hasSuffix("«"), "width \(width): \(lines)")
                #expect(!line.contains("\u{00A0}"))
            }
            #expect(lines.joined(separator: " ") == text, "width \(width)")
        }
    }

    @Test func amountStaysWithItsEuroSign() {
        let lines = Chrome.wrap("Le total est de 12,50 €.", width: 21, indent: "", maxLines: 3)
        #expect(lines == ["Le total est de", "12,50 €."])
    }
}

@Suite struct ColumnTruncationTests {
    /// `Huile de tournesol 1` read as a quantity: a cut name ends with `…`.
    @Test func aCutNameEndsWithAnEllipsis() {
        #expect(Chrome.pad("Huile de tournesol 1 L", 17) == "Huile de tournes…")
        #expect(Chrome.pad("Huile de tournesol", 10) == "Huile de… ")
        #expect(Chrome.pad("Riz", 6) == "Riz   ")
        #expect(Chrome.pad("Lentilles", 9) == "Lentilles")
        #expect(Chrome.pad("Lentilles", 0) == "")
    }
}
