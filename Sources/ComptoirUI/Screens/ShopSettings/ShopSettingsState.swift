import ComptoirCore

/// The « Réglages de la boutique » form, one field per setting.
public struct ShopSettingsState: Equatable, Sendable {
    public var fields: [FormField]
    public var focus = 0
    /// Reached from the first start, right after the admin account: Échap means « later ».
    public var firstStart = false
    /// The admin who saves.
    public var actorId: Int64?

    /// The fields, in the order the screen shows them.
    enum Field: Int, CaseIterable {
        case name, address1, address2, address3, siret, mention, footer1, footer2, printerKind, printerAddress
        case threshold, activity, fiscalYear, householdYears, registerYears, donorNameYears
    }

    static let addressLines = 3
    static let footerLines = 2
    static let mentions = LegalMention.allCases
    static let printerKinds = ShopPrinter.Kind.allCases
    static let activities = ShopSettings.freePriceActivities
    /// Only what the law allows can be chosen (`RetentionPeriods`' bounds).
    static let householdYears = Array(RetentionPeriods.householdBounds)
    static let registerYears = Array(RetentionPeriods.registerBounds)
    static let donorNameYears = Array(RetentionPeriods.donorNameBounds)

    static func years(_ n: Int) -> String {
        n == 0 ? "0 (effacé chaque mois)" : n == 1 ? "1 an" : "\(n) ans"
    }

    public init(_ settings: ShopSettings = ShopSettings()) {
        func line(_ lines: [String], _ i: Int) -> String { i < lines.count ? lines[i] : "" }
        let threshold = settings.freePriceThreshold
        fields = [
            FormField("Nom de la boutique", settings.name, maxLength: 40),
            FormField("Adresse", line(settings.addressLines, 0), maxLength: 40),
            FormField("  (suite)", line(settings.addressLines, 1), maxLength: 40),
            FormField("  (ligne 3)", line(settings.addressLines, 2), maxLength: 40),
            FormField("SIRET (14 chiffres)", settings.siret.isEmpty ? "" : Siret.formatted(settings.siret), maxLength: 17),
            FormField("Mention légale", options: Self.mentions.map(\.label),
                      choice: Self.mentions.firstIndex(of: settings.legalMention) ?? 0),
            FormField("Bas du ticket", line(settings.footerLines, 0), maxLength: 40),
            FormField("  (2e ligne)", line(settings.footerLines, 1), maxLength: 40),
            FormField("Imprimante", options: Self.printerKinds.map(\.label),
                      choice: Self.printerKinds.firstIndex(of: settings.printer.kind) ?? 0),
            FormField("  chemin ou adresse", settings.printer.address, maxLength: 40),
            FormField("Prix libre : seuil", threshold.cents % 100 == 0 ? "\(threshold.cents / 100)" : threshold.plain, maxLength: 10),
            FormField("  activité (défaut)", options: Self.activities.map(\.label),
                      choice: Self.activities.firstIndex(of: settings.freePriceActivity) ?? Self.activities.count - 1),
            FormField("Début d'exercice", settings.fiscalYearStart.description, maxLength: 5),
            FormField("Garder : foyers", options: Self.householdYears.map(Self.years),
                      choice: Self.householdYears.firstIndex(of: settings.retention.householdYears) ?? Self.householdYears.count - 1),
            FormField("  déposants", options: Self.registerYears.map(Self.years),
                      choice: Self.registerYears.firstIndex(of: settings.retention.registerYears) ?? 0),
            FormField("  noms de donateurs", options: Self.donorNameYears.map(Self.years),
                      choice: Self.donorNameYears.firstIndex(of: settings.retention.donorNameYears) ?? Self.donorNameYears.count - 1),
        ]
    }

    subscript(_ field: Field) -> FormField { fields[field.rawValue] }

    /// The printer as typed (for the test page, even before the form is valid).
    var printer: ShopPrinter {
        ShopPrinter(kind: Self.printerKinds[self[.printerKind].choice], address: self[.printerAddress].text)
    }

    /// The settings as typed, or the first problem naming its field.
    public var settings: Result<ShopSettings, FieldProblem> {
        let lines: ([Field]) -> [String] = { fields in fields.map { self[$0].text }.filter { !$0.isEmpty } }
        var settings = ShopSettings(
            name: self[.name].text,
            addressLines: lines([.address1, .address2, .address3]),
            legalMention: Self.mentions[self[.mention].choice],
            footerLines: lines([.footer1, .footer2]),
            printer: printer,
            freePriceActivity: Self.activities[self[.activity].choice],
            retention: RetentionPeriods(householdYears: Self.householdYears[self[.householdYears].choice],
                                        registerYears: Self.registerYears[self[.registerYears].choice],
                                        donorNameYears: Self.donorNameYears[self[.donorNameYears].choice]))
        if settings.name.isEmpty {
            return .failure(FieldProblem(label: self[.name].label, message: "tapez le nom imprimé en tête des tickets."))
        }
        if settings.addressLines.isEmpty {
            return .failure(FieldProblem(label: self[.address1].label, message: "tapez l'adresse imprimée sur les tickets (obligatoire)."))
        }
        if !self[.siret].text.isEmpty {
            switch Siret.check(self[.siret].text) {
            case .success(let digits): settings.siret = digits
            case .failure(let problem): return .failure(FieldProblem(label: "SIRET", message: problem.message))
            }
        }
        if let problem = settings.printer.problem {
            return .failure(FieldProblem(label: self[.printerAddress].label.trimmingPrefixSpaces, message: problem))
        }
        switch self[.threshold].money() {
        case .failure(let problem): return .failure(problem)
        case .success(let amount):
            guard let amount, amount.cents > 0 else {
                return .failure(FieldProblem(label: self[.threshold].label, message: "tapez un montant positif, par exemple 100."))
            }
            settings.freePriceThreshold = amount
        }
        guard let start = FiscalYearStart(self[.fiscalYear].text) else {
            return .failure(FieldProblem(label: self[.fiscalYear].label,
                                         message: "tapez le premier jour de l'exercice JJ/MM, par exemple 01/01 ou 01/09."))
        }
        settings.fiscalYearStart = start
        return .success(settings)
    }

    /// The field a problem names.
    func index(of problem: FieldProblem) -> Int? {
        fields.firstIndex { $0.label.trimmingPrefixSpaces == problem.label.trimmingPrefixSpaces }
            ?? (problem.label == "SIRET" ? Field.siret.rawValue : nil)
    }
}

extension String {
    var trimmingPrefixSpaces: String { String(drop { $0 == " " }) }
}
