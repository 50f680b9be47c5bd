#!/usr/bin/env bash
# The terminal is given back in a sane state after a normal exit, Ctrl-C (asks first),
# a SIGTERM from outside and a crash signal.
source "$(dirname "$0")/lib.bash"
DB="$WORK/demo.sqlite"

# Runs the till, then prints the terminal's line discipline once it has exited.
run_till() {
  tmux -L "$SOCK" kill-session -t e2e 2>/dev/null || true
  tmux -L "$SOCK" -f /dev/null new-session -d -s e2e -x 80 -y 24 -e LANG=C.UTF-8 \
    "$(printf '%q ' "$BIN" --demo --db "$DB"); echo \"FIN code=\$?\"; stty -a | tr ' ' '\n' | grep -E '^-?(icanon|echo)$' | tr '\n' ' '; echo; sleep 30"
  wait_for "Qui tient la caisse"
}

pid_of_till() { pgrep -f -n -- "$BIN --demo --db $DB" || fail "processus introuvable"; }

# Ctrl-C asks for confirmation, then quits cleanly.
run_till
keys C-c
wait_for "Quitter Comptoir ?"
keys n
wait_gone "Quitter Comptoir ?"
keys C-c
wait_for "Quitter Comptoir ?"
keys o
wait_for "FIN code=0"
wait_for "icanon echo"

# SIGTERM from outside.
run_till
kill -TERM "$(pid_of_till)"
wait_for "FIN code=143"
wait_for "icanon echo"
wait_gone "Qui tient la caisse"

# A crash signal: the terminal is restored, the process dies with the signal.
run_till
kill -SEGV "$(pid_of_till)"
wait_for "FIN code=139"
wait_for "icanon echo"
wait_gone "Qui tient la caisse"

# Without LANG, the program finds a UTF-8 locale itself (accents stay visible).
tmux -L "$SOCK" kill-session -t e2e 2>/dev/null || true
tmux -L "$SOCK" -f /dev/null new-session -d -s e2e -x 80 -y 24 \
  "env -u LANG -u LC_ALL -u LC_CTYPE $(printf '%q ' "$BIN" --demo --db "$DB"); sleep 30"
wait_for "Qui tient la caisse"
wait_for "DÉMONSTRATION"
keys F10
wait_for "Quitter Comptoir ?"
keys o
echo "OK terminal_restore"
