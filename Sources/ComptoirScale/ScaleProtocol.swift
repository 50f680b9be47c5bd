/// The language a serial scale speaks, set by `scale.protocol`.
public enum ScaleProtocol: String, CaseIterable, Equatable, Sendable {
    /// Mettler Toledo 8217 "ECR": `W`, answered by `STX … CR`.
    case toledo8217
    /// Scale Manufacturers Association standard: `LF W CR`, answered by `LF … CR`.
    case sma

    /// What the till sends to ask for the weight.
    public var request: [UInt8] {
        switch self {
        case .toledo8217: return Toledo8217.request
        case .sma: return SMA.request
        }
    }

    /// True once the bytes read so far end a whole answer.
    func isComplete(_ answer: [UInt8]) -> Bool {
        switch self {
        case .toledo8217: return Toledo8217.isComplete(answer)
        case .sma: return SMA.isComplete(answer)
        }
    }

    public func parse(_ answer: [UInt8]) throws(ScaleError) -> ScaleReading {
        switch self {
        case .toledo8217: return try Toledo8217.parse(answer)
        case .sma: return try SMA.parse(answer)
        }
    }

    /// How the volunteer's manual names it.
    public var label: String {
        switch self {
        case .toledo8217: return "Toledo 8217"
        case .sma: return "SMA"
        }
    }
}
