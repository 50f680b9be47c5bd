import Foundation
import Testing
@testable import ComptoirPrint

/// A serial printer played by the master side of a pseudo-terminal.
@Suite struct SerialPrinterTests {
    @Test func serialPrinterAnswersStatusAndReceivesTheBytes() throws {
        var master: Int32 = -1, slave: Int32 = -1
        var name = [CChar](repeating: 0, count: 128)
        #expect(openpty(&master, &slave, &name, nil, nil) == 0)
        defer { close(master); close(slave) }
        var raw = termios()
        tcgetattr(slave, &raw)
        cfmakeraw(&raw)
        tcsetattr(slave, TCSANOW, &raw)
        let path = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let answered = DispatchSemaphore(value: 0)
        let received = ReceivedBytes()
        let side = master
        Thread.detachNewThread {
            var byte: UInt8 = 0
            var seen: [UInt8] = []
            while read(side, &byte, 1) == 1 {
                seen.append(byte)
                if seen.suffix(3) == [0x10, 0x04, 0x01] || seen.suffix(3) == [0x10, 0x04, 0x02]
                    || seen.suffix(3) == [0x10, 0x04, 0x04] {
                    var answer: UInt8 = 0x12
                    _ = write(side, &answer, 1)
                    seen.removeLast(3)
                }
                received.set(seen)
                if seen == [0x41, 0x42] { answered.signal(); return }
            }
        }
        let printer = DevicePrinter(path: path, baudRate: 19_200, askStatus: true, timeoutMilliseconds: 1_000)
        #expect(try printer.printChecked([0x41, 0x42]) == .ready(paperNearEnd: false))
        #expect(answered.wait(timeout: .now() + 3) == .success)
        #expect(received.get() == [0x41, 0x42])
    }

    @Test func unknownBaudRateIsRefused() throws {
        var master: Int32 = -1, slave: Int32 = -1
        var name = [CChar](repeating: 0, count: 128)
        #expect(openpty(&master, &slave, &name, nil, nil) == 0)
        defer { close(master); close(slave) }
        let path = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let printer = DevicePrinter(path: path, baudRate: 12_345)
        #expect(throws: PrinterError.cannotOpen(path, reason: "vitesse 12345 non prise en charge")) {
            try printer.send([0x41])
        }
    }
}

private final class ReceivedBytes: @unchecked Sendable {
    private let lock = NSLock()
    private var bytes: [UInt8] = []
    func set(_ b: [UInt8]) { lock.lock(); bytes = b; lock.unlock() }
    func get() -> [UInt8] { lock.lock(); defer { lock.unlock() }; return bytes }
}
