import ArgumentParser
import Foundation
import ComptoirLedger
import ComptoirTerminal
import ComptoirRuntime

/// `comptoir [--demo] [--db PATH] [--config FILE] [--nouvelle-base]`: the till in the terminal.
struct TillCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "caisse",
        abstract: "Ouvre la caisse dans le terminal (commande par défaut).",
        discussion: """
            Une base neuve n'est créée qu'au premier démarrage : quand rien ne montre qu'une base a existé à cet
            endroit (ni clé de scellement <base>.cle, ni sauvegarde dans backup.folder, ni témoin, ni base mise de
            côté par une restauration). Sinon la caisse refuse de démarrer sur une base absente et dit comment la
            restaurer ; --nouvelle-base commence vraiment une base vide.
            """
    )

    @OptionGroup var options: CommonOptions
    @Flag(name: .customLong("nouvelle-base"), help: "Crée une base vide même si une ancienne base a laissé des traces (sauvegardes, clé).")
    var newBase = false

    func run() throws {
        do {
            try TerminalLocale.ensureUTF8()
        } catch {
            throw Failure("\(error)")
        }
        if newBase {
            let path = Shop.databasePath(options, try Configuration.forCommand(options))
            guard !Ledger.exists(path: path) else {
                throw Failure("Une base existe déjà à « \(path) » : --nouvelle-base ne sert qu'à en créer une là où il n'y en a pas. "
                    + "Relancez sans --nouvelle-base.")
            }
        }
        let shop = try Shop.open(options, access: newBase ? .newBase : .write, clockCheck: false)
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw Failure("La caisse a besoin d'un terminal. Pour les commandes sans écran : comptoir --help.")
        }
        // Held while the till runs: a restore refuses to replace the base under it.
        let lock = try ledgerCall { try TillLock.shared(for: shop.databasePath) }
        do throws(TillRuntime.StartFailure) {
            try withExtendedLifetime(lock) { () throws(TillRuntime.StartFailure) in
                try TillRuntime(ledger: shop.ledger, config: shop.config, databasePath: shop.databasePath,
                                isDemo: shop.isDemo, demoPins: shop.demoPins).run()
            }
        } catch {
            throw Failure(error.message)
        }
    }
}
