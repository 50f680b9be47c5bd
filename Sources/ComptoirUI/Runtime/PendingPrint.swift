/// A receipt that did not print (paper out, printer off): F7 prints it again.
public struct PendingPrint: Equatable, Sendable {
    public var number: Int64
    public var duplicate: Bool

    public init(number: Int64, duplicate: Bool) {
        self.number = number
        self.duplicate = duplicate
    }
}
