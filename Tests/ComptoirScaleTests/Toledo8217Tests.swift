import Testing
@testable import ComptoirScale

@Suite struct Toledo8217Tests {
    private func answer(_ text: String, cr: Bool = true) -> [UInt8] {
        [0x02] + Array(text.utf8) + (cr ? [0x0D] : [])
    }

    private func status(_ byte: UInt8) -> [UInt8] { [0x02, UInt8(ascii: "?"), byte, 0x0D] }

    @Test func requestIsTheSingleByteW() {
        #expect(Toledo8217.request == [0x57])
    }

    @Test(arguments: [
        ("01.250", 1_250), ("1.25", 1_250), ("1.250", 1_250), (" 01.250", 1_250), ("01.250 ", 1_250),
        ("01.250KG", 1_250), ("01.250 kg", 1_250), ("01.250N", 1_250), ("01.250 kg N", 1_250),
        ("01.250 N kg", 1_250), ("00.005", 5), ("0.01", 10), ("12.345", 12_345), ("150.00", 150_000),
        ("+02.000", 2_000), ("003.999", 3_999),
    ])
    func stableWeightsGiveExactGrams(text: String, grams: Int) throws {
        #expect(try Toledo8217.parse(answer(text)) == .stable(grams: grams))
    }

    @Test func answerWithoutCarriageReturnIsAccepted() throws {
        #expect(try Toledo8217.parse(answer("01.250", cr: false)) == .stable(grams: 1_250))
    }

    @Test(arguments: ["00.000", "0.00", " 00.000 kg", "-00.000"])
    func stableZeroIsZero(text: String) throws {
        #expect(try Toledo8217.parse(answer(text)) == .zero)
    }

    @Test func negativeWeightIsUnderZero() throws {
        #expect(try Toledo8217.parse(answer("-0.250")) == .underZero)
        #expect(try Toledo8217.parse(answer("-01.250 kg")) == .underZero)
    }

    @Test func eachStatusFlag() throws {
        // Bits 5 and 6 always set: 0x60.
        #expect(try Toledo8217.parse(status(0x61)) == .moving)
        #expect(try Toledo8217.parse(status(0x62)) == .overCapacity)
        #expect(try Toledo8217.parse(status(0x64)) == .underZero)
        #expect(try Toledo8217.parse(status(0x68)) == .outOfZeroRange)
        #expect(try Toledo8217.parse(status(0x70)) == .zero)
        // Bit 6 is only "commonly" set.
        #expect(try Toledo8217.parse(status(0x21)) == .moving)
    }

    /// The byte strings of issue 18, as real scales sent them (bits 5 and 6 clear).
    @Test func statusRepliesWithoutBit5AreUnderstood() throws {
        #expect(try Toledo8217.parse([0x02, 0x3F, 0x01, 0x0D]) == .moving)
        #expect(try Toledo8217.parse([0x02, 0x3F, 0x02, 0x0D]) == .overCapacity)
        #expect(try Toledo8217.parse([0x02, 0x3F, 0x04, 0x0D]) == .underZero)
        #expect(try Toledo8217.parse([0x02, 0x3F, 0x08, 0x0D]) == .outOfZeroRange)
        #expect(try Toledo8217.parse([0x02, 0x3F, 0x10, 0x0D]) == .zero)
        #expect(try Toledo8217.parse([0x02, 0x3F, 0x00, 0x0D]) == .moving)
    }

    /// Bits 5, 6 and 7 in every combination change nothing: only bits 0–4 are read.
    @Test(arguments: [UInt8(0x00), 0x20, 0x40, 0x60, 0x80, 0xA0, 0xC0, 0xE0])
    func highBitsAreIgnored(high: UInt8) throws {
        #expect(try Toledo8217.parse(status(high | 0x01)) == .moving)
        #expect(try Toledo8217.parse(status(high | 0x02)) == .overCapacity)
        #expect(try Toledo8217.parse(status(high | 0x04)) == .underZero)
        #expect(try Toledo8217.parse(status(high | 0x08)) == .outOfZeroRange)
        #expect(try Toledo8217.parse(status(high | 0x10)) == .zero)
        #expect(try Toledo8217.parse(status(high | 0x1F)) == .overCapacity)
    }

    @Test func issueStatusesSayWhatToDoInFrench() throws {
        #expect(try Toledo8217.parse([0x02, 0x3F, 0x01, 0x0D]).message
            == "Poids instable : attendez que la balance se stabilise et relisez-la, ou tapez le poids.")
        #expect(try Toledo8217.parse([0x02, 0x3F, 0x02, 0x0D]).message
            == "Au-delà de la portée de la balance : pesez en plusieurs fois, ou tapez le poids.")
        #expect(try Toledo8217.parse([0x02, 0x3F, 0x04, 0x0D]).message
            == "Poids négatif : videz le plateau et remettez la balance à zéro, ou tapez le poids.")
    }

    @Test func statusPriority() throws {
        #expect(try Toledo8217.parse(status(0x6F)) == .overCapacity)
        #expect(try Toledo8217.parse(status(0x6D)) == .underZero)
        #expect(try Toledo8217.parse(status(0x69)) == .moving)
        #expect(try Toledo8217.parse(status(0x71)) == .moving)
        #expect(try Toledo8217.parse(status(0x78)) == .outOfZeroRange)
        #expect(try Toledo8217.parse(status(0x7F)) == .overCapacity)
    }

    @Test func parityBitIsMaskedOff() throws {
        // 0x62 with bit 7 set, and every byte of a weight as a 7E1 scale read as 8N1 shows it.
        #expect(try Toledo8217.parse(status(0xE2)) == .overCapacity)
        let withParity = answer("01.250").map { $0 | 0x80 }
        #expect(try Toledo8217.parse(withParity) == .stable(grams: 1_250))
    }

    @Test func noiseBeforeTheLastStxIsIgnored() throws {
        let noisy: [UInt8] = [0xFF, 0x00, 0x02, 0x31, 0x0D, 0x41] + answer("02.500")
        #expect(try Toledo8217.parse(noisy) == .stable(grams: 2_500))
        #expect(try Toledo8217.parse([0x13, 0x11] + status(0x61)) == .moving)
    }

    @Test(arguments: [
        "12.5", "1.2345", "12", ".250", "1.", "1,250", "01.2a0", "abc", "", " ", "1.250 lb", "01.250 kg kg",
        "1 .250", "--1.250", "1234567.000", "?", "?ab", "1.250.000",
    ])
    func garbageIsRefused(text: String) {
        #expect(throws: ScaleError.garbled) { try Toledo8217.parse(answer(text)) }
    }

    @Test func answersWithoutStxOrWithABadStatusAreRefused() {
        #expect(throws: ScaleError.garbled) { try Toledo8217.parse(Array("01.250\r".utf8)) }
        #expect(throws: ScaleError.garbled) { try Toledo8217.parse([]) }
        // A status must be exactly one byte.
        #expect(throws: ScaleError.garbled) { try Toledo8217.parse([0x02, 0x3F, 0x0D]) }
        #expect(throws: ScaleError.garbled) { try Toledo8217.parse([0x02, 0x3F, 0x01, 0x01, 0x0D]) }
        #expect(throws: ScaleError.garbled) { try Toledo8217.parse([0x02, 0x3F, 0x01]) }
    }

    /// With bits 5 and 6 clear a status byte can be STX or CR itself: it is still the status.
    @Test func statusBytesThatLookLikeStxOrCr() throws {
        #expect(try Toledo8217.parse([0x02, 0x3F, 0x02, 0x0D]) == .overCapacity)
        #expect(try Toledo8217.parse([0x02, 0x3F, 0x0D, 0x0D]) == .underZero)
        #expect(try Toledo8217.parse([0x02, 0x3F, 0x0A, 0x0D]) == .overCapacity)
        #expect(try Toledo8217.parse([0x41, 0x02, 0x3F, 0x02, 0x0D]) == .overCapacity)
        #expect(Toledo8217.isComplete([0x02, 0x3F, 0x0D]) == false)
        #expect(Toledo8217.isComplete([0x02, 0x3F, 0x0D, 0x0D]))
        #expect(Toledo8217.isComplete([0x02, 0x3F, 0x02]) == false)
        #expect(Toledo8217.isComplete([0x02, 0x3F, 0x02, 0x0D]))
        #expect(Toledo8217.isComplete([0x02] + Array("01.250".utf8)) == false)
        #expect(Toledo8217.isComplete([0x02] + Array("01.250".utf8) + [0x0D]))
    }

    @Test func onlyStableHasNoMessageAndEveryMessageSaysWhatToDo() {
        #expect(ScaleReading.stable(grams: 1_250).message == nil)
        for reading in [ScaleReading.zero, .moving, .overCapacity, .underZero, .outOfZeroRange, .fault] {
            let message = reading.message ?? ""
            #expect(message.hasSuffix("ou tapez le poids."), "\(reading)")
        }
    }

    @Test func everyErrorTellsToTypeTheWeight() {
        let errors: [ScaleError] = [
            .cannotOpen("/dev/ttyUSB0", reason: "introuvable"), .notATerminal("/tmp/x"), .unsupportedBaud(300),
            .unsupportedFraming("7O2"), .noAnswer("/dev/ttyUSB0"), .garbled, .io("liaison coupée"),
            .unsupportedUnit("lb"),
        ]
        for error in errors {
            #expect(error.message.hasSuffix("Tapez le poids en attendant."), "\(error)")
        }
        #expect(ScaleError.noAnswer("/dev/ttyUSB0").message
            == "La balance ne répond pas sur /dev/ttyUSB0 : vérifiez qu'elle est allumée et branchée, et le port dans la configuration (scale.port). Tapez le poids en attendant.")
    }
}
