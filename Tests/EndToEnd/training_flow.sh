#!/usr/bin/env bash
# Training mode: a responsable switches it on, a volunteer sells on the copy, the receipt
# says FACTICE, the banner is on every screen; back to the real till, nothing was written.
source "$(dirname "$0")/lib.bash"
DB="$WORK/boutique.sqlite"
PRN="$WORK/imprimante.bin"
printf '[printer]\ntransport = "file"\npath = "%s"\nreceipt = "always"\n' "$PRN" > "$WORK/c.toml"

start "$BIN" --demo --db "$DB" --config "$WORK/c.toml"
wait_for "Qui tient la caisse"
keys Down Down Down
wait_for "Code PIN de Sophie"
typ "3333"; keys Enter
wait_for "Fond de caisse"
typ "50"; keys Enter
wait_for "Caisse ouverte"
real_entries="$(sqlite3 "$DB" "SELECT COUNT(*) FROM journal")"
keys F8
wait_for "Utilisateurs de la caisse"
keys F5
wait_for "Passer en mode formation ?"
keys o
wait_for "MODE FORMATION"
wait_for "Connectez-vous"
typ "1111"; keys Enter
wait_for "La caisse est ouverte depuis"
wait_for "MODE FORMATION"
typ "5"; keys Enter
wait_for "Veste"
keys Enter Enter
wait_for "Vente n° 1 enregistrée — rendu 0,00 €. Ticket imprimé."
grep -aq "FACTICE - MODE FORMATION" "$PRN" || fail "le ticket de formation doit porter FACTICE"

# Back to the real till, by a responsable.
keys F9
wait_for "Qui tient la caisse"
keys Down Down Down
typ "3333"; keys Enter
wait_for "La caisse est ouverte depuis"
keys F8
wait_for "F5 Quitter la formation"
keys F5
wait_for "Quitter le mode formation"
keys o
wait_for "Retour à la vraie caisse"
wait_gone "MODE FORMATION"
keys F10
wait_for "Quitter Comptoir ?"
keys o
wait_for "FIN-DU-PROGRAMME code=0"

[ "$(sqlite3 "$DB" "SELECT COUNT(*) FROM tickets")" = 0 ] || fail "aucune vente ne doit entrer dans la vraie caisse"
[ "$(sqlite3 "$DB" "SELECT COUNT(*) FROM journal")" = "$real_entries" ] || fail "le vrai journal ne doit pas bouger"
[ "$(sqlite3 "$WORK/boutique.formation.sqlite" "SELECT COUNT(*) FROM tickets")" = 1 ] || fail "la vente fictive est dans la base de formation"
"$BIN" verify --db "$DB" | grep -q "^OK" || fail "verify de la vraie base"
"$BIN" verify --db "$WORK/boutique.formation.sqlite" | grep -q "^OK" || fail "verify de la base de formation"
echo "OK training_flow"
