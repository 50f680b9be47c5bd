import Foundation

/// A weighing at the back door: a donation coming in, or an outflow going out.
public struct FriperieFlow: Hashable, Sendable {
    public enum Direction: String, Hashable, Sendable, Codable {
        case intake = "entree"
        case outflow = "sortie"
    }

    public var id: Int64
    public var direction: Direction
    public var family: FriperieFamily
    public var grams: Int
    /// For an intake.
    public var origin: DonationOrigin?
    /// For an outflow.
    public var destination: OutflowDestination?
    /// The donor (optional, kept in the row only) or the receiving association.
    public var party: String
    public var at: Date

    public init(id: Int64 = 0, direction: Direction, family: FriperieFamily, grams: Int, origin: DonationOrigin? = nil,
                destination: OutflowDestination? = nil, party: String = "", at: Date = Date()) {
        self.id = id
        self.direction = direction
        self.family = family
        self.grams = grams
        self.origin = origin
        self.destination = destination
        self.party = party
        self.at = at
    }

    /// The heaviest weighing accepted, typed or read: above it the weight is a typing error.
    public static let maximumGrams = 1_000_000

    /// The French reason this weighing cannot be recorded, or nil.
    public var problem: String? {
        guard grams > 0 else { return "Le poids doit être plus grand que 0 : tapez les kilos, par exemple 12,5." }
        guard grams <= Self.maximumGrams else {
            return "\(Grams.kilograms(Int64(grams))) : ce poids n'est pas plausible (plus d'une tonne) ; vérifiez la saisie."
        }
        switch direction {
        case .intake where origin == nil: return "Choisissez la provenance du don."
        case .outflow where destination == nil: return "Choisissez la destination de la sortie."
        default: return nil
        }
    }
}
