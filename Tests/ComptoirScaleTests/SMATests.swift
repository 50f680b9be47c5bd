import Testing
@testable import ComptoirScale

@Suite struct SMATests {
    /// `LF s r n m f weight unit CR`: status, range 1, gross/net, motion, reserved.
    private func reply(status: Character = " ", mode: Character = "G", motion: Character = " ",
                       _ weight: String, _ unit: String = "kg ") -> [UInt8] {
        [0x0A] + Array("\(status)1\(mode)\(motion) \(weight)\(unit)".utf8) + [0x0D]
    }

    @Test func requestIsLineFeedWCarriageReturn() {
        #expect(SMA.request == [0x0A, 0x57, 0x0D])
        #expect(ScaleProtocol.sma.request == [0x0A, 0x57, 0x0D])
        #expect(ScaleProtocol.toledo8217.request == [0x57])
    }

    @Test func stableWeightInKilograms() throws {
        let bytes: [UInt8] = [0x0A, 0x20, 0x31, 0x47, 0x20, 0x20] + Array("     1.250".utf8) + Array("kg ".utf8) + [0x0D]
        #expect(try SMA.parse(bytes) == .stable(grams: 1_250))
    }

    @Test(arguments: [
        ("     1.250", "kg ", 1_250), ("    12.345", "kg ", 12_345), ("      0.05", "kg ", 50), ("       2.5", "kg ", 2_500),
        ("         3", "kg ", 3_000), ("    1.2504", "kg ", 1_250), ("    1.2505", "kg ", 1_251), ("      1250", "g  ", 1_250),
        ("    1250.4", "g  ", 1_250), ("    +0.500", "kg ", 500), ("     1.250", "KG ", 1_250), ("     1.250", "kg", 1_250),
    ])
    func weightsGiveExactGrams(weight: String, unit: String, grams: Int) throws {
        #expect(try SMA.parse(reply(weight, unit)) == .stable(grams: grams))
    }

    @Test func netWeightCountsLikeGross() throws {
        #expect(try SMA.parse(reply(mode: "N", "     0.750")) == .stable(grams: 750))
    }

    @Test func eachStatus() throws {
        #expect(try SMA.parse(reply(motion: "M", "     1.250")) == .moving)
        #expect(try SMA.parse(reply(status: "O", "    31.000")) == .overCapacity)
        #expect(try SMA.parse(reply(status: "U", "    -0.250")) == .underZero)
        #expect(try SMA.parse(reply(status: "Z", "     0.000")) == .zero)
        #expect(try SMA.parse(reply(status: "E", "----------")) == .outOfZeroRange)
        #expect(try SMA.parse(reply(status: "I", "----------")) == .outOfZeroRange)
        #expect(try SMA.parse(reply(status: "T", "----------")) == .fault)
        #expect(try SMA.parse(reply(status: "e", "----------")) == .fault)
        // No status flag, yet a zero or negative weight.
        #expect(try SMA.parse(reply("     0.000")) == .zero)
        #expect(try SMA.parse(reply("    -0.250")) == .underZero)
    }

    @Test func statusPriorityMatchesToledo() throws {
        #expect(try SMA.parse(reply(status: "O", motion: "M", "    31.000")) == .overCapacity)
        #expect(try SMA.parse(reply(status: "U", motion: "M", "    -1.000")) == .underZero)
        #expect(try SMA.parse(reply(status: "Z", motion: "M", "     0.000")) == .moving)
    }

    @Test func sameMessagesAsToledo() throws {
        #expect(try SMA.parse(reply(motion: "M", "     1.250")).message
            == "Poids instable : attendez que la balance se stabilise et relisez-la, ou tapez le poids.")
        #expect(try SMA.parse(reply(status: "O", "    31.000")) == Toledo8217.parse([0x02, 0x3F, 0x02, 0x0D]))
        #expect(try SMA.parse(reply(status: "U", "    -0.250")) == Toledo8217.parse([0x02, 0x3F, 0x04, 0x0D]))
    }

    @Test func poundsAndOuncesAreRefused() {
        #expect(throws: ScaleError.unsupportedUnit("lb")) { try SMA.parse(reply("     5.025", "lb ")) }
        #expect(throws: ScaleError.unsupportedUnit("oz")) { try SMA.parse(reply("    12.000", "oz ")) }
        #expect(ScaleError.unsupportedUnit("lb").message
            == "La balance pèse en « lb » : réglez-la en kilogrammes. Tapez le poids en attendant.")
    }

    @Test func parityBitNoiseAndMissingCarriageReturn() throws {
        #expect(try SMA.parse(reply("     1.250").map { $0 | 0x80 }) == .stable(grams: 1_250))
        #expect(try SMA.parse([0x13, 0x0A, 0x3F, 0x0D] + reply("     2.000")) == .stable(grams: 2_000))
        #expect(try SMA.parse(reply("     1.250").dropLast()) == .stable(grams: 1_250))
    }

    @Test(arguments: [
        [0x0A, 0x3F, 0x0D], [0x0A, 0x21, 0x0D], [], Array("  1G      1.250kg \r".utf8),
        [0x02, 0x3F, 0x01, 0x0D], Array("\n 1G      1.250\r".utf8), Array("\n 1G      1,250kg \r".utf8),
        Array("\n X1G     1.250kg \r".utf8), Array("\n 1X      1.250kg \r".utf8), Array("\n 1GX     1.250kg \r".utf8),
        Array("\n 1G    ------kg \r".utf8), Array("\n 1G     1.25.0kg \r".utf8), Array("\n 1G  12345678kg \r".utf8),
        Array("\n 1G      .250kg \r".utf8), Array("\n 1G     1.25000kg \r".utf8), Array("\n 1G      1.250mg \r".utf8),
    ] as [[UInt8]])
    func garbageIsRefused(bytes: [UInt8]) {
        #expect(throws: ScaleError.garbled) { try SMA.parse(bytes) }
    }
}
