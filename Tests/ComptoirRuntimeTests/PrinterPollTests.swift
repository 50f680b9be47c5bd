import Foundation
import Testing
import ComptoirPrint
import ComptoirUI
@testable import ComptoirRuntime

/// The background printer poll: at most every 10 s, never while a job waits, and its
/// answer in the till's terms.
@Suite struct PrinterPollTests {
    @Test func aPollIsDueEveryTenSecondsWhenTheQueueIsIdle() {
        let start = Date()
        var watch = PrinterWatch(now: start)
        let answers = [(0.0, false), (9, false), (10, true), (10.5, false), (11, false)].map { offset, busy in
            watch.isDue(now: start.addingTimeInterval(offset), queueBusy: busy)
        }
        // Due at once; not before 10 s; a receipt on its way goes first; then 10 s again.
        #expect(answers == [true, false, false, true, false])
    }

    @Test func statusesMapToTheTillsStates() {
        #expect(PrinterState(PrinterStatus.ready(paperNearEnd: false)) == .ready)
        #expect(PrinterState(PrinterStatus.ready(paperNearEnd: true)) == .paperNearEnd)
        #expect(PrinterState(PrinterStatus.paperOut) == .paperOut)
        #expect(PrinterState(PrinterStatus.coverOpen) == .coverOpen)
        #expect(PrinterState(PrinterStatus.offline) == .offline)
    }

    @Test func aOneWayLinkSaysNothingAndAnUnreachableOneIsNotAnswering() throws {
        let shop = try RuntimeShop()
        var config = Configuration()
        config.printer.transport = .file
        config.printer.path = shop.folder + "/poll.bin"
        let file = EffectPerformer(ledger: shop.ledger, till: "Caisse 1", config: config, databasePath: shop.databasePath)
        file.pollPrinter()
        #expect(file.printer.waitUntilIdle(timeout: 5))
        #expect(file.printer.drain().flatMap { $0 }.isEmpty)
        config.printer.transport = .network
        config.printer.host = "127.0.0.1"
        config.printer.port = 9  // nobody listens: connection refused
        let network = EffectPerformer(ledger: shop.ledger, till: "Caisse 1", config: config, databasePath: shop.databasePath)
        network.pollPrinter()
        #expect(network.printer.waitUntilIdle(timeout: 5))
        #expect(network.printer.drain().flatMap { $0 } == [.printerPolled(.notAnswering)])
    }
}
