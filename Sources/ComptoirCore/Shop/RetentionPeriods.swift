/// How long personal data is kept, with the text each duration comes from: the one place
/// the information notice (and the purge's default) reads, so that a retention setting can
/// later replace the legal defaults here without touching the notice.
public struct RetentionPeriods: Equatable, Sendable {
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

    public static let householdSource = "référentiel de la CNIL sur l'accompagnement social"
    public static let registerSource = "art. R321-6 du code pénal"
    public static let accountingSource = "art. L123-22 du code de commerce"
    public static let donorSource = "art. 5-1-e du RGPD : pas plus que nécessaire"
}
