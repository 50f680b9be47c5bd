/// How long personal data is kept, with the text each duration comes from: a shop setting
/// (kept in the ledger with the others, the same at every till) within what the law allows.
/// The information notice and `retention apply` read it.
public struct RetentionPeriods: Equatable, Codable, Sendable {
    /// A household's file, after its last visit or change.
    public var householdYears: Int
    /// The registre des objets mobiliers (the sellers' identities), after its closing.
    public var registerYears: Int
    /// A donor's name on a friperie weighing, after the weighing.
    public var donorNameYears: Int
    /// Tickets, payouts and accounting entries: fixed by law, not a setting.
    public let accountingYears = 10

    public init(householdYears: Int, registerYears: Int, donorNameYears: Int) {
        self.householdYears = householdYears
        self.registerYears = registerYears
        self.donorNameYears = donorNameYears
    }

    /// CNIL, référentiel relatif à l'accompagnement social : 2 ans après le dernier contact.
    /// Code pénal, art. R321-6 : le registre est conservé 5 ans après sa clôture.
    /// Donors' names: no text, 1 year (minimisation, RGPD art. 5-1-e).
    public static let legalDefaults = RetentionPeriods(householdYears: 2, registerYears: 5, donorNameYears: 1)

    /// What the law allows, in years: a household's file at most 2 years after the last
    /// contact (CNIL), the registre at least 5 years (never less; 10 at most, as the
    /// accounts), a donor's name at most 1 year.
    public static let householdBounds = 1...2
    public static let registerBounds = 5...10
    public static let donorNameBounds = 0...1

    /// The French reason these periods are not allowed, or nil.
    public var problem: String? {
        if !Self.householdBounds.contains(householdYears) { return "Conservation des fiches de foyer : 1 ou 2 ans (CNIL)." }
        if !Self.registerBounds.contains(registerYears) { return "Conservation du registre des déposants : 5 à 10 ans (art. R321-6 du code pénal)." }
        if !Self.donorNameBounds.contains(donorNameYears) { return "Conservation des noms de donateurs : 0 ou 1 an." }
        return nil
    }

    private enum CodingKeys: String, CodingKey { case householdYears, registerYears, donorNameYears }

    public static let householdSource = "référentiel de la CNIL sur l'accompagnement social"
    public static let registerSource = "art. R321-6 du code pénal"
    public static let accountingSource = "art. L123-22 du code de commerce"
    public static let donorSource = "art. 5-1-e du RGPD : pas plus que nécessaire"
}
