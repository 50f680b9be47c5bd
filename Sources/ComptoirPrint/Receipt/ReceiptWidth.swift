/// Characters per line on the till printer (Font A): 58 mm paper gives 32, 80 mm paper
/// 42 or 48 depending on the printer. A setting.
public enum ReceiptWidth: Int, CaseIterable, Codable, Sendable {
    case narrow = 32
    case medium = 42
    case wide = 48

    public var columns: Int { rawValue }
}
