/// The kinds of journal entries, as stored in `journal.kind`.
enum JournalKind: String, Sendable, CaseIterable {
    case userCreated = "user.created"
    case userRoleChanged = "user.role_changed"
    case userDeactivated = "user.deactivated"
    case userPinChanged = "user.pin_changed"
    case categoryCreated = "category.created"
    case productCreated = "product.created"
    case sessionOpened = "session.opened"
    case ticketCommitted = "ticket.committed"
    case ticketReprinted = "ticket.reprinted"
    case drawerOpened = "drawer.opened"
}
