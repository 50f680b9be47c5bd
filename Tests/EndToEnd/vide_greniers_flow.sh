#!/usr/bin/env bash
# The vide-greniers from end to end: a new seller rents box B07 for two weeks with the
# rent paid at the till, registers three items whose labels print to the file printer;
# two of them sell on one ticket with a friperie item and an object on a handwritten label
# (box + price), which the till asks to describe and the exported registre lists with the
# seller's domicile and identity document; the statement prints, the seller is paid out
# in cash by a responsable, the rental ends and the third item goes back.
source "$(dirname "$0")/lib.bash"
DB="$WORK/demo.sqlite"
PRN="$WORK/imprimante.bin"
printf '[printer]\ntransport = "file"\npath = "%s"\nwidth = 42\n' "$PRN" > "$WORK/c.toml"
printed() { iconv -f CP858 -t UTF-8 "$PRN" 2>/dev/null || iconv -f CP850 -t UTF-8 "$PRN"; }

start "$BIN" --demo --db "$DB" --config "$WORK/c.toml"
open_till 1111 50

# The board: B07 is free (the demo rents B03, B05 and B09).
keys M-v
wait_for "Vide-greniers — 12 box"
wait_for "B07 libre"
keys Down Right Right
wait_for "▶B07 libre"
keys Enter
wait_for "choisissez le déposant qui le loue"
keys F5
wait_for "Nouveau déposant"
typ "Dupont"; keys Down
typ "Anne"; keys Down
typ "12 rue des Lilas, 62300 Lens"; keys Down
typ "06 12 34 56 78"; keys Down Down Down
typ "AB123456"; keys Down
typ "14/03/2020"; keys Down
typ "Préfecture du Pas-de-Calais"; keys F2
wait_for "Anne Dupont inscrit(e), déposant n° 3"

# Two weeks in B07, rent paid at the till: the contract prints, the rent is on the ticket.
keys F3
wait_for "Louer un box"
wait_for "loyer 10,00 € · commission 25 %"
keys F2
wait_for "Le loyer est au ticket"
wait_for "Loyer B07"
printed | grep -aq "CONTRAT DE LOCATION DE BOX" || { sleep 1; printed | grep -aq "CONTRAT DE LOCATION DE BOX"; } || fail "le contrat de location devrait être imprimé"
keys Enter
wait_for "Encaissement"
typ "10"; keys Enter
# The rent's receipt prints without asking.
wait_for "Vente n° 1 enregistrée"
refute "son ticket n° 1 ?"
wait_bytes "$PRN" "$(printf 'Loyer B07' | od -An -tx1 | tr -d ' \n')"

# Three items, typed one after the other, then their labels.
keys M-v
wait_for "B07 loué"
keys Enter
wait_for "Anne DUPONT · déposant n° 3"
keys F2
wait_for "Articles du box B07"
typ "Pull rouge taille M"; keys Enter
typ "4,50"; keys Enter
wait_for "V4-001-4 enregistré"
typ "Lampe de chevet"; keys Enter
typ "12"; keys Enter
wait_for "V4-002-2 enregistré"
typ "Livre de cuisine"; keys Enter
typ "3"; keys Enter
wait_for "V4-003-0 enregistré"
keys Escape
wait_for "F4 : imprimer leurs étiquettes"
keys F4
wait_for "3 étiquettes imprimées"
for code in V4-001-4 V4-002-2 V4-003-0; do
  printed | grep -aq "$code" || fail "l'étiquette $code devrait être imprimée"
done
# CODE128 (GS k 73) with the label's barcode data.
wait_bytes "$PRN" "$(printf 'V4-0014' | od -An -tx1 | tr -d ' \n')"
# The same labels as a file for a separate label printer, while the till runs.
out="$("$BIN" export etiquettes --db "$DB" --box b07 "$WORK/etiquettes.csv")" || fail "export etiquettes : $out"
[[ "$out" == "3 étiquettes exportées"* ]] || fail "export etiquettes : $out"
grep -q "^B07;2;V4-002-2;V4-0022;Lampe de chevet;12,00" "$WORK/etiquettes.csv" || fail "étiquettes : $(cat "$WORK/etiquettes.csv")"

# The till sells two labels and a friperie T-shirt; a second scan of a label is refused.
keys Escape
wait_for "Vide-greniers — 12 box"
keys Escape
wait_for "Scannez ou tapez un code"
typ "V4-0014"; keys Enter
wait_for "B07 Pull rouge taille"
typ "1"; keys Enter
wait_for "T-shirt"
typ "V4-0022"; keys Enter
wait_for "B07 Lampe de chevet"
typ "V4-0022"; keys Enter
wait_for "déjà sur ce ticket"
# A handwritten label: the object is described for the registre before it is added.
typ "B07 2,50"; keys Enter
wait_for "ÉTIQUETTE MANUSCRITE"
wait_for "Box B07 · 2,50 €"
typ "Vase bleu"; keys Enter
wait_for "B07 Vase bleu"
wait_for "20,00 €"
keys Enter
wait_for "Encaissement"
typ "20"; keys Enter
wait_for "son ticket n° 2 ?"
keys n
wait_for "Vente n° 2 enregistrée — rendu 0,00 €"


# The statement: 19,00 € sold, 4,76 € commission, 14,24 € for the seller.
keys M-v
wait_for "B07 loué"
keys Enter
wait_for "Anne DUPONT · déposant n° 3"
wait_for "Solde : 14,24 €"
keys F5
wait_for "Relevé du"
wait_for "Part du déposant       14,24 €"
keys F2
wait_for "Relevé imprimé"
printed | grep -aq "RELEVÉ DÉPOSANT" || fail "le relevé devrait être imprimé"
keys Escape
wait_gone "Relevé du"

# Paid out in cash by Sophie (responsable): never more than the balance.
keys F6
wait_for "Reversement (solde 14,24 €)"
keys F2
wait_for "Reverser 14,24 € à Anne Dupont (espèces)"
keys Down
typ "3333"; keys Enter
wait_for "14,24 € reversés à Anne Dupont (espèces), autorisé par Sophie"
wait_for "Solde : 0,00 €"
printed | grep -aq "BON DE REVERSEMENT" || { sleep 1; printed | grep -aq "BON DE REVERSEMENT"; } || fail "le bon de reversement devrait être imprimé"

# End of rental: the book goes back to the seller.
keys F7
wait_for "Fin de location : articles encore en box"
wait_for "V4-003-0"
keys r
wait_for "rendu au déposant"
wait_for "Plus rien en box"
keys Escape
wait_for "Location soldée : plus aucun article en box."
keys Escape
wait_for "Vide-greniers — 12 box"
wait_for "B07 libre"

keys F10
wait_for "Quitter Comptoir"
keys o
wait_for "FIN-DU-PROGRAMME code=0"

out="$("$BIN" verify --db "$DB")" || fail "verify : $out"
[[ "$out" == OK* ]] || fail "verify : $out"
out="$(echo 3333 | "$BIN" export registre --db "$DB" --from "$(TZ=Europe/Paris date -d yesterday +%d/%m/%Y)" --to "$(TZ=Europe/Paris date -d tomorrow +%d/%m/%Y)" "$WORK/registre.csv" --as Sophie)" \
  || fail "export registre : $out"
grep -q "V4-002-2;B07;Lampe de chevet;12,00;Dupont;Anne;12 rue des Lilas, 62300 Lens;carte d'identité;AB123456;14/03/2020;Préfecture du Pas-de-Calais;.*;Espèces;" "$WORK/registre.csv" \
  || fail "le registre devrait porter la lampe vendue en espèces : $(cat "$WORK/registre.csv")"
# The object sold on its handwritten label is there too, with the seller's full identity.
grep -q "V4-004-8;B07;Vase bleu;2,50;Dupont;Anne;12 rue des Lilas, 62300 Lens;carte d'identité;AB123456;14/03/2020;Préfecture du Pas-de-Calais;.*;Espèces;" "$WORK/registre.csv" \
  || fail "le registre devrait porter le vase à étiquette manuscrite : $(cat "$WORK/registre.csv")"
grep -q "V4-003-0;B07;Livre de cuisine;3,00;Dupont;Anne;.*;rendu au déposant" "$WORK/registre.csv" \
  || fail "le registre devrait porter le livre rendu"
echo "vide_greniers_flow : OK"
