#!/usr/bin/env bash
# Re-records the expected outputs of tests/run and tests/ui from rustc (the oracle).
# Usage (any directory): scripts/record-expected.sh [tests/run/x.rs tests/ui/y.rs ...]
# With no arguments it records every tests/run/*.rs and tests/ui/*.rs.
#
# tests/run/<name>.rs: compiled as a debug build (overflow checks on), then run with stdin
#   from <name>.stdin if it exists (else /dev/null), the arguments of <name>.args if it exists,
#   in an empty scratch directory (programs may write files) and RUST_BACKTRACE unset. Writes <name>.stdout always, <name>.stderr only
#   when the program wrote to stderr, <name>.exit only when the exit code is not 0.
#   rustc >= 1.92 prints the thread id in panic messages (`thread 'main' (1234) panicked`);
#   it changes every run, so it is stripped to keep the files deterministic.
# tests/ui/<name>.rs: must fail to compile; rustc's exact stderr goes to <name>.stderr
#   (lint-<name>.rs: see record_lint).
#   The paths in the messages are relative, so rustc is always run from the repo root.
set -uo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root" || exit 1

if [ "$#" -eq 0 ]; then
  set -- tests/run/*.rs tests/ui/*.rs
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
status=0

# A path as given may be absolute or relative to the caller; rustc must see tests/...
relpath() {
  local p
  p="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
  printf '%s\n' "${p#"$root"/}"
}

record_run() {
  local src="$1" base="${1%.rs}"
  if ! rustc --edition 2021 -C debug-assertions=on -o "$tmp/prog" "$src" 2>"$tmp/cc.err"; then
    echo "FAIL $src: does not compile" >&2
    cat "$tmp/cc.err" >&2
    status=1
    return
  fi
  if [ -s "$tmp/cc.err" ]; then
    echo "note: $src compiles with warnings:" >&2
    cat "$tmp/cc.err" >&2
  fi
  local rc=0 input=/dev/null args=()
  if [ -f "$base.stdin" ]; then input="$base.stdin"; fi
  if [ -f "$base.args" ]; then read -r -a args <"$base.args"; fi
  rm -rf "$tmp/cwd" && mkdir "$tmp/cwd"
  env -C "$tmp/cwd" -u RUST_BACKTRACE -u RUST_LIB_BACKTRACE timeout 20 "$tmp/prog" "${args[@]}" \
    <"$input" >"$base.stdout" 2>"$tmp/err" || rc=$?
  sed -E "s/^thread '([^']*)' \([0-9]+\) panicked at /thread '\1' panicked at /" \
    "$tmp/err" >"$tmp/err.norm"
  if [ -s "$tmp/err.norm" ]; then cp "$tmp/err.norm" "$base.stderr"; else rm -f "$base.stderr"; fi
  if [ "$rc" -ne 0 ]; then echo "$rc" >"$base.exit"; else rm -f "$base.exit"; fi
  echo "ok   $src (exit $rc)"
}

# tests/ui/lint-<name>.rs: rustc's stderr whether or not it compiles (warnings included), with
#   the flags of a `// compile-flags:` line in its first lines.
record_lint() {
  local src="$1" base="${1%.rs}" flags
  flags="$(head -n 5 "$src" | sed -n 's|^//[[:space:]]*compile-flags:[[:space:]]*||p' | head -n 1)"
  # shellcheck disable=SC2086
  rustc --edition 2021 --out-dir "$tmp" $flags "$src" 2>"$base.stderr" || true
  echo "ok   $src ($(grep -c '^warning\|^error' "$base.stderr") diagnostics)"
}

record_ui() {
  local src="$1" base="${1%.rs}"
  if rustc --edition 2021 --out-dir "$tmp" "$src" 2>"$base.stderr"; then
    echo "FAIL $src: compiled, but a ui test must fail to compile" >&2
    status=1
    return
  fi
  # Every `//~ ERROR Ennnn` annotation must match an error reported on that line.
  awk -v src="$src" '
    /\/\/~/ {
      line = NR
      ann = substr($0, index($0, "//~") + 3)
      while (substr(ann, 1, 1) == "^") { line--; ann = substr(ann, 2) }
      if (match(ann, /ERROR E[0-9]+/)) {
        print line, substr(ann, RSTART + 6, RLENGTH - 6)
      } else {
        print line, "-"
      }
    }' "$src" >"$tmp/ann"
  local bad=0
  while read -r line code; do
    if [ "$code" = "-" ]; then
      grep -q -- "--> $src:$line:" "$base.stderr" || { echo "FAIL $src:$line: no error on this line" >&2; bad=1; }
    else
      awk -v code="$code" -v loc="--> $src:$line:" '
        /^error/ { cur = $0; next }
        index($0, loc) && index(cur, "[" code "]") { found = 1 }
        END { exit found ? 0 : 1 }' "$base.stderr" ||
        { echo "FAIL $src:$line: annotated $code but rustc reports no such error there" >&2; bad=1; }
    fi
  done <"$tmp/ann"
  if [ "$bad" -ne 0 ]; then status=1; return; fi
  if grep -q '^warning' "$base.stderr"; then
    echo "FAIL $src: rustc also printed warnings; ui tests compare errors only" >&2
    status=1
    return
  fi
  echo "ok   $src"
}

for f in "$@"; do
  rel="$(relpath "$f")"
  case "$rel" in
    tests/run/*.rs) record_run "$rel" ;;
    tests/ui/lint-*.rs) record_lint "$rel" ;;
    tests/ui/*.rs) record_ui "$rel" ;;
    *) echo "skip $f: not under tests/run or tests/ui" >&2; status=1 ;;
  esac
done
exit "$status"
