/// A value read from one line of a CSV file, with that line's number, so that the ledger
/// can name the line when it refuses the value.
public struct CSVEntry<Value> {
    public var line: Int
    public var value: Value

    public init(line: Int, value: Value) {
        self.line = line
        self.value = value
    }
}

extension CSVEntry: Equatable where Value: Equatable {}
extension CSVEntry: Hashable where Value: Hashable {}
extension CSVEntry: Sendable where Value: Sendable {}
