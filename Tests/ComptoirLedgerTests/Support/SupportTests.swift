import Foundation
import Testing
@testable import ComptoirLedger

@Suite struct SupportTests {
    @Test func timestampsAreUTCWithMilliseconds() {
        #expect(Timestamp.string(millis: 0) == "1970-01-01T00:00:00.000Z")
        #expect(Timestamp.string(millis: 1_741_944_413_589) == "2025-03-14T09:26:53.589Z")
        #expect(Timestamp.string(millis: 951_782_400_007) == "2000-02-29T00:00:00.007Z")
        #expect(Timestamp.millis("2025-03-14T09:26:53.589Z") == 1_741_944_413_589)
        #expect(Timestamp.millis("2025-03-14 09:26:53") == nil)
        for millis: Int64 in [0, 1, 999, 86_399_999, 1_741_944_413_589, 4_102_444_799_999] {
            #expect(Timestamp.millis(Timestamp.string(millis: millis)) == millis)
            #expect(Timestamp.millis(Timestamp.date(millis: millis)) == millis)
        }
    }

    @Test func hexRoundTrips() {
        #expect(Hex.string([0x00, 0xAB, 0x7F]) == "00ab7f")
        #expect(Hex.bytes("00ab7F") == [0x00, 0xAB, 0x7F])
        #expect(Hex.bytes("abc") == nil)
        #expect(Hex.bytes("zz") == nil)
    }

    @Test func pinHashesMatchOnlyTheirPin() throws {
        let stored = try PinHash.make(pin: "4821", rounds: 1_000)
        #expect(PinHash.matches(pin: "4821", stored: stored))
        #expect(!PinHash.matches(pin: "4822", stored: stored))
        #expect(!PinHash.matches(pin: "4821", stored: "pbkdf2-sha256$1000$zz$00"))
        #expect(!PinHash.matches(pin: "4821", stored: "4821"))
    }
}
