#!/usr/bin/env bash
# The end of a day: two sales, the X, the drawer counted (10 c short), the Z by Sophie
# (responsable) printed to the file printer, the session locked, the next opening.
source "$(dirname "$0")/lib.bash"
DB="$WORK/demo.sqlite"
PRN="$WORK/imprimante.bin"
printf '[printer]\ntransport = "file"\npath = "%s"\nwidth = 42\n' "$PRN" > "$WORK/c.toml"
printed() { iconv -f CP858 -t UTF-8 "$PRN" 2>/dev/null || cat "$PRN"; }

start "$BIN" --demo --db "$DB" --config "$WORK/c.toml"
wait_for "Qui tient la caisse"
typ "1111"; keys Enter
wait_for "Fond de caisse"
typ "50"; keys Enter
wait_for "Caisse ouverte"
typ "2*1"; keys Enter
wait_for "T-shirt"
keys Enter
wait_for "Encaissement"
typ "5"; keys Enter
wait_for "son ticket n° 1 ?"
keys n
wait_for "Vente n° 1 enregistrée — rendu 3,00 €"
typ "3"; keys Enter
wait_for "Pull"
keys Enter
wait_for "Encaissement"
keys F2
wait_for "son ticket n° 2 ?"
keys n
wait_for "Vente n° 2 enregistrée"

keys M-z
wait_for "Clôture de la caisse"
wait_for "Espèces attendues            52,00 €"
keys F2
wait_for "X imprimé."
printed | grep -aq "X — RAPPORT INTERMÉDIAIRE" || printed | grep -aq "X - RAPPORT" || fail "le X devrait être imprimé"
# 50 € + 1 € + 50 c + 20 c + 20 c: 51,90 €, 10 c short.
keys Down Down Down; typ "1"
keys Down Down Down Down Down; typ "1"
keys Down; typ "1"
keys Down; typ "2"
wait_for "Espèces comptées             51,90 €"
wait_for "Écart                        -0,10 €"
keys F5
wait_for "Z de la session n° 1 : 51,90 € comptés"
keys Down Down
typ "3333"; keys Enter
wait_for "Z de la session n° 1 enregistré (écart -0,10 €)"
wait_for "Entrée Ouvrir la caisse"
printed | grep -aq "CLÔTURE DE CAISSE" || fail "le Z devrait être imprimé"
printed | grep -aqE "Total perpétuel +4,50 €" || fail "le Z porte le total perpétuel : $(printed | grep -a perp)"

# The next opening.
typ "60"; keys Enter
wait_for "Caisse ouverte avec un fond de 60,00 €"
keys F10; wait_for "Quitter Comptoir"; keys o; wait_for "FIN-DU-PROGRAMME code=0"
out="$("$BIN" verify --db "$DB")" || fail "verify : $out"
[[ "$out" == OK* ]] || fail "verify : $out"
[ "$(sqlite3 "$DB" "SELECT counted_cents FROM session_closings")" = 5190 ] || fail "le comptage devrait être gardé"
echo "closing_flow : OK"
