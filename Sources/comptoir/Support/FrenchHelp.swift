import Foundation

/// ArgumentParser speaks English (`OVERVIEW`, `Error: Missing expected argument`) and has
/// no localisation: its help screens and parse errors are rewritten here, line by line.
/// Every pattern is one of ArgumentParser 1.8's fixed texts; the French texts of our
/// commands pass through unchanged.
enum FrenchHelp {
    /// `text` (a help screen or a parse error from ArgumentParser) in French.
    static func translate(_ text: String) -> String {
        var out = text
        for (pattern, template) in rules {
            out = replacing(pattern, with: template, in: out)
        }
        return gluingOrphans(out)
    }

    /// ArgumentParser wraps at any space: a line of a help column that starts with French
    /// punctuation (`; sans --as`) gives it back to the line above.
    static func gluingOrphans(_ text: String) -> String {
        var lines = text.components(separatedBy: "\n")
        for i in lines.indices.dropFirst() {
            let line = lines[i]
            let body = line.drop { $0 == " " }
            guard let first = body.first, ";:!?»€".contains(first), !lines[i - 1].isEmpty,
                  body.dropFirst().first.map({ $0 == " " }) ?? true else { continue }
            lines[i - 1] += " " + String(first)
            let indent = line.prefix { $0 == " " }
            lines[i] = String(indent) + String(body.dropFirst().drop { $0 == " " })
        }
        return lines.joined(separator: "\n")
    }

    /// Regular expressions and their French templates, in order (a longer pattern first).
    private static let rules: [(String, String)] = [
        // Headings of a help screen.
        (#"(?m)^OVERVIEW: "#, "DESCRIPTION : "),
        (#"(?m)^USAGE: "#, "UTILISATION : "),
        (#"(?m)^ARGUMENTS:$"#, "ARGUMENTS :"),
        (#"(?m)^OPTIONS:$"#, "OPTIONS :"),
        (#"(?m)^SUBCOMMANDS:$"#, "COMMANDES :"),
        (#"(?m)^OPTION GROUPS:$"#, "GROUPES D'OPTIONS :"),
        (#"  See '([^']*) <subcommand>' for detailed help\."#, "  Aide d'une commande : $1 <commande>"),
        (#"  See '([^']*)' for more information\."#, "  Pour en savoir plus : $1"),
        (#"Show the version\."#, "Affiche la version."),
        (#"Show help information\."#, "Affiche cette aide."),
        (#"Show subcommand help information\."#, "Affiche l'aide d'une commande."),
        // ArgumentParser may wrap these across lines: only the words are replaced.
        (#"\(default as flag:"#, "(par défaut sans valeur :"),
        (#"\(values:"#, "(valeurs :"),
        (#"; default:"#, " ; par défaut :"),
        (#"\(default:"#, "(par défaut :"),
        (#" \(default\)   "#, " (par défaut)"),  // keeps the column of the abstracts
        (#" \(default\)"#, " (par défaut)"),
        (#"<subcommand>"#, "<commande>"),
        (#"\[<options>\]"#, "[<options>]"),
        // Parse errors.
        (#"(?m)^Error: "#, "Erreur : "),
        (#"(?m)^Help:  "#, "Aide :  "),
        (#"(?m)^Usage: "#, "Utilisation : "),
        (#"Missing expected argument '([^']*)'"#, "il manque l'argument $1"),
        (#"Missing one of: (.*)$"#, "il manque un de ces arguments : $1"),
        (#"Missing value for '([^']*)'"#, "il manque la valeur de $1"),
        (#"Missing required subcommand\."#, "il manque la commande."),
        (#"Unknown option '([^']*)'\. Did you mean '([^']*)'\?"#, "option inconnue : $1 (vouliez-vous dire $2 ?)"),
        (#"Unknown option '([^']*)'"#, "option inconnue : $1"),
        (#"Invalid option: (.*)$"#, "option invalide : $1"),
        (#"Unexpected argument '([^']*)'"#, "argument en trop : « $1 »"),
        (#"(\d+) unexpected arguments: (.*)$"#, "$1 arguments en trop : $2"),
        (#"The option '([^']*)' does not take any value, but '([^']*)' was specified\."#,
         "l'option $1 ne prend pas de valeur, « $2 » a été donné."),
        (#"The value '([^']*)' is invalid for '([^']*)'"#, "la valeur « $1 » ne convient pas pour $2"),
        (#"The value '([^']*)' is invalid\."#, "la valeur « $1 » ne convient pas."),
        (#"\. Please provide one of the following:"#, ". Choisissez parmi :"),
        (#"\. Please provide one of (.*)\."#, ". Choisissez $1."),
        (#"' or '"#, "' ou '"),
        (#"' and '"#, "' et '"),
        (#"Value to be set with (.*) had already been set with (.*)$"#, "valeur donnée deux fois : $1 après $2"),
    ]

    private static func replacing(_ pattern: String, with template: String, in text: String) -> String {
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines]) else { return text }
        let range = NSRange(text.startIndex..., in: text)
        return regex.stringByReplacingMatches(in: text, options: [], range: range, withTemplate: template)
    }
}
