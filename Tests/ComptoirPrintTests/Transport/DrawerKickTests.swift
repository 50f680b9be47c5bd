import Foundation
import Testing
@testable import ComptoirPrint

/// The drawer kick asks the printer first and after: a printer that holds `ESC p` while it
/// reports a fault would spring the drawer open later, unseen.
@Suite(.serialized) struct DrawerKickTests {
    static let kick: [UInt8] = [0x1B, 0x70, 0x00, 0x19, 0xFA]

    @Test func aReadyPrinterGetsTheKick() throws {
        let double = try PrinterDouble(answers: PrinterDouble.ready)
        defer { double.stop() }
        try NetworkPrinter(host: "127.0.0.1", port: double.port).kickDrawer(Self.kick)
        #expect(waitFor { double.bytes == Self.kick })
    }

    @Test func paperOutSendsNoKickAndSaysWhy() throws {
        let double = try PrinterDouble(answers: PrinterDouble.paperOut)
        defer { double.stop() }
        #expect(throws: PrinterError.notReady(.paperOut)) {
            try NetworkPrinter(host: "127.0.0.1", port: double.port).kickDrawer(Self.kick)
        }
        Thread.sleep(forTimeInterval: 0.1)
        #expect(double.bytes.isEmpty, "no ESC p held by the printer")
        #expect(PrinterError.notReady(.paperOut).drawerMessage.contains("plus de papier"))
        #expect(PrinterError.notReady(.paperOut).drawerMessage.contains("F11"))
    }

    @Test func aPrinterThatHoldsTheKickWhileReportingPaperOutIsSaid() throws {
        let double = try PrinterDouble(answers: PrinterDouble.ready, afterData: PrinterDouble.paperOut)
        defer { double.stop() }
        #expect(throws: PrinterError.notReady(.paperOut)) {
            try NetworkPrinter(host: "127.0.0.1", port: double.port).kickDrawer(Self.kick)
        }
        #expect(waitFor { double.bytes == Self.kick })
    }

    @Test func aOneWayLinkJustSends() throws {
        let path = NSTemporaryDirectory() + "kick-\(UUID().uuidString).bin"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try FilePrinter(path: path).kickDrawer(Self.kick)
        #expect(FileManager.default.contents(atPath: path).map(Array.init) == Self.kick)
    }
}

/// `comptoir printer test` reports the drawer sensor: bit 2 of the printer status.
@Suite(.serialized) struct DrawerSensorTests {
    @Test func theSensorIsBitTwoOfThePrinterStatus() throws {
        let high = try PrinterDouble(answers: [1: 0x16, 2: 0x12, 4: 0x12])
        defer { high.stop() }
        #expect(try NetworkPrinter(host: "127.0.0.1", port: high.port).drawerSensor() == true)
        let low = try PrinterDouble(answers: PrinterDouble.ready)
        defer { low.stop() }
        #expect(try NetworkPrinter(host: "127.0.0.1", port: low.port).drawerSensor() == false)
        #expect(try NetworkPrinter(host: "127.0.0.1", port: low.port, askStatus: false).drawerSensor() == nil)
        #expect(try FilePrinter(path: "/dev/null").drawerSensor() == nil)
    }

    @Test func aByteThatIsNoStatusIsRefused() throws {
        let double = try PrinterDouble(answers: [1: 0xFF])
        defer { double.stop() }
        #expect(throws: PrinterError.unexpectedAnswer) {
            try NetworkPrinter(host: "127.0.0.1", port: double.port).drawerSensor()
        }
    }
}
