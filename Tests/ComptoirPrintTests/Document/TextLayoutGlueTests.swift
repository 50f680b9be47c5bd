import Testing
@testable import ComptoirPrint

@Suite struct TextLayoutGlueTests {
    /// A receipt's wrapped text never starts a line with `€` or `:`.
    @Test func printWrapKeepsAmountsWithTheirEuroSign() {
        let lines = TextLayout.wrap("Merci ! Vous avez donné 12,50 € : à bientôt", width: 29)
        #expect(lines == ["Merci ! Vous avez donné", "12,50 € : à bientôt"])
        for width in 8...40 {
            for line in TextLayout.wrap("Reste 3,00 € ; total : 8,00 € !", width: width) {
                #expect(!(line.first.map { "€:;!".contains($0) } ?? false), "\(width)")
            }
        }
    }
}
