import ArgumentParser
import Foundation
import ComptoirRuntime
import ComptoirLedger

struct Comptoir: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "comptoir",
        abstract: "La caisse de la boutique solidaire : épicerie sociale, friperie, vide-greniers.",
        discussion: """
            Sans commande : ouvre la caisse dans le terminal (comptoir caisse).
            Options de chaque commande :
              --demo            la boutique de démonstration (codes PIN affichés)
              --db FICHIER      une autre base que ~/.local/share/comptoir/comptoir.sqlite
              --config FICHIER  une configuration TOML (voir comptoir.example.toml)
            Exemples :
              comptoir --demo
              comptoir verify
              comptoir users add Lina --as Sophie
              comptoir import households foyers.csv --as Sophie
              comptoir report epicerie --month 2026-11
              comptoir backup /media/cle-usb/comptoir
              comptoir close month 2026-11 --as Sophie
            """,
        version: ComptoirVersion.string,
        subcommands: [TillCommand.self, VerifyCommand.self, UsersCommand.self, HouseholdsCommand.self, PrinterCommand.self, ImportCommand.self,
                      ExportCommand.self, PrintCommand.self, StockCommand.self, CategoriesCommand.self, ReportCommand.self, BackupCommand.self, RestoreCommand.self, CloseCommand.self,
                      ArchiveCommand.self, VerifyArchiveCommand.self, RetentionCommand.self, SellersCommand.self],
        defaultSubcommand: TillCommand.self
    )
}

enum ComptoirVersion {
    static let string = "0.1.0"
}

/// Entry point: ArgumentParser parses, our `Failure`s print their French message alone,
/// ArgumentParser's own texts go through `FrenchHelp`.
@main
enum Main {
    static func main() {
        MallocArenas.limit()
        // A printer or a pipe that closes makes a write fail (EPIPE), never kills the till.
        signal(SIGPIPE, SIG_IGN)
        CrashReports.routeToDataFolder()
        do {
            var command = try Comptoir.parseAsRoot()
            try command.run()
        } catch let failure as Failure {
            Failure.exit(failure.description)
        } catch {
            // ArgumentParser's help and parse errors, in French, with its exit codes.
            let text = FrenchHelp.translate(Comptoir.fullMessage(for: error))
            let code = Comptoir.exitCode(for: error)
            if !text.isEmpty {
                let stream = code == .success ? FileHandle.standardOutput : FileHandle.standardError
                stream.write(Data((text + "\n").utf8))
            }
            Foundation.exit(code.rawValue)
        }
    }
}
