#!/usr/bin/env bash
# Records which crate sources under /usr/share/cargo/registry rustc itself rejects
# (`-Z parse-crate-root-only` with the crate's edition). Needs rustc; the test does not.
# Output: tests/syntax/crates/rustc-rejects.txt (paths relative to the registry).
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
reg=/usr/share/cargo/registry
out="$here/rustc-rejects.txt"
tmp="$(mktemp)"
for crate in "$reg"/*/; do
  ed=$(sed -n 's/^edition *= *"\([0-9]*\)".*/\1/p' "$crate/Cargo.toml" 2>/dev/null | head -1)
  [ -z "$ed" ] && ed=2015
  find "$crate" -name '*.rs' | sort | while read -r f; do
    if ! RUSTC_BOOTSTRAP=1 rustc --edition "$ed" -Z parse-crate-root-only "$f" >/dev/null 2>&1; then
      echo "${f#$reg/}" >> "$tmp"
    fi
  done
done
sort "$tmp" > "$out"
rm -f "$tmp"
echo "$(wc -l < "$out") files rejected by rustc"
