import Testing
@testable import ComptoirCore

@Suite("Products CSV")
struct ProductCSVTests {
    @Test("A good file: EAN-13 and internal codes, pièce or kg, optional columns left out")
    func goodFile() throws {
        let text = """
            Code,Nom,Catégorie,Unité,Prix marché,Prix solidaire,Poids g,Seuil stock
            3038350012005,Spaghetti 500 g,Épicerie,pièce,"1,15",,500,5
            VRAC-LENT,Lentilles vrac,Sec,KG,3.00,1,,
            """
        let entries = try ProductCSV.read(Array(text.utf8))
        #expect(entries.map(\.line) == [2, 3])
        #expect(entries[0].value == Product(code: "3038350012005", name: "Spaghetti 500 g", marketPrice: Money(cents: 115),
                                            category: "Épicerie", unit: .piece, weightGrams: 500, lowStock: 5))
        #expect(entries[1].value == Product(code: "VRAC-LENT", name: "Lentilles vrac", marketPrice: Money(euros: 3),
                                            category: "Sec", unit: .kg, solidarityPrice: Money(euros: 1)))
        let minimal = try ProductCSV.read(Array("code;nom;prix_marche\nX1;Sel;0,80\n".utf8))
        #expect(minimal.first?.value.unit == .piece)
        #expect(minimal.first?.value.lowStock == 0)
    }

    @Test("A wrong EAN-13 check digit is refused with the digit it should be; every bad line is reported")
    func wrongCheckDigit() {
        let text = """
            code;nom;categorie;unite;prix_marche;prix_solidaire;poids_g;seuil_stock
            3038350012006;Riz;;;1,20;;;
            3038350012005;Pâtes;;;1,15;;;
            3,03835E+12;Truc;;;1;;;
            ;;;litre;abc;-1;0;-2
            3038350012005;Pâtes encore;;;1;;;

            """
        var found: [String] = []
        do { _ = try ProductCSV.read(Array(text.utf8)) } catch let CSVError.badLines(problems) {
            found = problems.map(\.message)
        } catch { found = ["autre erreur : \(error)"] }
        #expect(found == [
            "Ligne 2 : code : « 3038350012006 » n'est pas un EAN-13 valide : avec ces 12 premiers chiffres, le dernier devrait être 5 ; vérifiez les chiffres.",
            "Ligne 4 : code : « 3,03835E+12 » : le tableur a changé le code-barres en nombre ; mettez la colonne code au format Texte et retapez-le.",
            "Ligne 5 : code : la case est vide : tapez le code-barres (EAN-13) ou un code interne.",
            "Ligne 5 : nom : la case est vide : tapez le nom du produit.",
            "Ligne 5 : unite : « litre » : tapez piece ou kg.",
            "Ligne 5 : prix_marche : « abc » n'est pas un montant. Exemple : 2,50.",
            "Ligne 5 : prix_solidaire : « -1 » est négatif : tapez un montant positif.",
            "Ligne 5 : poids_g : le poids d'une pièce, en grammes, doit être positif (ou laissé vide).",
            "Ligne 5 : seuil_stock : le seuil ne peut pas être négatif (0 s'il n'y en a pas).",
            "Ligne 6 : code : le code 3038350012005 est déjà ligne 3 : une seule ligne par produit.",
        ])
    }

    @Test("An exported product reads back equal (stock is not in the file)")
    func roundTrip() throws {
        let products = [
            Product(code: "3038350012005", name: "Spaghetti \"500 g\"", marketPrice: Money(cents: 115), category: "Pâtes",
                    weightGrams: 500, lowStock: 5, stock: 40),
            Product(code: "VRAC", name: "Lentilles", marketPrice: Money(cents: 123_456), unit: .kg,
                    solidarityPrice: Money(cents: 100)),
        ]
        let bytes = ProductCSV.file(products)
        #expect(String(decoding: bytes, as: UTF8.self).contains("VRAC;Lentilles;;kg;1234,56;1,00;;0\r\n"))
        var withoutStock = products
        withoutStock[0].stock = 0
        #expect(try ProductCSV.read(bytes).map(\.value) == withoutStock)
    }
}
