/// The kinds of journal entries, as stored in `journal.kind`.
enum JournalKind: String, Sendable, CaseIterable {
    case userCreated = "user.created"
    case userRoleChanged = "user.role_changed"
    case userDeactivated = "user.deactivated"
    case userPinChanged = "user.pin_changed"
    case categoryCreated = "category.created"
    case productCreated = "product.created"
    case productChanged = "product.changed"
    case stockMoved = "stock.moved"
    case householdCreated = "household.created"
    case householdChanged = "household.changed"
    case householdPurged = "household.purged"
    case epicerieRulesChanged = "epicerie.rules_changed"
    case sessionOpened = "session.opened"
    case ticketCommitted = "ticket.committed"
    case ticketReprinted = "ticket.reprinted"
    case drawerOpened = "drawer.opened"
}
