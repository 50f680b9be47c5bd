/// Why the terminal could not be started. The messages are French: they are shown to the
/// shop's volunteers on stderr, before or after curses owns the screen.
public enum TerminalError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No UTF-8 locale could be selected: accented letters and "€" would vanish.
    case noUTF8Locale
    /// Neither stdin/stdout nor /dev/tty is a terminal.
    case noTerminal
    /// `TERM` is unset or names a terminal that terminfo does not know.
    case unknownTerminalType(String)
    /// Another `Terminal` is already running in this process.
    case alreadyRunning

    public var message: String {
        switch self {
        case .noUTF8Locale:
            return "Aucune langue UTF-8 n'est installée sur ce système : les lettres accentuées "
                + "et le symbole € ne pourraient pas s'afficher. Installez le paquet locales "
                + "(par exemple « apt install locales » puis « locale-gen fr_FR.UTF-8 ») "
                + "ou lancez avec LANG=C.UTF-8."
        case .noTerminal:
            return "Comptoir doit être lancé dans un terminal (aucun terminal trouvé : ni l'entrée "
                + "standard, ni /dev/tty)."
        case .unknownTerminalType(let name):
            if name.isEmpty {
                return "Le type de terminal est inconnu : la variable TERM n'est pas définie "
                    + "(essayez TERM=xterm-256color)."
            }
            return "Le type de terminal « \(name) » est inconnu (variable TERM) : installez le "
                + "paquet ncurses-term ou essayez TERM=xterm-256color."
        case .alreadyRunning:
            return "Le terminal est déjà utilisé par Comptoir dans ce processus."
        }
    }

    public var description: String { message }
}
