import ArgumentParser
import Foundation
import ComptoirPrint
import ComptoirRuntime

/// `comptoir printer test`: the printer's status, then a page with every French accented
/// letter and the euro sign.
struct PrinterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "printer",
        abstract: "Imprimante de tickets (section [printer] de la configuration).",
        subcommands: [Test.self]
    )

    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "test",
            abstract: "Affiche l'état de l'imprimante et imprime une page de test (accents, €, largeur)."
        )
        @OptionGroup var options: CommonOptions

        func run() throws {
            let config = try Configuration.forCommand(options)
            let settings = config.printer
            let connection = settings.connection()
            let codePage = CodePage(rawValue: settings.codePage) ?? .cp858
            print("Imprimante : \(connection.target) (\(Self.linkName(settings.transport)), \(settings.width.rawValue) colonnes, \(settings.codePage))")
            let page = PrinterTestPage(shopName: config.shopName, tillName: config.tillName,
                                       codePage: codePage, date: Date())
            let bytes = EscPosEncoder(codePage: codePage).encode(page.document(width: settings.width))
            do {
                let status = try connection.printChecked(bytes)
                print("État : " + (status?.message ?? "inconnu (cette liaison ne donne pas l'état de l'imprimante)."))
                print("Page de test envoyée (\(bytes.count) octets).")
                print(Self.drawerSensorLine(connection))
            } catch {
                throw Failure("Page de test non imprimée : \(error.message)")
            }
        }

        /// The drawer sensor's level: which level means open depends on the drawer, so the
        /// line says how to find out.
        static func drawerSensorLine(_ connection: any PrinterConnection) -> String {
            do {
                guard let high = try connection.drawerSensor() else {
                    return "Capteur du tiroir : inconnu (cette liaison ne donne pas l'état de l'imprimante)."
                }
                return "Capteur du tiroir (broche 3) : signal \(high ? "haut" : "bas"). Selon le tiroir, ce niveau veut dire ouvert ou fermé : relancez la commande tiroir dans l'autre position pour le savoir."
            } catch {
                return "Capteur du tiroir : illisible (\(error.message))"
            }
        }

        /// The link in French: the TOML value (`none`) is not for the person reading.
        static func linkName(_ transport: PrinterSettings.Transport) -> String {
            switch transport {
            case .none: return "pas de liaison"
            case .file: return "fichier"
            case .device: return "port USB ou série"
            case .network: return "réseau"
            }
        }
    }
}
