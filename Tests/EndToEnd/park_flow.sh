#!/usr/bin/env bash
# A ticket put aside survives a restart of the program and is resumed, then paid.
source "$(dirname "$0")/lib.bash"
DB="$WORK/demo.sqlite"

start "$BIN" --demo --db "$DB"
wait_for "Qui tient la caisse"
typ "1111"; keys Enter
wait_for "Fond de caisse"
typ "30"; keys Enter
wait_for "Caisse ouverte"
typ "2*4"; keys Enter
wait_for "Robe"
keys F12
wait_for "Ticket mis en attente (6,00 €)"
keys F10
wait_for "Quitter Comptoir ?"
keys o
wait_for "FIN-DU-PROGRAMME code=0"

tmux -L "$SOCK" kill-session -t e2e
start "$BIN" --demo --db "$DB"
wait_for "Qui tient la caisse"
typ "1111"; keys Enter
wait_for "La caisse est ouverte depuis"
keys F12
wait_for "Tickets en attente"
wait_for "2 art.        6,00 €"
keys Enter
wait_for "Ticket repris : 2 article(s), 6,00 €."
keys Enter Enter
wait_for "Vente n° 1 enregistrée — rendu 0,00 €"
keys F12
wait_for "Aucun ticket en attente."

# Cancel ticket 1 by a counter-entry: a responsable's PIN and a reason.
typ "1"; keys M-k
wait_for "Annuler le ticket n° 1"
wait_for "Total"
typ "9999"; keys Tab; typ "erreur de caisse"; keys Enter
wait_for "Ticket n° 1 annulé par le ticket n° 2 (autorisé par Jean). Rendez 6,00 €"
# A ticket already cancelled is refused before any PIN.
typ "1"; keys M-k
wait_for "déjà annulé (ticket n° 2)"
keys F10
wait_for "Quitter Comptoir ?"
keys o
wait_for "FIN-DU-PROGRAMME code=0"
out="$("$BIN" verify --db "$DB")" || fail "verify : $out"
[ "$(sqlite3 "$DB" "SELECT kind || ':' || total_cents || ':' || reason FROM tickets WHERE number = 2")" = "cancellation:-600:erreur de caisse" ] || fail "ticket d'annulation attendu"
echo "OK park_flow"
