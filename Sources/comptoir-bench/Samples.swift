/// Durations of one repeated measure, with the statistics the report prints.
struct Samples {
    private(set) var durations: [Duration] = []

    init() {}
    init(_ durations: [Duration]) { self.durations = durations }

    mutating func append(_ duration: Duration) { durations.append(duration) }

    var count: Int { durations.count }
    var median: Duration { percentile(50) }
    var p99: Duration { percentile(99) }
    var total: Duration { durations.reduce(.zero, +) }

    /// Nearest-rank percentile: a value that was really measured, never an interpolation.
    func percentile(_ p: Int) -> Duration {
        precondition(!durations.isEmpty, "no sample")
        let sorted = durations.sorted()
        let rank = (p * sorted.count + 99) / 100  // ceil(p/100 × n); 0 gives the minimum
        return sorted[max(rank, 1) - 1]
    }

    /// Runs `body` `times` times, timing each run alone.
    static func measure(_ times: Int, _ body: (Int) throws -> Void) rethrows -> Samples {
        let clock = ContinuousClock()
        var samples = Samples()
        samples.durations.reserveCapacity(times)
        for i in 0..<times {
            let start = clock.now
            try body(i)
            samples.append(clock.now - start)
        }
        return samples
    }
}

extension Duration {
    var seconds: Double {
        let (s, attoseconds) = components
        return Double(s) + Double(attoseconds) / 1e18
    }

    var milliseconds: Double { seconds * 1e3 }
    var microseconds: Double { seconds * 1e6 }
}
