import Foundation
import Testing
@testable import ComptoirScale

/// A Toledo scale played by the master side of a pseudo-terminal; the slave path is the
/// port given to `SerialScale`.
final class ScaleDouble: @unchecked Sendable {
    struct PtyUnavailable: Error {}

    let path: String
    private let master: Int32
    private let holder: Int32
    private let lock = NSLock()
    private var bytes: [UInt8] = []
    private var stopped = false
    private let done = DispatchSemaphore(value: 0)

    /// Answers each `W` with `chunks`, `pause` apart (no chunk: stays silent). `stale` is
    /// written at once, as if the scale had spoken before being asked.
    init(answer chunks: [[UInt8]], pauseMicroseconds pause: useconds_t = 50_000, stale: [UInt8] = []) throws {
        // openpty rather than posix_openpt/grantpt/unlockpt/ptsname: Swift's Glibc module is
        // built without _XOPEN_SOURCE and does not export those four.
        var masterFd: Int32 = -1, slaveFd: Int32 = -1
        var name = [CChar](repeating: 0, count: 128)
        guard openpty(&masterFd, &slaveFd, &name, nil, nil) == 0 else { throw PtyUnavailable() }
        master = masterFd
        // Holding the slave open between the scale's openings: otherwise the master only
        // sees hang-ups whenever `SerialScale` has closed it.
        holder = slaveFd
        path = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var raw = termios()
        tcgetattr(holder, &raw)
        cfmakeraw(&raw)
        tcsetattr(holder, TCSANOW, &raw)
        if !stale.isEmpty {
            _ = stale.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            usleep(50_000)
        }
        let side = master
        Thread.detachNewThread { [self] in serve(side, chunks, pause) }
    }

    /// Everything the till sent.
    var received: [UInt8] {
        lock.lock()
        defer { lock.unlock() }
        return bytes
    }

    /// The slave's termios as `SerialScale` left it.
    var slaveSettings: termios {
        var tio = termios()
        tcgetattr(holder, &tio)
        return tio
    }

    func stop() {
        lock.lock()
        stopped = true
        lock.unlock()
        _ = done.wait(timeout: .now() + 3)
        close(holder)
        close(master)
    }

    private var isStopped: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopped
    }

    private func serve(_ fd: Int32, _ chunks: [[UInt8]], _ pause: useconds_t) {
        defer { done.signal() }
        // A safety net on top of stop(): the thread never outlives a test for long.
        let end = ContinuousClock.now + .seconds(10)
        var buffer = [UInt8](repeating: 0, count: 64)
        while !isStopped && ContinuousClock.now < end {
            var pfd = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let r = poll(&pfd, 1, 20)
            guard r > 0 else { continue }
            guard pfd.revents & Int16(POLLIN) != 0 else { usleep(10_000); continue }
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            guard n > 0 else { usleep(10_000); continue }
            lock.lock()
            bytes += buffer[..<n]
            lock.unlock()
            for byte in buffer[..<n] where byte == 0x57 {
                for (index, chunk) in chunks.enumerated() {
                    if index > 0 { usleep(pause) }
                    _ = chunk.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
                }
            }
        }
    }
}

@Suite struct SerialScaleTests {
    private static func weight(_ text: String) -> [UInt8] { [0x02] + Array(text.utf8) + [0x0D] }
    private static func status(_ byte: UInt8) -> [UInt8] { [0x02, UInt8(ascii: "?"), byte, 0x0D] }

    @Test func stableWeightInTwoChunks() throws {
        let double = try ScaleDouble(answer: [[0x02] + Array("01.2".utf8), Array("50".utf8) + [0x0D]])
        defer { double.stop() }
        let scale = try SerialScale(port: double.path)
        #expect(try scale.read() == .stable(grams: 1_250))
        #expect(double.received == [0x57])
    }

    @Test func movingScale() throws {
        let double = try ScaleDouble(answer: [Self.status(0x61)])
        defer { double.stop() }
        #expect(try SerialScale(port: double.path).read() == .moving)
        #expect(double.received == [0x57])
    }

    @Test func emptyScaleReadsZero() throws {
        let double = try ScaleDouble(answer: [Self.weight("00.000")])
        defer { double.stop() }
        #expect(try SerialScale(port: double.path).read() == .zero)
        #expect(double.received == [0x57])
    }

    @Test func overCapacityWithParityBitSet() throws {
        // 0x62 carries an odd number of ones: even parity puts bit 7 on the wire. The pty
        // does not strip it under CS7, so this checks the parser's mask end to end.
        let double = try ScaleDouble(answer: [Self.status(0xE2)])
        defer { double.stop() }
        #expect(try SerialScale(port: double.path).read() == .overCapacity)
        #expect(double.received == [0x57])
    }

    /// Issue 18's byte strings on the wire: 0x02 (over capacity) is also STX, and 0x0D (under
    /// zero, motion, outside zero range) is also CR; both come in a chunk of their own.
    @Test func statusBytesWithoutBit5OnTheWire() throws {
        for (byte, expected) in [(UInt8(0x01), ScaleReading.moving), (0x02, .overCapacity), (0x04, .underZero),
                                 (0x0D, .underZero), (0x41, .moving)] {
            let double = try ScaleDouble(answer: [[0x02, 0x3F], [byte], [0x0D]], pauseMicroseconds: 20_000)
            defer { double.stop() }
            #expect(try SerialScale(port: double.path).read() == expected, "status \(byte)")
        }
    }

    @Test func framing8N1WorksToo() throws {
        let double = try ScaleDouble(answer: [Self.weight(" 12.345 kg")])
        defer { double.stop() }
        let scale = try SerialScale(port: double.path, baud: 19_200, framing: "8N1")
        #expect(try scale.read() == .stable(grams: 12_345))
        #expect(double.received == [0x57])
    }

    @Test func portIsSetRawAtTheConfiguredSpeed() throws {
        let double = try ScaleDouble(answer: [Self.weight("01.000")])
        defer { double.stop() }
        #expect(try SerialScale(port: double.path, baud: 4_800, framing: "7E1").read() == .stable(grams: 1_000))
        var tio = double.slaveSettings
        // No echo nor line editing that would mangle the answer. CS7/PARENB are not checked:
        // the Linux pty keeps CS8 without parity whatever is asked.
        #expect(tio.c_lflag & tcflag_t(ECHO | ICANON | ISIG) == 0)
        #expect(tio.c_oflag & tcflag_t(OPOST) == 0)
        #expect(cfgetospeed(&tio) == speed_t(B4800))
    }

    @Test func eachReadingOpensThePortAgain() throws {
        let double = try ScaleDouble(answer: [Self.weight("00.500")])
        defer { double.stop() }
        let scale = try SerialScale(port: double.path)
        #expect(try scale.read() == .stable(grams: 500))
        #expect(try scale.read() == .stable(grams: 500))
        #expect(double.received == [0x57, 0x57])
    }

    @Test func staleBytesAreDroppedBeforeAsking() throws {
        let double = try ScaleDouble(answer: [Self.weight("01.250")], stale: Self.weight("09.999"))
        defer { double.stop() }
        #expect(try SerialScale(port: double.path).read() == .stable(grams: 1_250))
    }

    @Test func silentScaleIsNoAnswer() throws {
        let double = try ScaleDouble(answer: [])
        defer { double.stop() }
        let scale = try SerialScale(port: double.path, timeout: .milliseconds(300))
        let start = ContinuousClock.now
        #expect(throws: ScaleError.noAnswer(double.path)) { try scale.read() }
        #expect(ContinuousClock.now - start < .seconds(2))
        #expect(double.received == [0x57])
    }

    @Test func garbageAnswerIsGarbled() throws {
        let double = try ScaleDouble(answer: [Array("HELLO\r".utf8)])
        defer { double.stop() }
        let scale = try SerialScale(port: double.path, timeout: .milliseconds(300))
        #expect(throws: ScaleError.garbled) { try scale.read() }
    }

    @Test func badWeightTextIsGarbled() throws {
        let double = try ScaleDouble(answer: [Self.weight("12.5")])
        defer { double.stop() }
        #expect(throws: ScaleError.garbled) { try SerialScale(port: double.path).read() }
    }

    @Test func regularFileIsNotATerminal() throws {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("comptoir-scale-\(UUID().uuidString)").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: ScaleError.notATerminal(path)) { try SerialScale(port: path).read() }
    }

    @Test func missingPortCannotBeOpened() throws {
        let path = "/dev/ttyComptoirAbsent\(UUID().uuidString.prefix(8))"
        #expect(throws: ScaleError.cannotOpen(path, reason: "introuvable")) { try SerialScale(port: path).read() }
    }

    @Test func settingsAreCheckedAtInit() throws {
        #expect(throws: ScaleError.unsupportedBaud(38_400)) { try SerialScale(port: "/dev/ttyUSB0", baud: 38_400) }
        #expect(throws: ScaleError.unsupportedFraming("7O1")) { try SerialScale(port: "/dev/ttyUSB0", framing: "7O1") }
        for baud in [1_200, 2_400, 4_800, 9_600, 19_200] {
            #expect(try SerialScale(port: "/dev/ttyUSB0", baud: baud).baud == baud)
        }
        #expect(try SerialScale(port: "/dev/ttyUSB0", framing: "8n1").framing == "8N1")
        let scale = try SerialScale(port: "/dev/ttyUSB0")
        #expect(scale.baud == 9_600 && scale.framing == "7E1" && scale.timeout == .seconds(1))
    }
}
