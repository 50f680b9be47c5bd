import ComptoirUI
import Testing
@testable import ComptoirTerminal

@Suite struct ColorPairsTests {
    @Test func pairsAreCreatedOnceAndLazily() {
        var pairs = ColorPairs(capacity: 256)
        #expect(pairs.pair(foreground: .normal, background: .normal) == (0, false))
        #expect(pairs.pair(foreground: .white, background: .blue) == (1, true))
        #expect(pairs.pair(foreground: .red, background: .normal) == (2, true))
        #expect(pairs.pair(foreground: .white, background: .blue) == (1, false))
    }

    @Test func fullTableFallsBackToDefaultPair() {
        var pairs = ColorPairs(capacity: 2)
        #expect(pairs.pair(foreground: .red, background: .normal) == (1, true))
        #expect(pairs.pair(foreground: .green, background: .normal) == (0, false))
    }

    @Test func colourNumbers() {
        #expect(ColorPairs.cursesColor(.normal, isForeground: true, defaultColors: true) == -1)
        #expect(ColorPairs.cursesColor(.normal, isForeground: true, defaultColors: false) == 7)
        #expect(ColorPairs.cursesColor(.normal, isForeground: false, defaultColors: false) == 0)
        #expect(ColorPairs.cursesColor(.red, isForeground: true, defaultColors: true) == 1)
        #expect(ColorPairs.cursesColor(.blue, isForeground: false, defaultColors: true) == 4)
        #expect(ColorPairs.cursesColor(.black, isForeground: true, defaultColors: true) == 0)
    }
}
