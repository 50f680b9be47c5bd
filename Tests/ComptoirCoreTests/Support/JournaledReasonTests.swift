import Testing
@testable import ComptoirCore

/// A reason kept in the journal says why, never who.
@Suite struct JournaledReasonTests {
    @Test func whyIsKeptWhoIsRefused() {
        for fine in ["faire de la monnaie", "décision de la commission du 12/11", "erreur de saisie", "dépôt en banque 200 €"] {
            #expect(JournaledReason.problem(fine) == nil, "\(fine)")
        }
        for personal in ["rappeler au 06 12 34 56 78", "voir marie.durand@example.org", "RIB FR76 3000 6000 0112 3456 7890 189",
                         "0612345678"] {
            #expect(JournaledReason.problem(personal)?.hasPrefix("La raison reste au journal pour toujours") == true, "\(personal)")
        }
    }
}
