#!/usr/bin/env bash
# A sale, the Z, then `comptoir report z 1 --print`: a DUPLICATA with the same figures on
# the file printer, journaled; the till restarted with its session open says its last
# ticket, and F7 reprints it.
source "$(dirname "$0")/lib.bash"
DB="$WORK/demo.sqlite"
PRN="$WORK/imprimante.bin"
printf '[printer]\ntransport = "file"\npath = "%s"\nwidth = 42\n' "$PRN" > "$WORK/c.toml"
printed() { iconv -f CP858 -t UTF-8 "$PRN" 2>/dev/null || cat "$PRN"; }

start "$BIN" --demo --db "$DB" --config "$WORK/c.toml"
open_till 1111 50
typ "2*1"; keys Enter
wait_for "T-shirt"
keys Enter
wait_for "Encaissement"
typ "5"; keys Enter
wait_for "son ticket n° 1 ?"
keys n
wait_for "Vente n° 1 enregistrée"
# Quit without the Z: the next start says the last ticket, and F7 reprints it.
keys F10; wait_for "Quitter Comptoir"; keys o; wait_for "FIN-DU-PROGRAMME code=0"
tmux -L "$SOCK" kill-server
start "$BIN" --demo --db "$DB" --config "$WORK/c.toml"
wait_for "Dernier ticket enregistré à cette caisse : n° 1, 2,00 € à "
typ "1111"; keys Enter
wait_for "La caisse est ouverte depuis"
keys F7
# The « Impression… » notice may already be replaced by « Duplicata … imprimé. »: wait for either.
wait_for "uplicata du ticket n° 1"
for i in $(seq 1 50); do
  [ "$(sqlite3 "$DB" "SELECT COUNT(*) FROM journal WHERE kind = 'ticket.reprinted'")" = 1 ] && break
  sleep 0.1
done
[ "$(sqlite3 "$DB" "SELECT COUNT(*) FROM journal WHERE kind = 'ticket.reprinted'")" = 1 ] || fail "F7 après redémarrage"

keys M-z
wait_for "Clôture de la caisse"
keys Down Down Down; typ "1"
keys Down Down Down Down Down; typ "2"
wait_for "Écart                         0,00 €"
keys F5
wait_for "Z de la session n° 1"
keys Down Down
typ "3333"; keys Enter
wait_for "Z de la session n° 1 enregistré"
keys F10; wait_for "Quitter Comptoir"; keys o; wait_for "FIN-DU-PROGRAMME code=0"
printed | grep -aq "CLÔTURE DE CAISSE" || fail "le Z devrait être imprimé"
rm -f "$PRN"

out="$("$BIN" report z 1 --db "$DB" --config "$WORK/c.toml")" || fail "report z : $out"
grep -q "DUPLICATA" <<<"$out" || fail "report z affiche le Z : $out"
grep -qE "Espèces comptées +52,00 €" <<<"$out" || fail "report z : $out"
[ ! -f "$PRN" ] || fail "sans --print rien ne s'imprime"
out="$("$BIN" report z 1 --print --db "$DB" --config "$WORK/c.toml")" || fail "report z --print : $out"
grep -q "Duplicata du Z de la session n° 1 imprimé" <<<"$out" || fail "report z --print : $out"
printed | grep -aq "DUPLICATA" || fail "le duplicata porte DUPLICATA"
printed | grep -aq "CLÔTURE DE CAISSE" || fail "le duplicata est le Z"
printed | grep -aqE "Total +2,00 €" || fail "mêmes totaux : $(printed | grep -a Total)"
printed | grep -aqE "Espèces comptées +52,00 €" || fail "même comptage"
[ "$(sqlite3 "$DB" "SELECT COUNT(*) FROM journal WHERE kind = 'closing.reprinted'")" = 1 ] || fail "la réimpression du Z doit être au journal"
"$BIN" report z 9 --db "$DB" --config "$WORK/c.toml" 2>"$WORK/err" >/dev/null && fail "pas de Z pour la session 9"
grep -q "La session n° 9 n'a pas de Z." "$WORK/err" || fail "message attendu ($(cat "$WORK/err"))"
out="$("$BIN" verify --db "$DB")" || fail "verify : $out"
[[ "$out" == OK* ]] || fail "verify : $out"
echo "z_reprint : OK"
