/// An épicerie product. Sold only to an identified eligible household (a later issue);
/// the foundation knows it so that a scan can say so plainly.
public struct Product: Hashable, Sendable, Codable {
    public var code: String
    public var name: String
    public var marketPrice: Money

    public init(code: String, name: String, marketPrice: Money) {
        self.code = code
        self.name = name
        self.marketPrice = marketPrice
    }
}
