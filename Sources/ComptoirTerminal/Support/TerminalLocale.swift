#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNCursesW

/// Makes sure the C library works in UTF-8, which ncursesw needs to display accented letters
/// and "€": with `LANG` unset, `setlocale(LC_ALL, "")` gives "C" and they silently vanish.
public enum TerminalLocale {
    /// Tried in this order (for the character set only, `LC_CTYPE`) when the user's own
    /// locale is not UTF-8.
    public static let fallbacks = ["C.UTF-8", "C.utf8", "fr_FR.UTF-8", "en_US.UTF-8"]

    /// Selects the user's locale (`setlocale(LC_ALL, "")`); if its character set is not
    /// UTF-8, switches the character set to the first installed fallback. Returns the name of
    /// the `LC_CTYPE` locale in effect. Call it before starting curses.
    @discardableResult
    public static func ensureUTF8() throws(TerminalError) -> String {
        _ = setlocale(LC_ALL, "")
        if isUTF8 { return currentCharacterLocale }
        for name in fallbacks where setlocale(LC_CTYPE, name) != nil {
            if isUTF8 { return name }
        }
        throw .noUTF8Locale
    }

    /// Whether the current `LC_CTYPE` character set is UTF-8.
    public static var isUTF8: Bool {
        guard let codeset = cmp_codeset() else { return false }
        return isUTF8(codeset: String(cString: codeset))
    }

    /// "UTF-8", "utf8", "UTF8"… all name UTF-8.
    public static func isUTF8(codeset: String) -> Bool {
        codeset.uppercased().filter { $0 != "-" && $0 != "_" } == "UTF8"
    }

    /// The name of the current `LC_CTYPE` locale ("C.UTF-8", "fr_FR.UTF-8"…).
    public static var currentCharacterLocale: String {
        setlocale(LC_CTYPE, nil).map { String(cString: $0) } ?? "C"
    }
}
