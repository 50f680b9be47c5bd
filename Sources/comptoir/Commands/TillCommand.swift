import ArgumentParser
import Foundation
import ComptoirTerminal

/// `comptoir [--demo] [--db PATH] [--config FILE]`: the till in the terminal.
struct TillCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "caisse",
        abstract: "Ouvre la caisse dans le terminal (commande par défaut)."
    )

    @OptionGroup var options: CommonOptions

    func run() throws {
        do {
            try TerminalLocale.ensureUTF8()
        } catch {
            throw Failure("\(error)")
        }
        let shop = try Shop.open(options)
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw Failure("La caisse a besoin d'un terminal. Pour les commandes sans écran : comptoir --help.")
        }
        try TillRuntime(shop: shop).run()
    }
}
