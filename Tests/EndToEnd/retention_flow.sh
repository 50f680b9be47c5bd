#!/usr/bin/env bash
# Retention (RGPD): six years later (faketime), `comptoir retention apply` erases the
# demo's households, replaces its sellers' identities by pseudonyms and erases the donors'
# names; `strings` on the base then finds none of their names, phones, ID numbers or
# domiciles, and `verify` still says OK. A bénévole cannot run it.
source "$(dirname "$0")/lib.bash"
DB="$WORK/demo.sqlite"
command -v faketime > /dev/null || fail "faketime manque : ./install.sh --test l'installe"

"$BIN" users --demo --db "$DB" > /dev/null || fail "création de la démo"
personal='Martin|Lefèvre|DEMO12345|DEMO67890|06 11 22 33 44|07 55 66 77 88|rue de la Gare|lucie.petit@example.org'
# Whole outputs, then grep: with pipefail, grep -q stopping early would fail `strings`.
grep -qE "$personal" <<<"$(strings "$DB")" || fail "la démo devrait contenir des noms avant la purge"

# The seller's access request shows their whole file (Lucie Petit is n° 2 in the demo).
out="$(echo 3333 | "$BIN" sellers show 2 --demo --db "$DB" --as Sophie 2>&1)" || fail "sellers show : $out"
grep -q "^Domicile *8 allée des Tilleuls, 62300 Lens" <<<"$out" || fail "sellers show : $out"
grep -q "passeport n° DEMO67890" <<<"$out" || fail "sellers show : $out"

out="$(echo 1111 | "$BIN" retention apply --demo --db "$DB" --as Camille 2>&1)" && fail "un bénévole ne devrait pas pouvoir : $out"
out="$(echo 3333 | "$BIN" retention apply --demo --db "$DB" --as Sophie 2>&1)" || fail "retention apply : $out"
grep -q "0 fiche(s) effacée(s)" <<<"$out" || fail "rien ne devrait être effacé aujourd'hui : $out"
grep -qE "$personal" <<<"$(strings "$DB")" || fail "rien ne devrait être effacé avant les délais"

future="$(date -d '+6 years' '+%Y-%m-%d %H:%M:%S')"
out="$(echo 3333 | faketime "$future" "$BIN" retention apply --demo --db "$DB" --as Sophie 2>&1)" || fail "retention apply : $out"
grep -q "2 identité(s) remplacée(s) par un pseudonyme" <<<"$out" || fail "retention apply : $out"
left="$(grep -E "$personal" <<<"$(strings "$DB")" || true)"
[ -z "$left" ] || fail "encore lisible dans la base : $left"
out="$(echo 3333 | "$BIN" sellers show 2 --demo --db "$DB" --as Sophie 2>&1)" || fail "sellers show : $out"
grep -q "^Nom *Déposant n° 2" <<<"$out" || fail "le pseudonyme devrait remplacer le nom : $out"
grep -q "B05" <<<"$out" || fail "les locations restent : $out"
out="$("$BIN" verify --db "$DB")" || fail "verify : $out"
[[ "$out" == OK* ]] || fail "verify : $out"
# The journal says how many, never who.
[ "$(sqlite3 "$DB" "SELECT COUNT(*) FROM journal WHERE kind = 'seller.pseudonymized'")" = 2 ] || fail "pseudonymes au journal"
grep -q '"sellers":2' <<<"$(sqlite3 "$DB" "SELECT payload FROM journal WHERE kind = 'retention.applied' ORDER BY seq DESC LIMIT 1")" \
  || fail "l'application des durées devrait être au journal"
echo "OK retention_flow"
