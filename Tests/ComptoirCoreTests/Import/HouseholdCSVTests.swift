import Testing
@testable import ComptoirCore

@Suite("Households CSV")
struct HouseholdCSVTests {
    static let header = "numero;nom;telephone;adultes;enfants;enfants_handicapes;ressources;charges;prestations;qf_caf;orienteur;droits_du;droits_au;suspendu\n"

    private func read(_ lines: String, rules: EpicerieRules = .standard) throws -> [CSVEntry<Household>] {
        try HouseholdCSV.read(Array((Self.header + lines).utf8), rules: rules)
    }

    private func problems(_ lines: String) -> [String] {
        do {
            _ = try read(lines)
            return []
        } catch let CSVError.badLines(problems) {
            return problems.map(\.message)
        } catch {
            return ["autre erreur : \(error)"]
        }
    }

    @Test("A good file: amounts in every French form, both date forms, card codes, default rights")
    func goodFile() throws {
        let entries = try read("""
            ;Martin;06 12 34 56 78;2;3;1;1 234,56;500;300.5;;CCAS;01/12/2026;;non
            F-42-2;"Dupont; Marie";;1;;;800;;;410,00;;2026-12-01;31/12/2027;oui
            7;Sept;;1;0;0;0;0;0;;;01/12/2026;;

            """)
        #expect(entries.map(\.line) == [2, 3, 4])
        let martin = entries[0].value
        #expect(martin.number == 0)
        #expect(martin.phone == "06 12 34 56 78")
        #expect(martin.adults == 2 && martin.children == 3 && martin.disabledChildren == 1)
        #expect(martin.monthlyResources == Money(cents: 123_456))
        #expect(martin.fixedCharges == Money(euros: 500))
        #expect(martin.familyBenefits == Money(cents: 30_050))
        #expect(martin.cafQuotient == nil)
        #expect(martin.referrer == "CCAS")
        // Six months of rights by default: to the day before 1 June.
        #expect(martin.rightsTo == CalendarDay(year: 2027, month: 5, day: 31))
        #expect(!martin.suspended)
        let dupont = entries[1].value
        #expect(dupont.number == 42)
        #expect(dupont.name == "Dupont; Marie")
        #expect(dupont.cafQuotient == Money(euros: 410))
        #expect(dupont.rightsFrom == CalendarDay(year: 2026, month: 12, day: 1))
        #expect(dupont.rightsTo == CalendarDay(year: 2027, month: 12, day: 31))
        #expect(dupont.suspended)
        #expect(entries[2].value.number == 7)
    }

    @Test("The rules' length of rights fills an empty droits_au")
    func rulesLength() throws {
        var rules = EpicerieRules.standard
        rules.rightsMonths = 3
        let entries = try read(";A;;1;;;0;;;;;15/01/2027;;\n", rules: rules)
        #expect(entries.first?.value.rightsTo == CalendarDay(year: 2027, month: 4, day: 14))
    }

    @Test("Every bad line is reported with its line number, not only the first")
    func everyBadLine() {
        let found = problems("""
            ;Bon;;1;;;100;;;;;01/12/2026;;
            ;Deux;;deux;;;100;;;;;01/12/2026;;
            ;Trois;;1;;;-5;abc;;;;31/02/2026;;peut-être
            ;;;1;;;100;;;;;01/12/2026;;
            ;Cinq;;0;;;100;;;;;01/12/2026;;
            F-42-3;Six;;1;;;100;;;;;01/12/2026;;
            ;Sept;;1;2;3;100;;;;;01/12/2026;;
            ;Huit;;1;;;100;;;;;01/12/2026;30/11/2026;
            9;Neuf;;1;;;;;;;;;;
            9;Dix;;1;;;100;;;;;01/12/2026;;

            """)
        #expect(found == [
            "Ligne 3 : adultes : « deux » n'est pas un nombre entier.",
            "Ligne 4 : ressources : « -5 » est négatif : tapez un montant positif.",
            "Ligne 4 : charges : « abc » n'est pas un montant. Exemple : 2,50.",
            "Ligne 4 : droits_du : « 31/02/2026 » n'est pas une date : tapez-la comme 01/12/2026 ou 2026-12-01.",
            "Ligne 4 : suspendu : « peut-être » : tapez oui ou non.",
            "Ligne 5 : Nom : tapez un nom ou un pseudonyme pour le foyer.",
            "Ligne 6 : Adultes : un foyer compte au moins un adulte.",
            "Ligne 7 : numero : « F-42-3 » : la clé de contrôle (le dernier chiffre) ne correspond pas ; vérifiez le code de la carte.",
            "Ligne 8 : Enfants handicapés : le nombre doit être entre 0 et le nombre d'enfants (2).",
            "Ligne 9 : Droits : la fin (30/11/2026) est avant le début (01/12/2026).",
            "Ligne 10 : ressources : la case est vide : tapez un montant (0 s'il n'y en a pas).",
            "Ligne 10 : droits_du : la case est vide : tapez une date, par exemple 01/12/2026.",
            "Ligne 11 : numero : le foyer 9 est déjà ligne 10 : une seule ligne par foyer.",
        ])
    }

    @Test("A file without a required column is refused, naming it")
    func missingColumn() {
        let text = "nom;adultes;droits_du\nMartin;2;01/12/2026\n"
        #expect(throws: CSVError.missingColumns(["ressources"], expected: HouseholdCSV.columns)) {
            try HouseholdCSV.read(Array(text.utf8), rules: .standard)
        }
    }

    @Test("An exported household reads back equal, field by field")
    func roundTrip() throws {
        let household = Household(
            number: 12, name: "Dupont; \"Mimi\"", phone: "06 12 34 56 78", adults: 1, children: 2, disabledChildren: 1,
            monthlyResources: Money(cents: 123_456), fixedCharges: Money(cents: 50_001), familyBenefits: Money(cents: 5),
            cafQuotient: Money(cents: 41_000), referrer: "Mme X, AS", rightsFrom: CalendarDay(year: 2026, month: 12, day: 1),
            rightsTo: CalendarDay(year: 2027, month: 2, day: 28), suspended: true)
        let bytes = HouseholdCSV.file([household])
        #expect(String(decoding: bytes, as: UTF8.self).contains("12;\"Dupont; \"\"Mimi\"\"\";06 12 34 56 78;1;2;1;1234,56;500,01;0,05;410,00;Mme X, AS;01/12/2026;28/02/2027;oui\r\n"))
        #expect(try HouseholdCSV.read(bytes, rules: .standard) == [CSVEntry(line: 2, value: household)])
    }
}
