#!/usr/bin/env bash
# Wrong PINs are counted in the ledger: ten wrong responsable PINs in the approval window
# (drawer without sale) make the till wait (« Patientez », even the right PIN is refused)
# then lock the account; a restart does not reset it; the admin reactivates it from the
# command line; `--as` on the command line counts too. And Ctrl-C at a PIN prompt gives
# the echo back. The waits are real (2 + 4 + … + 128 s before the tenth): about 4 min.
source "$(dirname "$0")/lib.bash"
DB="$WORK/boutique.sqlite"
PRN="$WORK/imprimante.bin"
printf '[printer]\ntransport = "file"\npath = "%s"\n' "$PRN" > "$WORK/c.toml"
failed() { sqlite3 "$DB" "SELECT COUNT(*) FROM journal WHERE kind = 'user.pin_failed' AND payload LIKE '%\"via\":\"$1\"%'"; }
sophie() { sqlite3 "$DB" "SELECT pin_failures || ' ' || locked FROM users WHERE first_name = 'Sophie'"; }

start "$BIN" --demo --db "$DB" --config "$WORK/c.toml"
open_till 1111 50
keys F11
wait_for "Ouvrir le tiroir sans vente"
wait_for "Jean"
keys Down
wait_for "▶ Sophie"
keys Tab; typ "monnaie"; keys Tab

# Three wrong PINs: the third asks to wait, and during the wait the right one is refused.
for n in 1 2 3; do
  typ "0000"; keys Enter
  for i in $(seq 1 100); do [ "$(failed approval)" = "$n" ] && break; sleep 0.1; done
  [ "$(failed approval)" = "$n" ] || fail "le code faux n° $n doit être compté au journal"
done
wait_for "Patientez 2 s"
typ "3333"; keys Enter
wait_for "Trop de codes faux. Patientez"
[ "$(sophie)" = "3 0" ] || fail "le code juste pendant l'attente ne doit rien changer ($(sophie))"

# On to ten: each try once the wait is over (the window refuses before).
while [ "$(failed approval)" -lt 10 ]; do
  sleep 1
  typ "0000"; keys Enter
done
wait_for "Compte verrouillé"
[ "$(sophie)" = "10 1" ] || fail "Sophie doit être verrouillée après 10 codes faux ($(sophie))"
[ "$(sqlite3 "$DB" "SELECT COUNT(*) FROM journal WHERE kind = 'user.locked'")" = 1 ] || fail "le verrouillage est au journal"
sqlite3 "$DB" "SELECT payload FROM journal WHERE kind LIKE 'user.pin%' OR kind = 'user.locked'" | grep -q "0000\|3333" \
  && fail "aucun code au journal"
typ "3333"; keys Enter
wait_for "Compte verrouillé"
grep -aq "$(printf '\x1bp')" "$PRN" 2>/dev/null && fail "le tiroir ne doit pas s'être ouvert"
keys Escape
keys F10; wait_for "Quitter Comptoir ?"; keys o
wait_for "FIN-DU-PROGRAMME code=0"

# Restarted: still locked, for the login screen too.
tmux -L "$SOCK" kill-session -t e2e
start "$BIN" --demo --db "$DB" --config "$WORK/c.toml"
wait_for "Qui tient la caisse"
wait_for "verrouillé"
keys Down Down Down
wait_for "Code PIN de Sophie"
typ "3333"; keys Enter
wait_for "Compte verrouillé"
keys F10; wait_for "Quitter Comptoir ?"; keys o
wait_for "FIN-DU-PROGRAMME code=0"

# --as counts on the command line, and refuses a locked account without asking.
echo 0000 | "$BIN" users role Karim responsable --as Sophie --db "$DB" 2>"$WORK/err" && fail "Sophie est verrouillée"
grep -q "Compte verrouillé" "$WORK/err" || fail "--as dit que le compte est verrouillé : $(cat "$WORK/err")"
echo 0000 | "$BIN" users role Karim responsable --as Jean --db "$DB" 2>"$WORK/err" && fail "code faux accepté"
grep -q "Code PIN incorrect" "$WORK/err" || fail "--as avec un code faux : $(cat "$WORK/err")"
[ "$(failed command)" = 1 ] || fail "le code faux de --as doit être compté"

# The admin reactivates Sophie; her PIN works again.
"$BIN" users list --db "$DB" | grep -q "Sophie.*verrouillé" || fail "la liste dit verrouillé"
echo 9999 | "$BIN" users reactivate Sophie --as Jean --db "$DB" | grep -q "Compte de Sophie réactivé." || fail "réactivation"
[ "$(sophie)" = "0 0" ] || fail "réactivée, Sophie repart de zéro ($(sophie))"
[ "$(sqlite3 "$DB" "SELECT COUNT(*) FROM journal WHERE kind = 'user.pin_accepted'")" = 1 ] || fail "le code juste de Jean remet son compte à zéro"
echo 3333 | "$BIN" users role Karim responsable --as Sophie --db "$DB" | grep -q "Karim est maintenant responsable" || fail "Sophie autorise de nouveau"
"$BIN" verify --db "$DB" | grep -q "^OK" || fail "verify"

# Ctrl-C at a command-line PIN prompt gives the echo back.
tmux -L "$SOCK" kill-session -t e2e
tmux -L "$SOCK" -f /dev/null new-session -d -s e2e -x 80 -y 24 -e LANG=C.UTF-8 \
  "$(printf '%q ' "$BIN" users add Lina --as Sophie --db "$DB"); echo \"FIN code=\$?\"; stty -a | tr ' ' '\n' | grep -E '^-?echo$' | tr '\n' ' '; echo; sleep 30"
wait_for "Code PIN de Sophie"
keys C-c
wait_for "Interrompu : le code n'a pas été lu, rien n'a été changé."
wait_for "FIN code=130"
screen | grep -qE "(^| )echo( |$)" || fail "l'écho doit être revenu"
refute "-echo"
echo "OK pin_attempts"
