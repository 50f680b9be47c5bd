import ArgumentParser
import Foundation
import ComptoirLedger

/// `comptoir verify`: recomputes the journal's chain and checks the tables against it.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Vérifie le journal (chaîne SHA-256) et les tables ; code de sortie 1 si une entrée ne correspond pas."
    )

    @OptionGroup var options: CommonOptions

    func run() throws {
        let shop = try Shop.open(options)
        let report: VerifyReport
        let bar = ProgressBar("Vérification")
        do {
            report = try shop.ledger.verify(progress: bar.update)
            bar.finish()
        } catch let error as LedgerError {
            bar.finish()
            throw Failure(error.message)
        }
        print(report.message)
        if report.problem != nil { throw ExitCode(1) }
    }
}
