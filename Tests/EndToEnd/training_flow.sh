#!/usr/bin/env bash
# Training mode: a responsable switches it on with their PIN (journaled in the real
# ledger), a volunteer sells on this till's own copy, the receipt says FACTICE, ticket F-1
# and DÉMONSTRATION (--demo) and carries no drawer kick; the banner is on every screen;
# back to the real till with the PIN again, no sale was written there.
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
real_last="$(sqlite3 "$DB" "SELECT MAX(seq) FROM journal")"
keys F8
wait_for "Utilisateurs de la caisse"
keys F5
wait_for "Passer en mode formation (ventes fictives)"
wait_for "formation des bénévoles"
typ "0000"; keys Enter
wait_for "Code PIN incorrect"
refute "MODE FORMATION"
typ "3333"; keys Enter
wait_for "MODE FORMATION"
wait_for "autorisé par Sophie"
wait_for "Connectez-vous"
typ "1111"; keys Enter
wait_for "La caisse est ouverte depuis"
wait_for "MODE FORMATION"
typ "5"; keys Enter
wait_for "Veste"
keys Enter Enter
wait_for "Vente n° F-1 enregistrée — rendu 0,00 €"
wait_for "Ticket imprimé."
grep -aq "FACTICE - MODE FORMATION" "$PRN" || fail "le ticket de formation doit porter FACTICE"
LC_ALL=C grep -aq "Ticket n. F-1" "$PRN" || fail "le ticket de formation doit porter le numéro F-1"
LC_ALL=C grep -aq "D.MONSTRATION" "$PRN" || fail "le ticket de la démonstration doit porter DÉMONSTRATION"
if LC_ALL=C grep -aq $'\x1bp' "$PRN"; then fail "aucune commande d'ouverture du tiroir (1B 70) en formation"; fi
# A duplicate typed as F-1 (F7) is the same practice ticket.
typ "F-1"; keys F7
wait_for "Duplicata du ticket n° F-1 imprimé."
if LC_ALL=C grep -aq $'\x1bp' "$PRN"; then fail "aucune commande d'ouverture du tiroir (1B 70) en formation"; fi
COPY="$(ls "$WORK"/boutique.formation.*.sqlite)"
[ "$(printf '%s\n' "$COPY" | wc -l)" = 1 ] || fail "une seule copie de formation, au nom de la caisse"
[ "$(sqlite3 "$COPY" "SELECT COUNT(*) FROM tickets")" = 1 ] || fail "la vente fictive est dans la base de formation"
grep -q "^OK" <<<"$("$BIN" verify --db "$COPY")" || fail "verify de la base de formation"

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
typ "3333"; keys Enter
wait_for "Retour à la vraie caisse"
wait_gone "MODE FORMATION"
keys F10
wait_for "Quitter Comptoir ?"
keys o
wait_for "FIN-DU-PROGRAMME code=0"

[ "$(sqlite3 "$DB" "SELECT COUNT(*) FROM tickets")" = 0 ] || fail "aucune vente ne doit entrer dans la vraie caisse"
# The copy (the shop's personal data as it was) is deleted when training ends.
if ls "$WORK"/boutique.formation.* >/dev/null 2>&1; then fail "la copie de formation doit être effacée en sortant du mode formation"; fi
# The real journal got the two switches (and the wrong PIN, counted), nothing else.
sophie="$(sqlite3 "$DB" "SELECT id FROM users WHERE first_name = 'Sophie'")"
[ "$(sqlite3 "$DB" "SELECT COUNT(*) FROM journal WHERE kind IN ('training.started', 'training.ended') AND payload LIKE '%\"authorized_by\":$sophie,%' AND payload LIKE '%$(basename "$COPY")%'")" = 2 ] \
  || fail "l'entrée et la sortie du mode formation doivent être au vrai journal, au nom de Sophie"
[ "$(sqlite3 "$DB" "SELECT COUNT(*) FROM journal WHERE seq > $real_last AND kind NOT LIKE 'user.pin%'")" = 2 ] \
  || fail "le vrai journal ne doit rien recevoir d'autre"
"$BIN" verify --db "$DB" | grep -q "^OK" || fail "verify de la vraie base"
echo "OK training_flow"
