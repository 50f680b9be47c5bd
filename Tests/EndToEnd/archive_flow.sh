#!/usr/bin/env bash
# The sealed archive of the year: written by Sophie (responsable) with its progress bar,
# verified, then refused once one byte is altered; a bénévole may not write one.
source "$(dirname "$0")/lib.bash"
DB="$WORK/demo.sqlite"
ZIP="$WORK/archive.zip"
YEAR="$(TZ=Europe/Paris date +%Y)"

start "$BIN" archive --demo --db "$DB" --year "$YEAR" "$ZIP" --as Sophie
wait_for "Code PIN de Sophie"
typ "3333"; keys Enter
wait_for "FIN-DU-PROGRAMME code=0"
screen | grep -qE "^Archive $YEAR  \[█+\]  100 %" || fail "la barre de progression devrait finir à 100 %"
wait_for "Archive de $YEAR écrite : $ZIP"
wait_for "Clé de scellement :"
[ "$(stat -c %a "$ZIP")" = 600 ] && [ "$(stat -c %a "$DB.cle")" = 600 ] || fail "l'archive et la clé sont lisibles par leur seul propriétaire"

out="$("$BIN" verify-archive --demo --db "$DB" "$ZIP")" || fail "verify-archive : $out"
grep -q "^Archive intacte : exercice $YEAR" <<<"$out" || fail "verify-archive : $out"
grep -q "Elle est de cette boutique" <<<"$out" || fail "verify-archive : $out"
out="$("$BIN" verify --db "$DB")" || fail "verify : $out"
[[ "$out" == OK* ]] || fail "verify : $out"
[ "$(sqlite3 "$DB" "SELECT kind FROM journal ORDER BY seq DESC LIMIT 1")" = archive.sealed ] || fail "l'archive est inscrite au journal"

# One byte altered in the middle of the file: refused, exit code 1.
cp "$ZIP" "$WORK/alteree.zip"
offset=$(( $(stat -c %s "$ZIP") / 2 ))
byte=$(od -An -tu1 -j "$offset" -N1 "$WORK/alteree.zip" | tr -d ' ')
printf "$(printf '\\%03o' $(( byte ^ 1 )))" | dd of="$WORK/alteree.zip" bs=1 seek="$offset" conv=notrunc status=none
cmp -s "$ZIP" "$WORK/alteree.zip" && fail "l'octet aurait dû changer"
if out="$("$BIN" verify-archive --db "$DB" "$WORK/alteree.zip" 2>&1)"; then fail "une archive modifiée devrait être refusée : $out"; fi
grep -q "^Archive refusée : " <<<"$out" || fail "verify-archive : $out"

# A bénévole is refused and nothing is written; an existing archive is never replaced.
if out="$(echo 1111 | "$BIN" archive --db "$DB" --year "$YEAR" "$WORK/b.zip" --as Camille 2>&1)"; then fail "un bénévole ne peut pas archiver : $out"; fi
[ ! -e "$WORK/b.zip" ] || fail "rien n'aurait dû être écrit"
if out="$(echo 3333 | "$BIN" archive --db "$DB" --year "$YEAR" "$ZIP" --as Sophie 2>&1)"; then fail "l'archive existante devait rester : $out"; fi
grep -q "existe déjà" <<<"$out" || fail "archive : $out"
echo "archive_flow : OK"
