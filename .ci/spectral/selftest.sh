#!/usr/bin/env bash
# Proves the ruleset still bites: fixtures/good.yaml must lint clean, and each fixtures/bad-*.yaml
# (good.yaml with one fault, named by its "# expect: RULE" line) must fail with exactly that rule.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$(mktemp)"
trap 'rm -f "$out"' EXIT

# One spectral run over all fixtures; exit 1 just means findings, anything else is a crash.
rc=0
"$here/node_modules/.bin/spectral" lint "$here"/fixtures/*.yaml --ruleset "$root/.spectral.yaml" \
  --format text --fail-severity=warn >"$out" 2>&1 || rc=$?
if [ "$rc" -gt 1 ]; then cat "$out"; echo "selftest: spectral crashed (exit $rc)"; exit 1; fi

passed=0 failed=0
for f in "$here"/fixtures/*.yaml; do
  expect="$(sed -n 's/^# expect: //p' "$f")"
  want=""; [ -n "$expect" ] && want="error $expect"
  # Findings that fail CI (error or warning) for this file, as "severity rule", one per distinct pair.
  got="$(grep -F "$f:" "$out" | awk '$2 == "error" || $2 == "warning" { print $2, $3 }' | sort -u | paste -sd';' -)" || true
  if [ "$got" = "$want" ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL ${f#"$root"/}: expected [${want:-no findings}], got [${got:-no findings}]"
  fi
done
echo "selftest: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
