#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte helpers for `verify`'s hot loop, where generic sequence comparison was the cost.
enum Bytes {
    /// True when `text`'s UTF-8 is exactly `bytes` (one memcmp).
    static func equal(_ text: String, _ bytes: [UInt8]) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in
            guard utf8.count == bytes.count else { return false }
            guard let a = utf8.baseAddress, !bytes.isEmpty else { return true }
            return bytes.withUnsafeBufferPointer { memcmp(a, $0.baseAddress!, bytes.count) == 0 }
        }
    }

    /// Appends the decimal digits of `value`, without building a String.
    static func appendDecimal(_ value: Int64, to out: inout [UInt8]) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var rest = value.magnitude
            var start = 20
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest % 10)
                rest /= 10
            } while rest > 0
            if value < 0 { out.append(UInt8(ascii: "-")) }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }
}
