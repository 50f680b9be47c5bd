#!/usr/bin/env bash
# Restore keeps the truth, and there is never a silent empty shop: another shop's backup is
# refused and the base is unchanged; a restore is refused while a till runs; a restore is
# journaled; a base gone missing is not replaced by an empty one; a value of the wrong type
# in the master data gives a message, not a crash; read-only commands work on a read-only disk.
source "$(dirname "$0")/lib.bash"
DB="$WORK/boutique/demo.sqlite"
USB="$WORK/cle-usb"
mkdir -p "$USB" "$WORK/boutique"
CONFIG="$WORK/comptoir.toml"
printf '[backup]\nfolder = "%s"\n' "$USB" > "$CONFIG"
"$BIN" users --demo --db "$DB" >/dev/null || fail "base de démonstration"
"$BIN" users --demo --db "$WORK/autre.sqlite" >/dev/null || fail "autre boutique"
"$BIN" backup --db "$WORK/autre.sqlite" "$WORK" >/dev/null || fail "sauvegarde de l'autre boutique"
other="$(ls "$WORK"/comptoir-*.sqlite)"
dump() { sqlite3 "$DB" .dump | sha256sum; }
before="$(dump)"

# (c) Another shop's backup: refused, the base unchanged, nothing put aside.
if out="$(printf '3333\n' | "$BIN" restore "$other" --db "$DB" --as Sophie 2>&1)"; then fail "restauration d'une autre boutique : $out"; fi
grep -q "sauvegarde d'une autre boutique" <<<"$out" || fail "message attendu : autre boutique ($out)"
[ "$before" = "$(dump)" ] || fail "la base a changé"
ls "$WORK/boutique" | grep -q avant-restauration && fail "rien n'aurait dû être mis de côté"

# An empty file and a training copy are refused too.
: > "$WORK/vide.sqlite"
if out="$(printf '3333\n' | "$BIN" restore "$WORK/vide.sqlite" --db "$DB" --as Sophie 2>&1)"; then fail "fichier vide : $out"; fi
grep -q "est vide (0 octet)" <<<"$out" || fail "fichier vide : $out"

# A till is running: the restore is refused until it quits.
"$BIN" backup --db "$DB" --config "$CONFIG" >/dev/null || fail "sauvegarde"
backup="$(ls "$USB"/comptoir-*.sqlite)"
start "$BIN" --demo --db "$DB"
wait_for "Qui tient la caisse"
if out="$(printf '3333\n' | "$BIN" restore "$backup" --db "$DB" --as Sophie 2>&1)"; then fail "une caisse est ouverte : $out"; fi
grep -q "Une caisse est ouverte sur cette base : fermez toutes les caisses puis recommencez." <<<"$out" || fail "caisse ouverte : $out"
keys F10
wait_for "Quitter Comptoir ?"
keys o
wait_for "FIN-DU-PROGRAMME code=0"
out="$(printf '3333\n' | "$BIN" restore "$backup" --db "$DB" --as Sophie 2>&1)" || fail "restauration : $out"
grep -q "^Base restaurée depuis $backup : OK" <<<"$out" || fail "restauration : $out"
[ "$(sqlite3 "$DB" "SELECT kind FROM journal ORDER BY seq DESC LIMIT 1")" = ledger.restored ] || fail "la restauration est au journal"
sqlite3 "$DB" "SELECT payload FROM journal ORDER BY seq DESC LIMIT 1" | grep -q '"backup_file":"comptoir-' || fail "payload de la restauration"

# The base is gone while its backups are there: the till does not open an empty shop.
mv "$DB" "$WORK/ailleurs.sqlite"; rm -f "$DB-wal" "$DB-shm"
if out="$(LANG=C.UTF-8 "$BIN" --db "$DB" --config "$CONFIG" 2>&1 </dev/null)"; then fail "base absente : $out"; else code=$?; fi
[ "$code" = 2 ] || fail "code de sortie 2 attendu, pas $code"
grep -q "est introuvable, alors que cette boutique en avait une" <<<"$out" || fail "base absente : $out"
grep -q "comptoir restore $backup" <<<"$out" || fail "le message dit comment restaurer : $out"
[ ! -e "$DB" ] || fail "aucune base n'aurait dû être créée"
mv "$WORK/ailleurs.sqlite" "$DB"

# A value of the wrong type in the master data: a message naming it, exit code 2, no crash.
grams="$(sqlite3 "$DB" "SELECT quote(average_grams) FROM categories WHERE id = 1")"
sqlite3 "$DB" "UPDATE categories SET average_grams = 'x' WHERE id = 1"
if out="$("$BIN" categories --db "$DB" 2>&1)"; then fail "valeur invalide : $out"; else code=$?; fi
[ "$code" = 2 ] || fail "code de sortie 2 attendu, pas $code : $out"
grep -q "dans la table « categories », la ligne 1 a dans la colonne « average_grams » la valeur 'x'" <<<"$out" || fail "valeur : $out"
if out="$(LANG=C.UTF-8 "$BIN" --db "$DB" 2>&1 </dev/null)"; then fail "la caisse ne démarre pas : $out"; else code=$?; fi
[ "$code" = 2 ] && grep -q "« average_grams »" <<<"$out" || fail "la caisse : code $code, $out"
if out="$("$BIN" verify --db "$DB" 2>&1)"; then fail "verify : $out"; else code=$?; fi
[ "$code" = 1 ] && grep -q "^ERREUR — La base a été modifiée en dehors de Comptoir" <<<"$out" || fail "verify : code $code, $out"
sqlite3 "$DB" "UPDATE categories SET average_grams = $grams WHERE id = 1"

# Read-only commands on a read-only disk: a 0400 copy in a 0500 folder, without -wal or -shm.
RO="$WORK/lecture-seule"
mkdir -p "$RO" "$WORK/nobody"
sqlite3 "$DB" ".backup '$RO/base.sqlite'"
chmod 0400 "$RO/base.sqlite"
as_reader=()
if [ "$(id -u)" = 0 ]; then
  # root ignores permissions: read as nobody, who owns the copy.
  chown -R 65534:65534 "$RO" "$WORK/nobody"
  chmod 0755 "$WORK"
  as_reader=(setpriv --reuid=65534 --regid=65534 --clear-groups env HOME="$WORK/nobody" XDG_DATA_HOME="$WORK/nobody")
  # The build folder may be private (a clone in a 0700 folder): nobody runs a copy.
  install -m 0755 "$BIN" "$WORK/comptoir"
  reader_bin="$WORK/comptoir"
else
  reader_bin="$BIN"
fi
chmod 0500 "$RO"
out="$("${as_reader[@]}" "$reader_bin" verify --db "$RO/base.sqlite" 2>&1)" || fail "verify en lecture seule : $out"
grep -q "^OK — " <<<"$out" || fail "verify en lecture seule : $out"
"${as_reader[@]}" "$reader_bin" report day --db "$RO/base.sqlite" >/dev/null 2>&1 || fail "report en lecture seule"
[ "$(ls -A "$RO")" = base.sqlite ] || fail "rien ne doit être créé à côté : $(ls -A "$RO")"
chmod 0700 "$RO"
echo "OK restore_flow"
