import Testing
@testable import ComptoirUI

@Suite struct ProgressLineTests {
    @Test func theBarFillsInProportionAndFitsTheWidth() {
        let half = ProgressLine.text("Journal", done: 100_000, total: 200_000, width: 80)
        #expect(half == "Journal  [" + String(repeating: "█", count: 20) + String(repeating: "░", count: 20) + "]   50 %  100 000 / 200 000")
        #expect(half.count <= 80)
        let narrow = ProgressLine.text("Journal", done: 3, total: 4, width: 40)
        #expect(narrow == "Journal  [" + String(repeating: "█", count: 11) + "░░░░]   75 %  3 / 4" && narrow.count == 40)
        #expect(ProgressLine.text("Z", done: 0, total: 0).contains("[░") && ProgressLine.text("Z", done: 9, total: 3).contains("100 %"))
    }
}
