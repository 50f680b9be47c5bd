import ComptoirCore
import ComptoirLedger
import ComptoirPrint

/// The shop's settings live in the ledger, the same for every till; the file keeps what
/// belongs to one till (its name, the base, the scale, the printer's paper and code page,
/// and optionally its own printer).
extension Configuration {
    /// What an older file's `[shop]` section meant, to seed a base that has no settings;
    /// nil when the file has no `[shop]` key (nothing to carry over).
    public var shopSettingsSeed: ShopSettings? {
        guard !shopKeysInFile.isEmpty else { return nil }
        var settings = ShopSettings(name: shopName, addressLines: shopAddress, footerLines: shopFooter)
        // A malformed SIRET in the file is not carried over: the settings screen asks it again.
        if case .success(let digits) = Siret.check(shopSiret) { settings.siret = digits }
        settings.legalMention = LegalMention.matching(vatMention) ?? .association
        if printerInFile, let printer = ShopPrinter(printer) { settings.printer = printer }
        return settings
    }

    /// The ledger's settings in force for this till: the receipt's name, address, SIRET,
    /// legal mention and footer, the fiscal year, the retention periods, and the printer unless the file names this till's own.
    public mutating func apply(_ settings: ShopSettings) {
        shopName = settings.name
        shopAddress = settings.addressLines
        shopSiret = settings.siret.isEmpty ? "" : Siret.formatted(settings.siret)
        vatMention = settings.legalMention.receiptLine
        shopFooter = settings.footerLines
        fiscalYearStart = settings.fiscalYearStart
        retention = settings.retention
        if !printerInFile { printer.use(settings.printer) }
    }

    /// Seeds the ledger from an older file once, then applies what the ledger holds.
    /// Returns the settings in force (nil: none yet, the first start asks them).
    @discardableResult
    public mutating func loadShopSettings(from ledger: Ledger, seeding: Bool) throws -> ShopSettings? {
        if seeding, let seed = shopSettingsSeed {
            try ledger.seedShopSettings(seed, till: tillName)
        }
        guard let settings = try ledger.shopSettings() else { return nil }
        apply(settings)
        return settings
    }
}

extension ShopPrinter {
    /// The shop's printer as a till's `[printer]` section describes it.
    init?(_ printer: PrinterSettings) {
        switch printer.transport {
        case .none: self.init(kind: .none)
        case .file: self.init(kind: .file, address: printer.path ?? "")
        case .device: self.init(kind: .device, address: printer.path ?? "")
        case .network:
            guard let host = printer.host else { return nil }
            self.init(kind: .network, address: printer.port == 9100 ? host : "\(host):\(printer.port)")
        }
    }
}

extension PrinterSettings {
    /// Takes the shop's printer (its kind and where it is); paper width, code page and the
    /// receipt question stay this till's.
    public mutating func use(_ shop: ShopPrinter) {
        switch shop.kind {
        case .none:
            transport = .none
        case .file, .device:
            transport = shop.kind == .file ? .file : .device
            path = Configuration.expandHome(shop.address)
        case .network:
            transport = .network
            if let colon = shop.address.lastIndex(of: ":"), let n = Int(shop.address[shop.address.index(after: colon)...]) {
                host = String(shop.address[..<colon])
                port = n
            } else {
                host = shop.address
                port = 9100
            }
        }
    }
}
