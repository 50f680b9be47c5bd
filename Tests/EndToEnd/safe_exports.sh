#!/usr/bin/env bash
# Exports written safely: never through a symlink nor over the base (even with --force),
# an existing file only with --force, every export 0600; formula cells come back in the
# CSV with a leading ' and import back unchanged; a control character in an import is
# refused with its line. No screen: the commands alone.
source "$(dirname "$0")/lib.bash"
DB="$WORK/boutique.sqlite"
cd "$WORK"
today="$(TZ=Europe/Paris date +%d/%m/%Y)"
year="$(TZ=Europe/Paris date +%Y)"

printf '1234\n1234\n' | "$BIN" users add Sophie --role admin --db "$DB" >/dev/null || fail "compte de Sophie"
base_sum="$(sha256sum "$DB" | cut -d' ' -f1)"

# A symlink to the base where the export goes: refused, even with --force; the base still verifies.
ln -s "$DB" lien.csv
"$BIN" export products lien.csv --force --db "$DB" >/dev/null 2>err && fail "un lien vers la base aurait dû être refusé"
grep -q "lien symbolique" err || fail "message sur le lien attendu ($(cat err))"
[ -L lien.csv ] || fail "le lien devait rester tel quel"
"$BIN" export products "$DB" --force --db "$DB" >/dev/null 2>err && fail "la base elle-même aurait dû être refusée"
grep -q "la base de Comptoir" err || fail "message sur la base attendu ($(cat err))"
"$BIN" export products "$WORK/./boutique.sqlite-wal" --db "$DB" >/dev/null 2>err && fail "le -wal de la base aurait dû être refusé"
ln "$DB" lien-dur.csv
"$BIN" export products lien-dur.csv --force --db "$DB" >/dev/null 2>err && fail "un lien dur vers la base aurait dû être refusé"
grep -q "la base de Comptoir" err || fail "message sur le lien dur attendu ($(cat err))"
rm lien-dur.csv
[ "$(sha256sum "$DB" | cut -d' ' -f1)" = "$base_sum" ] || fail "la base a changé"
"$BIN" verify --db "$DB" | grep -q "^OK" || fail "verify après les refus"

# An existing file: kept without --force, replaced with it; never a partial file left beside.
echo ancien > catalogue.csv
"$BIN" export products catalogue.csv --db "$DB" >/dev/null 2>err && fail "un fichier existant ne se remplace pas sans --force"
grep -q -- "--force" err || fail "message sur --force attendu"
[ "$(cat catalogue.csv)" = ancien ] || fail "le fichier existant devait rester tel quel"
"$BIN" export products catalogue.csv --force --db "$DB" >/dev/null || fail "export avec --force"
[ "$(stat -c %a catalogue.csv)" = 600 ] || fail "l'export devrait être en 0600"
ls | grep -q partiel && fail "un fichier partiel est resté"

# The FEC is private too.
printf '[shop]\nsiret = "123 456 789 00012"\n' > "$WORK/fec.toml"
mkdir fec
"$BIN" export fec --db "$DB" --config "$WORK/fec.toml" --year "$year" fec >/dev/null || fail "export fec"
fec_file="$(ls fec/*FEC*.txt)"
[ "$(stat -c %a "$fec_file")" = 600 ] || fail "le FEC devrait être en 0600 ($(stat -c %a "$fec_file"))"
# A period by its days: the file is named after the last one. Bad input: a French message,
# a non-zero exit, nothing written.
"$BIN" export fec --db "$DB" --config "$WORK/fec.toml" --from 2026-09-01 --to 31/08/2027 fec >out || fail "export fec --from/--to"
[ -f fec/123456789FEC20270831.txt ] || fail "le FEC d'une période porte son dernier jour ($(ls fec))"
grep -q "du 01/09/2026 au 31/08/2027" out || fail "la sortie devait dire la période ($(cat out))"
mkdir refus
refuse_fec() {
  local expected="$1"; shift
  "$BIN" export fec --db "$DB" --config "$WORK/fec.toml" "$@" refus >out 2>err && fail "export fec $* aurait dû être refusé"
  grep -q -- "$expected" err || fail "export fec $* : « $expected » attendu ($(cat err))"
  [ -z "$(ls refus)" ] || fail "export fec $* : rien ne devait être écrit ($(ls refus))"
}
refuse_fec "--from doit précéder --to" --from 2027-08-31 --to 2026-09-01
refuse_fec "« 2026-02-30 » n'est pas une date" --from 2026-02-30 --to 2026-12-31
refuse_fec "Codage « latin1 » inconnu" --year 2026 --encoding latin1
refuse_fec "--from et --to vont ensemble" --from 2026-01-01
refuse_fec "pas les deux" --year 2026 --from 2026-01-01 --to 2026-12-31
refuse_fec "Indiquez la période"

# A formula in a household's name: exported with a leading ', re-imported unchanged.
{
  echo "numero;nom;telephone;adultes;enfants;enfants_handicapes;ressources;charges;prestations;qf_caf;orienteur;droits_du;droits_au;suspendu"
  echo ";\"=HYPERLINK(\"\"http://x.example\"\";\"\"clic\"\")\";+33 6 12 34 56 78;2;0;;800;;;;@CCAS;$today;;non"
} > foyers.csv
printf '1234\n' | "$BIN" import households foyers.csv --as Sophie --db "$DB" | grep -q "^1 foyer importé.$" || fail "import du foyer"
printf '1234\n' | "$BIN" export households export.csv --as Sophie --db "$DB" >/dev/null || fail "export des foyers"
grep -q "'=HYPERLINK(" export.csv || fail "la formule devait sortir précédée de ' ($(cat export.csv))"
grep -q ";'+33 6 12 34 56 78;" export.csv || fail "le + devait sortir précédé de '"
grep -q ";'@CCAS;" export.csv || fail "le @ devait sortir précédé de '"
printf '1234\n' | "$BIN" import households export.csv --as Sophie --db "$DB" | grep -q "^0 foyer importé, 1 déjà à jour.$" \
  || fail "le réimport devait trouver le foyer inchangé"
printf '1234\n' | "$BIN" households show 1 --as Sophie --db "$DB" | grep -q '^Nom ou pseudonyme *=HYPERLINK("http://x.example";"clic")$' \
  || fail "le nom stocké devait être la formule telle quelle"

# A control character in an import line: refused with its line, nothing written.
{
  echo "numero;nom;telephone;adultes;enfants;enfants_handicapes;ressources;charges;prestations;qf_caf;orienteur;droits_du;droits_au;suspendu"
  echo ";Martin;;1;0;;800;;;;;$today;;"
  printf ';Dupont\033[2J;;1;0;;800;;;;;%s;;\n' "$today"
} > controle.csv
printf '1234\n' | "$BIN" import households controle.csv --as Sophie --db "$DB" >/dev/null 2>err && fail "un caractère de contrôle aurait dû tout refuser"
grep -q "^Ligne 3 : nom : caractère de contrôle invisible (U+001B)" err || fail "ligne 3 attendue ($(cat err))"
grep -q "Rien n'a été importé." err || fail "« Rien n'a été importé. » attendu"
printf '1234\n' | "$BIN" households show 2 --as Sophie --db "$DB" >/dev/null 2>&1 && fail "Martin ne devait pas être importé"
# A control character already stored (a first name typed with an escape) is shown, never sent.
printf '1234\n1111\n1111\n' | "$BIN" users add "$(printf 'Eve\033[2J')" --as Sophie --db "$DB" >out || fail "compte d'Eve"
"$BIN" users --db "$DB" >>out || fail "liste des comptes"
grep -q "$(printf '\033')" out && fail "un caractère d'échappement est arrivé au terminal ($(cat -v out))"
grep -q "^Eve�\[2J " out || fail "Eve devait s'afficher avec � ($(cat -v out))"
"$BIN" verify --db "$DB" | grep -q "^OK" || fail "verify à la fin"

# Every export written is journaled: its kind, the file's name without its folder, the
# responsable when one identified; a refused one is not.
kinds="$(sqlite3 "$DB" "SELECT json_extract(payload, '$.kind') || ':' || json_extract(payload, '$.file') FROM journal WHERE kind = 'export.written' ORDER BY seq" | tr '\n' ' ')"
[ "$kinds" = "produits:catalogue.csv fec:$(basename "$fec_file") fec:123456789FEC20270831.txt foyers:export.csv " ] || fail "exports au journal : $kinds"
who="$(sqlite3 "$DB" "SELECT operator_id FROM journal WHERE kind = 'export.written' AND payload LIKE '%foyers%'")"
[ "$who" = "$(sqlite3 "$DB" "SELECT id FROM users WHERE first_name = 'Sophie'")" ] || fail "le responsable de l'export des foyers : $who"
sqlite3 "$DB" "SELECT payload FROM journal WHERE kind = 'export.written'" | grep -q "$WORK" && fail "un dossier est au journal"

# A backup is journaled in the base, not in the copy; an export read from the copy writes
# nothing into it (its journal must stay a part of the base's history) and says so.
mkdir sauvegardes
"$BIN" backup sauvegardes --db "$DB" >/dev/null || fail "sauvegarde"
copy="$(ls sauvegardes/comptoir-*.sqlite)"
head_seq="$(sqlite3 "$copy" "SELECT MAX(seq) FROM journal")"
[ "$(sqlite3 "$DB" "SELECT json_extract(payload, '$.head_seq') FROM journal WHERE kind = 'backup.made'")" = "$head_seq" ] \
  || fail "backup.made attendu avec la tête de la copie ($head_seq)"
copy_sum="$(sha256sum "$copy" | cut -d' ' -f1)"
"$BIN" export products depuis-copie.csv --db "$copy" >/dev/null 2>err || fail "export depuis une sauvegarde"
grep -q "n'est pas noté au journal : .* est une sauvegarde" err || fail "message sur la sauvegarde attendu ($(cat err))"
[ "$(sha256sum "$copy" | cut -d' ' -f1)" = "$copy_sum" ] || fail "la sauvegarde a changé"
"$BIN" verify --db "$DB" | grep -q "^OK" || fail "verify avec les entrées techniques"
echo "OK safe_exports"
