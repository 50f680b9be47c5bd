/// A reason the benchmark cannot go on, in French, printed as is.
struct BenchError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) { self.description = description }
}
