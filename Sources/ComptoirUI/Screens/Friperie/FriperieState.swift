import ComptoirCore

/// The back-door screen (Alt+B from the sale screen): the form of one weighing, the last
/// weighings and this month's kilograms; or the year's figures as a chart.
public struct FriperieState: Equatable, Sendable {
    /// The form's fields, top to bottom.
    public enum Field: Int, CaseIterable, Equatable, Sendable {
        case direction, family, weight, place, party
    }

    /// The origins a volunteer picks at the back door: what comes from the boxes is
    /// recorded by the vide-greniers screen, with its weight.
    public static let origins: [DonationOrigin] = [.particulier, .entreprise, .association, .autre]
    public static let destinations = OutflowDestination.allCases

    public var direction: FriperieFlow.Direction = .intake
    public var family: FriperieFamily = .textile
    public var weight = TextField(maxLength: 10)
    public var origin: DonationOrigin = .particulier
    public var destination: OutflowDestination = .dechets
    /// The donor (optional, never journaled) or who receives an outflow.
    public var party = TextField(maxLength: 40)
    public var focus: Field = .family
    /// The last weighings, newest first, as the ledger last said.
    public var recent: [FriperieFlow] = []
    /// This month's kilograms; nil until loaded.
    public var month: FriperieFigures.Month?
    /// The last weighing recorded on this screen: F6 prints its receipt when it is a donation.
    public var lastRecorded: FriperieFlow?
    /// The scale was asked (F4) and has not answered yet.
    public var readingScale = false
    /// The year's chart (F7) instead of the form.
    public var chart = false
    public var chartYear = 0
    /// The year shown by the chart; nil while it loads.
    public var figures: FriperieFigures?
    /// F8's window: the category of the bag's label is being chosen.
    public var label: LabelPick?

    /// The weight read when F8 was pressed, and the category chosen in the list.
    public struct LabelPick: Equatable, Sendable {
        public var grams: Int
        public var selected: Int
    }

    public init() {}

    /// Choices of the origin or destination field, in the order the digits pick them.
    public var placeCount: Int { direction == .intake ? Self.origins.count : Self.destinations.count }

    public var placeIndex: Int {
        get {
            direction == .intake ? Self.origins.firstIndex(of: origin) ?? 0 : Self.destinations.firstIndex(of: destination) ?? 0
        }
        set {
            if direction == .intake { origin = Self.origins[newValue] } else { destination = Self.destinations[newValue] }
        }
    }
}
