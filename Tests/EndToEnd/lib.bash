# Helpers for the end-to-end tests: drive the real binary in tmux at 80x24.
# Each test sources this file; COMPTOIR_BIN is the binary under test.
set -euo pipefail

BIN="${COMPTOIR_BIN:?COMPTOIR_BIN must point at the comptoir binary}"
WORK="$(mktemp -d)"
SOCK="comptoir-e2e-$$"
export HOME="$WORK/home" XDG_DATA_HOME="$WORK/data" XDG_CONFIG_HOME="$WORK/config"
mkdir -p "$HOME"

cleanup() {
  [ -n "${KEEP_E2E:-}" ] && { echo "gardé : $WORK" >&2; tmux -L "$SOCK" kill-server 2>/dev/null; return; }
  tmux -L "$SOCK" kill-server 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

fail() {
  echo "ÉCHEC : $*" >&2
  echo "----- écran -----" >&2
  screen >&2 || true
  echo "-----------------" >&2
  exit 1
}

# Starts the command line "$@" in a detached 80x24 tmux session.
start() {
  local cmd
  cmd="$(printf '%q ' "$@")"
  tmux -L "$SOCK" -f /dev/null new-session -d -s e2e -x 80 -y 24 \
    -e LANG=C.UTF-8 -e LC_ALL= -e HOME="$HOME" -e XDG_DATA_HOME="$XDG_DATA_HOME" \
    -e XDG_CONFIG_HOME="$XDG_CONFIG_HOME" "$cmd; echo FIN-DU-PROGRAMME code=\$?; sleep 30"
}

screen() { tmux -L "$SOCK" capture-pane -p -t e2e; }

# The screen, then its rows joined by one space: a status line wrapped over two rows
# (when « Ticket imprimé. » joins it, a moment later) still matches its words.
seen() {
  local s
  s="$(screen)"
  printf '%s\n' "$s"
  printf '%s\n' "$s" | sed 's/^ *//; s/ *$//' | tr '\n' ' '
  echo
}

keys() { tmux -L "$SOCK" send-keys -t e2e "$@"; }

# Types literal text (a scanner, a volunteer), without interpreting key names.
typ() { tmux -L "$SOCK" send-keys -t e2e -l "$1"; }

# Waits (up to 15 s) until the screen shows the text.
wait_for() {
  local text="$1" i
  for i in $(seq 1 150); do
    if grep -qF -- "$text" <<<"$(seen)"; then return 0; fi
    sleep 0.1
  done
  fail "le texte « $text » n'apparaît pas"
}

# Checks the screen does not show the text.
refute() {
  if grep -qF -- "$1" <<<"$(seen)"; then fail "le texte « $1 » ne devrait pas être affiché"; fi
}

# Waits (up to 15 s) until the screen no longer shows the text.
wait_gone() {
  local text="$1" i
  for i in $(seq 1 150); do
    if ! grep -qF -- "$text" <<<"$(seen)"; then return 0; fi
    sleep 0.1
  done
  fail "le texte « $text » est toujours affiché"
}

# Waits (up to 15 s) until the file holds the bytes given in hex (printing runs in the
# background, so a receipt or a drawer kick lands a moment after the screen changes).
wait_bytes() {
  local file="$1" hex="$2" count="${3:-1}" i
  for i in $(seq 1 150); do
    if [ -f "$file" ] && [ "$(od -An -tx1 -v "$file" | tr -d ' \n' | grep -o "$hex" | wc -l)" -ge "$count" ]; then return 0; fi
    sleep 0.1
  done
  fail "le fichier $file ne contient pas $count fois $hex"
}

# The first screens of a demo till: the volunteer's PIN, then the float.
open_till() {
  wait_for "Qui tient la caisse"
  typ "$1"; keys Enter
  wait_for "Fond de caisse"
  typ "$2"; keys Enter
  wait_for "Caisse ouverte"
}
