#!/usr/bin/env bash
# The ledger cannot lie, even to someone who holds the file: a journal rewritten and
# re-hashed with sqlite3 and python3 verifies on its own, but not against the backup taken
# before; a deleted tail is caught with both numbers; the witness file catches them too.
source "$(dirname "$0")/lib.bash"
HERE="$(cd "$(dirname "$0")" && pwd)"
command -v python3 >/dev/null || fail "python3 est nécessaire à ce test (apt-get install python3)"
DB="$WORK/boutique/demo.sqlite"
USB="$WORK/cle-usb"
mkdir -p "$USB" "$WORK/boutique"
CONFIG="$WORK/comptoir.toml"
# An older installation's [shop] gives the shop its name and address (copied once into the base).
printf '[shop]\nname = "Boutique des ancres"\naddress = ["1 rue du Port", "62200 Boulogne"]\n[backup]\nfolder = "%s"\n[ledger]\nwitness = "%s"\n' "$USB" "$WORK/temoin.txt" > "$CONFIG"

# The demo's people and catalogue, then one sale at the shop's till (not the demo: only
# the shop's own base writes to its witness), then a backup on the stick.
"$BIN" users --demo --db "$DB" >/dev/null || fail "base de démonstration"
[ ! -e "$WORK/temoin.txt" ] || fail "la démonstration n'écrit pas dans le témoin"
start "$BIN" --db "$DB" --config "$CONFIG"
open_till 1111 50
typ "1"; keys Enter
wait_for "T-shirt"
keys Enter
wait_for "Total du ticket"
typ "10"; keys Enter
wait_for "Vente n° 1 enregistrée"
keys F10
wait_for "Quitter Comptoir ?"
keys o
wait_for "FIN-DU-PROGRAMME code=0"
[ "$(tail -1 "$WORK/temoin.txt")" = "$(sqlite3 "$DB" "SELECT seq || ' ' || hash FROM journal ORDER BY seq DESC LIMIT 1")" ] \
  || fail "la dernière ligne du témoin est la dernière entrée : $(tail -1 "$WORK/temoin.txt")"
[ "$(wc -l < "$WORK/temoin.txt")" -ge 2 ] || fail "une ligne par entrée (ouverture de caisse, vente)"
out="$("$BIN" backup --db "$DB" --config "$CONFIG")" || fail "backup : $out"
out="$("$BIN" verify --db "$DB" --config "$CONFIG")" || fail "verify avant : $out"
grep -q "^OK — .* ; 2 ancres vérifiées (1 sauvegarde, 1 témoin)$" <<<"$out" || fail "verify avant : $out"
cp "$DB" "$WORK/intacte.sqlite"

# (a) The ticket rewritten everywhere and the whole chain re-hashed: the base alone agrees.
seq="$(python3 "$HERE/rehash_journal.py" "$DB" "T-shirt" "T-shirs")" || fail "réécriture"
out="$("$BIN" verify --db "$DB")" || fail "la base seule ne peut pas voir la réécriture : $out"
if out="$("$BIN" verify --db "$DB" --config "$CONFIG")"; then fail "verify aurait dû refuser : $out"; else code=$?; fi
[ "$code" = 1 ] || fail "code de sortie 1 attendu, pas $code : $out"
grep -q "ERREUR — la sauvegarde comptoir-.*\.sqlite : la chaîne a été réécrite à partir de l'entrée n° $seq " <<<"$out" || fail "sauvegarde : $out"
grep -q "ERREUR — le témoin $WORK/temoin.txt : la chaîne a été réécrite à partir de l'entrée n° $seq " <<<"$out" || fail "témoin : $out"
backup="$(ls "$USB"/comptoir-*.sqlite)"
if out="$("$BIN" verify --db "$DB" --against "$backup")"; then fail "--against aurait dû refuser : $out"; fi
grep -q "réécrite à partir de l'entrée n° $seq " <<<"$out" || fail "--against : $out"

# A head printed on a Z or a receipt: right on the intact base, wrong on the rewritten one.
head="$(sqlite3 "$WORK/intacte.sqlite" "SELECT seq || ':' || substr(hash, 1, 16) FROM journal ORDER BY seq DESC LIMIT 1")"
"$BIN" verify --db "$WORK/intacte.sqlite" --head "$head" | grep -q "1 ligne imprimée" || fail "--head sur la base intacte"
if out="$("$BIN" verify --db "$DB" --head "$head")"; then fail "--head aurait dû refuser : $out"; fi
grep -q "n'a plus l'empreinte imprimée" <<<"$out" || fail "--head : $out"

# (b) The tail deleted (the last entry and its row, triggers dropped): caught against the backup.
cp "$WORK/intacte.sqlite" "$DB"; rm -f "$DB-wal" "$DB-shm"
printf '3333\n4444\n4444\n' | "$BIN" users add Zoé --as Sophie --db "$DB" --config "$CONFIG" >/dev/null || fail "users add"
last="$(sqlite3 "$DB" "SELECT MAX(seq) FROM journal")"
rm -f "$USB"/*.sqlite
"$BIN" backup --db "$DB" --config "$CONFIG" >/dev/null || fail "backup 2"
trigger="$(sqlite3 "$DB" "SELECT sql FROM sqlite_master WHERE name = 'journal_no_delete'")"
# The backup's own mention (backup.made) came after it: the tail is both entries.
[ "$(sqlite3 "$DB" "SELECT kind FROM journal WHERE seq = $((last + 1))")" = backup.made ] || fail "backup.made après la sauvegarde"
sqlite3 "$DB" "DROP TRIGGER journal_no_delete; DELETE FROM journal WHERE seq >= $last; DELETE FROM users WHERE first_name = 'Zoé'; $trigger;"
out="$("$BIN" verify --db "$DB")" || fail "la base tronquée se vérifie seule : $out"
if out="$("$BIN" verify --db "$DB" --config "$CONFIG")"; then fail "verify aurait dû refuser la fin supprimée : $out"; fi
grep -q "la fin du journal a été supprimée : la sauvegarde du [0-9/]* va jusqu'à l'entrée n° $last, la base s'arrête au n° $((last - 1))" <<<"$out" \
  || fail "fin supprimée : $out"
grep -q "le témoin va jusqu'à l'entrée n° $((last + 1))" <<<"$out" || fail "témoin de la fin supprimée : $out"

# A mistyped base: said, nothing created, exit code not 0.
if out="$("$BIN" verify --db "$WORK/faute/x.sqlite" 2>&1)"; then fail "une base absente : $out"; fi
grep -q "Il n'y a pas de base Comptoir à « $WORK/faute/x.sqlite »" <<<"$out" || fail "base absente : $out"
[ ! -e "$WORK/faute" ] || fail "rien n'aurait dû être créé"
echo "OK anchors_flow"
