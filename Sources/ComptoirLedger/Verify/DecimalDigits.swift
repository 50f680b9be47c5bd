/// Decimal digits appended one by one, for `verify`'s hot loop: no temporary buffer and
/// no bulk copy call per number (the general `Bytes.appendDecimal` cost more than the
/// few digits it writes). Same output as `Bytes.appendDecimal`.
enum DecimalDigits {
    static func append(_ value: Int64, to out: inout [UInt8]) {
        if value < 0 { out.append(UInt8(ascii: "-")) }
        var rest = value.magnitude
        if rest < 10 {
            out.append(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest))
            return
        }
        var start = out.count
        repeat {
            out.append(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest % 10))
            rest /= 10
        } while rest > 0
        // Written backwards; swap in place (reversing a slice would copy it).
        var end = out.count - 1
        while start < end {
            out.swapAt(start, end)
            start += 1
            end -= 1
        }
    }
}
