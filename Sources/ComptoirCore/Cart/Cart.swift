/// The ticket being built at the till, before payment. A value: the UI keeps it in its state.
public struct Cart: Hashable, Sendable, Codable {
    public private(set) var lines: [CartLine] = []

    public init(lines: [CartLine] = []) { self.lines = lines }

    public static let maximumQuantity = 999

    public var isEmpty: Bool { lines.isEmpty }
    public var total: Money { lines.reduce(.zero) { $0 + $1.amount } }
    public var itemCount: Int { lines.reduce(0) { $0 + $1.quantity } }

    /// Adds a line; a coded line already in the cart at the same price gets one more piece
    /// instead. Returns the index of the line that changed.
    @discardableResult
    public mutating func add(_ line: CartLine) -> Int {
        // A weighed line is its own: two weighings are two lines.
        if let code = line.code, line.weightGrams == nil, line.rentalId == nil,
           let i = lines.firstIndex(where: { $0.code == code && $0.unitPrice == line.unitPrice && $0.weightGrams == nil }) {
            lines[i].quantity = min(Cart.maximumQuantity, lines[i].quantity + line.quantity)
            return i
        }
        lines.append(line)
        return lines.count - 1
    }

    /// Sets a quantity; nil with the French reason when it is refused.
    public mutating func setQuantity(_ quantity: Int, at index: Int) -> String? {
        guard lines.indices.contains(index) else { return "Aucune ligne sélectionnée." }
        guard !lines[index].isConsigned || quantity == 1 else {
            return "Un article en dépôt est une pièce unique : sa quantité reste 1."
        }
        guard quantity >= 1 else { return "La quantité doit être d'au moins 1." }
        guard quantity <= Cart.maximumQuantity else {
            return "La quantité ne peut pas dépasser \(Cart.maximumQuantity)."
        }
        lines[index].quantity = quantity
        return nil
    }

    public mutating func remove(at index: Int) {
        guard lines.indices.contains(index) else { return }
        lines.remove(at: index)
    }

    public mutating func clear() { lines.removeAll() }
}
