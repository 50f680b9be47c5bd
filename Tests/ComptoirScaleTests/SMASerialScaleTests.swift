import Foundation
import Testing
@testable import ComptoirScale

/// An SMA scale on a pseudo-terminal, read end to end through `SerialScale`.
@Suite struct SMASerialScaleTests {
    private static func reply(_ flags: String, _ weight: String, _ unit: String = "kg ") -> [UInt8] {
        [0x0A] + Array("\(flags)\(weight)\(unit)".utf8) + [0x0D]
    }

    @Test func stableWeightInTwoChunks() throws {
        let double = try ScaleDouble(answer: [[0x0A] + Array(" 1G      1.2".utf8), Array("50kg ".utf8) + [0x0D]])
        defer { double.stop() }
        let scale = try SerialScale(port: double.path, protocol: .sma)
        #expect(try scale.read() == .stable(grams: 1_250))
        #expect(double.received == [0x0A, 0x57, 0x0D])
    }

    @Test func movingOverAndUnder() throws {
        for (flags, weight, expected) in [(" 1GM ", "     1.250", ScaleReading.moving), ("O1G  ", "    31.000", .overCapacity),
                                          ("U1G  ", "    -0.250", .underZero), ("Z1G  ", "     0.000", .zero)] {
            let double = try ScaleDouble(answer: [Self.reply(flags, weight)])
            defer { double.stop() }
            #expect(try SerialScale(port: double.path, framing: "8N1", protocol: .sma).read() == expected)
        }
    }

    @Test func staleRepliesAreDroppedBeforeAsking() throws {
        let double = try ScaleDouble(answer: [Self.reply(" 1G  ", "     0.500")], stale: Self.reply(" 1G  ", "     9.999"))
        defer { double.stop() }
        #expect(try SerialScale(port: double.path, protocol: .sma).read() == .stable(grams: 500))
    }

    @Test func aToledoAnswerIsGarbledForAnSMAScale() throws {
        let double = try ScaleDouble(answer: [[0x02] + Array("01.250".utf8) + [0x0D]])
        defer { double.stop() }
        let scale = try SerialScale(port: double.path, timeout: .milliseconds(300), protocol: .sma)
        #expect(throws: ScaleError.garbled) { try scale.read() }
    }

    @Test func poundsAreRefusedWithTheirMessage() throws {
        let double = try ScaleDouble(answer: [Self.reply(" 1G  ", "     5.025", "lb ")])
        defer { double.stop() }
        #expect(throws: ScaleError.unsupportedUnit("lb")) { try SerialScale(port: double.path, protocol: .sma).read() }
    }

    @Test func toledoStaysTheDefault() throws {
        #expect(try SerialScale(port: "/dev/ttyUSB0").scaleProtocol == .toledo8217)
    }
}
