// Covers setTraining: on (the copy beside the base, trainingChanged then usersLoaded, the
// switch journaled in the real ledger), a sale in training goes to the copy, its receipt
// says FACTICE and kicks no drawer, off (back to the real ledger), the PIN checked in the
// real ledger, a volunteer created in training may ask to leave, a wrong PIN, a volunteer
// as approver, asking for the mode already on, a copy that cannot be made.
import Foundation
import Testing
import ComptoirCore
import ComptoirLedger
import ComptoirUI
@testable import ComptoirRuntime

@Suite struct TrainingPerformerTests {
    private func copyPath(_ shop: RuntimeShop) -> String {
        EffectPerformer.trainingPath(for: shop.databasePath, till: RuntimeShop.till)
    }

    @Test func theCopyIsNamedAfterTheBaseAndTheTill() throws {
        #expect(EffectPerformer.trainingPath(for: "/data/comptoir.sqlite", till: "Caisse 1") == "/data/comptoir.formation.Caisse_1.sqlite")
    }

    @Test func trainingStartsOnACopyBesideTheBase() throws {
        let shop = try RuntimeShop()
        _ = shop.sell()
        let answers = shop.perform(.setTraining(true, shop.approval(reason: "nouvelle bénévole")))
        #expect(answers.count == 2)
        #expect(answers.first == .trainingChanged(true, base: 1, by: "Sophie"))
        #expect(answers.last == .login(.usersLoaded(try shop.ledger.users(includeInactive: true))))
        #expect(copyPath(shop).hasSuffix("/comptoir.formation.Caisse_1.sqlite"))
        #expect(FileManager.default.fileExists(atPath: copyPath(shop)))
        #expect(shop.performer.training)
        #expect(try shop.journaled("training.started") == 1)
    }

    @Test func aSaleInTrainingGoesToTheCopyOnly() throws {
        let shop = try RuntimeShop()
        _ = shop.perform(.setTraining(true, shop.approval()))
        let number = try #require(shop.sell())
        #expect(try shop.ledger.ticketCount() == 0)
        #expect(try shop.performer.ledger.ticket(number: number) != nil)
        _ = shop.perform(.sale(.printReceipt(number: number, duplicate: false, openDrawer: true, operatorId: shop.volunteer.id)))
        #expect(shop.printed.contains("FACTICE"))
        #expect(shop.printed.contains("F-1 "))  // the first practice ticket after the real ones
        #expect(!shop.printedBytes.contains(drawerKick))
    }

    @Test func theDrawerNeverOpensInTraining() throws {
        let shop = try RuntimeShop()
        _ = shop.perform(.setTraining(true, shop.approval()))
        #expect(shop.perform(.sale(.openDrawer)) == [])
        #expect(shop.printedBytes.isEmpty)
    }

    @Test func trainingEndsBackOnTheRealLedger() throws {
        let shop = try RuntimeShop()
        _ = shop.perform(.setTraining(true, shop.approval()))
        _ = shop.sell()
        let answers = shop.perform(.setTraining(false, shop.approval(reason: "fin de la formation")))
        #expect(answers.first == .trainingChanged(false, base: 0, by: "Sophie"))
        #expect(answers.count == 2)
        #expect(!shop.performer.training)
        #expect(try shop.journaled("training.ended") == 1)
        #expect(!FileManager.default.fileExists(atPath: copyPath(shop)), "the copy and its personal data are gone")
        #expect(shop.sell() == 1)
        #expect(try shop.ledger.ticketCount() == 1)
    }

    @Test func thePinIsCheckedInTheRealLedger() throws {
        let shop = try RuntimeShop()
        _ = shop.perform(.setTraining(true, shop.approval()))
        // In the copy Sophie gets another PIN; the real ledger still knows 3333.
        _ = shop.perform(.users(.resetPin(userId: shop.manager.id, pin: "7777", actorId: shop.admin.id)))
        let refused = shop.perform(.setTraining(false, shop.approval("7777")))
        guard refused.count == 1, case .approvalRefused(.pin(.wrongPin)) = refused[0] else { Issue.record("\(refused)"); return }
        #expect(try shop.journaled("user.pin_failed") == 1)
        #expect(shop.performer.training)
        #expect(shop.perform(.setTraining(false, shop.approval("3333"))).first == .trainingChanged(false, base: 0, by: "Sophie"))
    }

    @Test func aVolunteerCreatedInTrainingMayAskToLeave() throws {
        let shop = try RuntimeShop()
        _ = shop.perform(.setTraining(true, shop.approval()))
        guard case .users(.usersChanged(let users, _))? = shop.perform(.users(.createUser(firstName: "Paul", pin: "5678", role: .benevole,
                                                                                          actorId: shop.manager.id))).first,
              let paul = users.first(where: { $0.firstName == "Paul" }) else {
            Issue.record("Paul not created"); return
        }
        let approval = Approval(managerId: shop.manager.id, pin: "3333", reason: "fin", operatorId: paul.id)
        #expect(shop.perform(.setTraining(false, approval)).first == .trainingChanged(false, base: 0, by: "Sophie"))
        #expect(try shop.ledger.users(includeInactive: true).contains { $0.firstName == "Paul" } == false)
    }

    @Test func aWrongPinStartsNoTraining() throws {
        let shop = try RuntimeShop()
        let answers = shop.perform(.setTraining(true, shop.approval("0000")))
        guard answers.count == 1, case .approvalRefused(.pin(.wrongPin)) = answers[0] else { Issue.record("\(answers)"); return }
        #expect(!FileManager.default.fileExists(atPath: copyPath(shop)))
        #expect(!shop.performer.training)
    }

    @Test func aVolunteerCannotAllowTraining() throws {
        let shop = try RuntimeShop()
        #expect(shop.perform(.setTraining(true, shop.approval("1111", by: shop.volunteer))) == [.approvalRefused(.notManager(name: "Camille"))])
        #expect(!shop.performer.training)
    }

    @Test func askingForTheModeAlreadyOnChangesNothing() throws {
        let shop = try RuntimeShop()
        #expect(shop.perform(.setTraining(false, shop.approval())) == [])
        #expect(try shop.journaled("training.ended") == 0)
    }

    @Test func aCopyThatCannotBeMadeIsRefused() throws {
        let shop = try RuntimeShop()
        // The base's "folder" is a file: no copy can be made beside it.
        let notAFolder = shop.folder + "/fichier"
        #expect(FileManager.default.createFile(atPath: notAFolder, contents: Data("x".utf8)))
        let performer = EffectPerformer(ledger: shop.ledger, till: RuntimeShop.till, config: Configuration(),
                                        databasePath: notAFolder + "/comptoir.sqlite")
        let request = Effect.setTraining(true, shop.approval())
        let message = failure(performer.perform(request), request)
        #expect(message?.hasPrefix("Mode formation impossible : ") == true)
        #expect(!performer.training)
        #expect(try shop.journaled("training.started") == 0)
    }
}
