#!/usr/bin/env bash
# A new shop from an empty base to its first printed sale, without editing any file: the
# admin account, then the shop's settings typed on screen (name, address, SIRET, legal
# mention, a file printer), then the categories screen the first start chains into
# (a category created there), then a sale whose receipt carries them.
source "$(dirname "$0")/lib.bash"
DB="$WORK/boutique.sqlite"
PRN="$WORK/imprimante.bin"

start "$BIN" --db "$DB"
wait_for "Premier démarrage"
typ "Nadia"; keys Enter
typ "4321"; keys Enter
typ "4321"; keys Enter
wait_for "Premier démarrage : réglages de la boutique"
wait_for "Compte créé"

# A second till on the same base, started before the settings exist: it waits at the login.
printf '[till]\nname = "Caisse 2"\n' > "$WORK/c2.toml"
tmux -L "$SOCK" new-session -d -s e2e2 -x 80 -y 24 \
  -e LANG=C.UTF-8 -e LC_ALL= -e HOME="$HOME" -e XDG_DATA_HOME="$XDG_DATA_HOME" -e XDG_CONFIG_HOME="$XDG_CONFIG_HOME" \
  "$(printf '%q ' "$BIN" --db "$DB" --config "$WORK/c2.toml"); echo FIN-DU-PROGRAMME code=\$?; sleep 30"
screen2() { tmux -L "$SOCK" capture-pane -p -t e2e2; }
keys2() { tmux -L "$SOCK" send-keys -t e2e2 "$@"; }
typ2() { tmux -L "$SOCK" send-keys -t e2e2 -l "$1"; }
wait_for2() {
  local i
  for i in $(seq 1 150); do screen2 | tr '\n' ' ' | tr -s ' ' | grep -qF -- "$1" && return 0; sleep 0.1; done
  echo "----- caisse 2 -----" >&2; screen2 >&2; fail "caisse 2 : le texte « $1 » n'apparaît pas"
}
wait_for2 "Code PIN de Nadia"

# Entrée on an empty name says why nothing is saved.
for _ in $(seq 1 15); do keys Enter; done
keys Enter
wait_for "Nom de la boutique : tapez le nom"
typ "La Ressourcerie du Ternois"; keys Enter
typ "14 rue des Tisserands"; keys Enter; keys Enter
typ "62130 Saint-Pol-sur-Ternoise"; keys Enter
# A wrong SIRET first: refused in French, then the right one.
typ "732 829 320 00075"; keys F2
wait_for "chiffre de contrôle"
keys BSpace; typ "4"; keys Enter
keys Enter          # mention: the association preset, as it is
keys Enter; keys Enter   # footer lines as they are
keys Right; keys Enter     # printer: file (none → file)
typ "$PRN"; keys Enter
keys Enter          # threshold 100
keys Enter          # activity
keys Enter          # fiscal year start 01/01
keys Enter          # households' files kept 2 years (the law's default)
keys Right; keys Enter     # the registre's sellers: 6 years instead of 5
keys Left; keys Enter      # donors' names: 0 (erased each month); last field, Entrée saves
# Saved, the first start goes on with the categories, as the admin just created.
wait_for "Réglages enregistrés. Créez les catégories"
grep -q '"retention":{"donorNameYears":0,"householdYears":2,"registerYears":6}' \
  <<<"$(sqlite3 "$DB" "SELECT payload FROM journal WHERE kind = 'shop.settings_changed' ORDER BY seq DESC LIMIT 1")" \
  || fail "les durées de conservation choisies à l'écran doivent être au journal"
# The second till takes the new settings within seconds, without a restart: its title
# bar names the shop and Nadia's login there goes on to the float (the till may sell).
wait_for2 "Comptoir — La Ressourcerie du Ternois"
typ2 "4321"; keys2 Enter
wait_for2 "Fond de caisse"
keys2 F10
wait_for2 "Quitter Comptoir ?"
keys2 o
wait_for2 "FIN-DU-PROGRAMME code=0"
wait_for "Aucune catégorie"
keys F2
typ "robe"; keys Enter
typ "Robe"; keys Enter
typ "1"; keys Enter Enter      # key 1, by the piece
typ "3,50"; keys Enter Enter   # price, family as it is
typ "0,4"; keys Enter          # average weight: last field, Entrée saves
wait_for "ROBE"
keys Escape                    # « Terminer »: the admin logs in like anyone else
wait_for "La boutique est prête"
wait_for "Connectez-vous"

typ "4321"; keys Enter
wait_for "Fond de caisse"
typ "30"; keys Enter
wait_for "Caisse ouverte"
wait_for "1 Robe"
typ "1"; keys Enter
wait_for "3,50 €"
# A free price: the window asks the activity (2 = vide-greniers) and a label.
typ "4"; keys F2
wait_for "PRIX LIBRE"
wait_for "Libellé (facultatif)"
typ "2"; typ "Lampe"; keys Enter
wait_for "Lampe : 4,00 €"
keys Enter
wait_for "Total du ticket"
typ "10"; keys Enter
wait_for "ticket n° 1 ?"
keys o
wait_for "Ticket imprimé"
text="$(tr -d '\000' < "$PRN" | iconv -f CP858 -t UTF-8 2>/dev/null || tr -d '\000' < "$PRN" | iconv -f CP850 -t UTF-8 2>/dev/null || tr -d '\000' < "$PRN")"
for want in "La Ressourcerie du Ternois" "14 rue des Tisserands" "62130 Saint-Pol-sur-Ternoise" \
            "SIRET : 732 829 320 00074" "art. 261-7-1" "Ticket n° 1" "Robe" "Lampe"; do
  grep -aqF -- "$want" <<<"$text" || fail "le ticket devrait contenir « $want »"
done
grep -aq "293 B" <<<"$text" && fail "la mention 293 B ne devrait pas être imprimée"

keys F10
wait_for "Quitter Comptoir ?"
keys o
wait_for "FIN-DU-PROGRAMME code=0"
"$BIN" verify --db "$DB" | grep -q "^OK" || fail "verify après les réglages"
[ "$(sqlite3 "$DB" "SELECT activity FROM ticket_lines WHERE label = 'Lampe'")" = vide_greniers ] || fail "la lampe est au vide-greniers"
echo "OK new_shop"
