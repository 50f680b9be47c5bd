import Testing
import ComptoirCore

@Suite struct SiretTests {
    @Test func aRealSiretIsAcceptedWithOrWithoutSpaces() {
        #expect((try? Siret.check("732 829 320 00074").get()) == "73282932000074")
        #expect((try? Siret.check("73282932000074").get()) == "73282932000074")
        #expect(Siret.formatted("73282932000074") == "732 829 320 00074")
    }

    @Test func aWrongCheckDigitIsRefusedInFrench() {
        #expect(Siret.check("73282932000075") == .failure(.checksum))
        #expect(SiretProblem.checksum.message.contains("chiffre de contrôle"))
    }

    @Test func theLengthAndLettersAreSaid() {
        #expect(Siret.check("7328293200007") == .failure(.length(13)))
        #expect(SiretProblem.length(13).message == "Le SIRET a 14 chiffres ; vous en avez tapé 13.")
        #expect(Siret.check("7328293200007A") == .failure(.notDigits))
    }

    @Test func laPosteEstablishmentsFollowTheirOwnRule() {
        // 356 000 000 + 00048: digit sum 3+5+6+4+8 = 26 → no; 00049: 27 no; 00044: 22 no; 00041: 19; 00046: 24; 00045: 23; 00001: 15 → yes.
        #expect((try? Siret.check("35600000000001").get()) == "35600000000001")
        #expect(Siret.check("35600000000002") == .failure(.checksum))
    }

    @Test func sellingNeedsANameAndAnAddress() {
        #expect(ShopSettings().sellingProblem == "le nom et l'adresse de la boutique manquent")
        #expect(ShopSettings(name: "X").sellingProblem == "l'adresse de la boutique manque")
        #expect(ShopSettings(name: "X", addressLines: ["1 rue A"]).sellingProblem == nil)
        #expect(ShopSettings(name: "X", addressLines: ["1 rue A"], siret: "123").problem?.contains("14 chiffres") == true)
    }
}
