#!/usr/bin/env bash
# The end of a day: two sales, the X, the drawer counted (10 c short), the Z by Sophie
# (responsable) printed to the file printer, the session locked, a backup made on the
# "USB stick", the next opening; then a backup by command and a restore that checks first.
source "$(dirname "$0")/lib.bash"
DB="$WORK/demo.sqlite"
PRN="$WORK/imprimante.bin"
USB="$WORK/cle-usb"
mkdir -p "$USB"
printf '[printer]\ntransport = "file"\npath = "%s"\nwidth = 42\n[backup]\nfolder = "%s"\nkeep = 3\n' "$PRN" "$USB" > "$WORK/c.toml"
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
wait_for "Z de la session n° 1 enregistré (écart -0,10 €). Sauvegarde :"
[ "$(ls "$USB" | grep -c '^comptoir-.*\.sqlite$')" = 1 ] || fail "une sauvegarde devrait être sur la clé : $(ls "$USB")"
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

# A backup by command, checked; a restore of the copy made after the Z (before the new
# session): it verifies first and keeps the replaced base aside.
sleep 1
out="$("$BIN" backup --db "$DB" --config "$WORK/c.toml")" || fail "backup : $out"
[[ "$out" == "Sauvegarde écrite : $USB/comptoir-"*"(OK — "* ]] || fail "backup : $out"
first="$(ls "$USB" | sort | head -1)"
out="$(echo 3333 | "$BIN" restore "$USB/$first" --db "$DB" --config "$WORK/c.toml" --as Sophie)" || fail "restore : $out"
echo "$out" | grep -q "Base restaurée depuis .*: OK — " || fail "restore : $out"
echo "$out" | grep -q "L'ancienne base est gardée" || fail "restore : $out"
[ "$(sqlite3 "$DB" "SELECT COUNT(*) FROM till_sessions")" = 1 ] || fail "la base restaurée est celle d'après le Z"
# A backup altered behind the journal is refused, nothing replaced.
sqlite3 "$USB/$first" "DROP TRIGGER payments_no_update; UPDATE payments SET amount_cents = 1;"
if out="$(echo 3333 | "$BIN" restore "$USB/$first" --db "$DB" --config "$WORK/c.toml" --as Sophie 2>&1)"; then
  fail "une sauvegarde abîmée devrait être refusée : $out"
fi
[ "$(sqlite3 "$DB" "SELECT COUNT(*) FROM till_sessions")" = 1 ] || fail "rien n'aurait dû être remplacé"
# The year's FEC with an account of the settings: the friperie's sales on 706000.
printf '[shop]\nsiret = "123 456 789 00012"\n[comptes]\nfriperie = "706000"\n' > "$WORK/fec.toml"
out="$("$BIN" export fec --db "$DB" --config "$WORK/fec.toml" --year "$(TZ=Europe/Paris date +%Y)" "$WORK")" || fail "export fec : $out"
fec="$WORK/123456789FEC$(TZ=Europe/Paris date +%Y)1231.txt"
grep -q "|706000|Ventes friperie|||Z1|.*|0,00|4,50|" "$fec" || fail "le FEC devrait créditer 706000 de 4,50 : $(cat "$fec")"
awk -F'|' 'NR > 1 && NF != 18 { bad = 1 } END { exit bad }' "$fec" || fail "chaque ligne du FEC a 18 colonnes"
# The same day's FEC in latin9: byte for byte what iconv makes of the UTF-8 one.
day="$(TZ=Europe/Paris date +%Y-%m-%d)"
mkdir "$WORK/latin9"
out="$("$BIN" export fec --db "$DB" --config "$WORK/fec.toml" --from "$day" --to "$day" --encoding latin9 "$WORK/latin9")" \
  || fail "export fec latin9 : $out"
l9="$WORK/latin9/123456789FEC${day//-/}.txt"
iconv -f UTF-8 -t ISO-8859-15 "$fec" | cmp -s - "$l9" || fail "le FEC latin9 devrait être le FEC UTF-8 converti en ISO-8859-15"
LC_ALL=C grep -q "|LOY1|" "$l9" && LC_ALL=C grep -q $'|DEP000001|LEF\xc8VRE Marc|' "$l9" \
  || fail "le FEC latin9 devrait écrire È en un octet (C8) : $(od -c "$l9" | head -20)"
# Each line of the sellers' account names its seller; the other lines leave both columns empty.
awk -F'|' 'NR > 1 && (($5 == "467100") != ($7 ~ /^DEP[0-9][0-9][0-9][0-9][0-9][0-9]$/ && $8 != "")) { bad = 1 } END { exit bad }' "$fec" \
  || fail "CompAuxNum/CompAuxLib sur les seules lignes 467100 : $(cat "$fec")"
grep -q "|467100|Déposants|DEP000001|LEFÈVRE Marc|LOY1|" "$fec" || fail "le loyer de Marc Lefèvre porte son compte auxiliaire : $(cat "$fec")"

# The day's figures say which legal mention the receipts print.
"$BIN" report day --db "$DB" --config "$WORK/c.toml" | grep -q "^Mention légale  *[A-Z]" || fail "report day : la mention légale attendue"
"$BIN" report day --db "$DB" --config "$WORK/c.toml" --format json | grep -q '"mention_legale" : "' || fail "report day json : mention_legale attendue"

# The same books as a plain-text journal, read by hledger: the friperie's 4,50 on 706000.
year="$(TZ=Europe/Paris date +%Y)"
out="$("$BIN" export journal --db "$DB" --config "$WORK/fec.toml" --year "$year" "$WORK/compta.journal")" || fail "export journal : $out"
bal="$(hledger -f "$WORK/compta.journal" balance --flat --no-total 706000)" || fail "hledger ne lit pas le journal : $bal"
grep -q -- "-4.50 EUR  706000 Ventes friperie" <<<"$bal" || fail "hledger devrait donner -4.50 EUR sur 706000 : $bal"
echo "closing_flow : OK"
