import Foundation
import ComptoirCore

/// What the back door reads of the app's state, and nothing more.
public struct FriperieContext: Equatable, Sendable {
    /// Who weighs: the weighings and receipts are theirs.
    public var user: UserSummary?
    public var now: Date
    public var timeZone: TimeZone
    /// A scale is configured at this till.
    public var hasScale: Bool
    /// The variable-measure format, when it has a weight prefix: F8 prints a bag's label.
    public var labelFormat: VariableMeasureFormat?
    /// The categories a label can be printed for (`MeasuredLabel.categories`).
    public var labelCategories: [Category]
    public var hasPrinter: Bool

    public init(user: UserSummary?, now: Date, timeZone: TimeZone, hasScale: Bool,
                labelFormat: VariableMeasureFormat? = nil, labelCategories: [Category] = [], hasPrinter: Bool = false) {
        self.user = user
        self.now = now
        self.timeZone = timeZone
        self.hasScale = hasScale
        self.labelFormat = labelFormat
        self.labelCategories = labelCategories
        self.hasPrinter = hasPrinter
    }

    /// The year of `now` where the shop is.
    var thisYear: Int { CalendarDay(now, in: timeZone).year }
}

/// What the back door's key tables read: its slice and its context.
struct FriperieKeysContext: Sendable {
    let friperie: FriperieState
    let context: FriperieContext
}

extension AppState {
    var friperieContext: FriperieContext {
        let format = context.variableMeasure.flatMap { $0.weightPrefix == nil ? nil : $0 }
        return FriperieContext(user: user, now: now, timeZone: context.timeZone, hasScale: context.hasScale,
                               labelFormat: format,
                               labelCategories: format.map { MeasuredLabel.categories(context.categories, format: $0) } ?? [],
                               hasPrinter: context.receipts != .noPrinter)
    }
}
