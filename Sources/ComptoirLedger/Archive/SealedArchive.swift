import Foundation

/// The sealed archive of a year: its files, in this order, and the columns of each.
/// `comptoir archive` writes it and `comptoir verify-archive` refuses anything else.
enum SealedArchive {
    static let readme = "LISEZMOI.txt", journal = "journal.csv", sessions = "clotures-sessions.csv"
    static let periods = "clotures-periodes.csv", manifest = "MANIFESTE.txt", signature = "MANIFESTE.sig"
    /// The files the manifest lists, then the manifest and its signature.
    static let contents = [readme, journal, sessions, periods]
    static let names = contents + [manifest, signature]
    /// Optional (`--registre`): the year's registre des objets mobiliers, sealed with the rest.
    static let registre = "registre-objets-mobiliers.csv"
    static let contentsWithRegistre = contents + [registre]
    static let namesWithRegistre = contentsWithRegistre + [manifest, signature]

    static let journalHeader = ["numero", "date_utc", "caisse", "operateur", "type", "contenu", "empreinte_precedente", "empreinte"]
    static let sessionsHeader = [
        "session", "caisse", "ouverte_le_utc", "fond_centimes", "fermee_le_utc", "fermee_par", "compte_centimes", "ecriture", "z",
    ]
    static let periodsHeader = ["type", "periode", "cloturee_le_utc", "cloturee_par", "ecriture", "rapport"]

    static func readmeText(year: Int, shop: String) -> String {
        """
        Archive scellée de l'exercice \(year) — \(shop)
        Écrite par Comptoir, la caisse de la boutique. Format ouvert : des fichiers CSV en UTF-8
        (séparateur « ; », guillemets doubles quand un champ contient « ; » ou « " », fin de ligne
        CRLF) et ce texte. Les montants sont en centimes d'euro (entiers), les dates en UTC au
        format ISO 8601 (2026-11-23T17:05:00.000Z).

        \(journal) : toutes les écritures du journal de l'exercice, sans trou de numéro, telles
        qu'enregistrées (rien n'y est jamais modifié ni effacé ; une correction est une nouvelle
        écriture).
          numero                numéro de l'écriture, sans trou depuis la première vente
          date_utc              date et heure de l'écriture
          caisse                la caisse qui l'a écrite
          operateur             numéro de la personne connectée (vide pour une commande)
          type                  ticket.committed (vente, annulation, remboursement),
                                session.opened, session.closed (Z), period.closed, etc.
          contenu               le détail en JSON canonique (clés triées, sans espaces) ;
                                les foyers n'y figurent que par leur numéro de carte
          empreinte_precedente  l'empreinte de l'écriture d'avant (la première de toutes
                                renvoie à l'empreinte de la boutique)
          empreinte             SHA-256, en hexadécimal, des champs numero, date_utc,
                                caisse, operateur, type, contenu, empreinte_precedente,
                                chacun écrit « <nombre d'octets UTF-8>:<octets>\\n »

        \(sessions) : les Z des sessions de caisse clôturées pendant l'exercice.
          session, caisse, ouverte_le_utc, fond_centimes (fond de caisse), fermee_le_utc,
          fermee_par (prénom du responsable), compte_centimes (espèces comptées),
          ecriture (numéro de l'écriture session.closed), z (le Z en JSON : totaux par moyen de
          paiement et par activité, tickets, annulations, remboursements, écart, grand total
          perpétuel).

        \(periods) : les clôtures mensuelles et annuelles de l'exercice.
          type (mois, annee), periode, cloturee_le_utc, cloturee_par, ecriture, rapport (JSON).

        \(manifest) : l'exercice, la plage d'écritures, l'empreinte précédente et la dernière,
        la clé publique Ed25519 de la boutique, puis le SHA-256 de chaque fichier (format de
        sha256sum). \(signature) : la signature Ed25519 de \(manifest), en base64.

        Vérifier : comptoir verify-archive FICHIER.zip (refuse une archive dont un seul octet a
        changé). Sans Comptoir : sha256sum -c sur les lignes de fichiers du manifeste, puis la
        signature avec la clé publique, que le journal de la boutique enregistre aussi
        (écriture archive.key).

        """
    }
}
