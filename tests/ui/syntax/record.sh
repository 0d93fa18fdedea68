#!/usr/bin/env bash
# Records the expected stderr of tests/ui/syntax/*.rs from rustc (parse only, edition 2021).
# Usage (from anywhere): tests/ui/syntax/record.sh [tests/ui/syntax/x.rs ...]
set -uo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root" || exit 1
[ "$#" -eq 0 ] && set -- tests/ui/syntax/*.rs
for f in "$@"; do
  # A `// edition:NNNN` line selects the edition (default 2021).
  ed=$(sed -n 's|^// edition:\([0-9]*\).*|\1|p' "$f" | head -1)
  RUSTC_BOOTSTRAP=1 rustc --edition "${ed:-2021}" -Z parse-crate-root-only "$f" 2> "${f%.rs}.stderr" >/dev/null
done
