#!/usr/bin/env bash
# A demo volunteer logs in, opens the till, sells two friperie items for cash with change,
# then an 8,00 € ticket paid 5 € cash first and the rest by card (F2),
# quits; verify says OK; one byte changed in a ticket line makes verify name the entry.
source "$(dirname "$0")/lib.bash"
DB="$WORK/demo.sqlite"

CONFIG="$(cd "$(dirname "$0")/../.." && pwd)/Assets/comptoir.example.toml"
start "$BIN" --demo --db "$DB" --config "$CONFIG"
wait_for "Qui tient la caisse"
wait_for "Comptoir — Boutique solidaire"
wait_for "DÉMONSTRATION"
wait_for "démo : code 1111"

# A wrong PIN first: a clear message, nothing else.
typ "0000"; keys Enter
wait_for "Code PIN incorrect"
typ "1111"; keys Enter
wait_for "Fond de caisse"

# The float, typed badly then right.
typ "5O"; keys Enter
wait_for "n'est pas un montant"
keys BSpace BSpace; typ "50"; keys Enter
wait_for "Caisse ouverte avec un fond de 50,00 €"

# An unknown code is refused; two items by category key; a quantity of zero refused.
typ "999999"; keys Enter
wait_for "Code « 999999 » inconnu"
typ "1"; keys Enter
wait_for "T-shirt"
typ "3"; keys Enter
wait_for "Pull"
typ "0"; keys F3
wait_for "au moins 1"
wait_for "3,50 €"

# Pay: 2 € in cash leaves the rest to pay, then 10 € in cash with change.
keys Enter
wait_for "Total du ticket"
typ "2"; keys Enter
wait_for "Reste à payer : 1,50 €"
typ "10"; keys Enter
wait_for "Vente n° 1 enregistrée — rendu 8,50 €"
wait_for "Ticket vide"

# 8,00 € paid 5 € in cash first, then the rest by card with F2: 5 cash and 3 card.
typ "5"; keys Enter
wait_for "Veste"
typ "4"; keys Enter
wait_for "8,00 €"
keys Enter
wait_for "Total du ticket"
typ "5"; keys Enter
wait_for "Reste à payer : 3,00 €"
keys F2
wait_for "Vente n° 2 enregistrée"
wait_for "Ticket vide"

# Help, then a too-small window, then quit with confirmation.
keys F1
wait_for "Aide — touches de cet écran"
keys Space
tmux -L "$SOCK" resize-window -t e2e -x 60 -y 20
wait_for "Fenêtre trop petite"
# A sale attempted behind it does nothing; only quitting is offered, and it asks first.
typ "1"; keys Enter Enter Enter Enter
keys F10
wait_for "Quitter Comptoir ?"
keys n
wait_for "F10 : quitter"
tmux -L "$SOCK" resize-window -t e2e -x 80 -y 24
wait_for "TOTAL"
wait_for "Ticket vide"
screen | grep -q "Vente n° 3" && fail "une vente a été enregistrée derrière la fenêtre trop petite"
keys F10
wait_for "Quitter Comptoir ?"
keys o
wait_for "FIN-DU-PROGRAMME code=0"

# The terminal is given back: no curses screen left, and the ledger checks out.
out="$("$BIN" verify --demo --db "$DB")" || fail "verify a échoué : $out"
echo "$out" | grep -Eq "^OK — [0-9]+ entrées$" || fail "verify devrait dire OK : $out"
echo "verify : $out"

# The split ticket holds 5,00 € cash then 3,00 € card, and no more.
paid="$(sqlite3 "$DB" "SELECT group_concat(m, ' ') FROM (SELECT p.method || '=' || p.amount_cents AS m FROM payments p JOIN tickets t ON t.id = p.ticket_id WHERE t.number = 2 ORDER BY p.position)")"
[ "$paid" = "especes=500 carte=300" ] || fail "le ticket n° 2 devrait être payé especes=500 carte=300 : $paid"

# Tamper with one byte of a ticket line, the trigger dropped first.
trigger="$(sqlite3 "$DB" "SELECT name FROM sqlite_master WHERE type='trigger' AND tbl_name='ticket_lines' AND sql LIKE '%UPDATE%' LIMIT 1")"
[ -n "$trigger" ] || fail "pas de trigger UPDATE sur ticket_lines"
sqlite3 "$DB" "DROP TRIGGER $trigger; UPDATE ticket_lines SET label = 'T-shirs' WHERE label = 'T-shirt';"
if out="$("$BIN" verify --demo --db "$DB")"; then fail "verify aurait dû échouer : $out"; fi
echo "$out" | grep -q "entrée n°" || fail "verify devrait nommer l'entrée : $out"
echo "verify après falsification : $out"
echo "OK sale_flow"
