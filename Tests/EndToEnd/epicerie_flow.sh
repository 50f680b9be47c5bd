#!/usr/bin/env bash
# The épicerie sociale: a responsable registers a household (QF computed live), sells it
# two épicerie products at its participation rate, sees what is left of its monthly cap go
# down (never the rate nor the cap on the sale screen: the queue reads it), is refused past
# the cap, and overrides with her PIN and a reason; the coffee then goes below zero (10 in
# stock), asked and journaled with the stock after the line. A bénévole's households
# screen lists nobody before three letters, and no expired file. Logins and logouts are
# journaled; verify says OK.
source "$(dirname "$0")/lib.bash"
DB="$WORK/demo.sqlite"

start "$BIN" --demo --db "$DB"
wait_for "Qui tient la caisse"
keys Down Down Down  # Sophie, responsable
typ "3333"; keys Enter
wait_for "Fond de caisse"
typ "50"; keys Enter
wait_for "Caisse ouverte"

# An épicerie product with no household on the ticket is refused.
typ "3560070005109"; keys Enter
wait_for "réservée aux foyers inscrits"

# The household file: a new household, QF and RAV computed as it is typed.
keys M-f
wait_for "Foyers de l'épicerie"
wait_for "Martin"
keys F2
wait_for "Nouveau foyer"
typ "Lefebvre"; keys Down Down BSpace
typ "1"; keys Down BSpace
typ "3"; keys Down Down
typ "1100"; keys Down
typ "600"; keys Down
typ "300,50"
wait_for "Parts : 4 parts"
wait_for "QF : 350,13 €"
wait_for "RAV : 6,67 €/pers./jour"
wait_for "Participation : 10 %"
keys F2
wait_for "Fiche du foyer F-3-4 enregistrée"
keys Escape
wait_for "Recherche (nom ou n° de carte)"
typ "lef"
wait_for "F-3-4       Lefebvre"
keys Enter
wait_for "Foyer F-3-4 · droits OK · reste 38,00 €"
refute "10 %"
refute "sur 38,00 €"

# Two épicerie products at 10 % of their market price, rounded to 0,05 €.
typ "3560070005109"; keys Enter
wait_for "Riz long grain 1 kg     1    0,20 €"
typ "2*3046710011506"; keys Enter
wait_for "Café moulu 250 g        2    0,35 €     0,70 €"
wait_for "droits OK · reste 29,13 €"
refute "38,00"
keys Enter
wait_for "Total du ticket"
keys Enter
wait_for "Vente n° 1 enregistrée"

# The next visit: a mistyped card number is refused, then the card (its barcode reads
# F34: number 3, check digit 4) attaches the household; the cap has gone down.
typ "f344"; keys Enter
wait_for "la clé) ne correspond pas"
typ "f34"; keys Enter
wait_for "Foyer F-3-4 : droits OK, il reste 29,13 € ce mois-ci."
refute "%"
typ "9*3046710011506"; keys Enter
wait_for "dépasserait ce qui reste au foyer ce mois-ci : 29,13 €."
refute "Café moulu 250 g        9"

# A responsable overrides, with a reason; the ticket records it.
keys M-g
wait_for "Dérogation : « Café moulu 250 g » pour le foyer F-3-4"
typ "3333"; keys Tab
typ "colis de fin de mois"; keys Enter
wait_for "Dérogation accordée par Sophie"
# 8 coffees left: the override does not skip the stock question.
wait_for "STOCK INSUFFISANT"
wait_for "Après cette vente :           -1"
keys Enter
wait_for "Café moulu 250 g        9    0,35 €     3,15 €"
wait_for "dérogation : Sophie"
keys Enter
wait_for "Total du ticket"
keys Enter
wait_for "Vente n° 2 enregistrée"

# A bénévole: the households screen lists nobody until three letters; Durand's rights
# have ended (demo), so his file does not show to her.
keys F9
wait_for "Qui tient la caisse"
typ "1111"; keys Enter
wait_for "Code :"
keys M-f
wait_for "Tapez au moins 3 lettres du nom, ou scannez la carte du foyer."
refute "Martin"
refute "Pers."
typ "dur"
wait_for "Aucun foyer aux droits en cours ne correspond."
refute "Durand"
keys BSpace BSpace BSpace
typ "mar"
wait_for "Martin"
keys Escape
wait_for "Code :"

keys F10
wait_for "Quitter Comptoir"
typ "o"
wait_for "FIN-DU-PROGRAMME code=0"

out="$("$BIN" verify --db "$DB")" || fail "verify : $out"
[[ "$out" == OK* ]] || fail "verify : $out"
row="$(sqlite3 "$DB" "SELECT household, authorized_by IS NOT NULL, reason, total_cents FROM tickets WHERE number = 2")"
[ "$row" = "3|1|colis de fin de mois|315" ] || fail "ticket 2 : $row"
payload="$(sqlite3 "$DB" "SELECT payload FROM journal WHERE seq = (SELECT journal_seq FROM tickets WHERE number = 2)")"
[[ "$payload" == *'"stock_after":-1,'* ]] || fail "vente sous zéro non inscrite au journal : $payload"
payload="$(sqlite3 "$DB" "SELECT payload FROM journal WHERE seq = (SELECT journal_seq FROM tickets WHERE number = 1)")"
[[ "$payload" != *stock_after* ]] || fail "stock_after sur une vente ordinaire : $payload"
# Logins and logouts, by user id: Sophie logged in then out (F9), Camille in, then quit.
sophie="$(sqlite3 "$DB" "SELECT id FROM users WHERE first_name = 'Sophie'")"
camille="$(sqlite3 "$DB" "SELECT id FROM users WHERE first_name = 'Camille'")"
seen_events="$(sqlite3 "$DB" "SELECT kind || ' ' || payload FROM journal WHERE kind LIKE 'user.logged_%' ORDER BY seq" | tr '\n' '|')"
[ "$seen_events" = "user.logged_in {\"user\":$sophie}|user.logged_out {\"user\":$sophie,\"via\":\"deconnexion\"}|user.logged_in {\"user\":$camille}|user.logged_out {\"user\":$camille,\"via\":\"quitter\"}|" ] \
  || fail "connexions au journal : $seen_events"
# The journal names the household by its number only.
if sqlite3 "$DB" "SELECT payload FROM journal" | grep -q Lefebvre; then fail "le nom du foyer est dans le journal"; fi
echo "OK épicerie"
