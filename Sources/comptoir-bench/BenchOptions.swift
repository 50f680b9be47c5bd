/// The command line, parsed by hand: three options do not justify a dependency.
struct BenchOptions {
    /// Tickets to generate (ignored when `--db` names an existing ledger, which is reused).
    var tickets = 200_000
    /// Ledger file to measure; a fresh temporary one when nil.
    var dbPath: String?
    /// Keep the temporary ledger instead of deleting it at the end.
    var keep = false
    /// Only `verify`, several times: for profiling it (e.g. under `perf record`).
    var verifyOnly = false
    /// A shop's years written day by day with their dates (`YearsGenerator`), and the
    /// yearly tasks measured on them; nil for the classic history of `tickets`.
    var years: Int?

    static let usage = """
        Usage : comptoir-bench [--tickets N | --years N] [--db CHEMIN] [--keep] [--verify-only]

          --tickets N    tickets à générer (défaut 200000)
          --years N      N années de boutique datées jour après jour (3 caisses, 300 jours
                         par an, sessions et Z, clôtures, sauvegardes), et les tâches
                         de l'année mesurées dessus
          --db CHEMIN    base à mesurer ; réutilisée telle quelle si elle existe déjà,
                         sinon l'historique y est généré (elle n'est jamais supprimée)
          --keep         garde la base temporaire et affiche son chemin
          --verify-only  ne mesure que verify (pour le profiler, avec --db)
          -h, --help     cette aide

        Exemples : swift run -c release comptoir-bench --tickets 200000
                   swift run -c release comptoir-bench --years 10
        """

    struct UsageError: Error {
        var message: String
    }

    /// nil when help was asked for.
    static func parse(_ arguments: [String]) throws -> BenchOptions? {
        var options = BenchOptions()
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "-h", "--help":
                return nil
            case "--keep":
                options.keep = true
            case "--verify-only":
                options.verifyOnly = true
            case "--tickets":
                guard let value = rest.popFirst(), let n = Int(value.replacingUnderscores), n >= 1 else {
                    throw UsageError(message: "--tickets attend un nombre entier ≥ 1")
                }
                options.tickets = n
            case "--years":
                guard let value = rest.popFirst(), let n = Int(value), (1...50).contains(n) else {
                    throw UsageError(message: "--years attend un nombre d'années entre 1 et 50")
                }
                options.years = n
            case "--db":
                guard let value = rest.popFirst(), !value.isEmpty else {
                    throw UsageError(message: "--db attend un chemin de fichier")
                }
                options.dbPath = value
            default:
                throw UsageError(message: "option inconnue : \(argument)")
            }
        }
        return options
    }
}

private extension String {
    /// Lets `--tickets 1_000_000` be typed as Swift would write it.
    var replacingUnderscores: String { filter { $0 != "_" } }
}
