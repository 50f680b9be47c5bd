import Testing
import ComptoirCore

/// A ticket number typed at the till, at the real one and in training.
@Suite struct TicketNameParseTests {
    @Test func practiceNumbersOnlyInTraining() {
        #expect(TicketName.parse(" 12 ", trainingBase: nil) == 12)
        #expect(TicketName.parse("F-3", trainingBase: nil) == nil)
        #expect(TicketName.parse("f-3", trainingBase: 100) == 103)
        #expect(TicketName.parse("3", trainingBase: 100) == 103)
        #expect(TicketName.parse("0", trainingBase: nil) == nil)
        #expect(TicketName.parse("12a", trainingBase: nil) == nil)
    }
}
