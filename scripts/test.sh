#!/usr/bin/env bash
# Runs every test: unit, PostgreSQL integration (each test assembly starts a throwaway cluster from the
# installed PostgreSQL binaries, or uses PLANTRACKER_TEST_CONNECTION) and Chromium browser tests.
# On a Debian/Ubuntu machine run as root it first installs what the browser tests need.
# Ends with one line: "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || [ -n "${PLANTRACKER_CHROMIUM:-}" ] || missing+=(chromium)
fc-list 2>/dev/null | grep -i "Noto Sans CJK" >/dev/null || missing+=(fonts-noto-cjk)
if ! command -v initdb >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && [ -z "${PLANTRACKER_TEST_CONNECTION:-}" ]; then
  missing+=(postgresql)
fi
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing ${missing[*]} from the distribution's packages..."
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null || exit 1
  else
    echo "Missing: ${missing[*]}. Install them (e.g. sudo apt-get install ${missing[*]}) and run again." >&2
    exit 1
  fi
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
results="$(mktemp -d)"
dotnet test PlanTracker.sln --logger "trx" --results-directory "$results" "$@"
status=$?
passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  n=$(sed -n 's/.* notExecuted="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${n:-0}))
done
rm -rf "$results"
if [ $((passed + failed)) -eq 0 ]; then
  echo "No test ran." >&2
  exit 1
fi
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
exit $status
