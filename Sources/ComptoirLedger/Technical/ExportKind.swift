/// What an export wrote, as journaled by `export.written`.
public enum ExportKind: String, Sendable, CaseIterable {
    case households = "foyers"
    case products = "produits"
    case registre
    case labels = "etiquettes"
    case fec
    case accountingJournal = "journal"
}
