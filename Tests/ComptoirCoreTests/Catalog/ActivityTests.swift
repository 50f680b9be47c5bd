import ComptoirCore
import Testing

@Suite("Activities")
struct ActivityTests {
    @Test("French labels", arguments: [
        (Activity.epicerie, "Épicerie"),
        (.friperie, "Friperie"),
        (.videGreniers, "Vide-greniers"),
        (.loyer, "Loyer de box"),
        (.autre, "Autre"),
        (.detteDeposant, "Dette déposant"),
    ])
    func label(activity: Activity, label: String) {
        #expect(activity.label == label)
    }

    @Test func rawValues() {
        #expect(Activity.videGreniers.rawValue == "vide_greniers")
        #expect(Activity(rawValue: "epicerie") == .epicerie)
        // A seller's debt paid at the till is a line of its own, not a sale.
        #expect(Activity.detteDeposant.rawValue == "dette_deposant")
        #expect(Activity.allCases.count == 6)
    }
}
