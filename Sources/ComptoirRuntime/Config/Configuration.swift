import Foundation
import ComptoirCore
import TOMLKit

/// The shop's settings, read from a TOML file. `Assets/comptoir.example.toml` documents
/// every key; a key this program does not know is refused, so a typo never goes unnoticed.
public struct Configuration: Sendable {
    public init() {}
    public var shopName = "Boutique solidaire"
    public var shopAddress: [String] = []
    public var shopSiret = ""
    /// An association exempt from VAT (art. 261-7-1° b CGI): the usual solidarity shop.
    public var vatMention = LegalMention.association.receiptLine
    /// The vide-greniers commission of new rentals, in basis points (2 500 = 25 %).
    public var commissionBasisPoints = CommissionSplit.defaultRateBasisPoints
    /// Where a copy of the ledger goes after each Z (and `comptoir backup` by default).
    public var backupFolder: String?
    /// How many copies the folder keeps.
    public var backupKeep = 10
    /// The accounts of the treasurer's exports (`[comptes]`).
    public var accountPlan = AccountPlan()
    /// The fiscal year of the FEC and the accounting journal, from the shop's settings.
    public var fiscalYearStart = FiscalYearStart.calendarYear
    /// Lines at the bottom of every receipt (hours, a thank-you…).
    public var shopFooter = ["Merci de votre visite !"]
    public var tillName = "Caisse 1"
    public var databasePath: String?
    /// The witness file (`[ledger] witness`), ideally on another disk: one `seq hash` line per journal entry.
    public var witnessPath: String?
    public var logFile: String?
    public var logLevel = "info"
    public var pinRounds = 210_000
    public var printer = PrinterSettings()
    public var scale = ScaleSettings()
    /// `[barcodes]`: the shop's variable-measure EAN-13 (nil: none).
    public var variableMeasure: VariableMeasureFormat?
    /// The `[shop]` keys the file set: an older file seeds the ledger's settings once.
    public var shopKeysInFile: Set<String> = []
    /// The shop's retention periods (its settings in the ledger; the legal defaults until loaded).
    public var retention = RetentionPeriods.legalDefaults
    /// The file set `[printer] transport`: this till's own printer wins over the shop's.
    public var printerInFile = false

    public static let knownKeys: [String: [String]] = [
        "shop": ["name", "address", "siret", "vat_mention", "footer"],
        "vide_greniers": ["commission"],
        "backup": ["folder", "keep"],
        "comptes": accountKeys,
        "till": ["name"],
        "database": ["path"],
        "ledger": ["witness"],
        "log": ["file", "level"],
        "security": ["pin_rounds"],
        "scale": ScaleSettings.keys,
        "printer": [
            "transport", "path", "baud", "host", "port", "status", "width", "code_page", "receipt", "receipt_default", "journal_head",
        ],
        "barcodes": BarcodeSettings.keys,
    ]

    public struct Problem: Error, CustomStringConvertible {
        public var description: String
    }

    /// The file to read: the one given, else `$COMPTOIR_CONFIG`, else
    /// `~/.config/comptoir/comptoir.toml` when it exists; nil means the defaults.
    public static func defaultFile(explicit: String?) -> String? {
        if let explicit { return explicit }
        if let env = ProcessInfo.processInfo.environment["COMPTOIR_CONFIG"], !env.isEmpty { return env }
        let home = ProcessInfo.processInfo.environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (DataFolder.home + "/.config")
        let file = home + "/comptoir/comptoir.toml"
        return FileManager.default.fileExists(atPath: file) ? file : nil
    }

    public static func load(path: String?) throws -> Configuration {
        guard let path else { return Configuration() }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw Problem(description: "Impossible de lire le fichier de configuration « \(path) » (absent, illisible ou pas en UTF-8).")
        }
        return try parse(text, name: path)
    }

    public static func parse(_ text: String, name: String) throws -> Configuration {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw Problem(description: "Configuration « \(name) », ligne \(error.source.begin.line) : \(error.description).")
        }
        var config = Configuration()
        for section in table.keys {
            if section == "retention" {
                // A per-till file could give two tills two periods: it is a shop setting now.
                throw Problem(description: "Configuration « \(name) » : la section [retention] n'existe plus. Les durées de conservation se règlent dans les réglages de la boutique (admin : F8 Utilisateurs, puis F9 « Boutique »), les mêmes pour toutes les caisses : retirez-la du fichier.")
            }
            guard let allowed = knownKeys[section] else {
                throw Problem(description: "Configuration « \(name) » : section [\(section)] inconnue. Sections possibles : \(knownKeys.keys.sorted().joined(separator: ", ")).")
            }
            guard let sub = table[section]?.table else {
                throw Problem(description: "Configuration « \(name) » : « \(section) » doit être une section [\(section)].")
            }
            for key in sub.keys where !allowed.contains(key) {
                throw Problem(description: "Configuration « \(name) » : clé « \(section).\(key) » inconnue. Clés possibles : \(allowed.joined(separator: ", ")).")
            }
        }
        func string(_ section: String, _ key: String) throws -> String? {
            guard let value = table[section]?.table?[key] else { return nil }
            guard let s = value.string else {
                throw Problem(description: "Configuration « \(name) » : « \(section).\(key) » doit être un texte entre guillemets.")
            }
            return s
        }
        config.shopKeysInFile = Set(table["shop"]?.table?.keys ?? [])
        config.printerInFile = table["printer"]?.table?["transport"] != nil
        if let v = try string("shop", "name") { config.shopName = v }
        /// One text, or a list of texts.
        func lines(_ section: String, _ key: String) throws -> [String]? {
            guard let value = table[section]?.table?[key] else { return nil }
            if let s = value.string { return [s] }
            if let array = value.array, array.allSatisfy({ $0.string != nil }) { return array.compactMap { $0.string } }
            throw Problem(description: "Configuration « \(name) » : « \(section).\(key) » est un texte ou une liste de textes.")
        }
        if let v = try lines("shop", "address") { config.shopAddress = v }
        if let v = try lines("shop", "footer") { config.shopFooter = v }
        if let v = try string("shop", "siret") { config.shopSiret = v }
        if let v = try string("shop", "vat_mention") { config.vatMention = v }
        if let v = try string("till", "name") {
            guard !v.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw Problem(description: "Configuration « \(name) » : « till.name » ne peut pas être vide.")
            }
            config.tillName = v
        }
        if let v = try string("database", "path") { config.databasePath = expandHome(v) }
        if let v = try string("ledger", "witness") {
            guard !v.isEmpty else { throw Problem(description: "Configuration « \(name) » : « ledger.witness » est un chemin de fichier.") }
            config.witnessPath = expandHome(v)
        }
        if let v = try string("log", "file") { config.logFile = expandHome(v) }
        if let v = try string("log", "level") {
            guard ["debug", "info", "warning", "error"].contains(v) else {
                throw Problem(description: "Configuration « \(name) » : « log.level » vaut debug, info, warning ou error.")
            }
            config.logLevel = v
        }
        if let value = table["security"]?.table?["pin_rounds"] {
            guard let n = value.int, n >= 210_000 else {
                throw Problem(description: "Configuration « \(name) » : « security.pin_rounds » est un nombre entier d'au moins 210000.")
            }
            config.pinRounds = n
        }
        if let value = table["vide_greniers"]?.table?["commission"] {
            // A percentage (25, or 12.5): a rate, never an amount of money.
            let basisPoints = value.int.map { $0 * 100 } ?? value.double.map { Int(($0 * 100).rounded()) }
            guard let basisPoints, (0...10_000).contains(basisPoints),
                  value.double.map({ ($0 * 100).rounded() == $0 * 100 }) ?? true else {
                throw Problem(description: "Configuration « \(name) » : « vide_greniers.commission » est un pourcentage entre 0 et 100 (par exemple 25 ou 12.5).")
            }
            config.commissionBasisPoints = basisPoints
        }
        if let v = try string("backup", "folder") { config.backupFolder = expandHome(v) }
        if let value = table["backup"]?.table?["keep"] {
            guard let n = value.int, (1...1_000).contains(n) else {
                throw Problem(description: "Configuration « \(name) » : « backup.keep » est un nombre de copies entre 1 et 1000.")
            }
            config.backupKeep = n
        }
        for (key, set) in accountSetters {
            guard let v = try string("comptes", key) else { continue }
            guard !v.isEmpty, v.count <= 12, v.allSatisfy({ $0.isNumber || $0.isLetter }) else {
                throw Problem(description: "Configuration « \(name) » : « comptes.\(key) » est un numéro de compte (chiffres, par exemple 707200).")
            }
            set(&config.accountPlan, v)
        }
        if let printer = table["printer"]?.table {
            config.printer = try PrinterSettings.parse(printer, name: name)
        }
        if let scale = table["scale"]?.table {
            config.scale = try ScaleSettings.parse(scale, name: name)
        }
        if let barcodes = table["barcodes"]?.table {
            config.variableMeasure = try BarcodeSettings.parse(barcodes, name: name)
        }
        return config
    }

    public static func expandHome(_ path: String) -> String {
        path.hasPrefix("~/") ? DataFolder.home + String(path.dropFirst(1)) : path
    }

    /// The `[comptes]` keys, each with the account of the plan it sets (one table: a key
    /// cannot be known and ignored).
    static let accountSetters: [(key: String, set: @Sendable (inout AccountPlan, String) -> Void)] = [
        ("epicerie", { $0.sales[.epicerie] = $1 }),
        ("friperie", { $0.sales[.friperie] = $1 }),
        ("vide_greniers", { $0.sales[.videGreniers] = $1 }),
        ("loyer", { $0.sales[.loyer] = $1 }),
        ("autre", { $0.sales[.autre] = $1 }),
        ("commission", { $0.commission = $1 }),
        ("deposants", { $0.sellers = $1 }),
        ("especes", { $0.methods[.cash] = $1 }),
        ("carte", { $0.methods[.card] = $1 }),
        ("cheque", { $0.methods[.cheque] = $1 }),
        ("virement", { $0.methods[.transfer] = $1 }),
        ("bon", { $0.methods[.voucher] = $1 }),
        ("avoir", { $0.methods[.creditNote] = $1 }),
        ("prelevements", { $0.drops = $1 }),
        ("banque", { $0.bank = $1 }),
        ("ecart_manquant", { $0.shortfall = $1 }),
        ("ecart_excedent", { $0.surplus = $1 }),
    ]

    public static var accountKeys: [String] { accountSetters.map(\.key) }
}
