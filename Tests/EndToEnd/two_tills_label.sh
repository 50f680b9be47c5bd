#!/usr/bin/env bash
# Two tills (two comptoir processes on one database) scan the same vide-greniers label:
# the first to take the payment sells it; the other's sale is refused and names the ticket
# that sold it, and nothing of it is written.
source "$(dirname "$0")/lib.bash"
DB="$WORK/demo.sqlite"
printf '[till]\nname = "Caisse 1"\n' > "$WORK/c1.toml"
printf '[till]\nname = "Caisse 2"\n' > "$WORK/c2.toml"
# The demo's first rental (Marc, box B03), item 1: Lampe de chevet, 8,00 €; Luhn over 1001 gives 7.
LABEL="V1-0017"

start "$BIN" --demo --db "$DB" --config "$WORK/c1.toml"
wait_for "Qui tient la caisse"
tmux -L "$SOCK" new-session -d -s e2e2 -x 80 -y 24 \
  -e LANG=C.UTF-8 -e LC_ALL= -e HOME="$HOME" -e XDG_DATA_HOME="$XDG_DATA_HOME" -e XDG_CONFIG_HOME="$XDG_CONFIG_HOME" \
  "$(printf '%q ' "$BIN" --demo --db "$DB" --config "$WORK/c2.toml"); echo FIN-DU-PROGRAMME code=\$?; sleep 30"
screen2() { tmux -L "$SOCK" capture-pane -p -t e2e2; }
keys2() { tmux -L "$SOCK" send-keys -t e2e2 "$@"; }
typ2() { tmux -L "$SOCK" send-keys -t e2e2 -l "$1"; }
# Matches across the status line's wrap: the screen's lines joined, runs of spaces as one.
wait_for2() {
  local i
  for i in $(seq 1 150); do screen2 | tr '\n' ' ' | tr -s ' ' | grep -qF -- "$1" && return 0; sleep 0.1; done
  echo "----- caisse 2 -----" >&2; screen2 >&2; fail "caisse 2 : le texte « $1 » n'apparaît pas"
}

typ "1111"; keys Enter
wait_for "Fond de caisse"
typ "20"; keys Enter
wait_for "Caisse ouverte"
wait_for2 "Qui tient la caisse"
keys2 Down Down
typ2 "2222"; keys2 Enter
wait_for2 "Fond de caisse"
typ2 "20"; keys2 Enter
wait_for2 "Caisse ouverte"

# Both tills scan the lamp before either is paid.
typ "$LABEL"; keys Enter
wait_for "B03 Lampe de chevet"
typ2 "$LABEL"; keys2 Enter
wait_for2 "B03 Lampe de chevet"

# Till 1 takes the payment first.
keys Enter
wait_for "Encaissement"
typ "8"; keys Enter
wait_for "Vente n° 1 enregistrée"

# Till 2's sale is refused, naming ticket 1; its ticket stays open, nothing is written.
keys2 Enter
wait_for2 "Encaissement"
typ2 "10"; keys2 Enter
wait_for2 "Vente NON enregistrée"
wait_for2 "déjà vendu, ticket n° 1"
keys2 Escape
wait_for2 "B03 Lampe de chevet"
keys2 F4
wait_for2 "Code : "
typ2 "$LABEL"; keys2 Enter
wait_for2 "est déjà vendu, ticket n° 1 : il ne se vend qu'une fois."

keys F10; wait_for "Quitter Comptoir"; keys o; wait_for "FIN-DU-PROGRAMME code=0"
keys2 F10; wait_for2 "Quitter Comptoir"; keys2 o; wait_for2 "FIN-DU-PROGRAMME code=0"

[ "$(sqlite3 "$DB" "SELECT COUNT(*) FROM tickets")" = 1 ] || fail "un seul ticket devrait être enregistré"
[ "$(sqlite3 "$DB" "SELECT COUNT(*) FROM item_movements WHERE kind = 'vente'")" = 1 ] || fail "l'article ne se vend qu'une fois"
out="$("$BIN" verify --db "$DB")" || fail "verify : $out"
[[ "$out" == OK* ]] || fail "verify : $out"
echo "two_tills_label : OK"
