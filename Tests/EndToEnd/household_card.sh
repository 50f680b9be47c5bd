#!/usr/bin/env bash
# A responsable prints a household's card to a file printer: its number and a CODE128
# barcode that reads back as the card code; scanning that code attaches the household.
# The stock screen records an arrival.
source "$(dirname "$0")/lib.bash"
DB="$WORK/demo.sqlite"
PRN="$WORK/imprimante.bin"
printf '[printer]\ntransport = "file"\npath = "%s"\nwidth = 42\n' "$PRN" > "$WORK/c.toml"

start "$BIN" --demo --db "$DB" --config "$WORK/c.toml"
wait_for "Qui tient la caisse"
keys Down Down Down  # Sophie, responsable
typ "3333"; keys Enter
wait_for "Fond de caisse"
typ "50"; keys Enter
wait_for "Caisse ouverte"

keys M-f
wait_for "F-1-8       Martin"
typ "martin"
wait_for "▶ F-1-8"
keys F3
wait_for "Fiche du foyer F-1-8"
wait_for "QF : 716,67 €"
keys F5
wait_for "Carte F-1-8 imprimée."
# GS k 73 (CODE128), length 5, "{B" then "F18".
wait_bytes "$PRN" 1d6b49057b42463138
grep -aq "CARTE" "$PRN" || fail "le titre de la carte manque"
grep -aq "F-1-8" "$PRN" || fail "le numéro de la carte manque"

# What the scanner types from the barcode attaches the household at the till.
keys Escape
wait_for "Recherche (nom ou n° de carte)"
keys Escape
wait_for "Code :"
typ "F18"; keys Enter
wait_for "Foyer F-1-8 · droits OK · reste"

# Lentils sold by the kg: the weight is asked, 3,20 €/kg × 1,250 kg = 4,00 €, 30 % = 1,20 €.
typ "vrac-lent"; keys Enter
wait_for "Poids (kg) :"
typ "1,250"; keys Enter
wait_for "1,250 kg Lentilles vrac                 1,20 €"
keys Enter
wait_for "Total du ticket"
keys Enter
wait_for "Le client veut-il son ticket n° 1 ?"
typ "n"
wait_for "Vente n° 1 enregistrée"

# The stock screen: 12 packets of rice from the food bank.
keys M-i
wait_for "Stock de l'épicerie"
keys Down Down
wait_for "▶ 3560070005109 Riz long grain 1 kg      Épicerie sèche         20"
keys F2
wait_for "Arrivée : Riz long grain 1 kg"
typ "12"; keys Down Right Right
wait_for "banque alimentaire"
keys F2
wait_for "Arrivée (banque alimentaire) enregistrée : « Riz long grain 1 kg », stock 32."
wait_for "8,750 kg"  # the lentils: 10 kg less the 1,250 kg sold

keys F10
wait_for "Quitter Comptoir"
typ "o"
wait_for "FIN-DU-PROGRAMME code=0"
out="$("$BIN" verify --db "$DB")" || fail "verify : $out"
echo "OK carte du foyer"
