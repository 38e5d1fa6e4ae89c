#!/usr/bin/env bash
# Installs code-server (a real VS Code 1.100 served from npm) into an ignored cache folder, for the
# end-to-end runner. Idempotent: a marker file makes a second run instant. Runs as root on Debian
# (CI) or uses sudo when available. Follows the recipe in issue 5 step by step: code-server's own
# install scripts download binaries from the internet, which CI cannot reach, so they are skipped
# and the native modules are rebuilt from source instead.
set -euo pipefail

VERSION="4.100.3"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
DIR="${CODE_SERVER_DIR:-$ROOT/.cache/code-server}"
MARKER="$DIR/.installed-$VERSION"

if [[ -f "$MARKER" ]]; then
  echo "code-server $VERSION already installed in $DIR"
  exit 0
fi

log() { printf '\n==> %s\n' "$*"; }
start=$SECONDS

# Debian packages: chromium drives the workbench, ripgrep replaces the binary @vscode/ripgrep would
# download, libkrb5-dev is needed to build the kerberos native module, unzip opens the .vsix.
missing=()
for pkg in chromium ripgrep libkrb5-dev unzip; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if ((${#missing[@]})); then
  log "apt-get install ${missing[*]}"
  SUDO=""
  [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq -o Dpkg::Use-Pty=0 --no-install-recommends "${missing[@]}"
fi

# Start from a clean folder so a half-finished earlier run cannot leave a broken tree behind.
rm -rf "$DIR"
mkdir -p "$DIR"

log "npm install code-server@$VERSION (scripts skipped)"
npm install --prefix "$DIR" --ignore-scripts --no-audit --no-fund --loglevel=error "code-server@$VERSION"

VSCODE="$DIR/node_modules/code-server/lib/vscode"
log "install VS Code's production dependencies"
(
  cd "$VSCODE"
  npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error
  # @vscode/ripgrep's postinstall downloads rg and skips when bin/ already exists.
  mkdir -p node_modules/@vscode/ripgrep/bin
  ln -sf "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
  log "rebuild VS Code's native modules"
  npm_config_yes=true npm rebuild --loglevel=error
  # The server looks up native modules under node_modules.asar, which only the packaged app has.
  ln -sfn node_modules node_modules.asar
  log "install the built-in extensions' dependencies"
  (cd extensions && npm install --omit=dev --no-audit --no-fund --loglevel=error)
)

log "rebuild argon2 (code-server's password hashing, loaded even with --auth none)"
(cd "$DIR" && npm rebuild argon2 --loglevel=error)

touch "$MARKER"
log "code-server $VERSION installed in $DIR in $((SECONDS - start))s"
