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
    ])
    func label(activity: Activity, label: String) {
        #expect(activity.label == label)
    }

    @Test func rawValues() {
        #expect(Activity.videGreniers.rawValue == "vide_greniers")
        #expect(Activity(rawValue: "epicerie") == .epicerie)
        #expect(Activity.allCases.count == 5)
    }
}
