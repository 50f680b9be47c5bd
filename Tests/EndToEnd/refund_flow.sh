#!/usr/bin/env bash
# Items of an earlier ticket refunded as a credit note (responsable's PIN and reason),
# the credit note printed with its code, spent whole on a later sale (the rest becomes a
# new credit note), refused the second time; a cash refund opens the drawer; verify OK.
source "$(dirname "$0")/lib.bash"
DB="$WORK/demo.sqlite"
PRN="$WORK/imprimante.bin"
printf '[shop]\nfooter = ["Ouvert du mardi au samedi", "Merci !"]\n[printer]\ntransport = "file"\npath = "%s"\nwidth = 32\nreceipt_default = false\n' "$PRN" > "$WORK/c.toml"
printed() { iconv -f CP850 -t UTF-8 "$PRN" 2>/dev/null | tr -d '\000-\011\013-\037'; }

start "$BIN" --demo --db "$DB" --config "$WORK/c.toml"
wait_for "Qui tient la caisse"
typ "1111"; keys Enter
wait_for "Fond de caisse"
typ "20"; keys Enter
wait_for "Caisse ouverte"
# Ticket 1: two T-shirts and a pull, 4,50 € in cash; no receipt.
typ "2*1"; keys Enter
typ "3"; keys Enter
wait_for "Pull"
keys Enter
wait_for "Total du ticket"
keys Enter
wait_for "Le client veut-il son ticket n° 1 ?"
keys n
wait_gone "Le client veut-il son ticket"

# The pull comes back: refunded as a credit note.
typ "1"; keys M-m
wait_for "Remboursement — ticket n° 1"
keys Down +
wait_for "Total : 2,50 €"
keys F3
wait_for "par un avoir imprimé"
keys Enter
wait_for "Rembourser 2,50 € en avoir (ticket n° 1)"
typ "1234"; keys Tab; typ "taille"; keys Enter
wait_for "Code PIN incorrect. Rien n'a été fait."
typ "9999"; keys Enter
wait_for "Remboursement n° 2 du ticket n° 1 enregistré (autorisé par Jean)."
code="$(sqlite3 "$DB" "SELECT reference FROM payments WHERE method = 'avoir' AND amount_cents = -250")"
[ -n "$code" ] || fail "un avoir de 2,50 € doit être émis"
wait_for "$code de 2,50 €"
wait_for "Ticket imprimé."
printed | grep -q "REMBOURSEMENT DU TICKET N° 1" || fail "le ticket de remboursement doit être imprimé"
printed | grep -q "^ *$code\$" || fail "le code de l'avoir doit être imprimé en clair"
printed | grep -q "Ouvert du mardi au samedi" || fail "le pied de ticket de la configuration doit être imprimé"

# Nothing more than what was sold: the pull is now fully refunded.
typ "1"; keys M-m
wait_for "Remboursement — ticket n° 1"
keys Down +
wait_for "« Pull » est déjà entièrement remboursé."
keys Escape
wait_for "Remboursement abandonné"

# Ticket 3: a T-shirt (1 €) paid with the 2,50 € credit note, typed without dashes.
typ "1"; keys Enter
keys Enter
wait_for "Total du ticket"
keys F11
wait_for "Code de l'avoir"
typ "$(echo "$code" | tr -d '-' | tr 'A-Z' 'a-z')"; keys Enter
wait_for "Vente n° 3 enregistrée — rendu 0,00 €."
rest="$(sqlite3 "$DB" "SELECT reference FROM payments WHERE method = 'avoir' AND amount_cents = -150")"
[ -n "$rest" ] || fail "le reste (1,50 €) doit devenir un nouvel avoir"
# Once « Ticket imprimé. » joins the line, it wraps before « 1,50 »: wait_for joins the rows.
wait_for "$rest de 1,50 €. Ticket imprimé."

# The same credit note a second time: refused, nothing written.
typ "1"; keys Enter
keys Enter
keys F11
typ "$code"; keys Enter
wait_for "a déjà servi (ticket n° 3)"
keys Escape Escape
wait_for "rien n'a été encaissé"
keys F6
wait_for "Abandonner le ticket"
keys o

# A cash refund of a T-shirt of ticket 1: the drawer opens.
before="$(od -An -tx1 -v "$PRN" | tr -d ' \n' | grep -o 1b700019fa | wc -l)"
typ "1"; keys M-m
wait_for "Remboursement — ticket n° 1"
keys +
keys Enter
wait_for "Rembourser 1,00 € en espèces (ticket n° 1)"
typ "9999"; keys Tab; typ "tache"; keys Enter
wait_for "1,00 € en espèces."
wait_for "Le client veut-il son ticket n° 4 ?"
keys n
wait_bytes "$PRN" 1b700019fa $((before + 1))  # the drawer opens to give the cash back
keys F10
wait_for "Quitter Comptoir ?"
keys o
wait_for "FIN-DU-PROGRAMME code=0"

out="$("$BIN" verify --db "$DB")" || fail "verify : $out"
[ "$(sqlite3 "$DB" "SELECT group_concat(kind || ':' || total_cents, ' ') FROM tickets ORDER BY number")" \
  = "sale:450 refund:-250 sale:100 refund:-100" ] || fail "tickets inattendus : $(sqlite3 "$DB" "SELECT group_concat(kind || ':' || total_cents, ' ') FROM tickets")"
[ "$(sqlite3 "$DB" "SELECT COUNT(*) FROM tickets WHERE kind = 'refund' AND reason IS NOT NULL AND authorized_by IS NOT NULL")" = 2 ] \
  || fail "chaque remboursement porte sa raison et son responsable"
echo "verify : $out"
echo "OK refund_flow"
