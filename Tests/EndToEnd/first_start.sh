#!/usr/bin/env bash
# First start on a new database: the till asks for the manager account, then the login
# works with it; `comptoir users` manages the volunteers; bad input changes nothing.
source "$(dirname "$0")/lib.bash"
DB="$WORK/boutique.sqlite"

start "$BIN" --db "$DB"
wait_for "Premier démarrage"
refute "DÉMONSTRATION"
typ "Sophie"; keys Enter
typ "1234"; keys Enter
typ "1243"; keys Enter
wait_for "pas identiques"
typ "1234"; keys Enter
wait_for "Compte créé"
# The first start goes on with the shop's settings; Échap leaves them for later, and
# the till then refuses to sell, saying why.
wait_for "réglages de la boutique"
keys Escape
wait_for "la caisse ne vend pas"
wait_for "Code PIN de Sophie"
refute "démo : code"
typ "1234"; keys Enter
# Sophie is the admin: she is sent to the settings; name and address, Entrée to the end.
wait_for "Réglages de la boutique"
typ "Boutique de test"; keys Enter
typ "1 place de l'Église"; keys Enter
for _ in $(seq 1 14); do keys Enter; done
wait_for "Réglages de la boutique enregistrés"
typ "1234"; keys Enter
wait_for "Fond de caisse"
keys F10
wait_for "Quitter Comptoir ?"
keys o
wait_for "FIN-DU-PROGRAMME code=0"
[ "$(stat -c %a "$DB")" = 600 ] || fail "la base devrait être en 0600"

# Without --db, the database lives in the user's data folder, private.
env -u XDG_DATA_HOME "$BIN" users | grep -q "Aucun utilisateur" || fail "base par défaut neuve attendue"
data="$HOME/.local/share/comptoir"
[ -f "$data/comptoir.sqlite" ] || fail "la base par défaut devrait être dans $data"
[ "$(stat -c %a "$data")" = 700 ] || fail "le dossier de données devrait être en 0700"
[ "$(stat -c %a "$data/comptoir.sqlite")" = 600 ] || fail "la base par défaut devrait être en 0600"

# comptoir users: add a volunteer as Sophie, with her PIN; a wrong PIN changes nothing.
printf '9999\n' | "$BIN" users add Lina --role benevole --as Sophie --db "$DB" 2>"$WORK/err" && fail "un mauvais PIN aurait dû être refusé"
grep -q "Code PIN incorrect" "$WORK/err" || fail "message attendu : Code PIN incorrect ($(cat "$WORK/err"))"
printf '1234\n4321\n4321\n' | "$BIN" users add Lina --role benevole --as Sophie --db "$DB" | grep -q "Compte de Lina (bénévole) créé" || fail "ajout de Lina"
"$BIN" users --db "$DB" | grep -q "Lina  *bénévole  *actif" || fail "Lina devrait être listée"
printf '4321\n' | "$BIN" users deactivate Sophie --as Lina --db "$DB" 2>"$WORK/err" && fail "une bénévole ne désactive personne"
grep -q "seul un responsable" "$WORK/err" || fail "message attendu pour une bénévole ($(cat "$WORK/err"))"
printf '1234\n' | "$BIN" users role Lina responsable --as Sophie --db "$DB" | grep -q "Lina est maintenant responsable" || fail "rôle de Lina"
printf '1234\n' | "$BIN" users deactivate Lina --as Sophie --db "$DB" | grep -q "désactivé" || fail "désactivation de Lina"
"$BIN" users --db "$DB" | grep -q "Lina  *responsable  *désactivé" || fail "Lina devrait être désactivée"

# Another program holds the write lock: a clear message after the wait, nothing written.
(printf 'BEGIN IMMEDIATE;\n'; sleep 9; printf 'COMMIT;\n') | sqlite3 "$DB" &
locker=$!
sleep 1
printf '1234\n5678\n5678\n' | "$BIN" users add Zoé --as Sophie --db "$DB" 2>"$WORK/err" && fail "la base occupée aurait dû être signalée"
grep -q "occupée" "$WORK/err" || fail "message attendu : base occupée ($(cat "$WORK/err"))"
wait "$locker"
"$BIN" users --db "$DB" | grep -q "Zoé" && fail "rien n'aurait dû être écrit"
"$BIN" verify --db "$DB" | grep -q "^OK" || fail "verify après la base occupée"

# Not a Comptoir database, and a database from a newer program: clear message, no damage.
printf 'ceci n est pas une base' > "$WORK/texte.sqlite"
before="$(sha256sum "$WORK/texte.sqlite")"
"$BIN" verify --db "$WORK/texte.sqlite" 2>"$WORK/err" && fail "un fichier texte n'est pas une base"
grep -qi "comptoir" "$WORK/err" || fail "message attendu ($(cat "$WORK/err"))"
[ "$before" = "$(sha256sum "$WORK/texte.sqlite")" ] || fail "le fichier a été modifié"
sqlite3 "$DB" "INSERT INTO grdb_migrations VALUES ('v999-futur')"
"$BIN" verify --db "$DB" 2>"$WORK/err" && fail "une base plus récente doit être refusée"
grep -q "plus récente" "$WORK/err" || fail "message attendu : version plus récente ($(cat "$WORK/err"))"

printf '[shop]\nnme = "X"\n' > "$WORK/bad.toml"
"$BIN" verify --db "$DB" --config "$WORK/bad.toml" 2>"$WORK/err" && fail "une clé inconnue doit être refusée"
grep -q "shop.nme" "$WORK/err" || fail "message attendu : clé inconnue ($(cat "$WORK/err"))"

"$BIN" --version | grep -Eq '^[0-9]+\.[0-9]+\.[0-9]+' || fail "--version"
echo "OK first_start"
