#!/usr/bin/env bash
# The épicerie's files from the command line: a CSV import is all or nothing and names
# each bad line; an export imports back unchanged; stock arrivals and corrections; the
# monthly report. No screen: the commands alone.
source "$(dirname "$0")/lib.bash"
DB="$WORK/boutique.sqlite"
cd "$WORK"
today="$(TZ=Europe/Paris date +%d/%m/%Y)"

printf '1234\n1234\n' | "$BIN" users add Sophie --role admin --db "$DB" >/dev/null || fail "compte de Sophie"
printf '1234\n1111\n1111\n' | "$BIN" users add Camille --as Sophie --db "$DB" >/dev/null || fail "compte de Camille"

# A bad line refuses the whole file, each bad line named; nothing is written.
printf 'code;nom;categorie;unite;prix_marche;prix_solidaire;poids_g;seuil_stock\r\n3038350012005;Spaghetti 500 g;Pâtes;pièce;1,15;;500;5\r\n3038350012006;Riz;;;1,20;;;\r\nVRAC;Lentilles;Sec;kg;3,00;1,00;;2000\r\n' > produits.csv
printf '1234\n' | "$BIN" import products produits.csv --as Sophie --db "$DB" >/dev/null 2>err && fail "un EAN-13 faux aurait dû tout refuser"
grep -q "^Ligne 3 : code : « 3038350012006 » n'est pas un EAN-13 valide" err || fail "ligne 3 attendue ($(cat err))"
grep -q "Rien n'a été importé." err || fail "« Rien n'a été importé. » attendu"
"$BIN" stock list --db "$DB" | grep -q "Aucun produit" || fail "rien ne devait être importé"

sed -i '/3038350012006/d' produits.csv
printf '1234\n' | "$BIN" import products produits.csv --as Sophie --db "$DB" | grep -q "^2 produits importés.$" || fail "import des produits"
printf '1111\n' | "$BIN" import products produits.csv --as Camille --db "$DB" >/dev/null 2>err && fail "une bénévole n'importe pas"
grep -q "seul un responsable ou un admin peut importer des produits" err || fail "refus de Camille ($(cat err))"

# Stock: an arrival, a negative correction, the lists.
printf '1234\n' | "$BIN" stock arrival 3038350012005 24 --kind banque-alimentaire --weight 12 --as Sophie --db "$DB" \
  | grep -q "Stock : 24." || fail "arrivée"
printf '1234\n' | "$BIN" stock correct 3038350012005 -20 --reason casse --as Sophie --db "$DB" | grep -q "(-20) : 4." || fail "correction"
"$BIN" stock list --db "$DB" | grep -q "^3038350012005 .* 4 .* 5  BAS$" || fail "stock list ($("$BIN" stock list --db "$DB"))"
"$BIN" stock low --db "$DB" | grep -q "^VRAC .*0,000 kg" || fail "stock low"

# Households: import, export (private file), the export imports back unchanged.
{
  echo "numero;nom;telephone;adultes;enfants;enfants_handicapes;ressources;charges;prestations;qf_caf;orienteur;droits_du;droits_au;suspendu"
  echo ";Martin;06 12 34 56 78;2;3;1;1 234,56;500;300,5;;CCAS;$today;;non"
  echo ";\"Dupont; Marie\";;1;0;;800;;;;;$today;;"
} > foyers.csv
printf '1234\n' | "$BIN" import households foyers.csv --as Sophie --db "$DB" | grep -q "^2 foyers importés.$" || fail "import des foyers"
"$BIN" export households export.csv --db "$DB" 2>err && fail "l'export des foyers demande un responsable"
printf '1234\n' | "$BIN" export households export.csv --as Sophie --db "$DB" | grep -q "2 foyers exportés" || fail "export des foyers"
[ "$(stat -c %a export.csv)" = 600 ] || fail "l'export des foyers devrait être en 0600"
printf '1234\n' | "$BIN" export households export.csv --as Sophie --db "$DB" 2>err && fail "un fichier existant ne se remplace pas sans --force"
grep -q -- "--force" err || fail "message attendu sur --force"
printf '1234\n' | "$BIN" import households export.csv --as Sophie --db "$DB" | grep -q "^0 foyer importé, 2 déjà à jour.$" || fail "réimport"
"$BIN" export products catalogue.csv --db "$DB" | grep -q "2 produits exportés" || fail "export des produits"
printf '1234\n' | "$BIN" import products catalogue.csv --as Sophie --db "$DB" | grep -q "2 déjà à jour" || fail "réimport des produits"

month="$(TZ=Europe/Paris date +%Y-%m)"
"$BIN" report epicerie --month "$month" --format csv --db "$DB" | head -1 | grep -q "^mois;foyers_servis;passages" || fail "bilan csv"
"$BIN" report epicerie --month 2026-13 --db "$DB" 2>err && fail "un mois impossible"
grep -q "tapez-le comme 2026-11" err || fail "message du mois"
"$BIN" verify --db "$DB" | grep -q "^OK" || fail "verify après les imports"
echo "OK import_flow"
