#!/usr/bin/env bash
# `comptoir printer test`: a page with the French letters and € reaches a file printer in
# the right code page; an unreachable or missing printer gives a clear message.
source "$(dirname "$0")/lib.bash"

out="$WORK/imprimante.bin"
printf '[printer]\ntransport = "file"\npath = "%s"\nwidth = 32\n' "$out" > "$WORK/fichier.toml"
"$BIN" printer test --config "$WORK/fichier.toml" | grep -q "Page de test envoyée" || fail "page de test vers un fichier"
hex="$(od -An -tx1 -v "$out" | tr -d ' \n')"
case "$hex" in 1b401b7413*) ;; *) fail "le travail doit commencer par ESC @ puis ESC t 19 : ${hex:0:20}" ;; esac
echo "$hex" | grep -q "d5" || fail "l'euro (0xD5 en CP858) manque"
echo "$hex" | grep -q "1d5600$" || fail "la coupe (GS V 0) doit finir le travail"

printf '[printer]\ntransport = "file"\npath = "%s"\ncode_page = "wpc1252"\n' "$WORK/w.bin" > "$WORK/w.toml"
"$BIN" printer test --config "$WORK/w.toml" >/dev/null || fail "page de test en WPC1252"
od -An -tx1 -v "$WORK/w.bin" | tr -d ' \n' | grep -q "^1b401b7410" || fail "WPC1252 : ESC t 16 attendu"

printf '[printer]\ntransport = "network"\nhost = "127.0.0.1"\nport = 9\n' > "$WORK/reseau.toml"
"$BIN" printer test --config "$WORK/reseau.toml" 2>"$WORK/err" >/dev/null && fail "une imprimante injoignable doit échouer"
grep -q "Impossible de joindre l'imprimante « 127.0.0.1:9 » (connexion refusée)" "$WORK/err" || fail "message attendu ($(cat "$WORK/err"))"

"$BIN" printer test 2>"$WORK/err" >/dev/null && fail "sans imprimante configurée, la page de test doit échouer"
grep -q "Aucune imprimante n'est configurée" "$WORK/err" || fail "message attendu ($(cat "$WORK/err"))"

printf '[printer]\ntransport = "device"\n' > "$WORK/sans-chemin.toml"
"$BIN" printer test --config "$WORK/sans-chemin.toml" 2>"$WORK/err" && fail "device sans chemin doit être refusé"
grep -q "printer.path" "$WORK/err" || fail "message attendu ($(cat "$WORK/err"))"
# The RGPD notice: one job per public, cut; --text shows it; a base without the shop's
# address or an unknown public is refused, nothing printed.
printf '[shop]\nname = "Le Grenier"\naddress = ["3 place du Marché", "62130 Saint-Pol"]\n[printer]\ntransport = "file"\npath = "%s"\nwidth = 32\n' \
  "$WORK/notice.bin" > "$WORK/notice.toml"
"$BIN" print notice --demo --db "$WORK/demo.sqlite" --config "$WORK/notice.toml" | grep -q "^3 notices imprimées (foyers, vendeurs, donateurs).$" \
  || fail "trois notices attendues"
[ "$(od -An -tx1 -v "$WORK/notice.bin" | tr -d ' \n' | grep -o 1d5600 | wc -l)" = 3 ] || fail "une coupe par notice"
grep -aq "R321-6" "$WORK/notice.bin" || fail "la durée du registre et sa source doivent être imprimées"
"$BIN" print notice --for vendeurs --text --contact "contact@grenier.example" --demo --db "$WORK/demo.sqlite" --config "$WORK/notice.toml" >"$WORK/notice.txt" \
  || fail "notice en texte"
grep -q "^Le Grenier, 3 place du Marché, 62130 Saint-Pol.$" "$WORK/notice.txt" || fail "le responsable vient des réglages ($(cat "$WORK/notice.txt"))"
grep -q "^Contact : contact@grenier.example$" "$WORK/notice.txt" || fail "la ligne de contact attendue"
grep -q "CNIL" "$WORK/notice.txt" || fail "la CNIL doit être nommée"
before="$(stat -c %s "$WORK/notice.bin")"
"$BIN" print notice --for chats --demo --db "$WORK/demo.sqlite" --config "$WORK/notice.toml" 2>"$WORK/err" >/dev/null && fail "un public inconnu doit être refusé"
grep -q "foyers, vendeurs, donateurs ou tous" "$WORK/err" || fail "message attendu ($(cat "$WORK/err"))"
"$BIN" print notice --demo --db "$WORK/sans-adresse.sqlite" --config "$WORK/fichier.toml" 2>"$WORK/err" >/dev/null && fail "sans adresse, pas de notice"
grep -q "renseignez-les dans les réglages de la boutique" "$WORK/err" || fail "message attendu ($(cat "$WORK/err"))"
[ "$(stat -c %s "$WORK/notice.bin")" = "$before" ] || fail "rien ne devait être imprimé après un refus"
echo "OK printer_test"
