#!/usr/bin/env bash
# Variable-measure EAN-13 (`[barcodes]`): a bag of vrac weighed and labelled at the back
# door (F8 on « Pesées ») is scanned at the till: 1,250 kg of category 00042 at 4,00 €/kg
# makes a 5,00 € line with its weight; a label with a wrong check digit is refused in
# French; a price label (prefix 22) sells a piece category at the price it carries.
source "$(dirname "$0")/lib.bash"
DB="$WORK/demo.sqlite"
PRN="$WORK/printer.bin"
printed() { iconv -f CP850 -t UTF-8 "$PRN" 2>/dev/null | tr -d '\000-\011\013-\037'; }
cat > "$WORK/c.toml" <<TOML
[printer]
transport = "file"
path = "$PRN"
width = 42
receipt_default = false
[barcodes]
weight_prefix = "21"
price_prefix = "22"
item_digits = 5
TOML
echo 3333 | "$BIN" categories set --demo --db "$DB" --config "$WORK/c.toml" 00042 --label "Vrac pesé" --price 4,00 --kg --as Sophie \
  > /dev/null || fail "catégorie 00042"
echo 3333 | "$BIN" categories set --demo --db "$DB" --config "$WORK/c.toml" 00043 --label "Lot de vaisselle" --price 1,00 --piece --as Sophie \
  > /dev/null || fail "catégorie 00043"

start "$BIN" --demo --db "$DB" --config "$WORK/c.toml"
open_till 1111 50

# The back door weighs the bag and prints its label.
keys M-b
wait_for "Pesées de la friperie"
keys Tab; typ "1,25"; keys F8
wait_for "ÉTIQUETTE PESÉE"
wait_for "1 Vrac pesé"
keys Enter
wait_for "Étiquette imprimée : 2100042012509."
printed | grep -q "1,250 kg × 4,00 " || fail "l'étiquette doit donner le poids et le prix au kilo"
# The bars carry the code (GS k 73 15 {B + 13 digits); the till reads what was printed.
label="$(printed | grep -o '[0-9]\{13\}' | head -1)"
[ "$label" = "2100042012509" ] || fail "code de l'étiquette : $label"
keys Escape
wait_for "Ticket vide"

typ "2100042012508"; keys Enter
wait_for "la clé (le dernier chiffre) ne correspond pas"
typ "$label"; keys Enter
wait_for "1,250 kg Vrac pesé"
wait_for "5,00 €"
typ "2200043004500"; keys Enter
wait_for "Lot de vaisselle : 4,50 €"
wait_for "9,50 €"
keys Enter
wait_for "Encaissement"
typ "10"; keys Enter
wait_for "Vente n° 1 enregistrée"
wait_for "Le client veut-il son ticket n° 1 ?"
keys n
wait_gone "Le client veut-il son ticket"
row="$(sqlite3 "$DB" "SELECT code, weight_grams, amount_cents FROM ticket_lines ORDER BY position" | tr '\n' ' ')"
[ "$row" = "00042|1250|500 00043||450 " ] || fail "lignes du ticket : $row"
keys F10; wait_for "Quitter Comptoir"; keys o; wait_for "FIN-DU-PROGRAMME code=0"
"$BIN" verify --db "$DB" | grep -q "^OK" || fail "verify"
echo "OK measured_label"
