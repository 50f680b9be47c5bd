import GRDB

/// Journal payload of `drawer.opened`.
struct DrawerOpeningPayload: Codable, Equatable {
    var authorizedBy: Int64
    var reason: String

    enum CodingKeys: String, CodingKey {
        case authorizedBy = "authorized_by"
        case reason
    }
}

extension Ledger {
    /// Journals the drawer opened without a sale, with the responsable who allowed it and
    /// why, before the drawer opens.
    public func recordDrawerOpening(till: String, operatorId: Int64, authorizedBy: Int64, reason: String) throws {
        let why = reason.trimmingCharacters(in: .whitespaces)
        guard !why.isEmpty else {
            throw LedgerError.refused("Donnez la raison de l'ouverture du tiroir (par exemple : faire de la monnaie).")
        }
        try write { db in
            try self.checkActor(db, authorizedBy)
            try self.journal(db, .drawerOpened, till: till, operatorId: operatorId,
                             DrawerOpeningPayload(authorizedBy: authorizedBy, reason: why))
        }
    }
}
