#!/usr/bin/env bash
# A cash sale with a file printer: the drawer opens, "Ticket ?" is asked, the receipt is
# printed; F7 reprints it as DUPLICATA, journaled; verify stays OK.
source "$(dirname "$0")/lib.bash"
DB="$WORK/demo.sqlite"
PRN="$WORK/imprimante.bin"
printf '[shop]\nname = "Friperie du Pas-de-Calais"\n[printer]\ntransport = "file"\npath = "%s"\nwidth = 42\n' "$PRN" > "$WORK/c.toml"

start "$BIN" --demo --db "$DB" --config "$WORK/c.toml"
wait_for "Qui tient la caisse"
typ "1111"; keys Enter
wait_for "Fond de caisse"
typ "20"; keys Enter
wait_for "Caisse ouverte"
typ "2*1"; keys Enter
wait_for "T-shirt"
keys Enter
wait_for "Total du ticket"
typ "5"; keys Enter
wait_for "Le client veut-il son ticket n° 1 ?"
# The drawer opens as soon as the sale is paid (ESC p), before the answer.
wait_bytes "$PRN" 1b700019fa
keys o
wait_for "Vente n° 1 enregistrée — rendu 3,00 €. Ticket imprimé."
grep -aq "Ticket n° 1" <(iconv -f CP850 -t UTF-8 "$PRN" 2>/dev/null || cat "$PRN") || fail "le ticket n° 1 devrait être dans le fichier"
grep -aq "Friperie du Pas-de-Calais" "$PRN" || fail "l'en-tête de la boutique manque"
grep -aq "DUPLICATA" "$PRN" && fail "l'original ne porte pas DUPLICATA"

keys F7
wait_for "Duplicata du ticket n° 1 imprimé."
grep -aq "DUPLICATA" "$PRN" || fail "la réimpression doit porter DUPLICATA"

# The next sale, half by card and half in cash; no receipt (Entrée = the default, no).
typ "2*3"; keys Enter
wait_for "Pull"
keys Enter
wait_for "Encaissement"
typ "2,50"; keys F2
wait_for "Reste à payer : 2,50 €"
keys Enter
wait_for "son ticket n° 2 ?"
keys Enter
wait_gone "Le client veut-il son ticket"
# A CCAS voucher pays once: the second time it is refused and nothing is written.
typ "1"; keys Enter
keys Enter
wait_for "Total du ticket"
keys F9
wait_for "Référence du bon de 1,00 €"
typ "CCAS-7"; keys Enter
wait_for "son ticket n° 3 ?"
keys Escape
wait_gone "Le client veut-il son ticket"
typ "1"; keys Enter
keys Enter
wait_for "Total du ticket"
keys F9
typ "CCAS-7"; keys Enter
wait_for "Le bon « CCAS-7 » a déjà servi (ticket n° 3)"
keys Escape
wait_for "rien n'a été encaissé"
keys F6
wait_for "Abandonner le ticket"
keys o

# The drawer without a sale: a responsable's PIN (a wrong one first) and a reason.
keys F11
wait_for "Ouvrir le tiroir sans vente"
typ "0000"; keys Tab; typ "faire de la monnaie"; keys Enter
wait_for "Code PIN incorrect. Rien n'a été fait."
typ "9999"; keys Enter
wait_for "Tiroir ouvert, autorisé par Jean"
keys F10
wait_for "Quitter Comptoir ?"
keys o
wait_for "FIN-DU-PROGRAMME code=0"
[ "$(grep -ac "Merci de votre visite" "$PRN")" = 2 ] || fail "deux tickets attendus (original et duplicata), pas celui de la vente 2"

methods="$(sqlite3 "$DB" "SELECT group_concat(p.method || ':' || p.amount_cents, ' ') FROM payments p JOIN tickets t ON t.id = p.ticket_id WHERE t.number = 2")"
[ "$methods" = "carte:250 especes:250" ] || fail "ticket n° 2 : carte puis espèces attendus, pas « $methods »"
out="$("$BIN" verify --db "$DB")" || fail "verify : $out"
[ "$(sqlite3 "$DB" "SELECT COUNT(*) FROM journal WHERE kind = 'ticket.reprinted'")" = 1 ] || fail "la réimpression doit être au journal"
[ "$(sqlite3 "$DB" "SELECT COUNT(*) FROM journal WHERE kind = 'drawer.opened' AND payload LIKE '%faire de la monnaie%'")" = 1 ] || fail "l'ouverture du tiroir doit être au journal"
[ "$(sqlite3 "$DB" "SELECT COUNT(*) FROM tickets")" = 3 ] || fail "le ticket payé par un bon déjà servi ne doit pas être enregistré"
echo "verify : $out"
echo "OK receipt_flow"
