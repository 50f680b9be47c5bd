#!/usr/bin/env bash
# A credit note's code cannot be guessed: a refund issues one with a random part
# (AV-XXXX-XXXX-C), printed in clear and as a CODE128 barcode (the code without dashes).
# At the payment screen, that code with one symbol of its random part changed, a
# well-formed code of no credit note and a malformed one all get the same words, which
# do not say whether a credit note exists, and after three in a row the next one waits;
# the code as the scanner types it is accepted.
source "$(dirname "$0")/lib.bash"
DB="$WORK/demo.sqlite"
PRN="$WORK/imprimante.bin"
printf '[printer]\ntransport = "file"\npath = "%s"\nwidth = 32\nreceipt_default = false\n' "$PRN" > "$WORK/c.toml"
printed() { iconv -f CP850 -t UTF-8 "$PRN" 2>/dev/null | tr -d '\000-\011\013-\037'; }
neutral="Code d'avoir non reconnu : vérifiez-le, ou Échap."

start "$BIN" --demo --db "$DB" --config "$WORK/c.toml"
open_till 1111 20
# Ticket 1: a pull, 2,50 € in cash; no receipt.
typ "3"; keys Enter
wait_for "Pull"
keys Enter
wait_for "Total du ticket"
keys Enter
wait_for "Le client veut-il son ticket n° 1 ?"
keys n
wait_gone "Le client veut-il son ticket"

# The pull comes back as a credit note (ticket 2), printed.
typ "1"; keys M-m
wait_for "Remboursement — ticket n° 1"
keys +
wait_for "Total : 2,50 €"
keys F3
wait_for "par un avoir imprimé"
keys Enter
wait_for "Rembourser 2,50 € en avoir (ticket n° 1)"
typ "9999"; keys Tab; typ "taille"; keys Enter
wait_for "Remboursement n° 2 du ticket n° 1 enregistré (autorisé par Jean)."
wait_for "Ticket imprimé."

# The code, read from the paper: random part, nothing of the ticket number.
code="$(printed | grep -oE 'AV-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]' | head -1)"
[ -n "$code" ] || fail "le code de l'avoir (AV-XXXX-XXXX-C) doit être imprimé en clair : $(printed)"
[ "$(sqlite3 "$DB" "SELECT reference FROM payments WHERE method = 'avoir' AND amount_cents = -250")" = "$code" ] \
  || fail "le code imprimé doit être celui de l'avoir émis"
barcode="$(printf '%s' "$code" | tr -d '-')"
# GS k 73 len {B, then the code without dashes: what the scanner types back.
wait_bytes "$PRN" "1d6b49$(printf '%02x' $((${#barcode} + 2)))7b42$(printf '%s' "$barcode" | od -An -tx1 -v | tr -d ' \n')"

# Ticket 3: a T-shirt; the credit note is tried with wrong codes first.
typ "1"; keys Enter
keys Enter
wait_for "Total du ticket"
keys F11
wait_for "Code de l'avoir"
# One symbol of the random part changed.
first="${code:3:1}"
other=7; [ "$first" = 7 ] && other=8
changed="AV-${other}${code:4}"
[ "$changed" != "$code" ] || fail "le code changé doit différer"
# A well-formed code (right check symbol) that names no credit note.
unknown="$(python3 - "$code" <<'PY'
import sys
A = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
body = [c for c in sys.argv[1][3:] if c != "-"][:8]
body[0] = A[(A.index(body[0]) + 1) % 32]
s = 0
for i, c in enumerate(reversed(body)):
    a = 2 * A.index(c) if i % 2 == 0 else A.index(c)
    s += a // 32 + a % 32
code = "".join(body) + A[(32 - s % 32) % 32]
print("AV-%s-%s-%s" % (code[:4], code[4:8], code[8]))
PY
)"
[ -n "$unknown" ] && [ "$unknown" != "$code" ] || fail "un code bien formé mais inconnu doit être calculé"
keys Escape
wait_for "Avoir annulé."
for wrong in "$changed" "$unknown" "AV-7KQ2"; do
  keys F11
  wait_for "Code de l'avoir"
  typ "$wrong"; keys Enter
  wait_for "$neutral"
  refute "2,50 €"
  refute "déjà servi"
  refute "n'existe"
  refute "Reste à payer"
  keys Escape
  wait_for "Avoir annulé."
done
# After three in a row, the till makes the next one wait (5 s, then longer).
# A numbered code of the older kind that names no credit note (ticket 99, check digit 2).
keys F11
wait_for "Code de l'avoir"
typ "AV-99-2"; keys Enter
wait_for "Trop de codes d'avoir non reconnus : attendez"
refute "2,50 €"
keys Escape
wait_for "Avoir annulé."
sleep 5.5
sqlite3 "$DB" "SELECT COUNT(*) FROM tickets" | grep -qx 2 || fail "aucun ticket ne doit être écrit pour un mauvais code"

# The code as the scanner types it (no dashes), then Entrée: accepted, worth 2,50 €.
keys F11
wait_for "Code de l'avoir"
typ "$barcode"; keys Enter
wait_for "Vente n° 3 enregistrée — rendu 0,00 €."
[ "$(sqlite3 "$DB" "SELECT reference FROM payments WHERE method = 'avoir' AND amount_cents = 250")" = "$code" ] \
  || fail "la vente n° 3 doit dépenser l'avoir $code"
keys F10
wait_for "Quitter Comptoir ?"
keys o
wait_for "FIN-DU-PROGRAMME code=0"

out="$("$BIN" verify --db "$DB")" || fail "verify : $out"
echo "verify : $out"
echo "OK credit_note_code"
