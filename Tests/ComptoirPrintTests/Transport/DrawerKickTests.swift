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
