import ComptoirCore

/// The household file: a search, its results, and the file being edited.
public struct HouseholdsState: Equatable, Sendable {
    public var search = TextField(maxLength: 30)
    public var results: [Household] = []
    public var list = ListState()
    public var selected: Int {
        get { list.selected }
        set { list.selected = newValue }
    }
    /// The rules in force, for the figures computed live in the file.
    public var rules = EpicerieRules.standard
    public var form: HouseholdForm?
    public init() {}
}
