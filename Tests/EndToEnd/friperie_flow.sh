#!/usr/bin/env bash
# The friperie by the kilogram, as the issue tells it: two donations weighed in at the back
# door (Alt+B), their receipt, 1,250 kg of vrac at 3 €/kg sold with the weight typed, an
# outflow recorded, then the figures read by command (the demo adds its own three weighings).
source "$(dirname "$0")/lib.bash"
DB="$WORK/demo.sqlite"
PRN="$WORK/imprimante.bin"
printf '[printer]\ntransport = "file"\npath = "%s"\nwidth = 32\nreceipt = "ask"\n' "$PRN" > "$WORK/c.toml"
printed() { iconv -f CP858 -t UTF-8 "$PRN" 2>/dev/null || cat "$PRN"; }

start "$BIN" --demo --db "$DB" --config "$WORK/c.toml"
open_till 1111 50

keys M-b
wait_for "Pesées de la friperie"
wait_for "Ce mois-ci"
# First bag: shoes (family 2), 6,4 kg, from a private person, no name.
typ "2"; keys Enter
typ "6,4"; keys Enter Enter Enter
wait_for "Don de 6,400 kg (Chaussures, particulier) enregistré."
keys F6
wait_for "Reçu de don imprimé."
printed | grep -aq "REÇU DE DON" || fail "le reçu de don devrait être imprimé"
printed | grep -aq "6,400 kg" || fail "le reçu porte le poids : $(printed | grep -a kg)"
# Second bag: textile from a company, with its name; a weight of 0 is refused first.
keys Up; typ "1"; keys Down
typ "0"; keys Enter Enter Enter
wait_for "Le poids doit être plus grand que 0"
# The refusal puts the focus back on the weight.
keys BSpace; typ "10"; keys Enter
typ "2"; keys Enter
typ "Pressing Martin"; keys Enter
wait_for "Don de 10,000 kg (Textile, entreprise) enregistré."
# An outflow: 3,5 kg of textile to recycling.
keys F2
wait_for "Sortie : choisissez où elle va"
typ "3,5"; keys Enter
typ "4"; keys Enter
typ "Le Relais"; keys Enter
wait_for "Sortie de 3,500 kg (Textile, recyclage : Le Relais) enregistrée."
wait_for "Sortie Textile       3,500"

# Back to the till: 1,250 kg of vrac at 3 €/kg, the weight typed.
keys Escape
wait_for "Code :"
typ "vrac"; keys Enter
wait_for "se vend au kilo (3,00 €/kg)"
typ "1,250"; keys Enter
wait_for "1,250 kg Vrac à 3,00 €/kg"
wait_for "TOTAL         3,75 €"
keys Enter
wait_for "Encaissement"
keys F2
wait_for "son ticket n° 1 ?"
keys o
wait_for "Vente n° 1 enregistrée"
printed | grep -aq "1,250 kg Vrac" || fail "le ticket porte le poids : $(printed | grep -a Vrac)"
keys F10; wait_for "Quitter Comptoir"; keys o; wait_for "FIN-DU-PROGRAMME code=0"

# The figures: the demo's 12,5 kg of textile and 4,2 kg of shoes are there too.
out="$("$BIN" report friperie --db "$DB" --format csv)" || fail "report friperie : $out"
month="$(TZ=Europe/Paris date +%Y-%m)"
for row in "$month;entree;famille;chaussures;10,600" "$month;entree;famille;textile;22,500" \
           "$month;entree;provenance;entreprise;10,000" "$month;vente;pesee;textile;1,250" \
           "$month;sortie;destination;recyclage;11,500"; do
  grep -q "^$row" <<<"$out" || fail "la ligne « $row » manque : $out"
done
out="$("$BIN" report friperie --db "$DB")" || fail "report friperie : $out"
grep -q "Vendus : 1,250 kg pesés" <<<"$out" || fail "report friperie : $out"
grep -q "█" <<<"$out" || fail "le bilan a son graphique : $out"
[ "$(sqlite3 "$DB" "SELECT party FROM friperie_flows WHERE grams = 10000")" = "Pressing Martin" ] || fail "le nom du donateur est gardé dans sa ligne"
[ "$(sqlite3 "$DB" "SELECT COUNT(*) FROM journal WHERE payload LIKE '%Pressing Martin%'")" = 0 ] || fail "le nom du donateur n'est pas au journal"
out="$("$BIN" verify --db "$DB")" || fail "verify : $out"
[[ "$out" == OK* ]] || fail "verify : $out"
echo "friperie_flow : OK"
