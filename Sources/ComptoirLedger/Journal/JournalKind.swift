/// The kinds of journal entries, as stored in `journal.kind`.
enum JournalKind: String, Sendable, CaseIterable {
    case userCreated = "user.created"
    case userRoleChanged = "user.role_changed"
    case userDeactivated = "user.deactivated"
    case userPinChanged = "user.pin_changed"
    /// A wrong PIN, counted against the account (never the PIN itself).
    case userPinFailed = "user.pin_failed"
    /// A right PIN after wrong ones: the count is back to zero.
    case userPinAccepted = "user.pin_accepted"
    /// Too many wrong PINs: the account waits for an admin.
    case userLocked = "user.locked"
    /// An admin gave a deactivated or locked account back its use.
    case userReactivated = "user.reactivated"
    case categoryCreated = "category.created"
    case categoryChanged = "category.changed"
    case productCreated = "product.created"
    case productChanged = "product.changed"
    case stockMoved = "stock.moved"
    case householdCreated = "household.created"
    case householdChanged = "household.changed"
    case householdPurged = "household.purged"
    case epicerieRulesChanged = "epicerie.rules_changed"
    case sessionOpened = "session.opened"
    case sessionClosed = "session.closed"
    case periodClosed = "period.closed"
    case ticketCommitted = "ticket.committed"
    case ticketReprinted = "ticket.reprinted"
    case drawerOpened = "drawer.opened"
    case cashDropped = "cash.dropped"
    case sellerCreated = "seller.created"
    case sellerChanged = "seller.changed"
    case boxCreated = "box.created"
    case boxChanged = "box.changed"
    case rentalSigned = "rental.signed"
    case rentalChanged = "rental.changed"
    case itemRegistered = "item.registered"
    case itemEnded = "item.ended"
    case payoutMade = "payout.made"
    case friperieFlow = "friperie.flow"
    case archiveKey = "archive.key"
    case archiveSealed = "archive.sealed"
    case ticketParked = "ticket.parked"
    case ticketResumed = "ticket.resumed"
    case ledgerRestored = "ledger.restored"
    case trainingStarted = "training.started"
    case trainingEnded = "training.ended"
    /// A duplicate of a Z was printed (no rows, like `ticket.reprinted`).
    case closingReprinted = "closing.reprinted"
    case shopSettingsChanged = "shop.settings_changed"
    /// The drawer was asked to open and the printer could not (no rows: the event only).
    case drawerFailed = "drawer.failed"
    /// Retention: a seller's identity replaced by a pseudonym (their rows stay).
    case sellerPseudonymized = "seller.pseudonymized"
    /// Retention applied: what was erased, counted; no name.
    case retentionApplied = "retention.applied"
    // Technical events (no rows: the entry only records the event, with no personal data
    // beyond a user id).
    /// Someone logged in at a till.
    case userLoggedIn = "user.logged_in"
    /// Someone logged out (F9, Échap before the float) or left the program (F10).
    case userLoggedOut = "user.logged_out"
    /// An export wrote a file: its kind and file name.
    case exportWritten = "export.written"
    /// A backup copy was written and checked: its file name and the journal head it holds.
    case backupMade = "backup.made"
    /// The program started with a clock earlier than the last entry of the journal.
    case clockBehind = "clock.behind"
}
