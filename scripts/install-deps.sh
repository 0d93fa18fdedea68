#!/usr/bin/env bash
# Installs what building and testing tsrustc needs on Debian 12 and is not there yet:
# LLVM/LLD 14 development files (the native shim links them statically), the emulators the
# tests run cross-compiled programs under, and the npm packages.
set -euo pipefail
cd "$(dirname "$0")/.."

# rust-src: rustc 1.63's ui test suite, the yardstick `make test` holds the baseline against.
APT_PACKAGES=(llvm-14-dev lld-14 liblld-14-dev libpolly-14-dev g++ make qemu-user qemu-system-arm rust-src)
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "installing apt packages: ${missing[*]}"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Crate sources under /usr/share/cargo/registry: the parser's corpus test parses them all.
tests/syntax/crates/install.sh

# npm ci when node_modules is missing or older than the lock file.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
