/// The Scale Manufacturers Association standard (SMA SCP-01): the till sends `LF W CR`, the
/// scale answers `LF s r n m f weight unit CR` at once, stable or not:
/// - `s` status: `Z` centre of zero, `O` over capacity, `U` under zero, `E`/`I` zero error,
///   `T` tare error, `e` weight not shown, space for none;
/// - `r` range digit, `n` gross/net (`G`, `N`, `T`, `g`, `n`), `m` motion (`M` or space),
///   `f` reserved;
/// - the weight (about ten characters, dashes on an error) and its unit (`kg`, `g`, `lb`, `oz`).
public enum SMA {
    public static let request: [UInt8] = [0x0A, 0x57, 0x0D]

    static let lf: UInt8 = 0x0A
    static let cr: UInt8 = 0x0D

    /// True once `answer` holds a whole answer: a CR after an LF.
    static func isComplete(_ answer: [UInt8]) -> Bool {
        let bytes = answer.map { $0 & 0x7F }
        guard let start = bytes.lastIndex(of: lf) else { return false }
        return bytes[start...].contains(cr)
    }

    private static let statuses = Set(" ZOUEITe".utf8)
    private static let grossNet = Set("GNTgn".utf8)
    private static let motions = Set(" M".utf8)

    /// Reads one answer, from LF to CR (the CR may be missing). Bytes before the last LF are
    /// line noise and ignored. `LF ? CR` (command not understood) and `LF ! CR` (line error)
    /// are garbled answers like any other.
    public static func parse(_ answer: [UInt8]) throws(ScaleError) -> ScaleReading {
        // Bit 7 is parity when a 7E1 scale is read as 8N1.
        let bytes = answer.map { $0 & 0x7F }
        guard let start = bytes.lastIndex(of: lf) else { throw .garbled }
        var body = bytes[(start + 1)...]
        if let end = body.firstIndex(of: cr) { body = body[..<end] }
        guard body.count > 5 else { throw .garbled }
        let flags = Array(body.prefix(5))
        let status = flags[0], range = flags[1], mode = flags[2], motion = flags[3]
        guard statuses.contains(status), (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(range),
              grossNet.contains(mode), motions.contains(motion)
        else { throw .garbled }
        switch status {
        case UInt8(ascii: "E"), UInt8(ascii: "I"): return .outOfZeroRange
        case UInt8(ascii: "T"), UInt8(ascii: "e"): return .fault
        case UInt8(ascii: "O"): return .overCapacity
        case UInt8(ascii: "U"): return .underZero
        default: break
        }
        if motion == UInt8(ascii: "M") { return .moving }
        let (grams, negative) = try weight(body.dropFirst(5))
        if status == UInt8(ascii: "Z") || grams == 0 { return .zero }
        return negative ? .underZero : .stable(grams: grams)
    }

    /// "    1.250kg ", "  1250 g", "-0.250 kg"… to exact grams, rounded to the nearest gram
    /// beyond three decimals of a kilogram.
    static func weight(_ field: ArraySlice<UInt8>) throws(ScaleError) -> (grams: Int, negative: Bool) {
        let space = UInt8(ascii: " ")
        var text = field
        func trim() {
            while text.first == space { text.removeFirst() }
            while text.last == space { text.removeLast() }
        }
        trim()
        var unit: [UInt8] = []
        while let last = text.last, (last | 0x20) >= UInt8(ascii: "a"), (last | 0x20) <= UInt8(ascii: "z") {
            unit.insert(last | 0x20, at: 0)
            text.removeLast()
        }
        trim()
        let unitText = String(decoding: unit, as: UTF8.self)
        let factor: Int
        switch unitText {
        case "kg": factor = 1_000
        case "g": factor = 1
        case "lb", "oz": throw .unsupportedUnit(unitText)
        default: throw .garbled
        }
        var negative = false
        if let sign = text.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
            negative = sign == UInt8(ascii: "-")
            text.removeFirst()
            trim()
        }
        let parts = text.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].count <= 7,
              parts.count == 1 || (1...4).contains(parts[1].count),
              let whole = digits(parts[0]), let fraction = parts.count == 2 ? digits(parts[1]) : 0
        else { throw .garbled }
        var divisor = 1
        if parts.count == 2 { for _ in parts[1] { divisor *= 10 } }
        let scaled = (whole * divisor + fraction) * factor
        return ((scaled + divisor / 2) / divisor, negative)
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
