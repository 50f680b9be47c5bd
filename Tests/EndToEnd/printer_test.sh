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
echo "OK printer_test"
