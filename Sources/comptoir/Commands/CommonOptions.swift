import ArgumentParser

/// Options every command takes: which database, which configuration.
struct CommonOptions: ParsableArguments {
    @Flag(name: .long, help: "Boutique de démonstration (base demo.sqlite, codes PIN affichés).")
    var demo = false

    @Option(name: .long, help: ArgumentHelp("Fichier de la base (par défaut dans ~/.local/share/comptoir).", valueName: "base"))
    var db: String?

    @Option(name: .long, help: ArgumentHelp("Fichier de configuration TOML (voir Assets/comptoir.example.toml).", valueName: "fichier-toml"))
    var config: String?
}
