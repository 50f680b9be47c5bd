/// The Mettler Toledo 8217 "ECR" protocol that many retail scales emulate: the till sends
/// `W`, the scale answers `STX weight CR` when stable, otherwise `STX ? status CR`.
public enum Toledo8217 {
    public static let request: [UInt8] = [0x57]

    static let stx: UInt8 = 0x02
    static let cr: UInt8 = 0x0D

    /// Status byte bits.
    static let motionBit: UInt8 = 0x01
    static let overCapacityBit: UInt8 = 0x02
    static let underZeroBit: UInt8 = 0x04
    static let outsideZeroRangeBit: UInt8 = 0x08
    static let centerOfZeroBit: UInt8 = 0x10

    /// Reads one answer, from STX to CR (the CR may be missing after a weight). Bytes before
    /// the last STX are line noise and ignored.
    public static func parse(_ answer: [UInt8]) throws(ScaleError) -> ScaleReading {
        // Bit 7 is parity when a 7E1 scale is read as 8N1 (same frame length): drop it.
        let bytes = answer.map { $0 & 0x7F }
        guard let start = frameStart(bytes) else { throw .garbled }
        var body = bytes[(start + 1)...]
        if body.first == question {
            // The status byte is taken whatever it is, as it may be 0x02 or 0x0D itself; so
            // the CR after it is required here, or `STX ? CR` would read as a status.
            guard body.count >= 3, body[start + 3] == cr else { throw .garbled }
            return reading(status: body[start + 2])
        }
        if let end = body.firstIndex(of: cr) { body = body[..<end] }
        return try reading(weight: body)
    }

    static let question = UInt8(ascii: "?")

    /// Where the last answer starts: its STX. The byte after `STX ?` is a status, never a
    /// start nor an end, since with bits 5 and 6 clear it can be 0x02 (over capacity) or 0x0D.
    static func frameStart(_ bytes: [UInt8]) -> Int? {
        var start: Int?
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if bytes[index] == stx {
                start = index
                if index + 1 < bytes.endIndex, bytes[index + 1] == question {
                    index += 3
                    continue
                }
            }
            index += 1
        }
        return start
    }

    /// True once `answer` holds a whole answer, up to its CR.
    static func isComplete(_ answer: [UInt8]) -> Bool {
        let bytes = answer.map { $0 & 0x7F }
        guard let start = frameStart(bytes) else { return false }
        let from = bytes.index(start, offsetBy: bytes[(start + 1)...].first == question ? 3 : 1)
        return from < bytes.endIndex && bytes[from...].contains(cr)
    }

    /// Priority: over capacity > under zero > motion > outside zero range.
    /// Bits 5–7 are ignored: manuals disagree on which of bits 5 and 6 is always set, real
    /// scales send either or none, and bit 7 may be parity.
    static func reading(status: UInt8) -> ScaleReading {
        if status & overCapacityBit != 0 { return .overCapacity }
        if status & underZeroBit != 0 { return .underZero }
        if status & motionBit != 0 { return .moving }
        if status & outsideZeroRangeBit != 0 { return .outOfZeroRange }
        if status & centerOfZeroBit != 0 { return .zero }
        // No flag yet no weight: asking again is the right move, which `.moving` says.
        return .moving
    }

    /// "01.250", " 1.25 kg", "-0.250N"… kilograms with 2 or 3 decimals, to exact grams.
    static func reading(weight: ArraySlice<UInt8>) throws(ScaleError) -> ScaleReading {
        let space = UInt8(ascii: " ")
        var text = weight
        func trim() {
            while text.first == space { text.removeFirst() }
            while text.last == space { text.removeLast() }
        }
        trim()
        var sawUnit = false, sawNet = false
        while true {
            if !sawUnit, text.count >= 2,
               text.suffix(2).map({ $0 | 0x20 }) == [UInt8(ascii: "k"), UInt8(ascii: "g")] {
                text.removeLast(2)
                sawUnit = true
            } else if !sawNet, let last = text.last, last | 0x20 == UInt8(ascii: "n") {
                text.removeLast()
                sawNet = true
            } else {
                break
            }
            trim()
        }
        var negative = false
        if let sign = text.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
            negative = sign == UInt8(ascii: "-")
            text.removeFirst()
            trim()
        }
        let parts = text.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard parts.count == 2,
              (1...6).contains(parts[0].count), (2...3).contains(parts[1].count),
              let kilograms = digits(parts[0]), let fraction = digits(parts[1])
        else { throw .garbled }
        let grams = kilograms * 1_000 + fraction * (parts[1].count == 2 ? 10 : 1)
        if grams == 0 { return .zero }
        return negative ? .underZero : .stable(grams: grams)
    }

    private static func digits(_ text: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in text {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
