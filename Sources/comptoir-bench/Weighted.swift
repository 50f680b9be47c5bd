/// A choice among values with integer weights ("a T-shirt is sold five times as often
/// as a coat"), drawn with one random number.
struct Weighted<Value> {
    private let values: [Value]
    private let cumulative: [Int]

    init(_ pairs: [(Value, Int)]) {
        precondition(!pairs.isEmpty && pairs.allSatisfy { $0.1 > 0 }, "weights must be positive")
        values = pairs.map(\.0)
        var sum = 0
        cumulative = pairs.map { sum += $0.1; return sum }
    }

    func pick(using rng: inout some RandomNumberGenerator) -> Value {
        let r = Int.random(in: 0..<cumulative.last!, using: &rng)
        // A handful of values: a linear scan beats a binary search.
        return values[cumulative.firstIndex { r < $0 }!]
    }
}
