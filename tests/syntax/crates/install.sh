#!/usr/bin/env bash
# Installs the librust-*-dev crate sources the crate corpus test parses (Debian 12).
# They land under /usr/share/cargo/registry. Prints how long the install took.
set -euo pipefail
pkgs=(
  syn serde serde-json regex nom rayon clap hashbrown proc-macro2 quote memchr aho-corasick
  itertools log libc rand bytes smallvec indexmap once-cell bitflags chrono anyhow thiserror
  either crossbeam-utils num-traits byteorder unicode-segmentation lazy-static futures url
  base64 toml semver tempfile walkdir glob
)
missing=()
for p in "${pkgs[@]}"; do
  dpkg -s "librust-$p-dev" >/dev/null 2>&1 || missing+=("librust-$p-dev")
done
if [ "${#missing[@]}" -eq 0 ]; then
  echo "all ${#pkgs[@]} packages already installed"
  exit 0
fi
start=$(date +%s)
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
$sudo apt-get update -qq >/tmp/librust-install.log 2>&1
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/tmp/librust-install.log 2>&1
echo "installed ${#missing[@]} packages (+ dependencies) in $(( $(date +%s) - start ))s"
