import Foundation
import Testing
@testable import ComptoirPrint

@Suite struct PrinterStatusTests {
    @Test func readsEpsonStatusBits() {
        #expect(PrinterStatus.parse(printer: 0x12, offlineCause: 0x12, paper: 0x12) == .ready(paperNearEnd: false))
        #expect(PrinterStatus.parse(printer: 0x12, offlineCause: 0x12, paper: 0x1E) == .ready(paperNearEnd: true))
        #expect(PrinterStatus.parse(printer: 0x1A, offlineCause: 0x32, paper: 0x72) == .paperOut)
        #expect(PrinterStatus.parse(printer: 0x1A, offlineCause: 0x16, paper: 0x12) == .coverOpen)
        #expect(PrinterStatus.parse(printer: 0x1A, offlineCause: 0x12, paper: 0x12) == .offline)
        #expect(PrinterStatus.parse(printer: 0x41, offlineCause: 0x12, paper: 0x12) == nil, "not a status byte")
    }

    @Test func everyStatusSaysWhatToDoInFrench() {
        for status in [PrinterStatus.paperOut, .coverOpen, .offline, .ready(paperNearEnd: true)] {
            #expect(status.message.contains("imprimante") || status.message.contains("Imprimante"))
        }
        #expect(PrinterStatus.paperOut.message.contains("papier"))
    }
}

@Suite(.serialized) struct NetworkPrinterTests {
    @Test func readyPrinterReceivesTheBytes() throws {
        let double = try PrinterDouble(answers: PrinterDouble.ready)
        defer { double.stop() }
        let printer = NetworkPrinter(host: "127.0.0.1", port: double.port)
        let document: [UInt8] = [0x1B, 0x40, 0x41, 0x42, 0x0A, 0x1B, 0x70, 0x00, 0x19, 0xFA, 0x1D, 0x56, 0x00]
        #expect(try printer.printChecked(document) == .ready(paperNearEnd: false))
        #expect(waitFor { double.bytes == document })
    }

    @Test func paperOutIsRefusedAndNothingIsSent() throws {
        let double = try PrinterDouble(answers: PrinterDouble.paperOut)
        defer { double.stop() }
        let printer = NetworkPrinter(host: "127.0.0.1", port: double.port)
        #expect(throws: PrinterError.notReady(.paperOut)) { try printer.printChecked([0x41]) }
        Thread.sleep(forTimeInterval: 0.1)
        #expect(double.bytes.isEmpty)
    }

    @Test func coverOpenIsSaid() throws {
        let double = try PrinterDouble(answers: PrinterDouble.coverOpen)
        defer { double.stop() }
        #expect(try NetworkPrinter(host: "127.0.0.1", port: double.port).status() == .coverOpen)
    }

    @Test func silentPrinterTimesOut() throws {
        let double = try PrinterDouble(answers: nil)
        defer { double.stop() }
        let printer = NetworkPrinter(host: "127.0.0.1", port: double.port, timeoutMilliseconds: 200)
        let start = Date()
        #expect(throws: PrinterError.noAnswer) { try printer.printChecked([0x41]) }
        #expect(Date().timeIntervalSince(start) < 5)
        #expect(PrinterError.noAnswer.message.contains("ne répond pas"))
    }

    @Test func nobodyListeningIsAClearError() throws {
        let double = try PrinterDouble(answers: PrinterDouble.ready)
        let port = double.port
        double.stop()
        let printer = NetworkPrinter(host: "127.0.0.1", port: port, timeoutMilliseconds: 500)
        do {
            try printer.send([0x41])
            Issue.record("sending to a closed port should fail")
        } catch {
            guard case .cannotOpen(let target, _) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(target == "127.0.0.1:\(port)")
            #expect(error.message.contains("Impossible de joindre l'imprimante"))
        }
    }
}

@Suite struct FileAndDevicePrinterTests {
    @Test func filePrinterAppends() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("comptoir-print-\(UUID()).bin").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let printer = FilePrinter(path: path)
        #expect(try printer.printChecked([1, 2]) == nil, "a file has no status")
        try printer.send([3])
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data([1, 2, 3]))
    }

    @Test func missingDeviceIsAClearError() {
        #expect(throws: PrinterError.cannotOpen("/dev/comptoir-absent", reason: "introuvable")) {
            try DevicePrinter(path: "/dev/comptoir-absent").send([0x41])
        }
    }

    @Test func noPrinterRefuses() {
        #expect(throws: PrinterError.notConfigured) { try NoPrinter().printChecked([0x41]) }
    }
}
