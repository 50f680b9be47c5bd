import Foundation

/// An amount of money in euro cents. Never a floating point number.
public struct Money: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var cents: Int64

    public init(cents: Int64) { self.cents = cents }
    public init(euros: Int64, cents: Int64 = 0) { self.cents = euros * 100 + cents }

    public static let zero = Money(cents: 0)

    public static func + (a: Money, b: Money) -> Money { Money(cents: a.cents + b.cents) }
    public static func - (a: Money, b: Money) -> Money { Money(cents: a.cents - b.cents) }
    public static func * (a: Money, n: Int) -> Money { Money(cents: a.cents * Int64(n)) }
    public static func += (a: inout Money, b: Money) { a.cents += b.cents }
    public static func -= (a: inout Money, b: Money) { a.cents -= b.cents }
    public static prefix func - (a: Money) -> Money { Money(cents: -a.cents) }
    public static func < (a: Money, b: Money) -> Bool { a.cents < b.cents }

    public var isZero: Bool { cents == 0 }
    public var isNegative: Bool { cents < 0 }

    /// `numerator / denominator` of an amount, rounded half-up (away from zero on a tie).
    /// This is the one place where Comptoir rounds money; every share, rate and weight goes
    /// through it.
    public func scaled(by numerator: Int64, over denominator: Int64) -> Money {
        Money(cents: Money.divideHalfUp(cents * numerator, by: denominator))
    }

    /// `numerator / denominator` of an amount, rounded half-up to a multiple of `step`
    /// cents (5 for the nearest 0,05 €). Same rounding as `scaled(by:over:)`.
    public func scaled(by numerator: Int64, over denominator: Int64, step: Int64) -> Money {
        precondition(step >= 1, "rounding step below one cent")
        return Money(cents: Money.divideHalfUp(cents * numerator, by: denominator * step) * step)
    }

    /// Integer division rounded half-up, symmetric for negative values.
    public static func divideHalfUp(_ value: Int64, by divisor: Int64) -> Int64 {
        precondition(divisor != 0, "division by zero")
        let negative = (value < 0) != (divisor < 0)
        let a = value.magnitude, b = divisor.magnitude
        let q = (a + b / 2) / b
        return negative ? -Int64(q) : Int64(q)
    }

    /// French display: `1 234,56 €`. Thousands separated by an ordinary space so that the
    /// same text fits every terminal and every printer code page.
    public var formatted: String { "\(plain) €" }

    /// `1 234,56`, without the currency sign.
    public var plain: String {
        let sign = cents < 0 ? "-" : ""
        let m = cents.magnitude
        let euros = m / 100, rest = m % 100
        return sign + Thousands.grouped(euros) + "," + (rest < 10 ? "0" : "") + String(rest)
    }

    public var description: String { formatted }
}
