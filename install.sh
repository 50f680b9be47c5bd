#!/usr/bin/env bash
# Comptoir set-up.
#   ./install.sh          installs the system packages if missing, builds in release mode,
#                         installs `comptoir` on the PATH with its assets
#   ./install.sh --test   installs what the tests need and runs the whole test suite
#                         (swift test, then the end-to-end terminal tests in tmux)
# Running it twice is harmless.
set -euo pipefail
cd "$(dirname "$0")"

mode=install
case "${1:-}" in
  "") ;;
  --test) mode=test ;;
  -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
  *) echo "Option inconnue : $1 (./install.sh ou ./install.sh --test)" >&2; exit 2 ;;
esac

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# --- system packages -------------------------------------------------------------------
packages=(libncursesw5-dev libsqlite3-dev)
[ "$mode" = test ] && packages+=(tmux sqlite3 procps python3 hledger ledger faketime binutils)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then sudo=""
  elif command -v sudo >/dev/null; then sudo="sudo"
  else
    echo "Il manque des paquets : ${missing[*]}. Installez-les en root (apt-get install ${missing[*]}) puis relancez." >&2
    exit 1
  fi
  say "Installation des paquets : ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if ! command -v swift >/dev/null; then
  echo "Swift est introuvable : installez Swift 6.1 ou plus récent (https://swift.org/install) puis relancez." >&2
  exit 1
fi

# --- tests -----------------------------------------------------------------------------
if [ "$mode" = test ]; then
  say "Compilation et tests unitaires (swift test)"
  swift build --build-tests
  swift test --skip-build
  say "Tests de bout en bout dans tmux"
  bin="$(swift build --show-bin-path)/comptoir"
  status=0
  for t in Tests/EndToEnd/*.sh; do
    echo "--- $t"
    if ! COMPTOIR_BIN="$bin" bash "$t"; then status=1; echo "ÉCHEC : $t" >&2; fi
  done
  [ $status = 0 ] && say "Tous les tests sont passés."
  exit $status
fi

# --- build and install -----------------------------------------------------------------
say "Compilation (mode release)"
swift build -c release
bin="$(swift build -c release --show-bin-path)/comptoir"

if [ "$(id -u)" = 0 ]; then
  prefix=/usr/local; sudo=""
elif [ -w /usr/local/bin ]; then
  prefix=/usr/local; sudo=""
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  prefix=/usr/local; sudo="sudo"
else
  prefix="$HOME/.local"; sudo=""
fi
say "Installation dans $prefix/bin et $prefix/share/comptoir"
$sudo install -d "$prefix/bin" "$prefix/share/comptoir"
$sudo install -m 0755 "$bin" "$prefix/bin/comptoir"
$sudo cp -R Assets/. "$prefix/share/comptoir/"

case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "Attention : $prefix/bin n'est pas dans le PATH. Ajoutez : export PATH=\"$prefix/bin:\$PATH\"" >&2 ;;
esac
say "Comptoir $("$prefix/bin/comptoir" --version) est installé. Lancez : comptoir --demo"
