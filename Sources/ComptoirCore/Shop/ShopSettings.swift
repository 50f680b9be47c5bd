import Foundation

/// Who the shop is and how it works, the same at every till: kept in the ledger (each
/// change a journal entry), loaded at start and after each change.
public struct ShopSettings: Equatable, Codable, Sendable {
    public var name: String
    public var addressLines: [String]
    /// 14 digits, or empty when the shop has none.
    public var siret: String
    public var legalMention: LegalMention
    public var footerLines: [String]
    /// The shop's receipt printer; a till's `[printer]` section overrides it.
    public var printer: ShopPrinter
    /// Above it, a free price asks a confirmation.
    public var freePriceThreshold: Money
    /// The activity a free-price line gets unless the volunteer picks another.
    public var freePriceActivity: Activity
    /// The first day of the fiscal year (the FEC and the accounting journal by year); the
    /// calendar year unless set.
    public var fiscalYearStart: FiscalYearStart
    /// How long personal data is kept (households, the registre's sellers, donors' names).
    public var retention: RetentionPeriods

    public static let defaultFreePriceThreshold = Money(euros: 100)
    /// The activities a free-price line may have.
    public static let freePriceActivities: [Activity] = [.friperie, .videGreniers, .epicerie, .autre]

    public init(name: String = "", addressLines: [String] = [], siret: String = "",
                legalMention: LegalMention = .association, footerLines: [String] = ["Merci de votre visite !"],
                printer: ShopPrinter = ShopPrinter(), freePriceThreshold: Money = ShopSettings.defaultFreePriceThreshold,
                freePriceActivity: Activity = .autre, fiscalYearStart: FiscalYearStart = .calendarYear,
                retention: RetentionPeriods = .legalDefaults) {
        self.name = name
        self.addressLines = addressLines
        self.siret = siret
        self.legalMention = legalMention
        self.footerLines = footerLines
        self.printer = printer
        self.freePriceThreshold = freePriceThreshold
        self.freePriceActivity = freePriceActivity
        self.fiscalYearStart = fiscalYearStart
        self.retention = retention
    }

    /// Settings saved before a key existed read with its default (they stay in the journal
    /// as they were written).
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        addressLines = try c.decode([String].self, forKey: .addressLines)
        siret = try c.decode(String.self, forKey: .siret)
        legalMention = try c.decode(LegalMention.self, forKey: .legalMention)
        footerLines = try c.decode([String].self, forKey: .footerLines)
        printer = try c.decode(ShopPrinter.self, forKey: .printer)
        freePriceThreshold = try c.decode(Money.self, forKey: .freePriceThreshold)
        freePriceActivity = try c.decode(Activity.self, forKey: .freePriceActivity)
        fiscalYearStart = try c.decodeIfPresent(FiscalYearStart.self, forKey: .fiscalYearStart) ?? .calendarYear
        retention = try c.decodeIfPresent(RetentionPeriods.self, forKey: .retention) ?? .legalDefaults
    }

    /// Why the till may not sell with these settings (a receipt must name the shop and its
    /// address), or nil.
    public var sellingProblem: String? {
        let noName = name.trimmingCharacters(in: .whitespaces).isEmpty
        let noAddress = addressLines.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty }
        switch (noName, noAddress) {
        case (true, true): return "le nom et l'adresse de la boutique manquent"
        case (true, false): return "le nom de la boutique manque"
        case (false, true): return "l'adresse de la boutique manque"
        case (false, false): return nil
        }
    }

    /// The French reason the settings cannot be saved, or nil.
    public var problem: String? {
        if let selling = sellingProblem { return "Enregistrement impossible : \(selling) (elle figure sur chaque ticket)." }
        if !siret.isEmpty, case .failure(let problem) = Siret.check(siret) { return problem.message }
        if freePriceThreshold.cents <= 0 { return "Le seuil du prix libre est un montant positif." }
        if !Self.freePriceActivities.contains(freePriceActivity) { return "Activité du prix libre inconnue." }
        if let problem = retention.problem { return problem }
        return printer.problem
    }
}

/// How the shop's receipt printer is reached, as `[printer] transport` and `path`/`host` say.
public struct ShopPrinter: Equatable, Codable, Sendable {
    public enum Kind: String, CaseIterable, Codable, Sendable {
        case none, file, device, network

        public var label: String {
            switch self {
            case .none: return "aucune"
            case .file: return "fichier"
            case .device: return "périphérique (USB, série)"
            case .network: return "réseau"
            }
        }
    }

    public var kind: Kind
    /// The file or device path; the host (`192.168.1.50` or `192.168.1.50:9100`) on the network.
    public var address: String

    public init(kind: Kind = .none, address: String = "") {
        self.kind = kind
        self.address = address
    }

    public var problem: String? {
        switch kind {
        case .none: return nil
        case .file, .device:
            return address.hasPrefix("/") || address.hasPrefix("~/") ? nil : "L'imprimante a besoin d'un chemin complet (par exemple /dev/usb/lp0)."
        case .network:
            guard !address.isEmpty, !address.contains(" ") else { return "L'imprimante réseau a besoin d'une adresse (par exemple 192.168.1.50)." }
            if let colon = address.lastIndex(of: ":"), Int(address[address.index(after: colon)...]).map({ !(1...65_535).contains($0) }) ?? true {
                return "Le port de l'imprimante réseau est un nombre de 1 à 65535."
            }
            return nil
        }
    }
}
