#!/usr/bin/env bash
# Installs whatever this project needs and is missing, from the package registries only
# (crates.io, npm, Debian). Safe to run again: each step checks before it installs.
#   scripts/ensure-tools.sh build     toolchain, trunk, wasm-bindgen-cli, wasm-split-cli, npm tools
#                                     (wasm-opt)
#   scripts/ensure-tools.sh browser   Debian chromium + chromium-driver for the browser tests
#   scripts/ensure-tools.sh fuzz      cargo-fuzz (make fuzz only)
#   scripts/ensure-tools.sh bench     twiggy (the wasm's breakdown by crate) and Lighthouse 13 with
#                                     the Node.js 22 it needs, from npm (make bench only)
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
CARGO_FUZZ_VERSION=0.13.2
TWIGGY_VERSION=0.8.0
# Cuts the explorer's wasm at its split points (scripts/split-wasm.mjs).
WASM_SPLIT_VERSION=0.2.4
# Must equal the wasm-bindgen version locked in Cargo.lock: trunk refuses a mismatched CLI.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/[^0-9.]/,""); print; exit}' Cargo.lock)

say() { printf '\033[1m[tools]\033[0m %s\n' "$*"; }

build_tools() {
  # rust-toolchain.toml names the toolchain and the wasm target; this installs both if absent.
  rustup toolchain install >/dev/null 2>&1 || rustup show active-toolchain >/dev/null
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
    say "installing trunk $TRUNK_VERSION (about 10 minutes on 2 cores, once)"
    cargo install --locked "trunk@$TRUNK_VERSION"
  fi
  if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
    say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
    # Not --locked: the CLI's own lock file pins a webpki-roots that no longer builds.
    cargo install --force wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
  fi
  # It has no --version; cargo's list of installed crates says which one is there.
  if ! command -v wasm-split-cli >/dev/null \
    || ! grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:" <<<"$(cargo install --list)"; then
    say "installing wasm-split-cli $WASM_SPLIT_VERSION (splits the wasm into pages; a minute or two)"
    cargo install --locked wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary
  fi
  # npm ci again whenever package-lock.json changes (its hash is kept beside the install).
  local lock_hash
  lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
  if [ ! -x node_modules/.bin/wasm-opt ] || [ "$(cat node_modules/.lock-hash 2>/dev/null)" != "$lock_hash" ]; then
    say "installing npm tools (binaryen's wasm-opt, axe-core)"
    npm ci --no-audit --no-fund
    echo "$lock_hash" > node_modules/.lock-hash
  fi
}

browser_tools() {
  # A CJK font so Chinese text renders in screenshots (users' own systems have one).
  local missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  [ -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || missing+=(fonts-wqy-microhei)
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing from Debian: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
  fi
}

fuzz_tools() {
  if [ "$(cargo fuzz --version 2>/dev/null || true)" != "cargo-fuzz $CARGO_FUZZ_VERSION" ]; then
    say "installing cargo-fuzz $CARGO_FUZZ_VERSION (for make fuzz only)"
    cargo install --locked "cargo-fuzz@$CARGO_FUZZ_VERSION"
  fi
}

bench_tools() {
  # It calls itself twiggy-opt in --version.
  if [ "$(twiggy --version 2>/dev/null | awk "{print \$2}" || true)" != "$TWIGGY_VERSION" ]; then
    say "installing twiggy $TWIGGY_VERSION (for make bench only, about a minute)"
    cargo install --locked "twiggy@$TWIGGY_VERSION"
  fi
  # Lighthouse 13 needs Node.js 22; npm's `node` package brings it, beside Lighthouse only.
  local lock_hash
  lock_hash=$(sha256sum bench/lighthouse/package-lock.json | cut -d' ' -f1)
  if [ ! -x bench/lighthouse/node_modules/.bin/node ] \
    || [ "$(cat bench/lighthouse/node_modules/.lock-hash 2>/dev/null)" != "$lock_hash" ]; then
    say "installing Lighthouse 13 and Node.js 22 from npm (for make bench only)"
    npm ci --prefix bench/lighthouse --no-audit --no-fund
    echo "$lock_hash" > bench/lighthouse/node_modules/.lock-hash
  fi
}

case "${1:-build}" in
  build) build_tools ;;
  browser) browser_tools ;;
  fuzz) fuzz_tools ;;
  bench) bench_tools ;;
  all) build_tools; browser_tools ;;
  *) echo "usage: $0 [build|browser|fuzz|bench|all]" >&2; exit 2 ;;
esac
